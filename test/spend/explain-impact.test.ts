import { describe, expect, it } from 'vitest';
import { toDecimal } from '../../src/core/to-decimal.js';
import { findingsOf } from '../../src/spend/explain-impact.js';
import type {
  AssessedImpact,
  ImpactFinding,
  ImpactPosition,
} from '../../src/spend/impact-types.js';

// What a stored assessment's reader gives `findingsOf`: its impacts as read back and its stored
// findings (the snapshot has no value types, so `dimension-differs` findings are kept as stored).
describe('findingsOf, for a stored assessment', () => {
  it("keeps each impact's stored dimension-differs finding, for 200,000 impacts in one pass", () => {
    // 200,000 monetised positive social impacts (no other finding), each with one stored
    // `dimension-differs` finding, stored in reverse order. Searching every stored finding for
    // each impact (as before) is 200,000 × 200,000 = 4e10 comparisons, minutes of CPU; grouping
    // them by impact once is one pass (well under a second).
    const count = 200_000;
    const value = toDecimal(30000);
    const impacts = Array.from({ length: count }, (_, index) => ({
      id: `i${index}`,
      dimension: 'social',
      direction: 'positive',
      measure: 'NT1',
      value,
      mitigations: [],
    })) as unknown as AssessedImpact[];
    const stored: ImpactFinding[] = impacts
      .map(({ id }) => ({
        code: 'dimension-differs' as const,
        severity: 'info' as const,
        message: `Positive social impact "${id}" is monetised with NT1, which Demo TOMs reports as local-economic value, not social.`,
        impact: id,
        dimension: 'social' as const,
      }))
      .reverse();
    // A finding of another code, or of no impact, is not copied: those are worked out again.
    stored.push({ code: 'not-monetised', severity: 'info', message: 'Stale.', impact: 'i0' });
    stored.push({ code: 'dimension-differs', severity: 'info', message: 'No impact.' });
    const positive = { position: 'net-positive' } as ImpactPosition;
    const findings = findingsOf(
      impacts,
      { social: positive, economic: positive, environmental: positive },
      stored,
    );
    // One finding per impact, in the order of the impacts (not of the stored findings).
    expect(findings).toHaveLength(count);
    expect(findings[0]).toBe(stored[count - 1]);
    expect(findings[0]?.impact).toBe('i0');
    expect(findings[count - 1]).toBe(stored[0]);
    expect(findings[count - 1]?.message).toBe(
      'Positive social impact "i199999" is monetised with NT1, which Demo TOMs reports as local-economic value, not social.',
    );
  });
});
