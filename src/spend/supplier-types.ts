/**
 * What kind of organisation a supplier is, as a council's ledger or supplier register records
 * it. The kinds are disjoint: each payment has one. `micro` (fewer than 10 staff) and `sme`
 * (small or medium-sized, under 250 staff, not recorded as micro) together make the SMEs of
 * the UK definition; `vcse` is a voluntary, community or faith organisation or charity;
 * `social-enterprise` a business trading for a social purpose (a CIC, for example); `large`
 * any other business; `public-body` another public body (a council, the NHS); `unknown` a
 * payment whose supplier type is not recorded.
 */
export type SupplierType =
  | 'sme'
  | 'micro'
  | 'vcse'
  | 'social-enterprise'
  | 'large'
  | 'public-body'
  | 'unknown';

/**
 * Every supplier type, in the order reports list them (the order of `bySupplierType`).
 *
 * @example
 * ```ts
 * import { supplierTypes } from 'social-value/spend';
 *
 * supplierTypes.length; // => 7
 * supplierTypes[0]; // => 'sme'
 * supplierTypes.includes('vcse'); // => true
 * ```
 */
export const supplierTypes: readonly SupplierType[] = /* @__PURE__ */ Object.freeze([
  'sme',
  'micro',
  'vcse',
  'social-enterprise',
  'large',
  'public-body',
  'unknown',
]);

/** How sentences name each supplier type. Internal. */
export const supplierTypeWords: Readonly<Record<SupplierType, string>> = {
  sme: 'SMEs',
  micro: 'micro businesses',
  vcse: 'VCSE organisations',
  'social-enterprise': 'social enterprises',
  large: 'large businesses',
  'public-body': 'public bodies',
  unknown: 'suppliers of unrecorded type',
};
