import { describe, expect, it } from 'vitest';
import {
  defineMaturityModel,
  type MaturityModelInput,
  portsmouthRoadmap,
  svmiBusiness,
  svmiPublicSector,
} from '../../src/index.js';
import { thrown, toyInput } from './fixtures.js';

const issuesOf = (input: unknown) => thrown(() => defineMaturityModel(input as MaturityModelInput));

describe('defineMaturityModel', () => {
  it('sorts levels by rank, fills the default rules and freezes the model', () => {
    const model = defineMaturityModel(toyInput);
    expect(model.levels.map((level) => level.id)).toEqual(['none', 'basic', 'good', 'best']);
    expect(model.rules).toEqual({
      themeRule: 'cumulative',
      overallRounding: 'down',
      nonCompliantLevel: 'none',
    });
    expect(Object.isFrozen(model)).toBe(true);
    expect(Object.isFrozen(model.criteria[0])).toBe(true);
    expect(model.criteria[3]?.restates).toBe('policy.good.1');
    expect('guidance' in model.criteria[0]!).toBe(false);
  });

  it('builds the presets with the number of themes the sources give', () => {
    expect(svmiPublicSector.themes).toHaveLength(10);
    expect(svmiBusiness.themes).toHaveLength(9);
    expect(portsmouthRoadmap.levels.map((level) => level.name)).toEqual([
      'Not started',
      'Shape, Align, Benchmark and Pilot',
      'Learn, Unify and Rollout',
      'Develop, Embed and Recognise',
      'Growth and Maximise',
      'Maturity',
    ]);
    // Seed 000, Appendix 1: stage 1 items a-e, stage 2 a-e, stage 3 a-c, stage 4 a-b, stage 5 a-b.
    const perStage = portsmouthRoadmap.levels.map(
      (level) => portsmouthRoadmap.criteria.filter((c) => c.level === level.id).length,
    );
    expect(perStage).toEqual([0, 5, 5, 3, 2, 2]);
    for (const model of [svmiPublicSector, svmiBusiness, portsmouthRoadmap]) {
      expect(model.source.year).toBeGreaterThan(2000);
      for (const criterion of model.criteria) {
        expect(criterion.id.startsWith(`${criterion.theme}.${criterion.level}.`)).toBe(true);
      }
    }
  });

  it('rejects duplicate ids and ranks with their paths', () => {
    const input = {
      ...toyInput,
      levels: [...toyInput.levels, { id: 'good', name: 'Again', rank: 3, description: 'x' }],
      themes: [...toyInput.themes, { id: 'policy', name: 'Again' }],
      criteria: [...toyInput.criteria, toyInput.criteria[0]],
    };
    expect(issuesOf(input)).toEqual({
      code: 'invalid-input',
      paths: [
        'model.levels[4].id',
        'model.levels[4].rank',
        'model.themes[2].id',
        'model.criteria[7].id',
      ],
    });
  });

  it('rejects criteria naming an unknown theme or level, or sitting at the lowest level', () => {
    const criteria = [
      { ...toyInput.criteria[0], id: 'x.basic.1', theme: 'x' },
      { ...toyInput.criteria[0], id: 'policy.great.1', level: 'great' },
      { ...toyInput.criteria[0], id: 'policy.none.1', level: 'none' },
    ];
    expect(issuesOf({ ...toyInput, criteria })).toEqual({
      code: 'invalid-input',
      paths: ['model.criteria[0].theme', 'model.criteria[1].level', 'model.criteria[2].level'],
    });
  });

  it('checks restatements and the non-compliant level', () => {
    const criteria = [
      ...toyInput.criteria,
      { ...toyInput.criteria[0], id: 'policy.good.2', level: 'good', restates: 'nope' },
      { ...toyInput.criteria[0], id: 'policy.good.3', level: 'good', restates: 'people.basic.1' },
      { ...toyInput.criteria[0], id: 'policy.basic.3', restates: 'policy.good.1' },
      { ...toyInput.criteria[0], id: 'policy.best.2', level: 'best', restates: 'policy.best.1' },
    ];
    expect(issuesOf({ ...toyInput, criteria, rules: { nonCompliantLevel: 'bad' } })).toEqual({
      code: 'invalid-input',
      paths: [
        'model.criteria[7].restates',
        'model.criteria[8].restates',
        'model.criteria[9].restates',
        'model.criteria[10].restates',
        'model.rules.nonCompliantLevel',
      ],
    });
  });

  it('rejects malformed fields', () => {
    expect(issuesOf({ ...toyInput, id: '', levels: toyInput.levels.slice(0, 1) })).toEqual({
      code: 'invalid-input',
      paths: ['model.id', 'model.levels'],
    });
    expect(
      issuesOf({ ...toyInput, criteria: [{ ...toyInput.criteria[0], action: ' ' }] }).paths,
    ).toEqual(['model.criteria[0].action']);
  });
});
