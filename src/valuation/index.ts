export { pledgeSchema, valuePledgesOptionsSchema } from './schemas.js';
export type {
  PledgeInput,
  Valuation,
  ValuationLine,
  ValuationWarning,
  ValuationWarningKind,
  ValuePledgesOptions,
  YearValue,
} from './types.js';
export { valuePledges } from './value-pledges.js';
