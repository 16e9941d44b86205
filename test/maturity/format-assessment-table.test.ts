import { describe, expect, it } from 'vitest';
import {
  assessMaturity,
  compareAssessments,
  defineMaturityModel,
  formatAssessmentTable,
  isSocialValueError,
  portsmouthRoadmap,
} from '../../src/index.js';
import { toyInput } from './fixtures.js';

const toy = defineMaturityModel(toyInput);

describe('formatAssessmentTable', () => {
  it('writes an assessment as a Markdown table with the overall mean', () => {
    // policy Basic (1), people missing: mean 1 / 1 = 1.
    const assessment = assessMaturity(toy, {
      policy: { met: ['policy.basic.1', 'policy.basic.2'] },
    });
    expect(formatAssessmentTable(assessment)).toBe(
      [
        '| Theme | Level | Basis | Still unmet at the next level |',
        '| --- | --- | --- | --- |',
        '| Policy | Basic | criteria | Good: 1 of 1 |',
        '| People | not assessed | missing |  |',
        '| **Overall** | **Basic** (mean 1) |  |  |',
      ].join('\n'),
    );
  });

  it('writes a comparison with labels, gaps and the change of the mean, rounded for display', () => {
    // Present: (3 + 0 + ...) policy Best 3, people None 0 → 1.5; future 3 and 2 → 2.5.
    const comparison = compareAssessments(
      assessMaturity(toy, { policy: 'best', people: 'none' }, { label: '2026' }),
      assessMaturity(toy, { policy: 'best', people: 'good' }, { label: '2029' }),
    );
    expect(formatAssessmentTable(comparison, { places: 0 })).toBe(
      [
        '| Theme | 2026 | 2029 | Gap |',
        '| --- | --- | --- | --- |',
        '| Policy | Best | Best | 0 |',
        '| People | None | Good | +2 |',
        '| **Overall** | **Basic** (mean 2) | **Good** (mean 3) | +1 |',
      ].join('\n'),
    );
  });

  it('writes names as they read: Markdown characters escaped, line breaks as spaces', () => {
    // A theme name with a pipe and a line break, a level name with emphasis stars, a label with
    // an angle-bracketed placeholder: each shown as written (escaped), the table still 4 columns.
    const marked = defineMaturityModel({
      ...toyInput,
      levels: toyInput.levels.map((level) =>
        level.id === 'good' ? { ...level, name: 'Good *enough*' } : level,
      ),
      themes: [
        { id: 'policy', name: 'Policy | scope\nand <aims>' },
        { id: 'people', name: 'People' },
      ],
    });
    const present = assessMaturity(marked, { policy: 'basic', people: 'good' }, { label: '<now>' });
    expect(formatAssessmentTable(present).split('\n').slice(2, 4)).toEqual([
      '| Policy \\| scope and \\<aims\\> | Basic | declared | Good \\*enough\\*: 1 of 1 |',
      '| People | Good \\*enough\\* | declared | Best: 2 of 2 |',
    ]);
    const comparison = compareAssessments(
      present,
      assessMaturity(marked, { policy: 'good', people: 'best' }),
    );
    expect(formatAssessmentTable(comparison).split('\n')[0]).toBe(
      '| Theme | \\<now\\> | Future | Gap |',
    );
  });

  it('keeps an entity and tildes in a cell as written', () => {
    // "&lt;b&gt;" would show as "<b>" and "~~x~~" struck through: escaped, they read as written;
    // the "&" of "R&D" starts no entity and is left alone.
    const marked = defineMaturityModel({
      ...toyInput,
      themes: [
        { id: 'policy', name: 'R&D &lt;b&gt; ~~old~~' },
        { id: 'people', name: 'People' },
      ],
    });
    expect(formatAssessmentTable(assessMaturity(marked, { policy: 'basic' })).split('\n')[2]).toBe(
      '| R&D \\&lt;b\\&gt; \\~\\~old\\~\\~ | Basic | declared | Good: 1 of 1 |',
    );
  });

  it('refuses to compare assessments of different models', () => {
    try {
      compareAssessments(
        assessMaturity(toy, { policy: 'best' }),
        assessMaturity(portsmouthRoadmap, { 'council-wide': 'shape' }),
      );
      expect.unreachable();
    } catch (error) {
      expect(isSocialValueError(error) && error.code).toBe('model-mismatch');
      expect(isSocialValueError(error) && error.issues[0]?.path).toBe('target.model.id');
    }
  });
});
