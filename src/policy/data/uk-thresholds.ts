import type { Regime, ThresholdLevel, VatBasis } from '../vocabulary.js';

/**
 * The UK procurement threshold table (England, Wales and Northern Ireland; Scotland kept its own
 * regulations for devolved buyers, see the `scotland` policy preset), one row per category and
 * commencement period, from 1 January 2016. Every row names its source and effective period.
 *
 * Rules of the table:
 * - The figures in force when the procurement **commenced** apply. Net of VAT until
 *   31 December 2021, inclusive of VAT from 1 January 2022 (SI 2021/1221, e.g. reg. 5(3) for the
 *   UCR: "for 'net' substitute 'inclusive'").
 * - PCR 2015 regime (with the UCR 2016, CCR 2016 and DSPCR 2011) for procurements commenced
 *   before 24 February 2025; Procurement Act 2023 from that day. The Act's as-enacted Schedule 1
 *   figures (2023) never applied to a procurement: SI 2025/163 amended them before paragraph 1
 *   came into force on 24 February 2025.
 * - Under the Act each category is a row of Schedule 1 (rows are tested in order; each row
 *   excludes the rows it names): 1 defence works, 2 defence concession, 3 other defence,
 *   4 utilities works, 5 utilities light touch, 6 other utilities, 7 light touch concession,
 *   8 other light touch, 9 other concession, 10 other works, 11 central government, 12 sub-central.
 *   From 1 January 2026 a light touch concession (row 7, £5,372,609, unchanged) differs from other
 *   concessions (row 9, £5,193,000).
 * - Contracts regulated by the Welsh Ministers: the Procurement Act 2023 (Threshold Amounts)
 *   (Amendment) (Wales) Regulations 2025 apply the same figures from 1 January 2026 (Welsh
 *   Government bulletin 091, December 2025), so one table serves England, Wales and Northern
 *   Ireland.
 *
 * Figures left out (no primary or consistent source was found; asking for them gives
 * `no-threshold-for-date` with the reason):
 * - 2018–2019 (PPN 04/17): Utilities Contracts Regulations supplies and services, UCR light touch
 *   (only derived, never read), DSPCR supplies and services and DSPCR works.
 * - 1 January 2024 – 23 February 2025: DSPCR supplies and services and works (sources disagree:
 *   unchanged at £426,955 / £5,336,937, or £429,809 / £5,372,609).
 * - Before 18 April 2016: concessions (the Concession Contracts Regulations 2016 set the first
 *   concession threshold from that day) and utilities' light touch services (the Utilities
 *   Contracts Regulations 2016 brought in the regime and its figure that day; the 2006
 *   regulations had Part B services instead).
 * - PCR-regime defence concessions (the DSPCR do not cover concessions; Schedule 1 row 2 does
 *   from 24 February 2025), and utilities concessions under the Act (Schedule 1 puts a utilities
 *   contract in row 4 when it is a works contract and row 6 otherwise: ask for `works` or
 *   `services` with a utility authority).
 * - Any small-lots figure under the Act (it has none). Small lots of the UCR and DSPCR are left out
 *   too, but asking for them is `impossible-combination` at `query.level`, as for a level of any
 *   other contract type or authority the table has no such figures for.
 *
 * Sources per period (figures of 2016–2019 as quoted from the PPN by the secondary sources
 * named; 2022 onwards also in the instruments on legislation.gov.uk):
 * - 2016–2017: PPN 18/15 "New Threshold Levels 2016" (in force 1 January 2016); figures quoted by
 *   Mills & Reeve (Nov 2015), CMS (Dec 2015), Anthony Collins and Tenders Direct (6 Feb 2017).
 * - 2018–2019: PPN 04/17 "New Threshold Levels 2018" (published 22 December 2017, in force
 *   1 January 2018); figures quoted by the MOD DCO page, BiP Solutions and Devonshires (2018).
 * - 2020–2021: PPN 06/19. 2022–2023: PPN 10/21, SI 2021/1221 (Department of Finance NI,
 *   "Information about procurement thresholds"). 2024 – 23 February 2025: PPN 11/23, SI 2023/1117
 *   (UCR reg. 16 as amended, legislation.gov.uk).
 * - Act, 24 February – 31 December 2025: Schedule 1 as amended by SI 2025/163 (figures quoted by
 *   DAC Beachcroft, Irwin Mitchell, Womble Bond Dickinson and Devonshires, 2025).
 * - Act, from 1 January 2026: Schedule 1 as amended by SI 2025/1200 (made 18 November 2025),
 *   Cabinet Office PPN 023 "2026 Threshold Amounts"; rows 5, 7 and 8 unchanged.
 * - Notifiable below-threshold values (Act Part 6): £12,000 central government, £30,000 others,
 *   inclusive of VAT, from 24 February 2025.
 */

