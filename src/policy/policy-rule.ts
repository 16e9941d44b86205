import type * as z from 'zod/mini';
import type { Decimal } from '../core/decimal.js';
import type { ruleSchema } from './schemas.js';
import type { PolicyRule, Weighting } from './types.js';
import type { WeightingBase } from './vocabulary.js';

/** A copy of `value` without the keys whose value is `undefined` (as JSON would drop them). */
type Defined<T> = { [K in keyof T]: Exclude<T[K], undefined> };

function defined<T extends object>(value: T): Partial<Defined<T>> {
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) if (inner !== undefined) out[key] = inner;
  return out as Partial<Defined<T>>;
}

interface ParsedWeighting {
  readonly percent: Decimal;
  readonly of: WeightingBase;
}

/** A rule as the schemas read it (input or snapshot). Internal. */
export type ParsedRule = z.output<ReturnType<typeof ruleSchema>>;

function weighting(read: ParsedWeighting | undefined): Weighting | undefined {
  return read === undefined ? undefined : { percent: read.percent, of: read.of };
}

/** The rule kept in a policy, in one key order, without undefined keys. Internal. */
export function ruleFrom(read: ParsedRule): PolicyRule {
  const when = read.when ?? {};
  const outcome = read.outcome;
  return defined({
    id: read.id,
    name: read.name,
    scope: read.scope ?? 'local',
    source: read.source,
    note: read.note,
    when: defined({
      contractTypes: when.contractTypes && [...when.contractTypes],
      authorities: when.authorities && [...when.authorities],
      minimumValue: when.minimumValue && {
        amount: when.minimumValue.amount,
        vatBasis: when.minimumValue.vatBasis,
      },
      minimumDurationMonths: when.minimumDurationMonths,
      commencedFrom: when.commencedFrom,
      commencedTo: when.commencedTo,
      atOrAboveStatutoryThreshold: when.atOrAboveStatutoryThreshold,
      tags: when.tags && [...when.tags],
      withoutTags: when.withoutTags && [...when.withoutTags],
    }),
    outcome: defined({
      socialValue: outcome.socialValue,
      minimumWeighting: weighting(outcome.minimumWeighting),
      maximumWeighting: weighting(outcome.maximumWeighting),
      fixedWeighting: weighting(outcome.fixedWeighting),
      environmentalWeighting: weighting(outcome.environmentalWeighting),
      targetSocialValueAddedRatio: outcome.targetSocialValueAddedRatio,
    }),
  }) as unknown as PolicyRule;
}

/** True when two rules say the same thing (a rule reached twice through includes). Internal. */
export function sameRule(left: PolicyRule, right: PolicyRule): boolean {
  return left === right || JSON.stringify(left) === JSON.stringify(right);
}
