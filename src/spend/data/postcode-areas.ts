// The postcode areas in use (the letters before the first digit of a postcode): the United
// Kingdom's 121, the Crown Dependencies' (GY Guernsey, JE Jersey, IM Isle of Man), BF (British
// Forces Post Office) and BX (non-geographic): 126 in all. The `postcode` package checks a
// postcode's format only; this table catches well-formed codes in no area, such as `P01 2AB`
// typed with a zero for the letter O.
//
// Source: Royal Mail's postcode areas, as listed in "List of postcode districts in the United
// Kingdom", Wikipedia, Areas table (read 2026). A string, not a Set, so that importing the
// module does no work a bundler must keep.
const AREAS =
  ' AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL ' +
  'DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW ' +
  'KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM ' +
  'S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN ' +
  'WR WS WV YO ZE ';

/** True when `area` (upper case, as `postcode` returns it) is a postcode area in use. Internal. */
export function isPostcodeArea(area: string): boolean {
  return area.length > 0 && area.length <= 2 && AREAS.includes(` ${area} `);
}
