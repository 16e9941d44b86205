import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessMaturity, planActions } from '../../src/index.js';
import { answers, levelsFrom, rankOf, responsesFrom, shuffled } from './arbitraries.js';

// Invariants of assessments and plans, over the shipped models and random models (whose ids
// include `__proto__`, `constructor` and `kind`), with answers built so that every level is
// reached in some runs.

describe('maturity invariants', () => {
  it('a level never drops when more criteria are met (theme, mean and overall level)', () => {
    let themesRaised = 0;
    let themesAboveSecondLevel = 0;
    fc.assert(
      fc.property(answers, ({ model, met, more }) => {
        const before = assessMaturity(model, responsesFrom(model, met));
        const after = assessMaturity(model, responsesFrom(model, more));
        before.themes.forEach((theme, i) => {
          const later = after.themes[i]!;
          expect(later.theme).toBe(theme.theme);
          expect(later.rank!).toBeGreaterThanOrEqual(theme.rank!);
          // More criteria met: the ones met before are still met.
          expect(later.met).toEqual(expect.arrayContaining([...theme.met]));
          if (later.rank! > theme.rank!) themesRaised += 1;
          if (theme.rank! > model.levels[1]!.rank) themesAboveSecondLevel += 1;
        });
        expect(after.overall.mean.gte(before.overall.mean)).toBe(true);
        expect(after.overall.rank).toBeGreaterThanOrEqual(before.overall.rank);
      }),
      { numRuns: 300 },
    );
    // The property is not vacuous: levels are raised, and high levels are reached.
    expect(themesRaised).toBeGreaterThan(50);
    expect(themesAboveSecondLevel).toBeGreaterThan(50);
  });

  it('a declared level is the level of its criteria, raised only through levels without criteria', () => {
    // Declaring level L counts every criterion up to L as met. The theme may rise above L only
    // through levels with no criteria for it (cumulative rule): never through a level with
    // criteria, not even one whose criteria only restate lower ones. Giving exactly the criteria
    // up to L reaches the same level.
    let restatedAbove = 0;
    fc.assert(
      fc.property(answers, ({ model, present }) => {
        const declared = assessMaturity(model, levelsFrom(model, present));
        const upTo = model.criteria.map(
          (criterion) =>
            rankOf(model, criterion.level) <=
            model.levels[present[model.themes.findIndex((t) => t.id === criterion.theme)]!]!.rank,
        );
        const given = assessMaturity(model, responsesFrom(model, upTo));
        declared.themes.forEach((theme, i) => {
          const at = model.levels[present[i]!]!;
          // (Judged independently, a declared level stands as declared, even one without
          // criteria, which the criteria never reach.)
          if (model.rules.themeRule === 'cumulative') {
            expect(given.themes[i]!.level).toBe(theme.level);
          }
          const between = model.levels.filter(
            (level) => level.rank > at.rank && level.rank <= theme.rank!,
          );
          if (model.rules.themeRule === 'independent') expect(theme.level).toBe(at.id);
          for (const level of between) {
            expect(
              model.criteria.filter((c) => c.theme === theme.theme && c.level === level.id),
            ).toEqual([]);
          }
          const above = model.levels.find((level) => level.rank > theme.rank!);
          const criteriaAbove = model.criteria.filter(
            (c) => c.theme === theme.theme && c.level === above?.id,
          );
          if (criteriaAbove.length > 0 && criteriaAbove.every((c) => c.restates !== undefined)) {
            restatedAbove += 1;
          }
        });
      }),
      { numRuns: 300 },
    );
    // Not vacuous: themes stopped below a level that only restates lower criteria. (Over 300
    // runs there are 17 to 34 of them as a rule; a threshold of 10 failed once in CI on a random
    // seed, with exactly 10: any at all shows the case is reached.)
    expect(restatedAbove).toBeGreaterThan(0);
  });

  it('declaring a higher level never gives a lower level (theme and overall)', () => {
    fc.assert(
      fc.property(answers, ({ model, present, target }) => {
        const low = present.map((p, i) => Math.min(p, target[i]!));
        const high = present.map((p, i) => Math.max(p, target[i]!));
        const before = assessMaturity(model, levelsFrom(model, low));
        const after = assessMaturity(model, levelsFrom(model, high));
        before.themes.forEach((theme, i) => {
          expect(after.themes[i]!.rank!).toBeGreaterThanOrEqual(theme.rank!);
          expect(after.themes[i]!.met).toEqual(expect.arrayContaining([...theme.met]));
        });
        expect(after.overall.mean.gte(before.overall.mean)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a yes/no per criterion gives the assessment a list of the ids met gives', () => {
    fc.assert(
      fc.property(answers, ({ model, met }) => {
        const listed = responsesFrom(model, met);
        const yesNo: Record<string, { met: Record<string, boolean> }> = Object.create(null);
        for (const theme of model.themes) yesNo[theme.id] = { met: Object.create(null) };
        model.criteria.forEach((criterion, i) => {
          yesNo[criterion.theme]!.met[criterion.id] = met[i]!;
        });
        expect(assessMaturity(model, yesNo)).toStrictEqual(assessMaturity(model, listed));
      }),
      { numRuns: 100 },
    );
  });

  it('giving the criteria restated by those met as well changes nothing (met together)', () => {
    let changed = 0;
    fc.assert(
      fc.property(answers, ({ model, met }) => {
        const index = new Map(model.criteria.map((criterion, i) => [criterion.id, i]));
        const withOriginals = [...met];
        model.criteria.forEach((criterion, i) => {
          if (met[i] && criterion.restates !== undefined) {
            const original = index.get(criterion.restates)!;
            if (!withOriginals[original]) changed += 1;
            withOriginals[original] = true;
          }
        });
        const given = assessMaturity(model, responsesFrom(model, met));
        const spelt = assessMaturity(model, responsesFrom(model, withOriginals));
        expect(spelt.themes.map((theme) => [theme.level, theme.met])).toEqual(
          given.themes.map((theme) => [theme.level, theme.met]),
        );
      }),
      { numRuns: 300 },
    );
    // Not vacuous: originals left out are added in many runs (13 to 34 in 300, measured over
    // nine seeds; more than 4 leaves a chance of about one in a million of a false failure).
    expect(changed).toBeGreaterThan(4);
  });

  it('the order of the responses and of the criteria listed does not change the assessment', () => {
    fc.assert(
      fc.property(answers, ({ model, met, seed }) => {
        const responses = responsesFrom(model, met);
        const reordered: Record<string, { met: string[] }> = Object.create(null);
        for (const themeId of shuffled(Object.keys(responses), seed)) {
          const response = responses[themeId] as { met: string[] };
          reordered[themeId] = { met: shuffled(response.met, seed + 1) };
        }
        expect(assessMaturity(model, reordered)).toStrictEqual(assessMaturity(model, responses));
      }),
      { numRuns: 100 },
    );
  });

  it('a plan is empty, with a warning per theme, when no target is above its present', () => {
    fc.assert(
      fc.property(answers, ({ model, present, target }) => {
        const low = present.map((p, i) => Math.min(p, target[i]!));
        const plan = planActions(model, {
          present: levelsFrom(model, present),
          target: levelsFrom(model, low),
        });
        expect(plan.counts.steps).toBe(0);
        expect(plan.themes.every((theme) => theme.levels.length === 0)).toBe(true);
        expect(plan.warnings).toHaveLength(model.themes.length);
        expect(plan.summary.startsWith('0 steps across 0 of ')).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('every action in a plan is the action of a criterion still unmet, between present and target', () => {
    fc.assert(
      fc.property(answers, ({ model, met, target }) => {
        const present = assessMaturity(model, responsesFrom(model, met));
        const plan = planActions(model, { present, target: levelsFrom(model, target) });
        const byId = new Map(model.criteria.map((c) => [c.id, c]));
        for (const theme of plan.themes) {
          const done = new Set(present.themes.find((t) => t.theme === theme.theme)!.met);
          for (const level of theme.levels) {
            expect(level.rank).toBeGreaterThan(rankOf(model, theme.presentLevel!));
            expect(level.rank).toBeLessThanOrEqual(rankOf(model, theme.targetLevel!));
            for (const step of level.steps) {
              const criterion = byId.get(step.criterion)!;
              expect(done.has(step.criterion)).toBe(false);
              expect(step.action).toBe(criterion.action);
              expect([criterion.theme, criterion.level]).toEqual([theme.theme, level.level]);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('doing every step of a plan reaches the target, or the plan warns that no criteria can', () => {
    let planned = 0;
    let declaredOnly = 0;
    fc.assert(
      fc.property(answers, ({ model, met, target }) => {
        const present = assessMaturity(model, responsesFrom(model, met));
        const plan = planActions(model, { present, target: levelsFrom(model, target) });
        const done = new Set(present.themes.flatMap((theme) => theme.met));
        for (const theme of plan.themes) {
          for (const level of theme.levels)
            for (const step of level.steps) done.add(step.criterion);
        }
        const after = assessMaturity(
          model,
          responsesFrom(
            model,
            model.criteria.map((criterion) => done.has(criterion.id)),
          ),
        );
        const warned = new Set(
          plan.warnings
            .filter((warning) => warning.code === 'target-without-criteria')
            .map((warning) => warning.theme),
        );
        for (const theme of plan.themes) {
          if (theme.gap <= 0) continue;
          planned += 1;
          const reached = after.themes.find((t) => t.theme === theme.theme)!.rank!;
          // Judged on its own criteria, a target without any is never reached from criteria.
          if (warned.has(theme.theme)) {
            declaredOnly += 1;
            expect(model.rules.themeRule).toBe('independent');
            expect(reached).toBeLessThan(rankOf(model, theme.targetLevel!));
          } else expect(reached).toBeGreaterThanOrEqual(rankOf(model, theme.targetLevel!));
        }
      }),
      { numRuns: 300 },
    );
    expect(planned).toBeGreaterThan(100);
    expect(declaredOnly).toBeGreaterThan(5);
  });

  it("meeting the next level's unmet criteria reaches that level, under either rule", () => {
    let checked = 0;
    fc.assert(
      fc.property(answers, ({ model, met }) => {
        const before = assessMaturity(model, responsesFrom(model, met));
        const done = new Set(before.themes.flatMap((theme) => theme.met));
        for (const theme of before.themes) {
          for (const criterion of theme.unmetAtNextLevel) done.add(criterion.id);
        }
        const after = assessMaturity(
          model,
          responsesFrom(
            model,
            model.criteria.map((criterion) => done.has(criterion.id)),
          ),
        );
        for (const theme of before.themes) {
          if (theme.nextLevel === null) continue;
          checked += 1;
          const reached = after.themes.find((t) => t.theme === theme.theme)!.rank!;
          expect(reached).toBeGreaterThanOrEqual(rankOf(model, theme.nextLevel));
        }
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(100);
  });

  it('schedules keep level order and place every step once', () => {
    fc.assert(
      fc.property(answers, ({ model, present, target, years, spreadBy }) => {
        const plan = planActions(model, {
          present: levelsFrom(model, present),
          target: levelsFrom(model, target),
          years,
          spreadBy,
        });
        const scheduled = plan.schedule.flatMap((year) => year.steps.map((s) => s.criterion));
        const planned = plan.themes.flatMap((t) =>
          t.levels.flatMap((l) => l.steps.map((s) => s.criterion)),
        );
        expect([...scheduled].sort()).toEqual([...planned].sort());
        expect(plan.schedule.map((year) => year.year)).toEqual(
          Array.from({ length: years }, (_, i) => i + 1),
        );
        for (const theme of plan.themes) {
          const steps = theme.levels.flatMap((level) =>
            level.steps.map((step) => ({ step, rank: level.rank })),
          );
          for (let i = 1; i < steps.length; i++) {
            const [before, after] = [steps[i - 1]!, steps[i]!];
            // Steps run in level order, and a later step is never scheduled in an earlier year.
            expect(after.rank).toBeGreaterThanOrEqual(before.rank);
            expect(after.step.year!).toBeGreaterThanOrEqual(before.step.year!);
            if (spreadBy === 'level' && after.step.level === before.step.level) {
              expect(after.step.year).toBe(before.step.year);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
