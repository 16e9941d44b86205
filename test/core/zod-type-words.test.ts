import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { barChart } from '../../src/charts/index.js';
import { anySchema } from '../../src/core/any-schema.js';
import { minLength } from '../../src/core/min-length.js';
import { strictObject, textSchema } from '../../src/core/schemas.js';
import { withChecks } from '../../src/core/with-checks.js';
import { listSchema } from '../../src/core/wrapper-schema.js';
import { parseInput } from '../../src/core/zod-error.js';
import {
  formatValuationCsv,
  parsePledgeSheet,
  parseSpendLedger,
  streamPledgeSheet,
} from '../../src/csv/index.js';
import { defineFramework, valuePledges } from '../../src/index.js';
import { toRows } from '../../src/sql/index.js';
import { caught } from '../errors.js';

// Issues of the library's own schemas are worded by `parseInput` alone; those of zod's own types
// (enums, lengths, bounds) by `zodTypeWords`, which only the areas that still use zod's types pass
// (so that no other bundle carries it).

const problems = (run: () => unknown) =>
  caught(run).issues.map((issue) => [issue.path, issue.message]);

describe("the library's own schemas", () => {
  it('are worded without the words of zod types', () => {
    const shape = strictObject({
      a: anySchema,
      list: withChecks(listSchema(textSchema), minLength(2)),
    });
    expect(problems(() => parseInput(shape, { list: ['x'], zzz: 1 }, 'x', ['x']))).toEqual([
      ['x.a', 'missing: expected a value'],
      ['x.list', 'expected at least 2 entries, received ["x"]'],
      ['x.zzz', 'unknown key (did you mean "a"?)'], // the one missing key
    ]);
    expect(problems(() => parseInput(shape, { a: 1, list: 'x' }, 'x', ['x']))).toEqual([
      ['x.list', 'expected a list, received "x"'],
    ]);
    expect(problems(() => parseInput(shape, 1, 'x', ['x']))).toEqual([
      ['x', 'expected an object (keys a, list), received 1'],
    ]);
  });

  it("leave zod's types to zodTypeWords: without it, named as zod names them", () => {
    expect(problems(() => parseInput(z.enum(['a', 'b']), 'c', 'x', ['x']))).toEqual([
      ['x', 'not valid, received "c"'],
    ]);
    expect(problems(() => parseInput(z.string(), 7, 'x', ['x']))).toEqual([
      ['x', 'expected string, received 7'],
    ]);
  });
});

describe('the areas that parse with zod types', () => {
  const framework = defineFramework({
    id: 'f',
    name: 'F',
    edition: '1',
    priceYear: 2026,
    themes: [{ id: 'jobs', name: 'Jobs' }],
    measures: [
      { code: 'NT1', theme: 'jobs', title: 't', unit: 'u', proxyValue: '10', valueType: 'social' },
    ],
  });
  const valuation = valuePledges(framework, [{ measure: 'NT1', quantity: 2 }]);

  it('word their enums, lengths and bounds in full', () => {
    expect(problems(() => formatValuationCsv(valuation, { money: 'gpb' as never }))).toEqual([
      ['options.money', 'expected one of "exact", "gbp", received "gpb" (did you mean "gbp"?)'],
    ]);
    expect(problems(() => parsePledgeSheet('a', { delimiter: ',,' }))).toEqual([
      ['options.delimiter', 'expected text of exactly 1 character, received ",,"'],
    ]);
    expect(problems(() => streamPledgeSheet(['a'], { batchSize: 0 }))).toEqual([
      ['options.batchSize', 'expected a number at least 1, received 0'],
    ]);
    expect(problems(() => parseSpendLedger('a', { delimiter: '' }))).toEqual([
      ['options.delimiter', 'expected text of exactly 1 character, received ""'],
    ]);
    expect(problems(() => toRows(valuation, { labels: 'yes' as never }))).toEqual([
      ['options.labels', 'expected true or false, received "yes"'],
    ]);
    expect(problems(() => barChart({ title: 'T', bars: [], width: 2001 }))).toEqual([
      ['chart.width', 'expected a number at most 2000, received 2001'],
    ]);
  });

  it('are the only modules that bring in zod types', () => {
    const src = join(import.meta.dirname, '../../src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .filter((file) =>
        /^import \* as z from 'zod\/mini';$/m.test(readFileSync(join(src, file), 'utf8')),
      )
      .map((file) => relative(src, join(src, file)).replaceAll('\\', '/'))
      .sort();
    // A new one: pass `zodTypeWords` to the parse that reads its schema, then add it here.
    expect(files).toEqual([
      'charts/schemas.ts',
      'csv/format-valuation-csv.ts',
      'csv/parse-spend-ledger.ts',
      'csv/schemas.ts',
      'sql/to-rows.ts',
    ]);
  });
});
