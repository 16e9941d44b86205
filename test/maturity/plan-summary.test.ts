import { describe, expect, it } from 'vitest';
import { defineMaturityModel, planActions, revive } from '../../src/index.js';
import { caught } from '../errors.js';

// A plan's summary names the first 10 levels and counts the rest, as the library's lists in
// sentences do (`listed`): a model of 80,000 levels gave a summary of 1.9 MB.

const source = { title: 'Worked by hand', publisher: 'Us', year: 2026 };

/** One theme `t` over levels `l0` (rank 0) … `l<count - 1>`, with `perLevel(k)` criteria at `lk`. */
function tall(count: number, perLevel: (rank: number) => number) {
  const levels = Array.from({ length: count }, (_, rank) => ({
    id: `l${rank}`,
    name: `L${rank}`,
    rank,
    description: `Level ${rank}.`,
  }));
  return defineMaturityModel({
    id: 'tall',
    name: 'Tall',
    source,
    levels,
    themes: [{ id: 't', name: 'T' }],
    criteria: levels.slice(1).flatMap(({ id, rank }) =>
      Array.from({ length: perLevel(rank) }, (_, k) => ({
        id: `t.${id}.${k}`,
        theme: 't',
        level: id,
        statement: `S ${rank}.${k}.`,
        action: `A ${rank}.${k}.`,
      })),
    ),
  });
}

describe('planActions: the summary of a plan across many levels', () => {
  it('names the first 10 levels and counts the rest', () => {
    // Level k has k criteria, none met from l0: 1 + 2 + … + 12 = 78 steps; L1 to L10 named,
    // L11 and L12 counted: 11 + 12 = 23 steps to reach 2 more levels.
    const plan = planActions(
      tall(13, (rank) => rank),
      {
        present: { t: 'l0' },
        target: { t: 'l12' },
      },
    );
    expect(plan.counts.byLevel).toHaveLength(12);
    expect(plan.summary).toBe(
      '78 steps across 1 of 1 theme (1 to reach L1, 2 to reach L2, 3 to reach L3, 4 to reach L4, 5 to reach L5, 6 to reach L6, 7 to reach L7, 8 to reach L8, 9 to reach L9, 10 to reach L10 and 23 to reach 2 more levels).',
    );
    // Its JSON reads back; a summary that lists every level is not the one its counts give.
    const json = JSON.parse(JSON.stringify(plan));
    expect(revive(json, 'action-plan').summary).toBe(plan.summary);
    const listed = `78 steps across 1 of 1 theme (${Array.from({ length: 12 }, (_, i) => `${i + 1} to reach L${i + 1}`).join(', ')}).`;
    const error = caught(() => revive({ ...json, summary: listed }, 'action-plan'));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.path)).toEqual(['json.summary']);
  });

  it('names 10 levels exactly as before, and counts one more level in the singular', () => {
    // 10 levels to reach: every one named, as before. 11: the last counted as "1 more level".
    const ten = planActions(
      tall(11, () => 1),
      { present: { t: 'l0' }, target: { t: 'l10' } },
    );
    expect(ten.summary).toBe(
      '10 steps across 1 of 1 theme (1 to reach L1, 1 to reach L2, 1 to reach L3, 1 to reach L4, 1 to reach L5, 1 to reach L6, 1 to reach L7, 1 to reach L8, 1 to reach L9, 1 to reach L10).',
    );
    const eleven = planActions(
      tall(12, () => 1),
      { present: { t: 'l0' }, target: { t: 'l11' } },
    );
    expect(eleven.summary).toBe(
      '11 steps across 1 of 1 theme (1 to reach L1, 1 to reach L2, 1 to reach L3, 1 to reach L4, 1 to reach L5, 1 to reach L6, 1 to reach L7, 1 to reach L8, 1 to reach L9, 1 to reach L10 and 1 to reach 1 more level).',
    );
  });

  it('stays one short sentence for 20,000 levels, and reads back', () => {
    // 19,999 levels to reach, one step each: L1 to L10 named, 19,989 counted.
    const plan = planActions(
      tall(20_000, () => 1),
      {
        present: { t: 'l0' },
        target: { t: 'l19999' },
      },
    );
    expect(plan.summary).toBe(
      '19,999 steps across 1 of 1 theme (1 to reach L1, 1 to reach L2, 1 to reach L3, 1 to reach L4, 1 to reach L5, 1 to reach L6, 1 to reach L7, 1 to reach L8, 1 to reach L9, 1 to reach L10 and 19,989 to reach 19,989 more levels).',
    );
    expect(revive(JSON.parse(JSON.stringify(plan)), 'action-plan').summary).toBe(plan.summary);
  });
});
