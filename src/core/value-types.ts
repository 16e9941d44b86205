/**
 * How a measure's value is reported. `local-economic`: local jobs and local supply-chain spend
 * (Social Value Portal's "LEV"); `social`: benefits to society at large; `environmental`:
 * reported with social value unless a buyer separates it; `record-only`: recorded but not
 * monetised (a proxy of 0, such as a recycling rate).
 */
export type ValueType = 'local-economic' | 'social' | 'environmental' | 'record-only';

/** Every value type, in report order. Internal: the one list the areas read. */
export const valueTypes: readonly ValueType[] = /* @__PURE__ */ Object.freeze([
  'local-economic',
  'social',
  'environmental',
  'record-only',
]);
