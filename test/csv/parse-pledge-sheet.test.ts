import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  formatValuationCsv,
  parsePledgeSheet,
  toFramework,
  toPledges,
} from '../../src/csv/index.js';
import { csvSnapshots } from '../../src/csv/snapshots.js';
import { Decimal, defineFramework, reconcilePledgeSheet, valuePledges } from '../../src/index.js';
import { caught } from '../errors.js';
import { expectSame } from '../expect-same.js';

const root = join(import.meta.dirname, '../..');
const values = (
  rows: readonly {
    proxyValue: Decimal | null;
    quantity: Decimal | null;
    statedValue: Decimal | null;
  }[],
) =>
  rows.map((row) => [
    row.proxyValue?.toString() ?? null,
    row.quantity?.toString() ?? null,
    row.statedValue?.toString() ?? null,
  ]);

describe('parsePledgeSheet', () => {
  it('reads the example sheet (seed 004 as CSV)', () => {
    const sheet = parsePledgeSheet(readFileSync(join(root, 'examples/pledge-sheet.csv'), 'utf8'), {
      comments: '#',
    });
    expect(sheet.delimiter).toBe(',');
    expect(sheet.headerLine).toBe(4);
    expect(sheet.rows).toHaveLength(22);
    expect(sheet.statedTotal?.toString()).toBe('8461245.35');
    expect(sheet.problems).toEqual([]);
    expect(sheet.tagColumns).toEqual(['CWB Priority', 'Corporate Strategy']);
    const nt18 = sheet.rows.find((row) => row.measure === 'NT18')!;
    expect(nt18.line).toBe(18);
    expect(values([nt18])).toEqual([['0.963812', '650000', '6264776.71']]);
    const nt13 = sheet.rows.find((row) => row.measure === 'NT13')!;
    expect(values([nt13])).toEqual([['168.72', null, null]]);
    expect(sheet.rows.find((row) => row.measure === 'CBC5 RBC1')?.statedValue?.toString()).toBe(
      '0',
    );
    expect(nt18.tags['CWB Priority']).toBe('Progressive Procurement');
  });

  it('reads the seed text itself: tab-separated after a prose preamble', () => {
    const seed = readFileSync(join(root, 'test/fixtures/seed-004-pledge-sheet.txt'), 'utf8');
    const sheet = parsePledgeSheet(seed);
    expect(sheet.delimiter).toBe('\t');
    expect(sheet.rows.map((row) => row.measure).slice(0, 3)).toEqual(['NT1', 'NT1c', 'NT3']);
    expect(sheet.rows).toHaveLength(22);
  });

  it('handles a BOM, CRLF, quoted fields and spreadsheet money', () => {
    const text =
      '\uFEFFReference;Answer;Pledged Social Value;Notes\r\n' +
      'A;1;£ 738,768.00;"one; two"\r\n' +
      'B;2;£-;"multi\r\nline"\r\n' +
      'C;3;(1,234.50);\r\n' +
      'D;;;\r\n' +
      'E;4;-£5;\r\n';
    const sheet = parsePledgeSheet(text);
    expect(sheet.delimiter).toBe(';');
    expect(sheet.rows.map((row) => row.statedValue?.toString() ?? null)).toEqual([
      '738768',
      '0',
      '-1234.5',
      null,
      '-5',
    ]);
    expect(sheet.rows[0]?.tags).toEqual({ Notes: 'one; two' });
    expect(sheet.rows[1]?.tags).toEqual({ Notes: 'multi\r\nline' });
    expect(sheet.rows.map((row) => row.line)).toEqual([2, 3, 5, 6, 7]);
  });

  it('reports a cell that is not a number with its line and column, never a zero', () => {
    const sheet = parsePledgeSheet(
      'Reference,Proxy Value,Answer\nNT1,30782,24\nNT3,20481,one\n,,\nfoo,,\n',
    );
    expect(sheet.rows[1]?.quantity).toBeNull();
    expect(sheet.problems).toEqual([
      expect.objectContaining({
        code: 'not-a-number',
        severity: 'error',
        line: 3,
        column: 'Answer',
        columnNumber: 3,
        value: 'one',
      }),
    ]);
  });

  it('flags rows with content but no reference', () => {
    const sheet = parsePledgeSheet('Reference,Answer,Comment\nNT1,24,\n,,stray note\n');
    expect(sheet.problems[0]).toMatchObject({
      code: 'missing-reference',
      severity: 'warning',
      line: 3,
    });
  });

  it('maps columns by header, overridably', () => {
    const text = 'Ref No,Target,Local Priority,Value\nNT1,24,Jobs,1';
    const sheet = parsePledgeSheet(text, { columns: { statedValue: 'Value', quantity: 'Target' } });
    expect(sheet.columns).toEqual({ measure: 'Ref No', quantity: 'Target', statedValue: 'Value' });
    expect(sheet.rows[0]?.tags).toEqual({ 'Local Priority': 'Jobs' });
    const renamed = parsePledgeSheet('Code,Pledge amount,Proxy\nNT1,24,2', {
      columns: { quantity: 'Pledge amount' },
    });
    expect(renamed.rows[0]?.quantity?.toString()).toBe('24');
  });

  it('reads headers written with a pound sign or a full stop, and Total Social Value', () => {
    // Each was a tag: no header row at all for `Ref.`, and otherwise every stated value blank,
    // each row then a `missing-value` warning while the sheet had its values.
    const sheet = parsePledgeSheet(
      'Theme,Ref.,Units,Proxy Value £,Answer,Pledged Social Value (£)\nJobs,NT1,FTE,100,2,200\n',
    );
    expect(sheet.columns).toEqual({
      theme: 'Theme',
      measure: 'Ref.',
      unit: 'Units',
      proxyValue: 'Proxy Value £',
      quantity: 'Answer',
      statedValue: 'Pledged Social Value (£)',
    });
    expect(sheet.rows[0]?.statedValue?.toString()).toBe('200');
    expect(sheet.rows[0]?.tags).toEqual({});
    const total = parsePledgeSheet(
      'Reference,Proxy Value,Answer,Total Social Value\nNT1,100,2,200',
    );
    expect(total.columns.statedValue).toBe('Total Social Value');
    // A header that is a pound sign alone stays a tag.
    expect(parsePledgeSheet('Reference,Answer,£\nNT1,2,x').rows[0]?.tags).toEqual({ '£': 'x' });
  });

  it('refuses a column named in options.columns that the header row lacks, never dropping it', () => {
    // A typo in the answer column's name left every answer blank: no pledge, a total of £0.
    const text = 'Reference,Answer,Value\nNT1,24,738768\n';
    for (const [columns, path] of [
      [{ quantity: 'Answers' }, 'text'],
      // One header for two roles is refused in the options (test/csv/column-options.test.ts).
      [{ quantity: 'Answer', statedValue: 'answer' }, 'options.columns.statedValue'],
    ] as const) {
      const error = caught(() => parsePledgeSheet(text, { columns }));
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]?.path).toBe(path);
    }
    expect(
      caught(() => parsePledgeSheet(text, { columns: { quantity: 'Answers' } })).message,
    ).toContain(
      'Invalid pledge sheet: no header row found with the columns named in options.columns ("Answers" (quantity)) and a Reference column and an Answer, Proxy Value or Pledged Social Value column. Check the names against the sheet\'s header row.',
    );
    // A preamble row is not the header because it lacks a named column.
    const sheet = parsePledgeSheet(`Reference,Answer,Note\n${text}`, {
      columns: { statedValue: 'value' },
    });
    expect(sheet.headerLine).toBe(2);
    expect(sheet.rows[0]?.statedValue?.toString()).toBe('738768');
  });

  it('rejects text without a header row', () => {
    const error = caught(() => parsePledgeSheet('just,some\nwords,here'));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toBe('text');
    expect(caught(() => parsePledgeSheet('x', { delimiter: 'ab' })).issues[0]?.path).toBe(
      'options.delimiter',
    );
  });
});

