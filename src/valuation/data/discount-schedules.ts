/**
 * HM Treasury Green Book discount rate schedules, one row per schedule, each with its source,
 * edition and status. Rates are fractions (0.035 is 3.5%), written as the source prints them.
 *
 * Rules of the table (research for issue #14, item 7):
 * - Years are counted from year 0, the present (the base year). A band covers its `fromYear` to
 *   its `toYear` inclusive: "3.5% … up to and including the 30th year" (2003 supplementary
 *   guidance §2.8.4), so year 31 is the first at 3.0%.
 * - The factor of year t is 1 ÷ ((1 + r₁) × (1 + r₂) × … × (1 + r_t)), where r_k is the rate of
 *   the band holding year k: each year compounds at its own band's rate. The Green Book text does
 *   not print this formula; it is how public implementations apply the schedule, and it gives the
 *   published check 1 ÷ (1.035^30 × 1.03) ≈ 0.3459 for year 31.
 * - A band with `toYear: null` runs on without end ("thereafter"). Where a source's last band
 *   ends (`coversToYear`), later years keep the last band's rate by analogy, and `presentValue`
 *   says so in a warning: the source gives no figure for them.
 * - The current schedules are Table 8 of Annex A6 of the Green Book (2020 text, reissued 2022),
 *   which HM Treasury restated on 16 December 2025. The 2026 independent review of the discount
 *   rate recommends changes that HM Treasury has not yet adopted; a new schedule would be a new
 *   row, with its own id, beside these.
 * - The six-band schedule of 2003 (to 301 years and beyond) is kept as a named, dated variant:
 *   it is not the current Green Book's.
 *
 * Left out: the health rates of the 2003 bands beyond year 125 (0.857%, 0.643%, 0.429% are
 * derivations found in no primary source).
 */

/** The id of a shipped discount schedule. */
export type DiscountScheduleId =
  | 'green-book-2022'
  | 'green-book-2022-health'
  | 'green-book-2022-reduced'
  | 'green-book-2022-health-reduced'
  | 'green-book-2003';

/** One band of a schedule as the source states it. */
export interface DiscountBandRow {
  /** The first year of the band, counted from year 0 (the base year). */
  readonly fromYear: number;
  /** The last year of the band, inclusive; `null` for a band that runs on ("thereafter"). */
  readonly toYear: number | null;
  /** The yearly rate of the band, a fraction written as the source prints it. */
  readonly rate: string;
}

/** One schedule of discount rates, with its source. */
export interface DiscountScheduleRow {
  /** The id `presentValue` takes as `schedule`. */
  readonly id: DiscountScheduleId;
  /** The schedule's name. */
  readonly name: string;
  /** The Green Book edition and the table the rates come from. */
  readonly edition: string;
  /** `current`: in force; `historic`: a superseded edition, kept for older appraisals. */
  readonly status: 'current' | 'historic';
  /** Where the rates come from. */
  readonly source: string;
  /** The bands in year order, from year 0. */
  readonly bands: readonly DiscountBandRow[];
  /** The last year the source gives a rate for, or `null` when its last band runs on. */
  readonly coversToYear: number | null;
  /** What a reader should know about the figures. */
  readonly note: string;
}

const TABLE_8 =
  'HM Treasury, The Green Book (2020, reissued 2022), Annex A6 "Discounting", paras A6.20–A6.23, Table 8 "Declining Long Term Discount Rate"';
const TERMS_OF_REFERENCE =
  'HM Treasury, "Review of discounting in the Green Book: Terms of Reference", 16 December 2025 ("The STPR is assumed to fall to 3.0% for years 31 to 75, and then 2.5% thereafter")';
const EDITION_2022 = 'Green Book 2022 (Annex A6, Table 8; the 2020 text)';

