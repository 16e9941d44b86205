import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { isSealed } from '../../src/core/brand.js';
import { hasVisible } from '../../src/core/schemas.js';
import {
  formatValuationCsv,
  parsePledgeSheet,
  parseSpendLedger,
  toFramework,
  toPledges,
} from '../../src/csv/index.js';
import {
  defineFramework,
  extendFramework,
  isSocialValueError,
  valuePledges,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { expectSame } from '../expect-same.js';
import { seedFramework } from '../toms/fixtures.js';
import { expectSane, frozenCopy, nothingFrozen, prototypeNames } from './sane.js';

// Adversarial inputs for every public function of social-value/csv: parsePledgeSheet,
// toFramework, toPledges, formatValuationCsv.

const meta = { id: 'sheet', name: 'Sheet', edition: '2021', priceYear: 2021 };

describe('parsePledgeSheet', () => {
  it('refuses what is not text and bad options at their paths', () => {
    for (const text of [null, undefined, 5, {}, ['Reference,Answer']]) {
      const error = caught(() => parsePledgeSheet(text as never));
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]?.path).toBe('text');
    }
    for (const delimiter of ['ab', '', '"', '\n', 5]) {
      const error = caught(() => parsePledgeSheet('Reference,Answer\nA,1', { delimiter } as never));
      expect(error.issues[0]?.path).toBe('options.delimiter');
    }
    const column = caught(() =>
      parsePledgeSheet('Reference,Answer\nA,1', { columns: { quantty: 'Answer' } } as never),
    );
    expect(column.issues[0]).toMatchObject({
      path: 'options.columns.quantty',
      message: 'unknown key (did you mean "quantity"?)',
    });
    const option = caught(() =>
      parsePledgeSheet('Reference,Answer\nA,1', { comment: '#' } as never),
    );
    expect(option.issues[0]?.message).toBe('unknown key (did you mean "comments"?)');
  });

  it('reports numbers outside the domain and keeps every row', () => {
    const sheet = parsePledgeSheet(
      'Reference,Answer,Proxy Value\nA,1e9000000000000001,1\nB,0.00000000000000000000000000000000000000001,1\nC,999999999999999.9,1\n',
    );
    expect(sheet.rows.map((row) => row.quantity?.toString() ?? null)).toEqual([
      null,
      null,
      '999999999999999.9',
    ]);
    expect(sheet.problems.map((problem) => [problem.code, problem.line])).toEqual([
      ['out-of-range', 2],
      ['out-of-range', 3],
    ]);
    expect(sheet.problems[0]?.message).toBe(
      'Line 2, column "Answer": "1e9000000000000001" is outside the numeric domain (below 1e15, at most 40 decimal places); it is left blank.',
    );
    expectSane(sheet);
  });

  it('counts lines in files with CR, LF or CRLF line ends', () => {
    for (const newline of ['\r', '\n', '\r\n']) {
      const sheet = parsePledgeSheet(['Reference,Answer', 'A,1', 'B,"x', 'C,3', ''].join(newline));
      expect(sheet.rows.map((row) => [row.measure, row.line])).toEqual([
        ['A', 2],
        ['B', 3],
        ['C', 4],
      ]);
      expect(sheet.problems.map((problem) => [problem.code, problem.line])).toEqual([
        ['unbalanced-quote', 3],
        ['not-a-number', 3],
      ]);
    }
  });

  it('keeps prototype-named and repeated headers as tags', () => {
    const sheet = parsePledgeSheet(
      'Reference,Answer,__proto__,constructor,Note,Note\nA,1,x,y,first,second\n',
    );
    const tags = sheet.rows[0]!.tags;
    expect(Object.getPrototypeOf(tags)).toBeNull();
    expect(Object.entries(tags)).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
      ['Note', 'first'],
      ['Note (column 6)', 'second'],
    ]);
    expect(sheet.tagColumns).toEqual(['__proto__', 'constructor', 'Note', 'Note (column 6)']);
    expect(isSealed(sheet, 'pledge-sheet')).toBe(true);
  });

  it('reads hostile cells as written: apostrophes, BOMs, NUL, lone surrogates, 10,000 columns', () => {
    const sheet = parsePledgeSheet(
      [
        'Reference,Answer,Note',
        "A,1,'",
        "B,2,'''=x",
        'C,3,a\uFEFFb',
        '\uFEFFD,4,x',
        'E\0,5,a\0b',
        'F,6,\uD800x\uDC00',
      ].join('\n'),
    );
    // One apostrophe comes off before a formula character, none elsewhere; a BOM inside a cell
    // is kept, one starting a cell is space (trimmed, as around every cell); NUL and lone
    // surrogates are kept as written.
    expect(sheet.rows.map((row) => [row.measure, row.quantity?.toString(), row.tags.Note])).toEqual(
      [
        ['A', '1', "'"],
        ['B', '2', "''=x"],
        ['C', '3', 'a\uFEFFb'],
        ['D', '4', 'x'],
        ['E\0', '5', 'a\0b'],
        ['F', '6', '\uD800x\uDC00'],
      ],
    );
    expect(sheet.problems).toEqual([]);
    const columns = Array.from({ length: 10_000 }, (_, i) => `c${i}`);
    const wide = parsePledgeSheet(
      `Reference,Answer,${columns.join(',')}\nA,1,${columns.map((_, i) => (i === 9_999 ? '=last' : `'=${i}`)).join(',')}`,
    );
    expect(wide.tagColumns).toHaveLength(10_000);
    expect([wide.rows[0]?.tags.c0, wide.rows[0]?.tags.c9998, wide.rows[0]?.tags.c9999]).toEqual([
      '=0',
      '=9998',
      '=last',
    ]);
  });

  it('never throws anything but the library error, and returns sane sheets', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '"',
        '""',
        '"a',
        'a"b',
        '£ -',
        '(0)',
        '(-5)',
        '1e400',
        '=cmd',
        '\uFEFF',
        '\r',
      ),
    );
    const text = fc
      .array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 })
      .map((rows) => ['Reference,Answer,Note', ...rows.map((row) => row.join(','))].join('\n'));
    let results = 0;
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (input) => {
        // A cell reading "NaN" or "undefined" is echoed as the user wrote it (a measure code, a
        // tag): expectSane looks for such words the library itself wrote.
        fc.pre(!/NaN|Infinity|undefined|\[object Object\]/.test(input));
        try {
          const sheet = parsePledgeSheet(input);
          expectSane(sheet);
          results += 1;
          for (const row of sheet.rows) expect(row.measure).not.toBe('');
        } catch (error) {
          expect(isSocialValueError(error)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    // Not vacuous: a sheet was read in 137 to 158 runs of 300 (seeds 1 to 10).
    expect(results).toBeGreaterThanOrEqual(30);
  });
});

