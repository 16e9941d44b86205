/**
 * social-value/ocds: award criteria and their weights read from published OCDS tender notices
 * (Find a Tender, Contracts Finder, Public Contracts Scotland), ready for `checkWeighting`.
 *
 * @packageDocumentation
 */
export { readOcdsAwardCriteria } from './read-ocds-award-criteria.js';
export { toWeighting } from './to-weighting.js';
export type {
  OcdsAwardCriteria,
  OcdsCriterion,
  OcdsCriterionKind,
  OcdsFinding,
  OcdsFindingCode,
  OcdsLotCriteria,
  OcdsWeighting,
  OcdsWeightSource,
  OcdsWeights,
} from './types.js';
