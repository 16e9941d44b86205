import { defineMaturityModel, type MaturityModelInput } from '../../src/index.js';
import { caught } from '../errors.js';

// A small model worked by hand: three levels above a starting level, two themes.
//   policy:  basic (2 criteria), good (1), best (1)
//   people:  basic (1), good (0: met as soon as basic is), best (2)
export const toyInput = {
  id: 'toy',
  name: 'Toy model',
  source: { title: 'Worked by hand for the tests', publisher: 'social-value', year: 2026 },
  levels: [
    { id: 'best', name: 'Best', rank: 3, description: 'Leading.' },
    { id: 'none', name: 'None', rank: 0, description: 'Not started.' },
    { id: 'basic', name: 'Basic', rank: 1, description: 'Started.' },
    { id: 'good', name: 'Good', rank: 2, description: 'Going well.' },
  ],
  themes: [
    { id: 'policy', name: 'Policy' },
    { id: 'people', name: 'People' },
  ],
  criteria: [
    {
      id: 'policy.basic.1',
      theme: 'policy',
      level: 'basic',
      statement: 'P b1.',
      action: 'Do P b1.',
    },
    {
      id: 'policy.basic.2',
      theme: 'policy',
      level: 'basic',
      statement: 'P b2.',
      action: 'Do P b2.',
    },
    { id: 'policy.good.1', theme: 'policy', level: 'good', statement: 'P g1.', action: 'Do P g1.' },
    {
      id: 'policy.best.1',
      theme: 'policy',
      level: 'best',
      statement: 'P g1 again.',
      action: 'Keep doing P g1.',
      restates: 'policy.good.1',
    },
    {
      id: 'people.basic.1',
      theme: 'people',
      level: 'basic',
      statement: 'H b1.',
      action: 'Do H b1.',
    },
    { id: 'people.best.1', theme: 'people', level: 'best', statement: 'H x1.', action: 'Do H x1.' },
    { id: 'people.best.2', theme: 'people', level: 'best', statement: 'H x2.', action: 'Do H x2.' },
  ],
  rules: { nonCompliantLevel: 'none' },
} satisfies MaturityModelInput;

/** The code and issue paths of the SocialValueError `fn` throws (fails if it does not throw). */
export function thrown(fn: () => unknown): { code: string; paths: string[] } {
  const error = caught(fn);
  return { code: error.code, paths: error.issues.map((issue) => issue.path) };
}

/** The source of the models built in the tests. */
export const handSource = { title: 'Worked by hand', publisher: 'Us', year: 2026 };

/**
 * A model `wide` of `count` themes `th0` … (named `Theme 0` …) over the levels None, Basic, Good
 * and Great (ranks 0 to 3), each theme with one criterion at Basic, `th<i>.1` unless `id` says.
 */
export function wideModel(count: number, id = (i: number) => `th${i}.1`) {
  return defineMaturityModel({
    id: 'wide',
    name: 'Wide',
    source: handSource,
    levels: ['none', 'basic', 'good', 'great'].map((level, rank) => ({
      id: level,
      name: `${level[0]!.toUpperCase()}${level.slice(1)}`,
      rank,
      description: `${level}.`,
    })),
    themes: Array.from({ length: count }, (_, i) => ({ id: `th${i}`, name: `Theme ${i}` })),
    criteria: Array.from({ length: count }, (_, i) => ({
      id: id(i),
      theme: `th${i}`,
      level: 'basic',
      statement: `Statement ${i}.`,
      action: `Action ${i}.`,
    })),
  });
}