describe('a delimiter option', () => {
  it('is one character: one problem for each wrong value, in both readers', () => {
    const cases: [unknown, string][] = [
      [[], 'expected text, received []'],
      [5, 'expected text, received 5'],
      ['ab', 'expected text of exactly 1 character, received "ab"'],
      ['', 'expected text of exactly 1 character, received ""'],
    ];
    for (const read of [parsePledgeSheet, parseSpendLedger]) {
      for (const [delimiter, message] of cases) {
        const error = caught(() => read('a,b\n1,2', { delimiter } as never));
        expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
          ['options.delimiter', message],
        ]);
      }
    }
  });
});

describe('toFramework and toPledges', () => {
  it('refuse rows and meta that are not valid, at their paths', () => {
    for (const rows of [null, {}, 'rows', [null], [{}]]) {
      expect(caught(() => toFramework(rows as never, meta)).issues[0]?.path).toMatch(/^rows/);
      expect(caught(() => toPledges(rows as never)).issues[0]?.path).toMatch(/^rows/);
    }
    const key = caught(() => toFramework([], { ...meta, valuetypes: {} } as never));
    expect(key.issues[0]).toMatchObject({
      path: 'meta.valuetypes',
      message: 'unknown key (did you mean "valueTypes"?)',
    });
    const code = caught(() =>
      toFramework([{ measure: 'NT18', proxyValue: '1' }], {
        ...meta,
        valueTypes: { NT81: 'social' },
      }),
    );
    expect(code.issues[0]).toMatchObject({
      path: 'meta.valueTypes.NT81',
      message: 'no row has measure "NT81" (did you mean "NT18"?)',
    });
    const type = caught(() =>
      toFramework([{ measure: 'NT18', proxyValue: '1' }], {
        ...meta,
        valueTypes: { NT18: 'sociall' as never },
      }),
    );
    expect(type.issues[0]?.path).toBe('meta.valueTypes.NT18');
    expect(type.issues[0]?.message).toContain('(did you mean "social"?)');
  });

  it('list every code no row has, with the close codes of the first 20 and case slips after', () => {
    // 300 rows and 300 misspelt codes: each compared with every row would be 90,000 edit
    // distances (100,000 of each took 22 s); the first 20 are, later ones find only case slips.
    const rows = Array.from({ length: 300 }, (_, index) => ({
      measure: `NT${index}X`,
      proxyValue: '1',
    }));
    // 98 slips and `nt299x`: 99 issues, within the 100 an error keeps.
    const slips = rows.slice(0, 98).map((row) => row.measure.replace('NT', 'TN'));
    const valueTypes = Object.fromEntries([...slips, 'nt299x'].map((code) => [code, 'social']));
    const error = caught(() => toFramework(rows, { ...meta, valueTypes } as never));
    expect(error.issues.map((issue) => issue.path)).toEqual(
      [...slips, 'nt299x'].map((code) => `meta.valueTypes.${code}`),
    );
    const hints = error.issues.map((issue) => /did you mean "([^"]+)"/.exec(issue.message)?.[1]);
    expect(hints).toEqual([
      ...rows.slice(0, 20).map((row) => row.measure),
      ...slips.slice(20).map(() => undefined),
      'NT299X',
    ]);
  });

  it('take prototype-named codes as ordinary ones and leave their input alone', () => {
    const rows = prototypeNames.map((measure, index) => ({
      theme: `${measure}: theme`,
      measure,
      proxyValue: String(index),
      quantity: 1,
      tags: JSON.parse(`{${JSON.stringify(measure)}: "t"}`),
    }));
    const valueTypes = JSON.parse('{"__proto__": "environmental", "constructor": "social"}');
    const framework = toFramework(rows, { ...meta, valueTypes });
    expect(framework.measures.map((m) => [m.code, m.valueType])).toEqual([
      ['__proto__', 'environmental'],
      ['constructor', 'social'],
      ['toString', 'social'],
      ['hasOwnProperty', 'social'],
      ['valueOf', 'social'],
      ['__defineGetter__', 'social'],
    ]);
    const pledges = toPledges(rows);
    expect(pledges.map((pledge) => Object.keys(pledge.tags!))).toEqual(
      prototypeNames.map((name) => [name]),
    );
    const valuation = valuePledges(framework, pledges);
    // Proxies 0 to 5, one each: 15.
    expect(valuation.total.toString()).toBe('15');
    expect(nothingFrozen(rows)).toBe(true);
    expect(nothingFrozen(valueTypes)).toBe(true);
    expectSame(toFramework(frozenCopy(rows), { ...meta, valueTypes }), framework);
  });

  it('read rows of a stored sheet', () => {
    const sheet = parsePledgeSheet('Theme,Reference,Proxy Value,Answer\nJobs,NT1,30782,24\n');
    const stored = JSON.parse(JSON.stringify(sheet.rows));
    expectSame(toPledges(stored), toPledges(sheet.rows));
    expectSame(toFramework(stored, meta), toFramework(sheet.rows, meta));
  });
});

