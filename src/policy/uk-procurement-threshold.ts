import { seal } from '../core/brand.js';
import { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import type { SocialValueErrorCode } from '../core/error-codes.js';
import type { SocialValueErrorDetails } from '../core/errors.js';
import { fieldError } from '../core/issue.js';
import { parseInput } from '../core/zod-error.js';
import {
  ACT_COMMENCEMENT,
  FIRST_THRESHOLD_DATE,
  NEXT_REVISION_DUE,
  type ThresholdCategory,
  type ThresholdRow,
  UK_THRESHOLDS,
} from './data/uk-thresholds.js';
import { assertKnownContractType } from './known-contract-type.js';
import { thresholdQuerySchema } from './schemas.js';
import { thresholdCategory } from './threshold-category.js';
import type { ProcurementThreshold, ThresholdQuery, ThresholdWarning } from './types.js';
import type { AuthorityKind, ContractType, Regime, ThresholdLevel } from './vocabulary.js';
import { money, regimeLabel } from './wording.js';

const CONCESSIONS_FROM = '2016-04-18';

const LEVEL_WORDS: Readonly<Record<ThresholdLevel, string>> = {
  threshold: 'threshold',
  'small-lot': 'small-lots figure',
  'notifiable-below-threshold': 'notifiable below-threshold value',
};

/** Why the table has no row for a category on a date within its regime. */
function missingReason(
  category: ThresholdCategory,
  level: ThresholdLevel,
  regime: Regime,
  date: string,
) {
  if (level === 'notifiable-below-threshold') return `such values exist from ${ACT_COMMENCEMENT}`;
  if (level === 'small-lot') return 'the Procurement Act 2023 sets no small-lots figure';
  if (category === 'concession' && date < CONCESSIONS_FROM) {
    return `the Concession Contracts Regulations 2016 set the first concession threshold, from ${CONCESSIONS_FROM}`;
  }
  if (category === 'utilities-light-touch' && date < CONCESSIONS_FROM) {
    return `the Utilities Contracts Regulations 2016 brought in the light touch regime, from ${CONCESSIONS_FROM}`;
  }
  if (category === 'defence-concession' && regime === 'pcr-2015') {
    return `the Defence and Security Public Contracts Regulations 2011 set no concession threshold; Schedule 1 row 2 of the Procurement Act 2023 applies from ${ACT_COMMENCEMENT}`;
  }
  return 'no figure for that period could be confirmed from a primary or consistent source, so the table leaves it out';
}

const rowsByCategory = /* @__PURE__ */ new Map<ThresholdCategory, ThresholdRow[]>();
function rowsOf(category: ThresholdCategory): readonly ThresholdRow[] {
  if (rowsByCategory.size === 0) {
    for (const candidate of UK_THRESHOLDS) {
      const list = rowsByCategory.get(candidate.category) ?? [];
      list.push(candidate);
      rowsByCategory.set(candidate.category, list);
    }
  }
  return rowsByCategory.get(category) ?? [];
}

function typeWords(type: ContractType): string {
  return `${type.replaceAll('-', ' ')} contracts`;
}

/**
 * The caution for a figure still in force on a day past the table's next revision (thresholds
 * only: the notifiable values are the Act's own, not revised every two years).
 */
function revisionWarnings(row: ThresholdRow, date: string): ThresholdWarning[] {
  if (row.level !== 'threshold' || row.effectiveTo !== null || date < NEXT_REVISION_DUE) return [];
  const message = `The threshold shown is the one in force from ${row.effectiveFrom}; thresholds are revised every two years and the next revision was due on ${NEXT_REVISION_DUE}, so for a procurement commenced on ${date} it may have been revised: check the amounts in force on that day.`;
  return [{ code: 'figures-may-be-revised', severity: 'warning', message }];
}

/** The sealed result for a table row. Internal: also used by the snapshot reader. */
export function thresholdResult(
  row: Pick<
    ProcurementThreshold,
    'id' | 'amount' | 'vatBasis' | 'effectiveFrom' | 'effectiveTo' | 'regime' | 'level' | 'source'
  >,
  contractType: ContractType,
  authority: AuthorityKind,
  warnings: readonly ThresholdWarning[],
): ProcurementThreshold {
  const period =
    row.effectiveTo === null
      ? `from ${row.effectiveFrom}`
      : `${row.effectiveFrom} to ${row.effectiveTo}`;
  const cautions = warnings.map((warning) => ` ${warning.message}`).join('');
  return seal(
    {
      kind: 'procurement-threshold',
      schemaVersion: 1,
      id: row.id,
      amount: row.amount,
      vatBasis: row.vatBasis,
      effectiveFrom: row.effectiveFrom,
      effectiveTo: row.effectiveTo,
      regime: row.regime,
      level: row.level,
      source: row.source,
      contractType,
      authority,
      warnings,
      summary: `The ${LEVEL_WORDS[row.level]} for ${typeWords(contractType)} of a ${authority} authority is ${money(row)} for procurements commenced ${period} (${row.source}).${cautions}`,
    },
    'procurement-threshold',
  );
}

/**
 * The UK statutory procurement threshold for a contract type and kind of authority, as in force
 * on the day the procurement commenced: the amount, its VAT basis (net of VAT until 31 December
 * 2021, inclusive of VAT from 1 January 2022), the period it applies to, the regime and the legal
 * source, with a sentence. A contract is in scope when its value, on the same VAT basis, is at or
 * above the amount.
 *
 * The table covers procurements commenced from 1 January 2016 (PPN 18/15): the Public Contracts
 * Regulations 2015 and their sister regulations until 23 February 2025, then every row of
 * Schedule 1 of the Procurement Act 2023, with the amounts in force from 1 January 2026 (a light
 * touch concession keeps £5,372,609 while other concessions fall to £5,193,000). With
 * `level: 'small-lot'` it gives the PCR 2015 small-lots figures; with
 * `level: 'notifiable-below-threshold'` the Act's values from which a below-threshold contract
 * must be notified (£12,000 central government, £30,000 others, inc VAT). Figures that could not
 * be confirmed are left out of the table and give `no-threshold-for-date` with the reason.
 * Thresholds are revised every two years: for a procurement commenced from 1 January 2028 (when
 * the next revision was due) the latest figures are given with a `figures-may-be-revised`
 * warning in `warnings` (and at the end of `summary`); `warnings` is otherwise empty.
 *
 * @param query - Contract type, authority kind, commencement date, and optionally the regime and
 * the level.
 * @returns The threshold, frozen.
 * @throws SocialValueError `unknown-contract-type` for a contract type not in
 * {@link contractTypes} (path `query.contractType`); `no-threshold-for-date` for a date before
 * 2016 (path `query.commencedOn`), outside the regime asked for (`query.regime`: the regime in
 * force that day is the one to ask for), or a figure the table leaves out; `impossible-combination`
 * for a level or row that does not exist for the contract type and authority; `invalid-input`
 * for anything else malformed (paths `query.…`). A figure left out or impossible is blamed on
 * what there is to change: `query.level` for a small-lots or notifiable figure (they exist for
 * some contracts, authorities and periods only), `query.contractType` for a utility's concession
 * under the Act (a works or services row), otherwise `query.commencedOn` (the table has the
 * threshold for other dates). The message is the headline, then that issue on a line.
 *
 * @example
 * ```ts
 * import { ukProcurementThreshold } from 'social-value';
 *
 * const councilServices = ukProcurementThreshold({
 *   contractType: 'services',
 *   authority: 'sub-central',
 *   commencedOn: '2022-06-01',
 * });
 * councilServices.amount.toString(); // => '213477'
 * councilServices.vatBasis; // => 'inclusive'
 * councilServices.effectiveTo; // => '2023-12-31'
 *
 * const in2017 = ukProcurementThreshold({
 *   contractType: 'services',
 *   authority: 'sub-central',
 *   commencedOn: '2017-06-30',
 * });
 * in2017.amount.toString(); // => '164176'
 * in2017.vatBasis; // => 'exclusive'
 *
 * const at = { authority: 'sub-central', commencedOn: '2026-03-01' } as const;
 * ukProcurementThreshold({ ...at, contractType: 'concession' }).amount.toString(); // => '5193000'
 * ukProcurementThreshold({ ...at, contractType: 'light-touch-concession' }).amount.toString(); // => '5372609'
 *
 * const in2028 = ukProcurementThreshold({ ...at, contractType: 'works', commencedOn: '2028-03-01' });
 * in2028.amount.toString(); // => '5193000'
 * in2028.warnings.map((warning) => warning.code); // => ['figures-may-be-revised']
 * ```
 */
export function ukProcurementThreshold(query: ThresholdQuery): ProcurementThreshold {
  return thresholdAt(query, ['query']);
}

/**
 * {@link ukProcurementThreshold} of a query read at `root`: `requiresSocialValue` asks with its
 * contract, so that an error names the contract's field (`contract.commencedOn`). Internal.
 */
export function thresholdAt(
  query: ThresholdQuery,
  root: readonly PropertyKey[],
): ProcurementThreshold {
  if (typeof query === 'object' && query !== null && Object.hasOwn(query, 'contractType')) {
    assertKnownContractType(query.contractType, [...root, 'contractType']);
  }
  const input = parseInput(thresholdQuerySchema(), query, 'threshold query', root);
  const level = input.level ?? 'threshold';
  const date = input.commencedOn;
  const facts = { contractType: input.contractType, authority: input.authority, commencedOn: date };
  const what = `${typeWords(input.contractType)} of a ${input.authority} authority`;
  const inForce: Regime = date < ACT_COMMENCEMENT ? 'pcr-2015' : 'procurement-act-2023';
  const regime = input.regime ?? inForce;
  // The error with an issue at the query's `field`, which received its value, not `expected`.
  const fail = (
    code: SocialValueErrorCode,
    message: string,
    field: keyof typeof input,
    expected: string,
    details: SocialValueErrorDetails = { ...facts, regime, level },
  ) =>
    fieldError(
      code,
      message,
      [...root, field],
      `expected ${expected}, received ${describeValue(input[field])}`,
      details,
    );
  if (date < FIRST_THRESHOLD_DATE) {
    throw fail(
      'no-threshold-for-date',
      `No ${LEVEL_WORDS[level]} for ${what} commenced on ${date}: the table starts on ${FIRST_THRESHOLD_DATE}.`,
      'commencedOn',
      `a date from ${FIRST_THRESHOLD_DATE}`,
      { ...facts, level },
    );
  }
  if (regime !== inForce) {
    throw fail(
      'no-threshold-for-date',
      regime === 'pcr-2015'
        ? `No PCR 2015 ${LEVEL_WORDS[level]} for a procurement commenced on ${date}: procurements commenced from ${ACT_COMMENCEMENT} are under the Procurement Act 2023.`
        : `No Procurement Act 2023 ${LEVEL_WORDS[level]} for a procurement commenced on ${date}: the Act applies to procurements commenced from ${ACT_COMMENCEMENT}.`,
      'regime',
      `the regime in force on ${date}, ${describeValue(inForce)}`,
    );
  }
  // A level other than the threshold exists for some contracts, authorities and periods only:
  // the level asked for is to blame. The threshold of a contract exists for every date of the
  // table bar the ones it leaves out: the date is; and for a utility's concession under the Act,
  // which is a works or services row of Schedule 1, the contract type.
  const given = level === 'threshold' ? undefined : 'level';
  const category = thresholdCategory(input.contractType, input.authority, level, regime);
  if (typeof category !== 'string') {
    throw fail(
      'impossible-combination',
      `There is no ${LEVEL_WORDS[level]} for ${what} under ${regimeLabel(regime)}: ${category.impossible}.`,
      given ?? 'contractType',
      `a ${given ?? 'contract type'} with such a figure`,
    );
  }
  const row = rowsOf(category).find(
    (candidate) =>
      candidate.regime === regime &&
      candidate.effectiveFrom <= date &&
      (candidate.effectiveTo === null || date <= candidate.effectiveTo),
  );
  if (row === undefined) {
    throw fail(
      'no-threshold-for-date',
      `No ${LEVEL_WORDS[level]} for ${what} under ${regimeLabel(regime)} for a procurement commenced on ${date}: ${missingReason(category, level, regime, date)}.`,
      given ?? 'commencedOn',
      `a ${given ?? 'date'} the table has a figure for`,
    );
  }
  return thresholdResult(
    { ...row, amount: new Decimal(row.amount) },
    input.contractType,
    input.authority,
    revisionWarnings(row, date),
  );
}
