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
