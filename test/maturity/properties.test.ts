import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessMaturity,
  defineMaturityModel,
  type MaturityModel,
  planActions,
  portsmouthRoadmap,
  svmiBusiness,
  svmiPublicSector,
} from '../../src/index.js';
import { svmiPublicSectorInput } from '../../src/maturity/data/svmi-public-sector.js';

const independent = defineMaturityModel({
  ...svmiPublicSectorInput,
  id: 'svmi-independent',
  rules: { theme: 'independent' },
});
const models: MaturityModel[] = [svmiPublicSector, svmiBusiness, portsmouthRoadmap, independent];

/** A model, and for each criterion two coin tosses: met in A, and met in B given not in A. */
const modelAndAnswers = fc.constantFrom(...models).chain((model) =>
  fc.record({
    model: fc.constant(model),
    inA: fc.array(fc.boolean(), {
      minLength: model.criteria.length,
      maxLength: model.criteria.length,
    }),
    extra: fc.array(fc.boolean(), {
      minLength: model.criteria.length,
      maxLength: model.criteria.length,
    }),
    present: fc.array(fc.nat(model.levels.length - 1), {
      minLength: model.themes.length,
      maxLength: model.themes.length,
    }),
    target: fc.array(fc.nat(model.levels.length - 1), {
      minLength: model.themes.length,
      maxLength: model.themes.length,
    }),
    years: fc.integer({ min: 1, max: 5 }),
    spreadBy: fc.constantFrom('step' as const, 'level' as const),
  }),
);

function responsesFrom(model: MaturityModel, met: readonly boolean[]) {
  return Object.fromEntries(
    model.themes.map((theme) => [
      theme.id,
      { met: model.criteria.filter((c, i) => c.theme === theme.id && met[i]).map((c) => c.id) },
    ]),
  );
}

function levelsFrom(model: MaturityModel, picks: readonly number[]) {
  return Object.fromEntries(
    model.themes.map((theme, i) => [theme.id, model.levels[picks[i]!]!.id]),
  );
}

describe('maturity invariants', () => {
  it('meeting more criteria never lowers a level', () => {
    fc.assert(
      fc.property(modelAndAnswers, ({ model, inA, extra }) => {
        const a = assessMaturity(model, responsesFrom(model, inA));
        const b = assessMaturity(
          model,
          responsesFrom(
            model,
            inA.map((yes, i) => yes || extra[i]!),
          ),
        );
        a.themes.forEach((theme, i) => {
          expect(b.themes[i]!.level!.rank).toBeGreaterThanOrEqual(theme.level!.rank);
        });
        expect(b.overall.mean.gte(a.overall.mean)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a plan is empty when no target is above its present', () => {
    fc.assert(
      fc.property(modelAndAnswers, ({ model, present, target }) => {
        const low = present.map((p, i) => Math.min(p, target[i]!));
        const plan = planActions(model, {
          present: levelsFrom(model, present),
          target: levelsFrom(model, low),
        });
        expect(plan.summary.steps).toBe(0);
        expect(plan.themes.every((theme) => theme.levels.length === 0)).toBe(true);
        expect(plan.notes).toHaveLength(model.themes.length);
      }),
      { numRuns: 100 },
    );
  });

  it('every action in a plan is the action of a criterion still unmet', () => {
    fc.assert(
      fc.property(modelAndAnswers, ({ model, inA, target }) => {
        const present = assessMaturity(model, responsesFrom(model, inA));
        const plan = planActions(model, { present, target: levelsFrom(model, target) });
        const byId = new Map(model.criteria.map((c) => [c.id, c]));
        for (const theme of plan.themes) {
          const met = new Set(present.themes.find((t) => t.theme.id === theme.theme.id)!.met);
          for (const level of theme.levels) {
            expect(level.level.rank).toBeGreaterThan(theme.present!.rank);
            expect(level.level.rank).toBeLessThanOrEqual(theme.target!.rank);
            for (const step of level.steps) {
              const criterion = byId.get(step.criterion)!;
              expect(met.has(step.criterion)).toBe(false);
              expect(step.action).toBe(criterion.action);
              expect([criterion.theme, criterion.level]).toEqual([theme.theme.id, level.level.id]);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('schedules keep level order and place every step once', () => {
    fc.assert(
      fc.property(modelAndAnswers, ({ model, present, target, years, spreadBy }) => {
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
          const steps = theme.levels.flatMap((level) => level.steps);
          for (let i = 1; i < steps.length; i++) {
            // Steps run in level order, and a later step is never scheduled in an earlier year.
            expect(steps[i]!.level.rank).toBeGreaterThanOrEqual(steps[i - 1]!.level.rank);
            expect(steps[i]!.year!).toBeGreaterThanOrEqual(steps[i - 1]!.year!);
            if (spreadBy === 'level' && steps[i]!.level === steps[i - 1]!.level) {
              expect(steps[i]!.year).toBe(steps[i - 1]!.year);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
