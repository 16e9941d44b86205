import { Decimal } from '../core/decimal.js';
import { SocialValueError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { parseInput } from '../core/zod-error.js';
import {
  ACT_COMMENCEMENT,
  FIRST_THRESHOLD_DATE,
  type ThresholdCategory,
  UK_THRESHOLDS,
} from './data/uk-thresholds.js';
import { assertKnownContractType } from './known-contract-type.js';
import { thresholdQuerySchema } from './schemas.js';
import type { ProcurementThreshold, ThresholdQuery } from './types.js';
import type { AuthorityKind, ContractType, Regime, ThresholdLevel } from './vocabulary.js';
import { regimeLabel } from './wording.js';

function categoryOf(
  type: ContractType,
  authority: AuthorityKind,
  level: ThresholdLevel,
): ThresholdCategory | undefined {
  if (level === 'notifiable-below-threshold') {
    if (!['supplies', 'services', 'works', 'light-touch'].includes(type)) return undefined;
    if (authority === 'utility') return undefined;
    return authority === 'central-government' ? 'notifiable-central' : 'notifiable-other';
  }
  switch (type) {
    case 'supplies':
    case 'services':
      if (authority === 'utility') return 'utilities-supplies-services';
      return authority === 'central-government'
        ? 'supplies-services-central'
        : 'supplies-services-sub-central';
    case 'light-touch':
      return authority === 'utility' ? 'utilities-light-touch' : 'light-touch';
    case 'defence-supplies-services':
      return 'defence-supplies-services';
    case 'defence-works':
      return 'defence-works';
    default:
      return type;
  }
}

function noThreshold(message: string, details: Record<string, unknown>): SocialValueError {
  return new SocialValueError({ code: 'no-threshold-for-date', message, details });
}

/**
 * The UK statutory procurement threshold for a contract type and kind of authority, as in force
 * on the day the procurement commenced: the amount, its VAT basis (net of VAT until 31 December
 * 2021, inclusive of VAT from 1 January 2022), the period it applies to, the regime and the legal
 * source. A contract is in scope when its value, on the same VAT basis, is at or above the
 * amount.
 *
 * The table covers procurements commenced from 1 January 2020: the Public Contracts Regulations
 * 2015 and their sister regulations until 23 February 2025, the Procurement Act 2023 from
 * 24 February 2025, with the amounts in force from 1 January 2026. With
 * `level: 'notifiable-below-threshold'` it gives the Act's values from which a below-threshold
 * contract must be notified (£12,000 central government, £30,000 others, inc VAT).
 *
 * @param query - Contract type, authority kind, commencement date, and optionally the regime and
 * the level.
 * @returns The threshold, frozen.
 * @throws SocialValueError `unknown-contract-type` for a contract type not in
 * {@link contractTypes}; `no-threshold-for-date` for a date before 2020 or outside the regime
 * asked for; `impossible-combination` for a notifiable value of a utility, concession or defence
 * contract; `invalid-input` for anything else malformed.
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
 * const before2022 = ukProcurementThreshold({
 *   contractType: 'services',
 *   authority: 'sub-central',
 *   commencedOn: '2021-12-31',
 * });
 * before2022.amount.toString(); // => '189330'
 * before2022.vatBasis; // => 'exclusive'
 *
 * const notifiable = ukProcurementThreshold({
 *   contractType: 'supplies',
 *   authority: 'central-government',
 *   commencedOn: '2026-02-01',
 *   level: 'notifiable-below-threshold',
 * });
 * notifiable.amount.toString(); // => '12000'
 * ```
 */
export function ukProcurementThreshold(query: ThresholdQuery): ProcurementThreshold {
  if (typeof query === 'object' && query !== null) {
    assertKnownContractType((query as { contractType?: unknown }).contractType, ['contractType']);
  }
  const input = parseInput(thresholdQuerySchema, query, 'threshold query');
  const level = input.level ?? 'threshold';
  const date = input.commencedOn;
  const facts = { contractType: input.contractType, authority: input.authority, commencedOn: date };
  const category = categoryOf(input.contractType, input.authority, level);
  if (category === undefined) {
    throw new SocialValueError({
      code: 'impossible-combination',
      message: `There is no notifiable below-threshold value for ${input.contractType} contracts of a ${input.authority} authority: the Procurement Act 2023 sets one only for public supplies, services, works and light touch contracts of central government and other contracting authorities, not utilities, concessions or defence and security contracts.`,
      details: { ...facts, level },
    });
  }
  if (date < FIRST_THRESHOLD_DATE) {
    throw noThreshold(
      `No threshold for a procurement commenced on ${date}: the table starts on ${FIRST_THRESHOLD_DATE}.`,
      facts,
    );
  }
  const inForce: Regime = date < ACT_COMMENCEMENT ? 'pcr-2015' : 'procurement-act-2023';
  const regime = input.regime ?? inForce;
  if (regime !== inForce) {
    throw noThreshold(
      regime === 'pcr-2015'
        ? `No PCR 2015 threshold for a procurement commenced on ${date}: procurements commenced from ${ACT_COMMENCEMENT} are under the Procurement Act 2023.`
        : `No Procurement Act 2023 threshold for a procurement commenced on ${date}: the Act applies to procurements commenced from ${ACT_COMMENCEMENT}.`,
      { ...facts, regime },
    );
  }
  const row = UK_THRESHOLDS.find(
    (candidate) =>
      candidate.category === category &&
      candidate.regime === regime &&
      candidate.effectiveFrom <= date &&
      (candidate.effectiveTo === null || date <= candidate.effectiveTo),
  );
  if (row === undefined) {
    throw noThreshold(
      `No ${level === 'threshold' ? 'threshold' : 'notifiable below-threshold value'} under ${regimeLabel(regime)} for a procurement commenced on ${date}${level === 'threshold' ? '' : `: such values exist from ${ACT_COMMENCEMENT}`}.`,
      { ...facts, regime, level },
    );
  }
  return deepFreeze({
    id: row.id,
    amount: new Decimal(row.amount),
    vatBasis: row.vatBasis,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    regime: row.regime,
    level: row.level,
    source: row.source,
    contractType: input.contractType,
    authority: input.authority,
  });
}