/**
 * The day the next revision of the thresholds is due: they are revised every two years, in force
 * on 1 January of even years (2016, 2018, … 2026, the table's latest rows; SI 2025/1200 and
 * PPN 023 for 2026), so the next is due on 1 January 2028. From that day the latest figures are
 * still given, with a warning that they may have been revised. Move it on with the next rows.
 * Internal.
 */
export const NEXT_REVISION_DUE = '2028-01-01';

/** The categories of the table. Each (contract type, authority kind, level) maps to one. Internal. */
export type ThresholdCategory =
  | 'supplies-services-central'
  | 'supplies-services-sub-central'
  | 'works'
  | 'concession'
  | 'light-touch'
  | 'light-touch-concession'
  | 'utilities-supplies-services'
  | 'utilities-works'
  | 'utilities-light-touch'
  | 'defence-supplies-services'
  | 'defence-works'
  | 'defence-concession'
  | 'small-lot-supplies-services'
  | 'small-lot-works'
  | 'notifiable-central'
  | 'notifiable-other';

/** One row of the UK threshold table. Internal data: amounts are the source's, in pounds. */
export interface ThresholdRow {
  /** Stable id: category and first day in force. */
  readonly id: string;
  /** What the row applies to. */
  readonly category: ThresholdCategory;
  /** Which figure this is. */
  readonly level: ThresholdLevel;
  /** The amount in pounds, as published. */
  readonly amount: string;
  /** Whether the amount includes VAT. */
  readonly vatBasis: VatBasis;
  /** First commencement date the row applies to (ISO). */
  readonly effectiveFrom: string;
  /** Last commencement date the row applies to (ISO), or null while in force. */
  readonly effectiveTo: string | null;
  /** The regime. */
  readonly regime: Regime;
  /** The legal instrument and the guidance that publishes the figure. */
  readonly source: string;
}

interface Period {
  readonly from: string;
  readonly to: string | null;
  readonly regime: Regime;
  readonly vatBasis: VatBasis;
  readonly source: string;
}

const P2016: Period = {
  from: '2016-01-01',
  to: '2017-12-31',
  regime: 'pcr-2015',
  vatBasis: 'exclusive',
  source: 'PPN 18/15 New Threshold Levels 2016 (from 1 January 2016, net of VAT)',
};
const P2018: Period = {
  from: '2018-01-01',
  to: '2019-12-31',
  regime: 'pcr-2015',
  vatBasis: 'exclusive',
  source: 'PPN 04/17 New Threshold Levels 2018 (from 1 January 2018, net of VAT)',
};
const P2020: Period = {
  from: '2020-01-01',
  to: '2021-12-31',
  regime: 'pcr-2015',
  vatBasis: 'exclusive',
  source: 'PPN 06/19 (thresholds from 1 January 2020, net of VAT)',
};
const P2022: Period = {
  from: '2022-01-01',
  to: '2023-12-31',
  regime: 'pcr-2015',
  vatBasis: 'inclusive',
  source:
    'PPN 10/21 and PPN 09/21, SI 2021/1221 (thresholds from 1 January 2022, inclusive of VAT)',
};
const P2024: Period = {
  from: '2024-01-01',
  to: '2025-02-23',
  regime: 'pcr-2015',
  vatBasis: 'inclusive',
  source: 'PPN 11/23, SI 2023/1117 (thresholds from 1 January 2024, inclusive of VAT)',
};
const A2025: Period = {
  from: '2025-02-24',
  to: '2025-12-31',
  regime: 'procurement-act-2023',
  vatBasis: 'inclusive',
  source:
    'as amended by SI 2025/163 (procurements commenced from 24 February 2025, inclusive of VAT)',
};
const A2026: Period = {
  from: '2026-01-01',
  to: null,
  regime: 'procurement-act-2023',
  vatBasis: 'inclusive',
  source:
    'as amended by SI 2025/1200, PPN 023 (from 1 January 2026, inclusive of VAT; the same figures for contracts regulated by the Welsh Ministers)',
};
const PCR_PERIODS = [P2016, P2018, P2020, P2022, P2024] as const;