/** The shipped schedules, the current standard schedule first. Internal: read through `presentValue`. */
export const discountScheduleRows: readonly DiscountScheduleRow[] = [
  {
    id: 'green-book-2022',
    name: 'HM Treasury Green Book declining discount rate (standard STPR)',
    edition: EDITION_2022,
    status: 'current',
    source: `${TABLE_8}, row "STPR (standard)"; ${TERMS_OF_REFERENCE}`,
    bands: [
      { fromYear: 0, toYear: 30, rate: '0.035' },
      { fromYear: 31, toYear: 75, rate: '0.03' },
      { fromYear: 76, toYear: null, rate: '0.025' },
    ],
    coversToYear: null,
    note: 'Table 8 prints the last band as 76–125; HM Treasury (16 December 2025) states 2.5% "thereafter", so it runs on.',
  },
  {
    id: 'green-book-2022-health',
    name: 'HM Treasury Green Book health discount rate (risk to health and life values)',
    edition: EDITION_2022,
    status: 'current',
    source: `${TABLE_8}, row "Health"`,
    bands: [
      { fromYear: 0, toYear: 30, rate: '0.015' },
      { fromYear: 31, toYear: 75, rate: '0.0129' },
      { fromYear: 76, toYear: 125, rate: '0.0107' },
    ],
    coversToYear: 125,
    note: 'The health rate excludes the wealth effect (1.5% = 0.5% pure time preference + 1% catastrophic risk). Table 8 publishes the later bands rounded to two decimal places (1.5% × 3.0 ÷ 3.5 = 1.2857…%, printed 1.29%); the published figures are used. It gives no rate beyond year 125.',
  },
  {
    id: 'green-book-2022-reduced',
    name: 'HM Treasury Green Book reduced discount rate (pure time preference 0), for intergenerational sensitivity analysis',
    edition: EDITION_2022,
    status: 'current',
    source: `${TABLE_8}, row "STPR (reduced rate where pure STP = 0)"`,
    bands: [
      { fromYear: 0, toYear: 30, rate: '0.03' },
      { fromYear: 31, toYear: 75, rate: '0.0257' },
      { fromYear: 76, toYear: 125, rate: '0.0214' },
    ],
    coversToYear: 125,
    note: 'A sensitivity test beside the standard rate, for long-term effects with substantial or irreversible wealth transfers between generations (A6.20–A6.21). Table 8 gives no rate beyond year 125.',
  },
  {
    id: 'green-book-2022-health-reduced',
    name: 'HM Treasury Green Book reduced health discount rate (pure time preference 0)',
    edition: EDITION_2022,
    status: 'current',
    source: `${TABLE_8}, row "Health (reduced rate where pure STP = 0)"`,
    bands: [
      { fromYear: 0, toYear: 30, rate: '0.01' },
      { fromYear: 31, toYear: 75, rate: '0.0086' },
      { fromYear: 76, toYear: 125, rate: '0.0071' },
    ],
    coversToYear: 125,
    note: 'The health sensitivity test (A6.20–A6.21). Table 8 gives no rate beyond year 125.',
  },
  {
    id: 'green-book-2003',
    name: 'HM Treasury Green Book 2003 declining long-term discount rate (six bands)',
    edition: 'Green Book 2003 (Annex 6, Table 6.1)',
    status: 'historic',
    source:
      'HM Treasury, The Green Book: Appraisal and Evaluation in Central Government (2003), Annex 6, Table 6.1 "The declining long term discount rate" (citing OXERA 2002; Weitzman 1998, 2001; Gollier 2002)',
    bands: [
      { fromYear: 0, toYear: 30, rate: '0.035' },
      { fromYear: 31, toYear: 75, rate: '0.03' },
      { fromYear: 76, toYear: 125, rate: '0.025' },
      { fromYear: 126, toYear: 200, rate: '0.02' },
      { fromYear: 201, toYear: 300, rate: '0.015' },
      { fromYear: 301, toYear: null, rate: '0.01' },
    ],
    coversToYear: null,
    note: 'Superseded by the current Green Book, whose Table 8 has three bands: for appraisals made under the 2003 edition.',
  },
];