describe('formatValuationCsv', () => {
  const valuation = valuePledges(seedFramework, [{ measure: 'NT1', quantity: 2, note: '@x' }]);

  it('names anything that is not a valuation, and bad options', () => {
    for (const value of [null, undefined, {}, [], 'csv', seedFramework]) {
      const error = caught(() => formatValuationCsv(value as never));
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]?.path).toBe('valuation');
    }
    const tampered = JSON.parse(JSON.stringify(valuation));
    tampered.lines[0].value = 'x';
    expect(caught(() => formatValuationCsv(tampered)).issues[0]?.path).toBe(
      'valuation.lines[0].value',
    );
    const old = JSON.parse(JSON.stringify(valuation));
    old.lines[0].attribution = old.lines[0].attributionShare;
    delete old.lines[0].attributionShare;
    const renamed = caught(() => formatValuationCsv(old));
    expect(renamed.issues.map((issue) => [issue.path, issue.message])).toContainEqual([
      'valuation.lines[0].attribution',
      'unknown key (renamed in 0.2: did you mean "attributionShare"?)',
    ]);
    const framework = caught(() => formatValuationCsv(valuation, { framework: {} as never }));
    expect(framework.issues[0]?.path).toBe('options.framework');
    for (const delimiter of ['|', '', 5]) {
      const error = caught(() => formatValuationCsv(valuation, { delimiter: delimiter as never }));
      expect(error.issues[0]?.path).toBe('options.delimiter');
    }
    const flag = caught(() => formatValuationCsv(valuation, { neutraliseFormulas: 'no' } as never));
    expect(flag.issues[0]?.path).toBe('options.neutraliseFormulas');
  });

  it('refuses a framework other than the one valued with (its theme names would be written)', () => {
    const other = extendFramework(seedFramework, { id: 'local', name: 'Local' });
    const error = caught(() => formatValuationCsv(valuation, { framework: other }));
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'options.framework',
        `expected the framework the valuation was valued with (${seedFramework.id} ${seedFramework.edition}), received local ${seedFramework.edition}`,
      ],
    ]);
    // The framework valued with, or its JSON form: accepted.
    const json = JSON.parse(JSON.stringify(seedFramework));
    expect(formatValuationCsv(valuation, { framework: json })).toBe(
      formatValuationCsv(valuation, { framework: seedFramework }),
    );
  });

  it('writes the same text for a valuation, its JSON form and a frozen copy of it', () => {
    const json = JSON.parse(JSON.stringify(valuation));
    expect(formatValuationCsv(json)).toBe(formatValuationCsv(valuation));
    expect(formatValuationCsv(frozenCopy(json))).toBe(formatValuationCsv(valuation));
    expect(nothingFrozen(json)).toBe(true);
  });

  it('never writes a cell a spreadsheet would run, and reads every tag back', () => {
    const framework = defineFramework({
      id: 'f',
      name: 'F',
      edition: '1',
      priceYear: 2021,
      themes: [{ id: 't', name: 'T' }],
      measures: [
        { code: 'M', theme: 't', title: 'M', unit: 'u', proxyValue: 1, valueType: 'social' },
      ],
    });
    const value = fc
      .oneof(
        fc.string(),
        fc.constantFrom(
          '=1+1',
          '+1',
          '-1',
          '@A1',
          '-£12.50',
          "'=x",
          '-',
          '=',
          '1e3',
          '\0x',
          '\uFF1D1',
          '\uFF0D1',
          "'\uFF20x",
        ),
      )
      // A tag value needs a character one can see (valuePledges refuses '', ' ' and '\u0001').
      .filter((text) => hasVisible(text) && text === text.trim());
    const tags = fc.dictionary(fc.constantFrom('A', 'B', ...prototypeNames), value, { maxKeys: 4 });
    fc.assert(
      fc.property(fc.array(tags, { minLength: 1, maxLength: 5 }), (tagSets) => {
        const csv = formatValuationCsv(
          valuePledges(
            framework,
            tagSets.map((set) => ({ measure: 'M', quantity: 1, tags: set })),
          ),
        );
        for (const row of Papa.parse<string[]>(csv).data) {
          for (const cell of row) {
            const number =
              /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cell) || /^-?£[\d,.]+$/.test(cell);
            if (!number) expect(cell).not.toMatch(/^[=+\-@\t\r\n\0\uFF1D\uFF0B\uFF0D\uFF20]/);
          }
        }
        const sheet = parsePledgeSheet(csv);
        expect(sheet.rows.map((row) => ({ ...row.tags }))).toEqual(
          tagSets.map((set) => ({ ...set })),
        );
      }),
      { numRuns: 200 },
    );
  });
});
