import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSealed } from '../../src/core/brand.js';
import {
  assessMaturity,
  compareAssessments,
  formatAssessmentTable,
  formatPlanMarkdown,
  planActions,
  svmiPublicSector,
} from '../../src/index.js';
import { maturitySnapshots } from '../../src/maturity/snapshots.js';
import { caught } from '../errors.js';
import { expectSame } from '../expect-same.js';
import { answers, levelsFrom, responsesFrom } from './arbitraries.js';
import { thrown } from './fixtures.js';

/** What a stored result becomes: its JSON text, parsed back. */
const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** A live result and its stored form read back by the area's reader for its kind. */
function revived<T extends { kind: keyof typeof maturitySnapshots }>(value: T): T {
  return maturitySnapshots[value.kind](stored(value), ['snapshot']) as unknown as T;
}

describe('maturity snapshots', () => {
  it('give back every kind deep-equal, sealed and byte-identical, with identical downstream results', () => {
    fc.assert(
      fc.property(answers, ({ model, met, more, target, years, spreadBy }) => {
        const present = assessMaturity(model, responsesFrom(model, met), { label: 'Now' });
        const future = assessMaturity(model, responsesFrom(model, more));
        const plan = planActions(model, {
          present,
          target: levelsFrom(model, target),
          years,
          spreadBy,
        });
        const comparison = compareAssessments(present, future);
        for (const value of [model, present, future, plan, comparison]) {
          const back = revived(value);
          expectSame(back, value);
          expect(JSON.stringify(back)).toBe(JSON.stringify(value));
          expect(isSealed(back, value.kind)).toBe(true);
        }
        const [modelBack, presentBack, futureBack] = [
          revived(model),
          revived(present),
          revived(future),
        ];
        expectSame(assessMaturity(modelBack, responsesFrom(model, met), { label: 'Now' }), present);
        expectSame(
          planActions(modelBack, {
            present: presentBack,
            target: levelsFrom(model, target),
            years,
            spreadBy,
          }),
          plan,
        );
        expectSame(compareAssessments(presentBack, futureBack), comparison);
        expect(formatAssessmentTable(presentBack)).toBe(formatAssessmentTable(present));
        expect(formatAssessmentTable(revived(comparison))).toBe(formatAssessmentTable(comparison));
        expect(formatPlanMarkdown(revived(plan))).toBe(formatPlanMarkdown(plan));
      }),
      { numRuns: 60 },
    );
  });

  it('are accepted as parsed JSON by every function that takes a result', () => {
    const present = assessMaturity(svmiPublicSector, {
      'policy-and-scope': 'mature',
      reporting: 'follower',
    });
    const future = assessMaturity(svmiPublicSector, {
      'policy-and-scope': 'leader',
      reporting: 'leader',
    });
    const plan = planActions(svmiPublicSector, {
      present,
      target: { reporting: 'leader' },
      years: 2,
    });
    const comparison = compareAssessments(present, future);
    const model = stored(svmiPublicSector) as typeof svmiPublicSector;
    expectSame(
      assessMaturity(model, { reporting: 'mature' }),
      assessMaturity(svmiPublicSector, { reporting: 'mature' }),
    );
    expectSame(
      planActions(model, {
        present: stored(present) as typeof present,
        target: { reporting: 'leader' },
        years: 2,
      }),
      plan,
    );
    expectSame(
      compareAssessments(stored(present) as typeof present, stored(future) as typeof future),
      comparison,
    );
    expect(formatAssessmentTable(stored(comparison) as typeof comparison)).toBe(
      formatAssessmentTable(comparison),
    );
    expect(formatPlanMarkdown(stored(plan) as typeof plan)).toBe(formatPlanMarkdown(plan));
  });

  it('keep a prototype-named evidence key as an ordinary key', () => {
    const present = assessMaturity(svmiPublicSector, {
      reporting: JSON.parse('{"level":"mature","evidence":{"__proto__":"Minute 12"}}'),
    });
    const back = revived(present);
    expect(Object.keys(back.themes[8]!.evidence)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(back.themes[8]!.evidence)).toBeNull();
    expectSame(back, present);
  });

  describe('edited consistently (totals matched), still contradicting their own contents', () => {
    // Procurement Leader (3) and Reporting Mature (2): mean 5 / 2 = 2.5, rounded down Mature.
    const present = assessMaturity(svmiPublicSector, {
      reporting: 'mature',
      procurement: 'leader',
    });
    // Reporting up to Leader: 1 of 10 themes moves up (gap 3 - 2 = 1), mean 6 / 2 = 3, Leader.
    const future = assessMaturity(
      svmiPublicSector,
      { reporting: 'leader', procurement: 'leader' },
      { label: '2028' },
    );
    // biome-ignore lint/suspicious/noExplicitAny: a hand-edited JSON document
    type Json = Record<string, any>;
    const messages = (run: () => unknown) =>
      caught(run).issues.map((issue) => `${issue.path}: ${issue.message}`);

    it('refuse an assessment with a level, rank and totals changed, at each sentence left', () => {
      // Reporting Mature (2) → Leader (3) by hand, with the totals matched: 6 / 2 = 3, Leader.
      const json = stored(present) as Json;
      Object.assign(json.themes[8], { level: 'leader', levelName: 'Leader', rank: 3 });
      Object.assign(json.overall, {
        level: 'leader',
        levelName: 'Leader',
        rank: 3,
        rankTotal: 6,
        mean: '3',
      });
      expect(messages(() => maturitySnapshots['maturity-assessment'](json, []))).toEqual([
        'themes[8].reason: expected "Leader: …" (naming its level first), received "Mature, as declared (no criteria given). 2 of the 2 Leader criteria are not yet met."',
        'overall.reason: expected "Mean rank of 2 themes: 6 / 2 = 3; rounded down, that is Lead"... (298 characters) (from its own figures), received "Mean rank of 2 themes: 5 / 2 = 2.5; rounded down, that is Ma"... (300 characters)',
        'summary: expected "Leader overall: the mean rank of 2 themes is 3; 8 themes not assessed." (from its own figures), received "Mature overall: the mean rank of 2 themes is 2.5; 8 themes not assessed."',
      ]);
      // With the overall reason and the summary rewritten to match, the theme's reason is left.
      json.overall.reason = json.overall.reason
        .replace('5 / 2 = 2.5', '6 / 2 = 3')
        .replace('Mature (rank 2)', 'Leader (rank 3)');
      json.summary = 'Leader overall: the mean rank of 2 themes is 3; 8 themes not assessed.';
      expect(messages(() => maturitySnapshots['maturity-assessment'](json, []))).toEqual([
        'themes[8].reason: expected "Leader: …" (naming its level first), received "Mature, as declared (no criteria given). 2 of the 2 Leader criteria are not yet met."',
      ]);
    });

    it('refuse an assessment whose summary, overall reason or missing themes were edited', () => {
      const edit = (change: (copy: Json) => void) => {
        const copy = stored(present) as Json;
        change(copy);
        return messages(() => maturitySnapshots['maturity-assessment'](copy, []));
      };
      expect(edit((copy) => Object.assign(copy, { summary: 'Leader overall.' }))).toEqual([
        'summary: expected "Mature overall: the mean rank of 2 themes is 2.5; 8 themes not assessed." (from its own figures), received "Leader overall."',
      ]);
      // The reason lists the themes missing: with governance left out, 7 are listed (269 characters, not 300).
      const missing = (copy: Json) => copy.overall.themesMissing.pop();
      expect(edit(missing)[0]).toMatch(
        /^overall\.reason: expected "Mean rank of 2 themes: 5 \/ 2 = 2\.5; rounded down, that is Ma"\.\.\. \(269 characters\) \(from its own figures\), received/,
      );
      // A theme's reason that no longer names its level.
      expect(edit((copy) => Object.assign(copy.themes[4], { reason: 'Top marks.' }))).toEqual([
        'themes[4].reason: expected "Leader: …" (naming its level first), received "Top marks."',
      ]);
    });

    it('refuse an assessment whose next level or what is unmet there disagrees with its reason', () => {
      // Reporting (row 8) is Mature as declared; Leader is next, with 2 criteria, none met.
      const edit = (change: (theme: Json) => void) => {
        const copy = stored(present) as Json;
        change(copy.themes[8]);
        return messages(() => maturitySnapshots['maturity-assessment'](copy, []));
      };
      const reason =
        'received "Mature, as declared (no criteria given). 2 of the 2 Leader criteria are not yet met."';
      // The table would print "Leader: 2 of 99" and "Leader: 0 of 2".
      expect(edit((theme) => Object.assign(theme, { criteriaAtNextLevel: 99 }))).toEqual([
        `themes[8].reason: expected "… 2 of the 99 Leader criteria are not yet met." (from its own figures), ${reason}`,
      ]);
      expect(edit((theme) => Object.assign(theme, { unmetAtNextLevel: [] }))).toEqual([
        `themes[8].reason: expected "… 0 of the 2 Leader criteria are not yet met." (from its own figures), ${reason}`,
      ]);
      expect(edit((theme) => Object.assign(theme, { nextLevelName: 'Innovator' }))).toEqual([
        `themes[8].reason: expected "… 2 of the 2 Innovator criteria are not yet met." (from its own figures), ${reason}`,
        // Leader is Procurement's level, and named so there.
        'themes[8].nextLevelName: expected "Leader" (from its own figures), received "Innovator"',
      ]);
      // No next level, as at the top: the reason must say so, and its 2 unmet criteria are
      // Leader's.
      expect(
        edit((theme) => Object.assign(theme, { nextLevel: null, nextLevelName: null })),
      ).toEqual([
        'themes[8].unmetAtNextLevel[0].level: expected null (from its own figures), received "leader"',
        'themes[8].unmetAtNextLevel[1].level: expected null (from its own figures), received "leader"',
        `themes[8].reason: expected "… It is the top level." (from its own figures), ${reason}`,
      ]);
      // A theme not assessed (row 0: no level, no next level, nothing unmet) counts no criteria
      // at a next level it does not have.
      const none = stored(present) as Json;
      expect(none.themes[0].nextLevel).toBe(null);
      none.themes[0].criteriaAtNextLevel = 1;
      expect(messages(() => maturitySnapshots['maturity-assessment'](none, []))).toEqual([
        'themes[0].criteriaAtNextLevel: expected 0 (from its own figures), received 1',
      ]);
      const json = stored(present) as Json;
      json.themes[8].criteriaAtNextLevel = 99;
      expect(thrown(() => formatAssessmentTable(json as never))).toEqual({
        code: 'invalid-input',
        paths: ['result.themes[8].reason'],
      });
    });

    it('refuse a comparison with a gap, a change, the attention list or the summary edited', () => {
      const json = stored(compareAssessments(present, future)) as Json;
      const edit = (change: (copy: Json) => void) => {
        const copy = structuredClone(json);
        change(copy);
        return messages(() => maturitySnapshots['maturity-comparison'](copy, []));
      };
      // Reporting is row 8: Mature (2) to Leader (3), as the overall results show them.
      expect(edit((copy) => Object.assign(copy.themes[8], { gap: 2 }))).toEqual([
        'themes[8].gap: expected 1 (from its own figures), received 2',
      ]);
      expect(edit((copy) => Object.assign(copy.themes[8], { gap: -1, change: 'down' }))).toEqual([
        'themes[8].gap: expected 1 (from its own figures), received -1',
        'attention: expected [] (from its own figures), received ["reporting"]',
        'summary: expected "Present: Mature (mean 2.5); 2028: Leader (mean 3); 0 of 10 themes move up and 1 down." (from its own figures), received "Present: Mature (mean 2.5); 2028: Leader (mean 3); 1 of 10 themes moves up and 0 down."',
      ]);
      expect(edit((copy) => Object.assign(copy.themes[4], { change: 'up' }))).toEqual([
        'themes[4].change: expected "same" (from its own figures), received "up"',
      ]);
      expect(edit((copy) => Object.assign(copy, { attention: [] }))).toEqual([
        'attention: expected ["reporting"] (from its own figures), received []',
      ]);
      expect(edit((copy) => Object.assign(copy, { summary: 'All fine.' }))).toEqual([
        'summary: expected "Present: Mature (mean 2.5); 2028: Leader (mean 3); 1 of 10 themes moves up and 0 down." (from its own figures), received "All fine."',
      ]);
      // Both levels known, procurement's shown by the overall results: Leader to Leader, 0.
      expect(
        edit((copy) => Object.assign(copy.themes[4], { gap: null, change: 'unknown' })),
      ).toEqual(['themes[4].gap: expected 0 (from its own figures), received null']);
    });
  });

  it('refuse a snapshot whose figures do not agree, or of another version, at the path', () => {
    const present = assessMaturity(svmiPublicSector, {
      reporting: 'mature',
      procurement: 'leader',
    });
    const json = stored(present) as { overall: { mean: string }; schemaVersion: number };
    expect(present.overall.mean.toString()).toBe('2.5'); // (2 + 3) / 2
    json.overall.mean = '2.6';
    expect(thrown(() => compareAssessments(json as never, present))).toEqual({
      code: 'invalid-input',
      paths: ['present.overall.mean'],
    });
    json.overall.mean = '2.5';
    json.schemaVersion = 2;
    expect(thrown(() => formatAssessmentTable(json as never))).toEqual({
      code: 'invalid-input',
      paths: ['result.schemaVersion'],
    });
    const comparison = stored(compareAssessments(present, present)) as {
      overall: { change: string };
    };
    comparison.overall.change = '1';
    expect(thrown(() => formatAssessmentTable(comparison as never))).toEqual({
      code: 'invalid-input',
      paths: ['result.overall.change'],
    });
  });
});
