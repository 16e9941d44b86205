import { describe, expect, it } from 'vitest';
import { defineMaturityModel, planActions, revive } from '../../src/index.js';
import { caught } from '../errors.js';
import { toyInput } from './fixtures.js';

// A stored plan's level ranks and theme gaps, checked against its own contents on revive: each
// level has one rank throughout (and each rank one level), and a theme's gap has the sign its
// warning gives (above 0 with steps) and is its target's rank minus its present's where the plan
// lists both levels. Edited, they were read back as they were.

const toy = defineMaturityModel(toyInput);
const stored = (value: unknown) => JSON.parse(JSON.stringify(value));
const refused = (json: unknown) =>
  caught(() => revive(json, 'action-plan')).issues.map((issue) => [issue.path, issue.message]);

describe('a stored plan: ranks and gaps', () => {
  // Worked by hand (test/maturity/fixtures.ts): people None → Best, gap 3 − 0 = 3, levels
  // Basic (1), Good (2), Best (3); policy Basic → Best, gap 3 − 1 = 2, levels Good (2), Best (3).
  // Largest gap first: people, then policy. Basic's rank, 1, is listed under people.
  const plan = planActions(toy, {
    present: { policy: 'basic', people: 'none' },
    target: { policy: 'best', people: 'best' },
  });

  it('reads back as it is', () => {
    expect(plan.themes.map((theme) => [theme.theme, theme.gap])).toEqual([
      ['people', 3],
      ['policy', 2],
    ]);
    expect(revive(stored(plan), 'action-plan').themes[1]?.gap).toBe(2);
  });

  it("refuses a gap that is not its target's rank minus its present's", () => {
    const json = stored(plan);
    json.themes[1].gap = 1;
    expect(refused(json)).toEqual([
      ['json.themes[1].gap', 'expected 2 (the ranks of its levels), received 1'],
    ]);
  });

  it('refuses a gap below 0 for a theme with steps', () => {
    // people's gap made −3, and the themes with a gap counted again to match (1), in the
    // counts and the summary.
    const json = stored(plan);
    json.themes[0].gap = -3;
    json.counts.themesWithGap = 1;
    json.summary = json.summary.replace('2 of 2', '1 of 2');
    expect(refused(json)).toEqual([
      ['json.themes[0].gap', 'expected a figure above 0 (from its own figures), received -3'],
    ]);
  });

  it('refuses a level with two ranks, at the one its other listing outvotes', () => {
    // Good is listed under people (rank 2) and policy: 5 under policy is the one refused.
    const json = stored(plan);
    json.themes[1].levels[0].rank = 5;
    expect(refused(json)).toEqual([
      ['json.themes[1].levels[0].rank', 'expected 2 (from its own figures), received 5'],
    ]);
  });

  it('refuses a gap of another sign than its warning gives', () => {
    // policy Good → Good: target-is-present, gap 0; people Basic → None: target-below-present,
    // gap 0 − 1 = −1. Neither has steps, so neither counts among the themes with a gap.
    const still = planActions(toy, {
      present: { policy: 'good', people: 'basic' },
      target: { policy: 'good', people: 'none' },
    });
    expect(still.warnings.map((warning) => [warning.theme, warning.code])).toEqual([
      ['policy', 'target-is-present'],
      ['people', 'target-below-present'],
    ]);
    const json = stored(still);
    json.themes[0].gap = -1;
    json.themes[1].gap = 0;
    expect(refused(json)).toEqual([
      ['json.themes[0].gap', 'expected 0 (from its own figures), received -1'],
      ['json.themes[1].gap', 'expected a figure below 0 (from its own figures), received 0'],
    ]);
  });
});

describe('a stored plan whose target has no criteria (independent rule)', () => {
  const independent = defineMaturityModel({ ...toyInput, rules: { themeRule: 'independent' } });
  const plan = () =>
    stored(planActions(independent, { present: { people: 'none' }, target: { people: 'good' } }));

  it('reads back as it is', () => {
    const json = plan();
    expect(JSON.stringify(revive(json, 'action-plan'))).toBe(JSON.stringify(json));
  });

  it("refuses its warning taken away, or its theme's reason without it", () => {
    const dropped = plan();
    dropped.warnings = dropped.warnings.filter((w: { theme: string }) => w.theme !== 'people');
    expect(refused(dropped)).toEqual([
      [
        'json.themes[0].reason',
        'expected "People: 1 step from None to Good." (from its own figures), received "People: 1 step from None to Good; Good has no criteria for People and levels are judged on their own criteria, so only a declared level reaches it."',
      ],
    ]);
    const plain = plan();
    plain.themes[0].reason = 'People: 1 step from None to Good.';
    expect(refused(plain).map(([path]) => path)).toEqual([
      'json.themes[0].reason',
      'json.warnings[0].message',
    ]);
  });
});
