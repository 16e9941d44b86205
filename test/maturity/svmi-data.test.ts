import { describe, expect, it } from 'vitest';
import { svmiBusinessInput } from '../../src/maturity/data/svmi-business.js';
import { svmiPublicSectorInput } from '../../src/maturity/data/svmi-public-sector.js';
import type { MaturityCriterionInput } from '../../src/maturity/types.js';

type Counts = readonly [follower: number, mature: number, leader: number, innovator: number];

// Criteria per theme and level, counted by hand from the appendix tables of seed 002 ("Bridging
// the Gap: Improving Communities with the Social Value Maturity Index", task force, 2016): one
// criterion per numbered item (or per unnumbered cell). A zero Follower count marks a cell that
// only records an absence ("None", "No SV reporting and feedback", ...), which sets no
// requirement. Business Governance has one Follower criterion: its item 2 (item 1 is an absence).
const publicSectorCounts: Record<string, Counts> = {
  'Policy & Scope': [1, 2, 3, 4],
  'Internal Management': [0, 1, 2, 2],
  'Measurement: TOMs': [0, 3, 3, 4],
  Commissioning: [1, 2, 4, 4],
  Procurement: [2, 2, 4, 3],
  'Market Engagement and Partnerships': [1, 2, 5, 4],
  'Contract Management': [0, 1, 2, 2],
  'Cross Sector Collaboration': [0, 2, 3, 5],
  Reporting: [0, 2, 2, 3],
  'Governance and Accountability': [1, 3, 4, 5],
};

const businessCounts: Record<string, Counts> = {
  'Policy and Scope': [1, 3, 3, 2],
  'Culture and Management': [0, 4, 3, 4],
  'Stakeholder Engagement': [1, 2, 3, 5],
  'Community Projects Design': [1, 1, 3, 3],
  'Social Value Measurement': [1, 1, 3, 4],
  'Bid Management and Contract Reporting': [2, 2, 3, 3],
  'Procurement and Commissioning of Supply Chain': [0, 2, 4, 3],
  Reporting: [1, 1, 1, 4],
  'Governance and Accountability': [1, 4, 2, 2],
};

const assessedLevels = ['follower', 'mature', 'leader', 'innovator'] as const;

const indexes = [
  { input: svmiPublicSectorInput, counts: publicSectorCounts, themes: 10, total: 94 },
  { input: svmiBusinessInput, counts: businessCounts, themes: 9, total: 83 },
];