const PCR_INSTRUMENTS: Readonly<Partial<Record<ThresholdCategory, string>>> = {
  'supplies-services-central': 'Public Contracts Regulations 2015 reg. 5(1)(a)',
  'supplies-services-sub-central': 'Public Contracts Regulations 2015 reg. 5(1)(b)',
  works: 'Public Contracts Regulations 2015 reg. 5(1)(c)',
  'light-touch': 'Public Contracts Regulations 2015 reg. 5(1)(d)',
  concession: 'Concession Contracts Regulations 2016 reg. 8 (in force 18 April 2016)',
  'utilities-supplies-services': 'Utilities Contracts Regulations 2016 reg. 16(1)(a)',
  'utilities-works': 'Utilities Contracts Regulations 2016 reg. 16(1)(b)',
  'utilities-light-touch': 'Utilities Contracts Regulations 2016 reg. 16(1)(c)',
  'defence-supplies-services': 'Defence and Security Public Contracts Regulations 2011 reg. 9',
  'defence-works': 'Defence and Security Public Contracts Regulations 2011 reg. 9',
  'small-lot-supplies-services': 'Public Contracts Regulations 2015 reg. 6 (lots)',
  'small-lot-works': 'Public Contracts Regulations 2015 reg. 6 (lots)',
};

function row(
  category: ThresholdCategory,
  level: ThresholdLevel,
  amount: string,
  period: Period,
  instrument: string,
  from = period.from,
): ThresholdRow {
  return Object.freeze({
    id: `${category}@${from}`,
    category,
    level,
    amount,
    vatBasis: period.vatBasis,
    effectiveFrom: from,
    effectiveTo: period.to,
    regime: period.regime,
    source: `${instrument}; ${period.source}`,
  });
}

type PcrAmounts = readonly [
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
];

/** Rows of one PCR-regime category, 2016 to 23 February 2025; `null` marks a figure left out. */
function pcr(category: ThresholdCategory, amounts: PcrAmounts): ThresholdRow[] {
  const level: ThresholdLevel = category.startsWith('small-lot') ? 'small-lot' : 'threshold';
  return PCR_PERIODS.flatMap((period, index) => {
    const amount = amounts[index];
    if (amount === null || amount === undefined) return [];
    // The Concession Contracts Regulations 2016 and the utilities' light touch regime (UCR 2016;
    // the UCR 2006 had Part B services instead) came into force on 18 April 2016.
    const late =
      period === P2016 && (category === 'concession' || category === 'utilities-light-touch');
    // Before 18 April 2016 utilities were under the Utilities Contracts Regulations 2006, with
    // the same PPN 18/15 figures.
    const utilities2016 = period === P2016 && !late && category.startsWith('utilities');
    const instrument = `${utilities2016 ? 'Utilities Contracts Regulations 2006 until 17 April 2016, then ' : ''}${PCR_INSTRUMENTS[category]!}`;
    const from = late ? '2016-04-18' : period.from;
    return [row(category, level, amount, period, instrument, from)];
  });
}

/** Rows of one Schedule 1 row of the Procurement Act 2023: 2025 and from 2026. */
function act(category: ThresholdCategory, scheduleRow: number, y2025: string, y2026: string) {
  const instrument = `Procurement Act 2023 Sch. 1 row ${scheduleRow}`;
  return [
    row(category, 'threshold', y2025, A2025, instrument),
    row(category, 'threshold', y2026, A2026, instrument),
  ];
}

