import type { Decimal } from './decimal.js';
import type { SocialValueIssue } from './errors.js';
import { figureIssues } from './figure-issues.js';
import { figureSchema } from './figure-schema.js';
import { intSchema } from './int-schema.js';
import { issueAt } from './issue.js';
import { divide } from './numeric-domain.js';
import { overRounds } from './over-rounds.js';
import { idSchema, textSchema } from './schemas.js';
import { snapshotObject } from './snapshot-object.js';
import { plural } from './text.js';
import { figureText, perPoundText } from './wording.js';

/**
 * The figures of a local multiplier (LMn) from its first round and the sum of its rounds: what
 * `lm3` writes, and what a stored one (read by `revive`, or given to `defineSpendMultiplier`) is
 * checked against. Internal: monitoring's `lm3` and spend's multiplier input use it.
 */
export function multiplierOf(initialSpend: Decimal, totalSpend: Decimal, rounds: number) {
  const multiplier = divide(totalSpend, initialSpend);
  const name = `LM${rounds}`;
  return {
    multiplier,
    rounds,
    name,
    initialSpend,
    totalSpend,
    reason: `${name} is ${figureText(multiplier)}: each £1 spent in round 1 became ${perPoundText(multiplier, 4)} in the local economy over ${plural(rounds, 'round')} of spending.`,
  };
}

/**
 * The schema of an `lm3` result's JSON snapshot (a function, so that an unused schema leaves
 * bundles). Internal: `revive` and `defineSpendMultiplier` read a stored one with it, then
 * check it with {@link localMultiplierIssues}.
 */
export const localMultiplierSchema = () =>
  snapshotObject('local-multiplier', {
    multiplier: figureSchema(),
    rounds: intSchema(1),
    name: idSchema,
    initialSpend: figureSchema(),
    totalSpend: figureSchema(),
    reason: textSchema,
  });

/** A stored `lm3` result, read. */
type StoredMultiplier = ReturnType<typeof multiplierOf>;

/**
 * The figures of a stored `lm3` result that contradict its own contents, each at its path: as
 * `lm3` works, each round is re-spent out of the one before, so LMn is at most n; the total
 * includes round 1, so it is at least 1; its first round is above 0, and every figure is what
 * {@link multiplierOf} gives from its spend. Internal.
 */
export function localMultiplierIssues(
  live: StoredMultiplier,
  path: readonly PropertyKey[],
): SocialValueIssue[] {
  const issues: SocialValueIssue[] = [];
  const over = live.multiplier.lt(1)
    ? `expected at least 1 (the total includes round 1), received ${live.multiplier}`
    : overRounds(live.multiplier, live.rounds);
  if (over !== undefined) issues.push(issueAt([...path, 'multiplier'], over));
  if (!live.initialSpend.gt(0)) {
    issues.push(
      issueAt(
        [...path, 'initialSpend'],
        `expected a figure above 0, received "${live.initialSpend}"`,
      ),
    );
    return issues;
  }
  const again = multiplierOf(live.initialSpend, live.totalSpend, live.rounds);
  for (const key of Object.keys(again) as (keyof StoredMultiplier)[]) {
    figureIssues(issues, [...path, key], again[key], live[key]);
  }
  return issues;
}
