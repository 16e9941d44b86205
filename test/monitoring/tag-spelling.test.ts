import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { revive, trackDelivery, valuePledges } from '../../src/index.js';
import { caught } from '../errors.js';
import { framework } from '../sql/three-measures.js';

// NT1 is £100 a job, NT2 £10 a mile, NT3 £5 a tonne. One department written three ways and one
// priority two ways, as ids are read alike; no contract period, so every pledge is expected in
// full by the report date.
const valuation = valuePledges(framework, [
  { measure: 'NT1', quantity: 10, tags: { department: 'Housing', priority: 'P1' } },
  { measure: 'NT2', quantity: 4, tags: { department: 'housing', priority: 'P1' } },
  { measure: 'NT3', quantity: 2, tags: { department: 'Housing ', priority: 'p1' } },
  { measure: 'NT1', quantity: 1, tags: { department: 'Housing' } },
]);
const deliveries = [
  { measure: 'NT1', line: 0, date: '2025-01-01', quantity: 6 },
  { measure: 'NT2', date: '2025-01-01', quantity: 2 },
];
const report = trackDelivery(valuation, deliveries, { asOf: '2025-03-31' });

const department =
  'Tag "department" has one value written 3 ways, totalled apart in byTag: "Housing" (lines 0 and 3), "housing" (line 1) and "Housing " (line 2).';
const priority =
  'Tag "priority" has one value written 2 ways, totalled apart in byTag: "P1" (lines 0 and 1) and "p1" (line 2).';

/** The report's JSON, parsed. */
const stored = () => JSON.parse(JSON.stringify(report));

describe('trackDelivery: tag values written more than one way', () => {
  it('keeps the figures apart and warns, naming the tag, each spelling and its lines', () => {
    // Housing: lines 0 and 3, 10 + 1 jobs × £100 = £1,100 pledged, 6 × £100 = £600 delivered;
    // "Housing ": 2 t × £5 = £10, none delivered; "housing": 4 miles × £10 = £40, 2 × £10 = £20.
    expect(
      Object.entries(report.byTag.department!).map(([value, figures]) => [
        value,
        figures.pledged.toString(),
        figures.delivered.toString(),
      ]),
    ).toEqual([
      ['Housing', '1100', '600'],
      ['Housing ', '10', '0'],
      ['housing', '40', '20'],
    ]);
    expect(report.warnings).toEqual([
      { code: 'tag-spelling', severity: 'warning', message: department, lines: [0, 1, 2, 3] },
      { code: 'tag-spelling', severity: 'warning', message: priority, lines: [0, 1, 2] },
    ]);
    // £600 + £20 = £620 of £1,150 (53.9%); no line on track (6 of 10, 2 of 4, 0, 0).
    expect(report.summary).toBe(
      'By 2025-03-31: £620.00 delivered of £1,150.00 expected (53.9%), against £1,150.00 pledged over the contract; 0 of 4 pledges on track or better; 2 warnings to check.',
    );
    // Just before the summary, as a stored report has them.
    expect(Object.keys(report).slice(-2)).toEqual(['warnings', 'summary']);
  });

  it('names the lines by their index, spellings in order of their first line', () => {
    const job = {
      measure: 'NT1',
      theme: 'jobs',
      valueType: 'social' as const,
      quantity: 1,
      proxyValue: 100,
    };
    const byIndex = trackDelivery(
      {
        lines: [
          { ...job, index: 7, tags: { ward: 'north' } },
          { ...job, index: 2, tags: { ward: 'North' } },
          { ...job, index: 4, tags: { ward: 'north' } },
        ],
      },
      [],
      { asOf: '2025-03-31' },
    );
    expect(byIndex.warnings).toEqual([
      {
        code: 'tag-spelling',
        severity: 'warning',
        message:
          'Tag "ward" has one value written 2 ways, totalled apart in byTag: "North" (line 2) and "north" (lines 4 and 7).',
        lines: [2, 4, 7],
      },
    ]);
  });

  it('has no warnings, and says none, when every value is written one way', () => {
    const plain = trackDelivery(
      valuePledges(framework, [
        { measure: 'NT1', quantity: 1, tags: { department: 'Housing' } },
        { measure: 'NT2', quantity: 1, tags: { department: 'Housing 2', other: 'housing' } },
      ]),
      [],
      { asOf: '2025-03-31' },
    );
    expect('warnings' in plain).toBe(false);
    expect(plain.summary).not.toContain('warning');
  });
});

describe('revive: a delivery report’s warnings', () => {
  it('reads them back, worked out again from the lines', () => {
    const revived = revive(stored());
    expect(revived).toEqual(report);
    expect(JSON.stringify(revived)).toBe(JSON.stringify(report));
  });

  it('refuses a report whose warnings are missing, at their path', () => {
    const { warnings, ...without } = stored();
    const error = caught(() => revive(without));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.path)).toEqual(['json.warnings']);
    expect(error.issues[0]!.message).toMatch(
      /^expected \[\{"code":"tag-spelling".* \(from its own figures\), received undefined$/,
    );
  });

  it('refuses warnings added to a report whose values are written one way', () => {
    const plain = trackDelivery(
      valuePledges(framework, [{ measure: 'NT1', quantity: 1, tags: { department: 'Housing' } }]),
      [],
      { asOf: '2025-03-31' },
    );
    const { summary, ...rest } = JSON.parse(JSON.stringify(plain));
    const added = { ...rest, warnings: [stored().warnings[0]], summary };
    const error = caught(() => revive(added));
    expect(error.issues.map((issue) => issue.path)).toEqual(['json.warnings']);
    expect(error.issues[0]!.message).toMatch(
      /^expected undefined \(from its own figures\), received \[\{"code":"tag-spelling"/,
    );
    // An empty list is not what trackDelivery writes either.
    const empty = caught(() => revive({ ...rest, warnings: [], summary }));
    expect(empty.issues).toMatchObject([
      { path: 'json.warnings', message: 'expected undefined (from its own figures), received []' },
    ]);
  });

  it('refuses an edited warning or summary, at the field edited', () => {
    const json = stored();
    json.warnings[0].lines[3] = 4;
    json.warnings[1].message = 'Tag "priority" is fine.';
    json.summary = json.summary.replace('; 2 warnings to check', '');
    const error = caught(() => revive(json));
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'json.warnings[0].lines[3]',
      'json.warnings[1].message',
      'json.summary',
    ]);
    expect(error.issues[0]!.message).toBe('expected 3 (from its own figures), received 4');
    expect(error.issues[1]!.message).toMatch(
      /^expected "Tag \\"priority\\" has one value .* \(from its own figures\), received "Tag \\"priority\\" is fine\."$/,
    );
    expect(error.issues[2]!.message).toMatch(
      /; 2 warnings to check\." \(from its own figures\), received ".*on track or better\."$/,
    );
  });

  it('still reads a report stored before warnings, with each value written one way', () => {
    // A delivery report of the CLI's portfolio example, stored before reports had warnings.
    const json = JSON.parse(
      readFileSync(
        resolve(import.meta.dirname, '../../examples/cli/portfolio/sv-004.json'),
        'utf8',
      ),
    );
    const revived = revive(json) as typeof report;
    expect(revived.kind).toBe('delivery-report');
    expect('warnings' in revived).toBe(false);
  });
});
