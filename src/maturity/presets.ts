import { portsmouthRoadmapInput } from './data/portsmouth-roadmap.js';
import { svmiBusinessInput } from './data/svmi-business.js';
import { svmiPublicSectorInput } from './data/svmi-public-sector.js';
import { defineMaturityModel } from './define-maturity-model.js';
import type { MaturityModel } from './types.js';

/**
 * The Social Value Maturity Index for the public sector (best-practice task force, 2016, seed
 * "Bridging the Gap", appendix a): levels Non-compliant, Follower, Mature, Leader, Innovator
 * (ranks 0 to 4); ten themes from Policy & Scope to Governance and Accountability; every
 * requirement of the appendix table as a criterion with an action, in our own words. Themes are
 * judged cumulatively and the overall mean is rounded down, as the index states.
 *
 * @example
 * ```ts
 * import { svmiPublicSector } from 'social-value';
 *
 * svmiPublicSector.themes.length; // => 10
 * svmiPublicSector.levels.map((level) => level.name); // => ['Non-compliant', 'Follower', 'Mature', 'Leader', 'Innovator']
 * ```
 */
export const svmiPublicSector: MaturityModel =
  /* @__PURE__ */ defineMaturityModel(svmiPublicSectorInput);

/**
 * The Social Value Maturity Index for business and suppliers to the public sector (task force,
 * 2016, appendix b): the same five levels, nine themes from Policy and Scope to Governance and
 * Accountability, every requirement as a criterion with an action, in our own words.
 *
 * @example
 * ```ts
 * import { svmiBusiness } from 'social-value';
 *
 * svmiBusiness.themes.length; // => 9
 * svmiBusiness.rules.nonCompliantLevel; // => 'non-compliant'
 * svmiBusiness.kind; // => 'maturity-model'
 * ```
 */
export const svmiBusiness: MaturityModel = /* @__PURE__ */ defineMaturityModel(svmiBusinessInput);

/**
 * Portsmouth City Council's social value roadmap (Social Value Policy, March 2021, Appendix 1):
 * five stages, each to be met before the next (Shape, Align, Benchmark and Pilot; Learn, Unify
 * and Rollout; Develop, Embed and Recognise; Growth and Maximise; Maturity), each stage's actions
 * as criteria, on one council-wide theme. Below the first stage is our `not-started` level
 * (rank 0), where a council stands until every first-stage action is done.
 *
 * @example
 * ```ts
 * import { portsmouthRoadmap } from 'social-value';
 *
 * portsmouthRoadmap.levels.length; // => 6
 * portsmouthRoadmap.criteria.length; // => 17
 * ```
 */
export const portsmouthRoadmap: MaturityModel =
  /* @__PURE__ */ defineMaturityModel(portsmouthRoadmapInput);