describe('toFramework and toPledges', () => {
  it('builds themes and measures from the sheet', () => {
    const sheet = parsePledgeSheet(readFileSync(join(root, 'examples/pledge-sheet.csv'), 'utf8'), {
      comments: '#',
    });
    const framework = toFramework(sheet.rows, {
      id: 'seed',
      name: 'Seed',
      edition: 'sheet',
      priceYear: 2021,
      valueTypes: { NT3: 'social' },
    });
    expect(framework.themes.map((theme) => theme.shortName)).toEqual([
      'Jobs',
      'Growth',
      'Social',
      'Environment',
    ]);
    expect(framework.themes[3]?.name).toBe('Decarbonising and Safeguarding our World');
    const types = Object.fromEntries(framework.measures.map((m) => [m.code, m.valueType]));
    expect(types).toMatchObject({
      NT1: 'local-economic',
      NT3: 'social',
      NT29: 'social',
      NT32: 'environmental',
      NT68: 'record-only',
    });
    const valuation = valuePledges(framework, toPledges(sheet.rows));
    // The answers × the proxies shown: reconcile's computed total, 2,822,946.49.
    expect(valuation.total.toString()).toBe('2822946.49');
    expect(valuation.lines).toHaveLength(21);
  });

  it('keeps two themes whose ids would be the same apart, and one label written two ways together', () => {
    const meta = { id: 'x', name: 'X', edition: '1', priceYear: 2021 };
    const rows = [
      { theme: 'Jobs & Skills', measure: 'NT1', proxyValue: '30782', quantity: '2' },
      { theme: 'Jobs - Skills', measure: 'NT2', proxyValue: '100', quantity: '3' },
      { theme: 'jobs  &  SKILLS', measure: 'NT3', proxyValue: '10', quantity: '1' },
      { theme: '£££', measure: 'X1', proxyValue: '1', quantity: '1' },
      { theme: '???', measure: 'X2', proxyValue: '1', quantity: '1' },
    ];
    const framework = toFramework(rows, meta);
    expect(framework.themes.map((theme) => [theme.id, theme.name])).toEqual([
      ['jobs-skills', 'Jobs & Skills'],
      ['jobs-skills-2', 'Jobs - Skills'],
      ['theme', '£££'],
      ['theme-2', '???'],
    ]);
    expect(framework.measures.map((measure) => measure.theme)).toEqual([
      'jobs-skills',
      'jobs-skills-2',
      'jobs-skills',
      'theme',
      'theme-2',
    ]);
    // 2 × £30,782 + 1 × £10 under the first theme; 3 × £100 under the second.
    const byTheme = valuePledges(framework, toPledges(rows)).byTheme;
    expect(byTheme['jobs-skills']?.toString()).toBe('61574');
    expect(byTheme['jobs-skills-2']?.toString()).toBe('300');
  });

  it('refuses a whole parsed sheet where its rows are meant, saying where they are', () => {
    const sheet = parsePledgeSheet('Reference,Proxy Value,Answer\nNT1,100,3');
    const meta = { id: 'x', name: 'X', edition: '1', priceYear: 2021 };
    for (const given of [sheet, JSON.parse(JSON.stringify(sheet))]) {
      for (const call of [
        () => toPledges(given),
        () => toFramework(given, meta),
        () => reconcilePledgeSheet(given),
      ]) {
        const error = caught(call);
        expect([
          error.code,
          error.message,
          error.issues[0]?.path,
          error.issues[0]?.message,
        ]).toEqual([
          'invalid-input',
          'Invalid pledge sheet rows: 1 problem.\n  - rows: expected the list of rows, received a whole pledge sheet: pass its rows (sheet.rows)',
          'rows',
          'expected the list of rows, received a whole pledge sheet: pass its rows (sheet.rows)',
        ]);
      }
    }
    expect(toPledges(sheet.rows)).toEqual([{ measure: 'NT1', quantity: new Decimal(3), tags: {} }]);
  });

  it('takes a repeated code once, and rejects one with two proxies', () => {
    const meta = { id: 'x', name: 'X', edition: '1', priceYear: 2021 };
    const rows = [
      { theme: 'Jobs', measure: 'NT1', proxyValue: '1' },
      { theme: '', measure: 'NT1', proxyValue: '1' },
    ];
    expect(toFramework(rows, meta).measures).toHaveLength(1);
    const error = caught(() => toFramework([...rows, { measure: 'NT1', proxyValue: '2' }], meta));
    expect(error.code).toBe('duplicate-code');
    expect(caught(() => toFramework(rows, { ...meta, priceYear: 1 })).issues[0]?.path).toBe(
      'meta.priceYear',
    );
  });

  it('names the sheet row of a code repeated with another proxy or in another case', () => {
    // Refused by defineFramework at framework.measures[1].code, a list the caller never made
    // (with rows repeated, its indexes are not the rows').
    const meta = { id: 'x', name: 'X', edition: '1', priceYear: 2021 };
    const sheet = parsePledgeSheet(
      'Theme,Reference,Proxy Value,Answer\nJobs,NT1,10,1\nJobs,NT2,5,1\nJobs,NT2,5,1\nJobs,NT1,11,2\n',
    );
    const proxy = caught(() => toFramework(sheet.rows, meta));
    expect(proxy.code).toBe('duplicate-code');
    expect(proxy.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'rows[3].proxyValue',
        'expected the proxy of the first row of "NT1" (line 2), "10", received "11" (line 5)',
      ],
    ]);
    const cased = caught(() =>
      toFramework(
        parsePledgeSheet('Theme,Reference,Proxy Value,Answer\nJobs,NT1,10,1\nJobs,nt1,10,2\n').rows,
        meta,
      ),
    );
    expect(cased.code).toBe('duplicate-code');
    expect(cased.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'rows[1].measure',
        '"nt1" (line 3) is the code of an earlier row, written "NT1" (line 2): write it so, or give it a code of its own',
      ],
    ]);
  });

  it("rejects a code repeated in another unit (its answers were counted in the first row's unit)", () => {
    const meta = { id: 'x', name: 'X', edition: '1', priceYear: 2021 };
    const sheet = parsePledgeSheet(
      'Theme,Reference,Units,Proxy Value,Answer\nJobs,NT1,no. people FTE,1,2\nJobs,NT1,hours,1,300\n',
    );
    const error = caught(() => toFramework(sheet.rows, meta));
    expect(error.code).toBe('duplicate-code');
    expect(error.message.split('\n')[0]).toBe(
      'Measure "NT1" is listed in two units: a framework gives each measure one unit.',
    );
    expect(error.issues).toEqual([
      expect.objectContaining({
        path: 'rows[1].unit',
        message:
          'expected the unit of the first row of "NT1" (line 2), "no. people FTE", or a blank cell, received "hours" (line 3)',
      }),
    ]);
    // The same unit in another case or spacing, or a blank cell: taken once.
    const again = parsePledgeSheet(
      'Theme,Reference,Units,Proxy Value,Answer\nJobs,NT1,FTE,1,2\nJobs,NT1, fte ,1,3\nJobs,NT1,,1,1\n',
    );
    expect(toFramework(again.rows, meta).measures.map((m) => [m.code, m.unit])).toEqual([
      ['NT1', 'FTE'],
    ]);
  });

  it('rejects a code repeated under another theme (it was counted under the first alone)', () => {
    const meta = { id: 'x', name: 'X', edition: '1', priceYear: 2021 };
    const sheet = parsePledgeSheet(
      'Theme,Reference,Proxy Value,Answer\nJobs,NT1,1,2\nGrowth,NT1,1,3\n',
    );
    const error = caught(() => toFramework(sheet.rows, meta));
    expect(error.code).toBe('duplicate-code');
    expect(error.issues).toEqual([
      expect.objectContaining({
        path: 'rows[1].theme',
        message:
          'expected the theme of the first row of "NT1" (line 2), "Jobs", or a blank cell, received "Growth" (line 3)',
      }),
    ]);
    // The same theme written in another case or spacing is the same theme: taken once.
    const again = parsePledgeSheet(
      'Theme,Reference,Proxy Value,Answer\nJobs,NT1,1,2\n JOBS ,NT1,1,3\n',
    );
    expect(toFramework(again.rows, meta).measures.map((m) => [m.code, m.theme])).toEqual([
      ['NT1', 'jobs'],
    ]);
  });
});