describe.each(indexes)('$input.id data', ({ input, counts, themes, total }) => {
  const themeIds = new Set(input.themes.map((theme) => theme.id));
  const levelIds = new Set(input.levels.map((level) => level.id));

  it(`has ${themes} themes, named and ordered as in the appendix table`, () => {
    expect(input.themes).toHaveLength(themes);
    expect(input.themes.map((theme) => theme.name)).toEqual(Object.keys(counts));
    expect(themeIds.size).toBe(themes);
    for (const theme of input.themes) expect(theme.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('has the five levels Non-compliant..Innovator ranked 0..4, each described', () => {
    expect(input.levels.map((level) => [level.id, level.name, level.rank])).toEqual([
      ['non-compliant', 'Non-compliant', 0],
      ['follower', 'Follower', 1],
      ['mature', 'Mature', 2],
      ['leader', 'Leader', 3],
      ['innovator', 'Innovator', 4],
    ]);
    for (const level of input.levels) expect(level.description.length).toBeGreaterThan(20);
    expect(input.rules).toEqual({
      themeRule: 'cumulative',
      overallRounding: 'down',
      nonCompliantLevel: 'non-compliant',
    });
  });

  it('cites seed 002 as its source', () => {
    expect(input.source).toMatchObject({
      title: 'Bridging the Gap: Improving Communities with the Social Value Maturity Index',
      year: 2016,
    });
    expect(input.source.note).toMatch(/^Appendix: /);
  });

  it('gives every criterion a unique id of the form theme.level.n naming its own theme and level', () => {
    const ids = input.criteria.map((criterion) => criterion.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const criterion of input.criteria) {
      expect(themeIds.has(criterion.theme), criterion.id).toBe(true);
      expect(levelIds.has(criterion.level), criterion.id).toBe(true);
      expect(criterion.id).toMatch(/^[a-z-]+\.[a-z-]+\.[1-9]\d*$/);
      expect(criterion.id.startsWith(`${criterion.theme}.${criterion.level}.`), criterion.id).toBe(
        true,
      );
      expect(criterion.statement.trim().length, criterion.id).toBeGreaterThan(10);
      expect(criterion.action.trim().length, criterion.id).toBeGreaterThan(10);
    }
  });

  it('numbers each cell from 1 in order, and lists themes and levels in table order', () => {
    const order = input.criteria.map(
      (criterion) =>
        input.themes.findIndex((theme) => theme.id === criterion.theme) * 10 +
        input.levels.findIndex((level) => level.id === criterion.level),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const theme of input.themes) {
      for (const level of input.levels) {
        const cell = input.criteria.filter(
          (criterion) => criterion.theme === theme.id && criterion.level === level.id,
        );
        expect(cell.map((criterion) => criterion.id)).toEqual(
          cell.map((_, index) => `${theme.id}.${level.id}.${index + 1}`),
        );
      }
    }
  });

  it('marks a repeated requirement as restating a lower criterion of the same theme', () => {
    const byId = new Map(input.criteria.map((criterion) => [criterion.id, criterion]));
    const rank = (level: string) => input.levels.find((l) => l.id === level)?.rank ?? -1;
    const criteria: readonly MaturityCriterionInput[] = input.criteria;
    for (const criterion of criteria) {
      if (criterion.restates === undefined) continue;
      const original = byId.get(criterion.restates);
      expect(original?.theme, criterion.id).toBe(criterion.theme);
      expect(rank(original?.level ?? ''), criterion.id).toBeLessThan(rank(criterion.level));
      expect(original?.statement, criterion.id).toBe(criterion.statement);
    }
  });

  it('has no criteria at the non-compliant level', () => {
    expect(input.criteria.filter((criterion) => criterion.level === 'non-compliant')).toEqual([]);
  });

  it('has at least one criterion for every theme at Mature, Leader and Innovator', () => {
    for (const theme of input.themes) {
      for (const level of ['mature', 'leader', 'innovator']) {
        const cell = input.criteria.filter((c) => c.theme === theme.id && c.level === level);
        expect(cell.length, `${theme.id} ${level}`).toBeGreaterThan(0);
      }
    }
  });

  it('has exactly the criteria counts transcribed from the appendix table', () => {
    const actual = Object.fromEntries(
      input.themes.map((theme) => [
        theme.name,
        assessedLevels.map(
          (level) => input.criteria.filter((c) => c.theme === theme.id && c.level === level).length,
        ),
      ]),
    );
    expect(actual).toEqual(counts);
    expect(input.criteria).toHaveLength(total);
  });

  it('says in the theme description when the source sets no Follower requirement', () => {
    for (const theme of input.themes) {
      const followers = input.criteria.filter(
        (c) => c.theme === theme.id && c.level === 'follower',
      );
      const says = (theme.description ?? '').includes('sets no Follower requirement');
      expect(says, theme.id).toBe(followers.length === 0);
    }
  });
});

describe('seed 002 worked example (Surrey, measurement theme)', () => {
  // The action-plan extract lists three steps to reach Leader (financial measurement, yearly TOMs
  // update, weighting outcomes by priorities) and, to reach Innovator, stakeholder-adjusted
  // financial weightings and consulting other public bodies on the TOMs.
  const measurement = (level: string) =>
    svmiPublicSectorInput.criteria.filter(
      (c) => c.theme === 'measurement-toms' && c.level === level,
    );

  it('has the three Leader criteria of the extract, in its order', () => {
    expect(measurement('leader').map((c) => c.action)).toEqual([
      expect.stringMatching(/financial as well as non-financial/),
      expect.stringMatching(/yearly update of the TOMs/),
      expect.stringMatching(/weighting of outcomes by council and local priorities/),
    ]);
  });

  it('marks the Innovator repeat of the first Leader criterion (the only repeat in either table)', () => {
    const criteria: readonly MaturityCriterionInput[] = [
      ...svmiPublicSectorInput.criteria,
      ...svmiBusinessInput.criteria,
    ];
    const repeats = criteria.filter((c) => c.restates !== undefined);
    expect(repeats.map((c) => [c.id, c.restates])).toEqual([
      ['measurement-toms.innovator.1', 'measurement-toms.leader.1'],
    ]);
  });

  it('has the Innovator criteria of the extract among its four', () => {
    const actions = measurement('innovator').map((c) => c.action);
    expect(actions[1]).toMatch(/stakeholder feedback to adjust the financial weightings/);
    expect(actions[3]).toMatch(/health, education and emergency services/);
  });
});