const NOTIFIABLE: Period = {
  from: '2025-02-24',
  to: null,
  regime: 'procurement-act-2023',
  vatBasis: 'inclusive',
  source: 'in force for procurements commenced from 24 February 2025, inclusive of VAT',
};
const NOTIFIABLE_INSTRUMENT = 'Procurement Act 2023 Part 6 (notifiable below-threshold contracts)';

/**
 * Every row of the table. Internal: read through `ukProcurementThreshold`.
 */
export const UK_THRESHOLDS: readonly ThresholdRow[] = /* @__PURE__ */ Object.freeze([
  // PCR 2015 regime:                 2016        2018        2020        2022        2024
  .../* @__PURE__ */ pcr('supplies-services-central', [
    '106047',
    '118133',
    '122976',
    '138760',
    '139688',
  ]),
  .../* @__PURE__ */ pcr('supplies-services-sub-central', [
    '164176',
    '181302',
    '189330',
    '213477',
    '214904',
  ]),
  .../* @__PURE__ */ pcr('works', ['4104394', '4551413', '4733252', '5336937', '5372609']),
  .../* @__PURE__ */ pcr('light-touch', ['589148', '615278', '663540', '663540', '663540']),
  .../* @__PURE__ */ pcr('concession', ['4104394', '4551413', '4733252', '5336937', '5372609']),
  .../* @__PURE__ */ pcr('utilities-supplies-services', [
    '328352',
    null,
    '378660',
    '426955',
    '429809',
  ]),
  .../* @__PURE__ */ pcr('utilities-works', [
    '4104394',
    '4551413',
    '4733252',
    '5336937',
    '5372609',
  ]),
  .../* @__PURE__ */ pcr('utilities-light-touch', ['785530', null, '884720', '884720', '884720']),
  .../* @__PURE__ */ pcr('defence-supplies-services', ['328352', null, '378660', '426955', null]),
  .../* @__PURE__ */ pcr('defence-works', ['4104394', null, '4733252', '5336937', null]),
  .../* @__PURE__ */ pcr('small-lot-supplies-services', [
    '62842',
    '65630',
    '70778',
    '70778',
    '70778',
  ]),
  .../* @__PURE__ */ pcr('small-lot-works', ['785530', '820370', '884720', '884720', '884720']),
  // Procurement Act 2023 Schedule 1:       row   2025        from 2026
  .../* @__PURE__ */ act('defence-works', 1, '5372609', '5193000'),
  .../* @__PURE__ */ act('defence-concession', 2, '5372609', '5193000'),
  .../* @__PURE__ */ act('defence-supplies-services', 3, '429809', '415440'),
  .../* @__PURE__ */ act('utilities-works', 4, '5372609', '5193000'),
  .../* @__PURE__ */ act('utilities-light-touch', 5, '884720', '884720'),
  .../* @__PURE__ */ act('utilities-supplies-services', 6, '429809', '415440'),
  .../* @__PURE__ */ act('light-touch-concession', 7, '5372609', '5372609'),
  .../* @__PURE__ */ act('light-touch', 8, '663540', '663540'),
  .../* @__PURE__ */ act('concession', 9, '5372609', '5193000'),
  .../* @__PURE__ */ act('works', 10, '5372609', '5193000'),
  .../* @__PURE__ */ act('supplies-services-central', 11, '139688', '135018'),
  .../* @__PURE__ */ act('supplies-services-sub-central', 12, '214904', '207720'),
  /* @__PURE__ */ row(
    'notifiable-central',
    'notifiable-below-threshold',
    '12000',
    NOTIFIABLE,
    NOTIFIABLE_INSTRUMENT,
  ),
  /* @__PURE__ */ row(
    'notifiable-other',
    'notifiable-below-threshold',
    '30000',
    NOTIFIABLE,
    NOTIFIABLE_INSTRUMENT,
  ),
]);

/** The first commencement date the table covers. Internal. */
export const FIRST_THRESHOLD_DATE = P2016.from;
/** The first commencement date of the Procurement Act 2023 regime. Internal. */
export const ACT_COMMENCEMENT = A2025.from;
