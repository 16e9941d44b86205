import { describe, expect, it } from 'vitest';
import { createValuationAccumulator, revive, valuePledges } from '../../src/index.js';
import { caught } from '../errors.js';
import { seedFramework } from '../toms/fixtures.js';

// NT29 is £16.09 an hour. One department written three ways, as ids are read alike.
const pledges = [
  { measure: 'NT29', quantity: 10, tags: { department: 'Housing', priority: 'P1' } },
  { measure: 'NT29', quantity: 1, tags: { department: 'housing', priority: 'P1' } },
  { measure: 'NT29', quantity: 2, tags: { department: 'Housing ', priority: 'P1' } },
  { measure: 'NT29', quantity: 1, tags: { department: 'Housing' } },
];
const message =
  'Tag "department" has one value written 3 ways, totalled apart in byTag: "Housing" (pledges 0 and 3), "housing" (pledge 1) and "Housing " (pledge 2).';

describe('tag values written more than one way', () => {
  it('tells apart spellings that look the same (a composed and a decomposed é)', () => {
    // A sheet typed on a Mac (decomposed) beside one typed on Windows (composed).
    const valuation = valuePledges(seedFramework, [
      { measure: 'NT29', quantity: 1, tags: { venue: 'Caf\u00e9' } },
      { measure: 'NT29', quantity: 2, tags: { venue: 'Cafe\u0301' } },
    ]);
    expect(valuation.warnings.find((warning) => warning.code === 'tag-spelling')?.message).toBe(
      'Tag "venue" has one value written 2 ways, totalled apart in byTag: "Caf\\u00e9" (pledge 0) and "Cafe\\u0301" (pledge 1).',
    );
  });

  it('keeps the totals apart and warns, naming the tag, each spelling and its pledges', () => {
    const valuation = valuePledges(seedFramework, pledges);
    // Housing: 10 + 1 hours = £176.99; "housing": £16.09; "Housing ": 2 × £16.09 = £32.18.
    expect(
      Object.entries(valuation.byTag.department!).map(([key, value]) => [key, value.toString()]),
    ).toEqual([
      ['Housing', '176.99'],
      ['Housing ', '32.18'],
      ['housing', '16.09'],
    ]);
    // NT29 pledged 4 times, then the spellings; "priority" is written one way.
    expect(valuation.warnings.map((warning) => warning.code)).toEqual([
      'duplicate-measure',
      'tag-spelling',
    ]);
    expect(valuation.warnings[1]).toEqual({
      code: 'tag-spelling',
      severity: 'warning',
      message,
      measures: [],
      lines: [0, 1, 2, 3],
    });
    expect(valuation.summary).toContain('2 warnings to check');
    // Without lines: the same sentence, no line indexes.
    const lean = createValuationAccumulator(seedFramework, { lines: false });
    lean.add(pledges);
    expect(lean.result().warnings[1]).toMatchObject({ message, lines: [] });
  });

  it('does not warn about values that read differently', () => {
    const valuation = valuePledges(seedFramework, [
      { measure: 'NT29', quantity: 1, tags: { department: 'Housing' } },
      { measure: 'NT1', quantity: 1, tags: { department: 'Housing 2', other: 'housing' } },
    ]);
    expect(valuation.warnings).toEqual([]);
  });

  it('revives a stored valuation with the warning, and works it out again from the lines', () => {
    const valuation = valuePledges(seedFramework, pledges);
    const json = JSON.parse(JSON.stringify(valuation));
    expect(revive(json)).toEqual(valuation);
    const without = { ...json, warnings: json.warnings.slice(0, 1) };
    const error = caught(() => revive(without));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.path)).toContain('json.warnings');
  });
});