describe('formatValuationCsv', () => {
  const framework = defineFramework({
    id: 'f',
    name: 'F',
    edition: '1',
    priceYear: 2021,
    themes: [
      { id: 'jobs', name: 'Promote Local Skills and Employment', shortName: 'Jobs' },
      { id: 'env', name: 'Environment, and more' },
    ],
    measures: [
      {
        code: 'NT1',
        theme: 'jobs',
        title: 'Local "direct" employees, FTE',
        unit: 'FTE',
        proxyValue: 30782,
        valueType: 'local-economic',
      },
      {
        code: 'NT18',
        theme: 'jobs',
        title: 'Local spend',
        unit: '£',
        proxyValue: '0.9638118',
        valueType: 'local-economic',
      },
      {
        code: 'NT32',
        theme: 'env',
        title: 'Miles',
        unit: 'miles',
        proxyValue: '0.02223',
        valueType: 'environmental',
      },
    ],
  });

  it('writes a sheet with a total row, in pounds when asked', () => {
    const valuation = valuePledges(framework, [
      { measure: 'NT18', quantity: 650000, tags: { CWB: 'Progressive' } },
    ]);
    const lines = formatValuationCsv(valuation, { framework, money: 'gbp' }).split('\r\n');
    expect(lines[0]).toBe(
      'Theme,Reference,Question,Units,Proxy Value,Answer,Pledged Social Value,CWB',
    );
    expect(lines[1]).toBe(
      'Jobs: Promote Local Skills and Employment,NT18,Local spend,£,0.9638118,650000,"£626,477.67",Progressive',
    );
    expect(lines[2]).toBe(',,Total,,,,"£626,477.67",');
  });

  it('parse → format → parse keeps every value, share and tag', () => {
    const line = fc.record(
      {
        measure: fc.constantFrom('NT1', 'NT18', 'NT32'),
        quantity: fc
          .tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 999 }))
          .map(([units, fraction]) => `${units}.${fraction}`),
        attributionShare: fc.constantFrom('0', '0.5', '0.125', '1', '0.3333'),
        tags: fc.record({
          priority: fc.constantFrom('A, with comma', 'B "quoted"', 'C\nnew line'),
        }),
      },
      { requiredKeys: ['measure', 'quantity', 'tags'] },
    );
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 20 }),
        fc.constantFrom(',', '\t', ';'),
        (pledges, delimiter) => {
          const original = valuePledges(framework, pledges);
          const first = parsePledgeSheet(
            formatValuationCsv(original, {
              framework,
              delimiter: delimiter as ',',
            }),
          );
          expect(first.problems).toEqual([]);
          const again = valuePledges(
            toFramework(first.rows, { id: 'f', name: 'F', edition: '1', priceYear: 2021 }),
            toPledges(first.rows),
          );
          // The same valuation: total and lines (a share read back, never as a tag).
          expect(again.total.toString()).toBe(original.total.toString());
          expect(
            again.lines.map((l) => [l.measure, l.quantity, l.attributionShare, l.value].join()),
          ).toEqual(
            original.lines.map((l) => [l.measure, l.quantity, l.attributionShare, l.value].join()),
          );
          const second = parsePledgeSheet(
            formatValuationCsv(again, { delimiter: delimiter as ',' }),
          );
          expect(values(second.rows)).toEqual(values(first.rows));
          expect(second.rows.map((row) => [row.measure, row.tags])).toEqual(
            first.rows.map((row) => [row.measure, row.tags]),
          );
          expect(second.statedTotal?.toString()).toBe(first.statedTotal?.toString());
          expect(first.rows.map((row) => row.quantity?.toString())).toEqual(
            pledges.map((p) => new Decimal(p.quantity).toString()),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('pledge sheets written by people', () => {
  it('reports an unbalanced quote with its line and reads the rows after it', () => {
    const sheet = parsePledgeSheet(
      'Reference,Answer,Note\nNT1,5,"never closed\nNT3,6,fine\nNT4,7,"ok, quoted"\n',
    );
    expect(sheet.rows.map((row) => [row.measure, row.quantity?.toString(), row.tags])).toEqual([
      ['NT1', '5', { Note: '"never closed' }],
      ['NT3', '6', { Note: 'fine' }],
      ['NT4', '7', { Note: 'ok, quoted' }],
    ]);
    expect(sheet.problems).toEqual([
      {
        code: 'unbalanced-quote',
        severity: 'error',
        message:
          'Line 2 has a quote that is never closed; the line is read on its own, its quote marks kept as text, and the lines after it are read as usual.',
        line: 2,
        value: 'NT1,5,"never closed',
      },
    ]);
    expect(sheet.summary).toBe(
      '3 measure rows after the header on line 1, no stated total; 1 problem to check.',
    );
  });

  it('reads (0) as 0 and refuses a sign inside brackets', () => {
    const sheet = parsePledgeSheet(
      'Reference,Answer,Pledged Social Value\nA,1,(0)\nB,1,(-5)\nC,1,(5)\nD,1,"(£1,234.50)"\nE,1,-(5)\n',
    );
    const stated = sheet.rows.map((row) => row.statedValue);
    expect(stated.map((value) => value?.toString() ?? null)).toEqual([
      '0',
      null,
      '-5',
      '-1234.5',
      null,
    ]);
    expect(stated[0]?.isNegative()).toBe(false);
    expect(sheet.problems.map((problem) => [problem.code, problem.line, problem.value])).toEqual([
      ['not-a-number', 3, '(-5)'],
      ['not-a-number', 6, '-(5)'],
    ]);
  });

  it('reads back the exact line values and total formatValuationCsv wrote, past 40 decimals and 1e15', () => {
    const framework = defineFramework({
      id: 'f',
      name: 'F',
      edition: '2021',
      priceYear: 2021,
      themes: [{ id: 'jobs', name: 'Jobs' }],
      measures: [
        {
          code: 'NT1',
          theme: 'jobs',
          title: 'Local FTE',
          unit: 'FTE',
          proxyValue: '30782',
          valueType: 'local-economic',
        },
        {
          code: 'NT18',
          theme: 'jobs',
          title: 'Local spend',
          unit: '£',
          proxyValue: '0.963811801538461538',
          valueType: 'local-economic',
        },
      ],
    });
    const valuation = valuePledges(framework, [
      { measure: 'NT1', quantity: '999999999999999' },
      { measure: 'NT18', quantity: '650000.333333333333333333333333333333' },
    ]);
    // 30,781,999,999,999,969,218 and a value with 48 decimals: outside the input domain.
    const stated = valuation.lines.map((line) => line.value.toFixed());
    expect(stated[0]).toBe('30781999999999969218');
    expect(stated[1]!.split('.')[1]).toHaveLength(48);
    const sheet = parsePledgeSheet(formatValuationCsv(valuation));
    expect(sheet.problems).toEqual([]);
    expect(sheet.rows.map((row) => row.statedValue?.toFixed())).toEqual(stated);
    expect(sheet.statedTotal?.eq(valuation.total)).toBe(true);
    const check = reconcilePledgeSheet(sheet.rows, { statedTotal: sheet.statedTotal });
    expect(check.ok).toBe(true);
    expect(check.correctedTotal.eq(valuation.total)).toBe(true);
    expect(toPledges(sheet.rows)).toHaveLength(2);
  });

  it('gives the rows below a section heading its theme', () => {
    const sheet = parsePledgeSheet(
      'Theme,Reference,Question,Proxy Value,Answer\n' +
        'Jobs: Promote Local Skills and Employment,,,,\n,NT1,FTE,30782,24\n,NT3,FTE,20481,1\n' +
        '"Environment: Decarbonising and Safeguarding our World",,,,\n,NT31,Car miles,0.2,5\n',
    );
    expect(sheet.rows.map((row) => [row.line, row.theme, row.measure])).toEqual([
      [3, 'Jobs: Promote Local Skills and Employment', 'NT1'],
      [4, 'Jobs: Promote Local Skills and Employment', 'NT3'],
      [6, 'Environment: Decarbonising and Safeguarding our World', 'NT31'],
    ]);
    expect(sheet.problems).toEqual([]);
    const framework = toFramework(sheet.rows, {
      id: 's',
      name: 'S',
      edition: '1',
      priceYear: 2021,
    });
    expect(framework.themes.map((theme) => theme.id)).toEqual(['jobs', 'environment']);
    // A row with more than the theme written is still a row without a reference.
    const stray = parsePledgeSheet('Theme,Reference,Answer\nJobs,,24\n,NT1,1\n');
    expect(stray.problems.map((problem) => [problem.code, problem.line])).toEqual([
      ['missing-reference', 2],
    ]);
    expect(stray.rows[0]?.theme).toBe('');
  });

  it('reads a Total written in the reference column as the stated total, never as a measure', () => {
    const text =
      'Reference,Proxy Value,Answer,Pledged Social Value\r\n' +
      'NT1,2,3,6\r\nNT2,1,1,1\r\nSub-total,,,7\r\nGrand Total,,,"£ 7.00"\r\n';
    const sheet = parsePledgeSheet(text);
    expect(sheet.rows.map((row) => row.measure)).toEqual(['NT1', 'NT2']);
    expect(sheet.statedTotal?.toString()).toBe('7');
    expect(sheet.problems).toEqual([]);
    const check = reconcilePledgeSheet(sheet.rows, { statedTotal: sheet.statedTotal });
    expect(check.statedRowsTotal.toString()).toBe('7');
    expect(check.correctedTotal.toString()).toBe('7');
    expect(check.ok).toBe(true);
    // A measure whose code starts like a total but has an answer stays a measure.
    const measure = parsePledgeSheet('Reference,Answer\nTOTAL-1,4\n');
    expect(measure.rows.map((row) => row.measure)).toEqual(['TOTAL-1']);
    expect(measure.statedTotal).toBeNull();
  });

  it('never takes a measure row without its code for the total, because its question says Total', () => {
    // NT18's question is "Total amount (£) spent in LOCAL supply chain…": with its Reference
    // cell left blank, the row is a measure without a code (a warning), not the sheet's total.
    const header = 'Theme,Reference,Question,Units,Proxy Value,Answer,Pledged Social Value';
    const row =
      'Growth,,Total amount (£) spent in LOCAL supply chain through the contract,£,0.963812,650000,"£ 626,477.80"';
    const sheet = parsePledgeSheet([header, 'Jobs,NT1,Local people,no.,10,3,30', row].join('\n'));
    expect(sheet.statedTotal).toBeNull();
    expect(sheet.rows.map((read) => read.measure)).toEqual(['NT1']);
    expect(sheet.problems.map((problem) => [problem.line, problem.code])).toEqual([
      [3, 'missing-reference'],
    ]);
    // With the sheet's total row after it, the total is that row's £30.
    const totalled = parsePledgeSheet(
      [header, 'Jobs,NT1,Local people,no.,10,3,30', row, ',,Total,,,,30'].join('\n'),
    );
    expect(totalled.statedTotal?.toString()).toBe('30');
    expect(totalled.problems.map((problem) => problem.code)).toEqual(['missing-reference']);
  });

  it('never takes the last of several sub-totals for the sheet’s total', () => {
    // Jobs £10 + Social £5 = £15: with a grand total, that; without one, no stated total (the
    // last sub-total, £5, is not the sheet's); a single sub-total is the sheet's total.
    const header = 'Theme,Reference,Question,Proxy Value,Answer,Pledged Social Value';
    const sections = [
      'Jobs,NT1,a,10,1,10',
      ',,Sub-total Jobs,,,10',
      'Social,NT2,b,5,1,5',
      ',,Subtotal (Social),,,5',
    ];
    const grand = parsePledgeSheet([header, ...sections, ',,Grand total,,,15'].join('\n'));
    expect(grand.statedTotal?.toString()).toBe('15');
    const none = parsePledgeSheet([header, ...sections].join('\n'));
    expect(none.statedTotal).toBeNull();
    expect(none.problems).toEqual([]);
    expect(none.summary).toBe(
      '2 measure rows after the header on line 1, no stated total; no problems.',
    );
    expect(
      reconcilePledgeSheet(none.rows, { statedTotal: none.statedTotal }).findings.map(
        (finding) => finding.code,
      ),
    ).toEqual(['no-stated-total']);
    const one = parsePledgeSheet([header, 'Jobs,NT1,a,10,1,10', 'Sub-total,,,,,10'].join('\n'));
    expect(one.statedTotal?.toString()).toBe('10');
    // A grand total before the sub-totals is still the sheet's total.
    const first = parsePledgeSheet([header, ',,Total,,,15', ...sections].join('\n'));
    expect(first.statedTotal?.toString()).toBe('15');
  });

  it('refuses two signs and spaces that do not group thousands, never guessing a figure', () => {
    const cells = ['(£-5)', '(£ +5)', '-£-5', '+£-5', '1 5', '12 34', '£ 1 5', '1\t5', '1 .5'];
    const sheet = parsePledgeSheet(
      `Reference,Answer\n${cells.map((cell, i) => `N${i},"${cell}"`).join('\n')}\n`,
    );
    expect(sheet.rows.map((row) => row.quantity)).toEqual(cells.map(() => null));
    expect(sheet.problems.map((problem) => [problem.code, problem.value])).toEqual(
      cells.map((cell) => ['not-a-number', cell]),
    );
    const spaced = parsePledgeSheet(
      'Reference,Answer\nA,"1 000"\nB,"£ 1 234 567.50"\nC,"- £ 5"\nD,"( £ 1,234 )"\nE," 12 "\n',
    );
    expect(spaced.rows.map((row) => row.quantity?.toString())).toEqual([
      '1000',
      '1234567.5',
      '-5',
      '-1234',
      '12',
    ]);
    // Read as written; the bracketed answer is said to be negative (accounting style).
    expect(spaced.problems.map((problem) => [problem.code, problem.line])).toEqual([
      ['accounting-negative', 5],
    ]);
  });

  it('reads back every cell a formula guard wrote', () => {
    const text = [
      'Reference,Question,Answer,Note',
      'NT1,\'=HYPERLINK("x"),1,\'@SUM(A1)',
      "NT2,''=two quotes,2,-5",
    ].join('\n');
    const sheet = parsePledgeSheet(text);
    expect(sheet.rows.map((row) => [row.question, row.tags.Note])).toEqual([
      ['=HYPERLINK("x")', '@SUM(A1)'],
      ["'=two quotes", '-5'],
    ]);
  });
});

describe('formatValuationCsv and formulas', () => {
  const framework = defineFramework({
    id: 'f',
    name: 'F',
    edition: '1',
    priceYear: 2021,
    themes: [{ id: 'jobs', name: '=Jobs' }],
    measures: [
      {
        code: '+NT1',
        theme: 'jobs',
        title: '-Local employees',
        unit: '@FTE',
        proxyValue: 30782,
        valueType: 'local-economic',
      },
    ],
  });
  const hostile = ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', "'=x"];

  it('neutralises every cell a spreadsheet would run, and reads them back unchanged', () => {
    const valuation = valuePledges(framework, [
      {
        measure: '+NT1',
        quantity: 1,
        tags: Object.fromEntries(hostile.map((text, i) => [`tag${i}`, text])),
        note: '=cmd|/C calc!A0',
      },
      { measure: '+NT1', quantity: 2, tags: { tag0: '-5', tag1: '1e3' } },
    ]);
    const csv = formatValuationCsv(valuation);
    const rows = Papa.parse<string[]>(csv).data;
    for (const row of rows) {
      for (const cell of row) {
        const number = /^[+-]?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell);
        if (!number) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    expect(rows[1]?.slice(0, 4)).toEqual(["'=Jobs", "'+NT1", "'-Local employees", "'@FTE"]);
    expect(rows[2]).toContain('-5');
    const sheet = parsePledgeSheet(csv);
    expect(sheet.rows[0]?.tags).toEqual({
      ...Object.fromEntries(hostile.map((text, i) => [`tag${i}`, text])),
      Note: '=cmd|/C calc!A0',
    });
    expect(sheet.rows[0]?.measure).toBe('+NT1');
    expect(sheet.rows[1]?.tags).toEqual({ tag0: '-5', tag1: '1e3' });
    const raw = formatValuationCsv(valuation, { neutraliseFormulas: false });
    expect(Papa.parse<string[]>(raw).data[1]?.slice(0, 2)).toEqual(['=Jobs', '+NT1']);
  });

  it('neutralises text that reads as a number (a reference +1), and leaves figures and tags as numbers', () => {
    const numeric = defineFramework({
      id: 'n',
      name: 'N',
      edition: '1',
      priceYear: 2021,
      themes: [{ id: 't', name: '-1' }],
      measures: [
        { code: '+1', theme: 't', title: '-2', unit: '+3', proxyValue: 5, valueType: 'social' },
      ],
    });
    const valuation = valuePledges(numeric, [
      {
        measure: '+1',
        quantity: 100,
        tags: { '-6': '-7' },
        note: '-8',
        attributionShare: '0.5',
        effect: 'disbenefit',
      },
    ]);
    // A disbenefit of 100 × £5 × 0.5 = £250, written negative.
    expect(formatValuationCsv(valuation).split('\r\n')).toEqual([
      "Theme,Reference,Question,Units,Proxy Value,Answer,Pledged Social Value,'-6,Attribution Share,Effect,Note",
      "'-1,'+1,'-2,'+3,5,100,-250,-7,0.5,disbenefit,'-8",
      ',,Total,,,,-250,,,,',
    ]);
    const row = parsePledgeSheet(formatValuationCsv(valuation)).rows[0];
    expect([row?.theme, row?.measure, row?.question, row?.unit, row?.tags]).toEqual([
      '-1',
      '+1',
      '-2',
      '+3',
      { '-6': '-7', Note: '-8' },
    ]);
  });

  it('writes a valuation read back from JSON, and names anything else', () => {
    const valuation = valuePledges(framework, [{ measure: '+NT1', quantity: 3 }]);
    const json = JSON.parse(JSON.stringify(valuation));
    expect(formatValuationCsv(json)).toBe(formatValuationCsv(valuation));
    const wrong = caught(() => formatValuationCsv(framework as never));
    expect(wrong.code).toBe('invalid-input');
    expect(wrong.issues[0]).toMatchObject({
      path: 'valuation',
      message:
        'expected a valuation (from valuePledges) or its JSON form, received an object of kind "framework"',
    });
    const option = caught(() =>
      formatValuationCsv(valuation, { neutraliseFormula: false } as never),
    );
    expect(option.issues[0]?.message).toBe('unknown key (did you mean "neutraliseFormulas"?)');
  });
});

describe('pledge sheet snapshots', () => {
  it('a sheet read back from JSON is the same sheet', () => {
    const sheet = parsePledgeSheet(readFileSync(join(root, 'examples/pledge-sheet.csv'), 'utf8'), {
      comments: '#',
    });
    const withProblems = parsePledgeSheet(
      'Reference,Answer,__proto__\nNT1,x,"open\nNT2,2,constructor\n,,stray\n',
    );
    for (const value of [sheet, withProblems]) {
      const back = csvSnapshots['pledge-sheet'](JSON.parse(JSON.stringify(value)), ['json']);
      expectSame(back, value);
      expect(JSON.stringify(back)).toBe(JSON.stringify(value));
      expectSame(reconcilePledgeSheet(back.rows), reconcilePledgeSheet(value.rows));
      expectSame(toPledges(back.rows), toPledges(value.rows));
    }
    expect(Object.keys(withProblems.rows[1]!.tags)).toEqual(['__proto__']);
  });
});
