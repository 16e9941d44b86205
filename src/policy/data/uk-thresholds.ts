import type { Regime, ThresholdLevel, VatBasis } from '../vocabulary.js';

/**
 * The categories of the UK threshold tables. Each (contract type, authority kind) pair maps to
 * one category; see `thresholdCategoryOf`. Internal.
 */
export type ThresholdCategory =
  | 'supplies-services-central'
  | 'supplies-services-sub-central'
  | 'works'
  | 'concession'
  | 'light-touch'
  | 'utilities-supplies-services'
  | 'utilities-light-touch'
  | 'defence-supplies-services'
  | 'defence-works'
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

// Commencement periods. Sources: PPN 06/19 (figures from 1 January 2020, net of VAT); PPN 09/21
// and PPN 10/21 (figures from 1 January 2022, inclusive of VAT); PPN 11/23 (from 1 January 2024);
// Procurement Act 2023 Sch. 1 (procurements commenced from 24 February 2025, same figures as
// 2024); Sch. 1 as amended by SI 2025/1200, PPN 023 (from 1 January 2026).
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
  source: 'PPN 10/21 and PPN 09/21 (thresholds from 1 January 2022, inclusive of VAT)',
};
const P2024: Period = {
  from: '2024-01-01',
  to: '2025-02-23',
  regime: 'pcr-2015',
  vatBasis: 'inclusive',
  source: 'PPN 11/23 (thresholds from 1 January 2024, inclusive of VAT)',
};
const P2025: Period = {
  from: '2025-02-24',
  to: '2025-12-31',
  regime: 'procurement-act-2023',
  vatBasis: 'inclusive',
  source: 'Procurement Act 2023 Sch. 1 (procurements commenced from 24 February 2025)',
};
const P2026: Period = {
  from: '2026-01-01',
  to: null,
  regime: 'procurement-act-2023',
  vatBasis: 'inclusive',
  source: 'Procurement Act 2023 Sch. 1 as amended by SI 2025/1200, PPN 023 (from 1 January 2026)',
};

const INSTRUMENTS: Record<ThresholdCategory, Record<Regime, string>> = {
  'supplies-services-central': {
    'pcr-2015': 'Public Contracts Regulations 2015 reg. 5(1)(a)',
    'procurement-act-2023': 'Procurement Act 2023 Sch. 1',
  },
  'supplies-services-sub-central': {
    'pcr-2015': 'Public Contracts Regulations 2015 reg. 5(1)(b)',
    'procurement-act-2023': 'Procurement Act 2023 Sch. 1',
  },
  works: {
    'pcr-2015':
      'Public Contracts Regulations 2015 reg. 5(1)(c); Utilities Contracts Regulations 2016 reg. 15',
    'procurement-act-2023': 'Procurement Act 2023 Sch. 1',
  },
  concession: {
    'pcr-2015': 'Concession Contracts Regulations 2016 reg. 8',
    'procurement-act-2023': 'Procurement Act 2023 Sch. 1',
  },
  'light-touch': {
    'pcr-2015': 'Public Contracts Regulations 2015 reg. 5(1)(d)',
    'procurement-act-2023': 'Procurement Act 2023 Sch. 1',
  },
  'utilities-supplies-services': {
    'pcr-2015': 'Utilities Contracts Regulations 2016 reg. 15',
    'procurement-act-2023': 'Procurement Act 2023 Sch. 1',
  },
  'utilities-light-touch': {
    'pcr-2015': 'Utilities Contracts Regulations 2016 reg. 15',
    'procurement-act-2023': 'Procurement Act 2023 Sch. 1',
  },
  'defence-supplies-services': {
    'pcr-2015': 'Defence and Security Public Contracts Regulations 2011 reg. 9',
    'procurement-act-2023': 'Procurement Act 2023 Sch. 1',
  },
  'defence-works': {
    'pcr-2015': 'Defence and Security Public Contracts Regulations 2011 reg. 9',
    'procurement-act-2023': 'Procurement Act 2023 Sch. 1',
  },
  'notifiable-central': {
    'pcr-2015': '',
    'procurement-act-2023': 'Procurement Act 2023 Part 6 (notifiable below-threshold contracts)',
  },
  'notifiable-other': {
    'pcr-2015': '',
    'procurement-act-2023': 'Procurement Act 2023 Part 6 (notifiable below-threshold contracts)',
  },
};

// Amounts per category and period, as published (DOMAIN.md §4).
const AMOUNTS: readonly [ThresholdCategory, string, string, string, string, string][] = [
  //                                 2020        2022       2024       2025       2026
  ['supplies-services-central', '122976', '138760', '139688', '139688', '135018'],
  ['supplies-services-sub-central', '189330', '213477', '214904', '214904', '207720'],
  ['works', '4733252', '5336937', '5372609', '5372609', '5193000'],
  ['concession', '4733252', '5336937', '5372609', '5372609', '5193000'],
  ['light-touch', '663540', '663540', '663540', '663540', '663540'],
  ['utilities-supplies-services', '378660', '426955', '429809', '429809', '415440'],
  ['utilities-light-touch', '884720', '884720', '884720', '884720', '884720'],
  ['defence-supplies-services', '378660', '426955', '429809', '429809', '415440'],
  ['defence-works', '4733252', '5336937', '5372609', '5372609', '5193000'],
];
const PERIODS = [P2020, P2022, P2024, P2025, P2026] as const;

function row(
  category: ThresholdCategory,
  level: ThresholdLevel,
  amount: string,
  period: Period,
): ThresholdRow {
  return Object.freeze({
    id: `${category}@${period.from}`,
    category,
    level,
    amount,
    vatBasis: period.vatBasis,
    effectiveFrom: period.from,
    effectiveTo: period.to,
    regime: period.regime,
    source:
      period.regime === 'pcr-2015' || level === 'notifiable-below-threshold'
        ? `${INSTRUMENTS[category][period.regime]}; ${period.source}`
        : period.source,
  });
}

const NOTIFIABLE: Period = {
  from: '2025-02-24',
  to: null,
  regime: 'procurement-act-2023',
  vatBasis: 'inclusive',
  source: 'in force for procurements commenced from 24 February 2025, inclusive of VAT',
};

/**
 * The UK procurement thresholds, one row per category and commencement period, from 1 January
 * 2020. Sources are named on every row. Internal: read through `ukProcurementThreshold`.
 */
export const UK_THRESHOLDS: readonly ThresholdRow[] = Object.freeze([
  ...AMOUNTS.flatMap(([category, ...amounts]) =>
    PERIODS.map((period, index) => row(category, 'threshold', amounts[index]!, period)),
  ),
  row('notifiable-central', 'notifiable-below-threshold', '12000', NOTIFIABLE),
  row('notifiable-other', 'notifiable-below-threshold', '30000', NOTIFIABLE),
]);

/** The first commencement date the table covers. Internal. */
export const FIRST_THRESHOLD_DATE = P2020.from;
/** The first commencement date of the Procurement Act 2023 regime. Internal. */
export const ACT_COMMENCEMENT = P2025.from;
