/**
 * The kinds of contract the threshold tables distinguish. `supplies`, `services` and `works` are
 * the ordinary public contracts; `concession` a works or services concession other than a light
 * touch one; `light-touch` the social, health, education and other specific services of the
 * light touch regime; `light-touch-concession` a concession for such services (Procurement Act
 * 2023 Sch. 1 row 7, a threshold of its own from 2026); `defence-supplies-services`,
 * `defence-works` and `defence-concession` defence and security contracts.
 *
 * @example
 * ```ts
 * import { contractTypes } from 'social-value';
 *
 * contractTypes.includes('light-touch-concession'); // => true
 * ```
 */
export const contractTypes = /* @__PURE__ */ Object.freeze([
  'supplies',
  'services',
  'works',
  'concession',
  'light-touch',
  'light-touch-concession',
  'defence-supplies-services',
  'defence-works',
  'defence-concession',
] as const);

/** One of {@link contractTypes}. */
export type ContractType = (typeof contractTypes)[number];

/**
 * The kinds of buyer the threshold tables distinguish: `central-government` (departments, their
 * agencies and other central government authorities), `sub-central` (councils and every other
 * contracting authority) and `utility` (a buyer acting in the water, energy, transport or postal
 * sectors).
 *
 * @example
 * ```ts
 * import { authorityKinds } from 'social-value';
 *
 * authorityKinds; // => ['central-government', 'sub-central', 'utility']
 * ```
 */
export const authorityKinds = /* @__PURE__ */ Object.freeze([
  'central-government',
  'sub-central',
  'utility',
] as const);

/** One of {@link authorityKinds}. */
export type AuthorityKind = (typeof authorityKinds)[number];

/**
 * Whether an amount includes VAT (`inclusive`) or is net of VAT (`exclusive`, "plus VAT").
 * Every value and threshold in the library carries its basis; values on different bases are
 * converted explicitly with the contract's VAT rate before they are compared.
 */
export type VatBasis = 'inclusive' | 'exclusive';

/**
 * The procurement regime a threshold belongs to. `pcr-2015` is the regime of the Public
 * Contracts Regulations 2015 and their sister regulations (Utilities Contracts Regulations 2016,
 * Concession Contracts Regulations 2016, Defence and Security Public Contracts Regulations 2011)
 * for procurements commenced before 24 February 2025; `procurement-act-2023` is the Procurement
 * Act 2023 for procurements commenced on or after that day.
 */
export type Regime = 'pcr-2015' | 'procurement-act-2023';

/**
 * Which figure to look up: `threshold`, the value from which the full regime applies (published
 * on Find a Tender); `small-lot`, the PCR 2015 value below which a lot may be let outside the
 * regulations (supplies and services, or works); `notifiable-below-threshold`, the Procurement
 * Act 2023 value from which a below-threshold contract must be notified (£12,000 central
 * government, £30,000 others).
 */
export type ThresholdLevel = 'threshold' | 'small-lot' | 'notifiable-below-threshold';

/**
 * What a weighting is a share of: `total` (every award criterion), `quality` (the quality
 * criteria together with social value and environmental criteria, i.e. every criterion except
 * price and `other`), or `non-price` (every criterion except price, as under an absolute method
 * such as price per quality point).
 */
export type WeightingBase = 'total' | 'quality' | 'non-price';

/**
 * Where a policy rule comes from: `statutory` (the law and central government notes) or `local`
 * (a council's own policy). Results report the two scopes separately.
 */
export type PolicyScope = 'statutory' | 'local';
