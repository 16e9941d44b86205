import fc from 'fast-check';
import {
  defineMaturityModel,
  type MaturityCriterionInput,
  type MaturityModel,
  type MaturityResponses,
  portsmouthRoadmap,
  svmiBusiness,
  svmiPublicSector,
} from '../../src/index.js';
import { svmiPublicSectorInput } from '../../src/maturity/data/svmi-public-sector.js';

/** The shipped models, and the public-sector index judged level by level. */
export const shippedModels: readonly MaturityModel[] = [
  svmiPublicSector,
  svmiBusiness,
  portsmouthRoadmap,
  defineMaturityModel({
    ...svmiPublicSectorInput,
    id: 'svmi-independent',
    rules: { ...svmiPublicSectorInput.rules, themeRule: 'independent' },
  }),
];

// Ids a model may use: ordinary ones and names of Object.prototype members, which must work as
// ordinary ids everywhere.
const idPool = ['a', 'b', 'c', 'd', 'e', '__proto__', 'constructor', 'toString', 'kind', 'x y'];

/**
 * A small random model: 2 to 5 levels with distinct ranks, 1 to 4 themes, 0 to 3 criteria per
 * theme and level above the lowest (some restating a lower criterion), random rules.
 */
export const arbitraryModel: fc.Arbitrary<MaturityModel> = fc
  .record({
    levels: fc.uniqueArray(fc.constantFrom(...idPool), { minLength: 2, maxLength: 5 }),
    ranks: fc.uniqueArray(fc.nat(9), { minLength: 5, maxLength: 5 }),
    themes: fc.uniqueArray(fc.constantFrom(...idPool), { minLength: 1, maxLength: 4 }),
    counts: fc.array(fc.nat(3), { minLength: 20, maxLength: 20 }),
    restate: fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
    themeRule: fc.constantFrom('cumulative' as const, 'independent' as const),
    overallRounding: fc.constantFrom('down' as const, 'nearest' as const),
    nonCompliant: fc.boolean(),
  })
  .map((draw) => {
    const levels = draw.levels
      .map((id, i) => ({ id, name: `Level ${id}`, rank: draw.ranks[i]!, description: `At ${id}.` }))
      .sort((x, y) => x.rank - y.rank);
    const criteria: MaturityCriterionInput[] = [];
    let cell = 0;
    let n = 0;
    for (const theme of draw.themes) {
      const ofTheme: MaturityCriterionInput[] = [];
      for (const level of levels.slice(1)) {
        const count = draw.counts[cell++ % draw.counts.length]!;
        for (let i = 1; i <= count; i++) {
          const earlier = ofTheme.find((c) => c.level !== level.id && c.restates === undefined);
          const criterion: MaturityCriterionInput = {
            id: `${theme}.${level.id}.${i}`,
            theme,
            level: level.id,
            statement: `S ${theme} ${level.id} ${i}.`,
            action: `Do ${theme} ${level.id} ${i}.`,
            ...(earlier !== undefined && draw.restate[n++ % draw.restate.length]
              ? { restates: earlier.id }
              : {}),
          };
          ofTheme.push(criterion);
        }
      }
      criteria.push(...ofTheme);
    }
    return defineMaturityModel({
      id: 'random',
      name: 'Random model',
      source: { title: 'Generated', publisher: 'fast-check', year: 2026 },
      levels,
      themes: draw.themes.map((id) => ({ id, name: `Theme ${id}` })),
      criteria,
      rules: {
        themeRule: draw.themeRule,
        overallRounding: draw.overallRounding,
        ...(draw.nonCompliant ? { nonCompliantLevel: levels[0]!.id } : {}),
      },
    });
  });

/** A shipped or a random model. */
export const anyModel: fc.Arbitrary<MaturityModel> = fc.oneof(
  fc.constantFrom(...shippedModels),
  arbitraryModel,
);

/**
 * Answers to a model: for each theme a floor level whose criteria (and those below) are all met,
 * so that every level is reached in some runs, then a coin toss per other criterion; `extra`
 * tosses add criteria on top (a superset); `present`/`target` pick a level per theme.
 */
export interface Answers {
  readonly model: MaturityModel;
  /** Per criterion, in the model's order: met in the first set of answers. */
  readonly met: readonly boolean[];
  /** Per criterion: met in the second set of answers (always a superset of `met`). */
  readonly more: readonly boolean[];
  /** Per theme: an index into the levels. */
  readonly present: readonly number[];
  /** Per theme: an index into the levels. */
  readonly target: readonly number[];
  /** A permutation seed for shuffling. */
  readonly seed: number;
  readonly years: number;
  readonly spreadBy: 'step' | 'level';
}

export const answers: fc.Arbitrary<Answers> = anyModel.chain((model) => {
  const nCriteria = model.criteria.length;
  const nThemes = model.themes.length;
  const levelIndex = fc.nat(model.levels.length - 1);
  return fc
    .record({
      floors: fc.array(levelIndex, { minLength: nThemes, maxLength: nThemes }),
      coins: fc.array(fc.boolean(), { minLength: nCriteria, maxLength: nCriteria }),
      extra: fc.array(fc.boolean(), { minLength: nCriteria, maxLength: nCriteria }),
      present: fc.array(levelIndex, { minLength: nThemes, maxLength: nThemes }),
      target: fc.array(levelIndex, { minLength: nThemes, maxLength: nThemes }),
      seed: fc.integer(),
      years: fc.integer({ min: 1, max: 5 }),
      spreadBy: fc.constantFrom('step' as const, 'level' as const),
    })
    .map((draw): Answers => {
      const rank = new Map(model.levels.map((level) => [level.id, level.rank]));
      const floorOf = new Map(
        model.themes.map((theme, i) => [theme.id, model.levels[draw.floors[i]!]!.rank]),
      );
      const met = model.criteria.map(
        (criterion, i) =>
          rank.get(criterion.level)! <= floorOf.get(criterion.theme)! || draw.coins[i]!,
      );
      return {
        model,
        met,
        more: met.map((yes, i) => yes || draw.extra[i]!),
        present: draw.present,
        target: draw.target,
        seed: draw.seed,
        years: draw.years,
        spreadBy: draw.spreadBy,
      };
    });
});

/** Responses listing the criteria met, theme by theme (every theme answered). */
export function responsesFrom(model: MaturityModel, met: readonly boolean[]): MaturityResponses {
  const responses: Record<string, { met: string[] }> = Object.create(null);
  for (const theme of model.themes) responses[theme.id] = { met: [] };
  model.criteria.forEach((criterion, i) => {
    if (met[i]) responses[criterion.theme]!.met.push(criterion.id);
  });
  return responses;
}

/** A level id per theme id, from indexes into the levels. */
export function levelsFrom(model: MaturityModel, picks: readonly number[]): Record<string, string> {
  const levels: Record<string, string> = Object.create(null);
  model.themes.forEach((theme, i) => {
    levels[theme.id] = model.levels[picks[i]!]!.id;
  });
  return levels;
}

/** The rank of a level id of a model. */
export function rankOf(model: MaturityModel, level: string): number {
  return model.levels.find((candidate) => candidate.id === level)!.rank;
}

/** A deterministic shuffle (Fisher–Yates driven by a linear congruential generator). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
