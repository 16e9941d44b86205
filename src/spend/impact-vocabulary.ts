import type { ValueType } from '../core/value-types.js';
import type { ImpactDimension, ImpactDirection, MitigationChange } from './impact-types.js';

/**
 * The dimensions of an impact assessment, in report order.
 *
 * @example
 * ```ts
 * import { impactDimensions } from 'social-value/spend';
 *
 * impactDimensions; // => ['social', 'economic', 'environmental']
 * ```
 */
export const impactDimensions: readonly ImpactDimension[] = /* @__PURE__ */ Object.freeze([
  'social',
  'economic',
  'environmental',
]);

/**
 * The kinds of mitigation of a negative impact, as Hackney's Sustainable Procurement Impact
 * Assessment names them: "changing the subject of the contract, amending the service
 * specification or the tendering and social value questions" (Local Government report on
 * social value, seed 003, Appendix D: Hackney Council).
 *
 * @example
 * ```ts
 * import { mitigationChanges } from 'social-value/spend';
 *
 * mitigationChanges; // => ['contract-subject', 'specification', 'tender-questions']
 * ```
 */
export const mitigationChanges: readonly MitigationChange[] = /* @__PURE__ */ Object.freeze([
  'contract-subject',
  'specification',
  'tender-questions',
]);

/** Each kind of mitigation in words, as Hackney puts it. Internal. */
export const mitigationChangeNames: Readonly<Record<MitigationChange, string>> = {
  'contract-subject': 'changing the subject of the contract',
  specification: 'amending the service specification',
  'tender-questions': 'amending the tendering and social value questions',
};

/** The directions of an impact. Internal. */
export const impactDirections: readonly ImpactDirection[] = ['positive', 'negative'];

/** The TOMs value type that reports each dimension. Internal. */
export const dimensionValueTypes: Readonly<Record<ImpactDimension, ValueType>> = {
  social: 'social',
  economic: 'local-economic',
  environmental: 'environmental',
};
