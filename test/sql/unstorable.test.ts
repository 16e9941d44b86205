import { describe, expect, it } from 'vitest';
import {
  defineFramework,
  isSocialValueError,
  trackDelivery,
  valuePledges,
} from '../../src/index.js';
import { toRows } from '../../src/sql/index.js';
import { KEY_COLUMNS } from '../../src/sql/index-key.js';
import { DATE_COLUMNS } from '../../src/sql/storable.js';
import { columnTypes, databaseWithSchema, insertRows } from './postgres.js';
import { keys, results } from './results.js';

// What the library accepts but PostgreSQL cannot store: a NUL (U+0000) in TEXT or JSONB, a lone
// surrogate in JSONB (node-postgres would send one in TEXT as U+FFFD, another text), a whole
// number beyond INTEGER (2,147,483,647 = 2^31 - 1). Each is shown failing in PostgreSQL itself,
// then refused by toRows with a SocialValueError at the cell, before any statement runs.

const database = databaseWithSchema();

function frameworkWith(measure: Record<string, unknown>, id = 'f') {
  return defineFramework({
    id,
    name: 'F',
    edition: '1',
    priceYear: 2024,
    themes: [{ id: 'jobs', name: 'Jobs' }],
    measures: [
      {
        code: 'NT1',
        theme: 'jobs',
        title: 'Local jobs',
        unit: 'FTE',
        proxyValue: '100',
        valueType: 'social',
        ...measure,
      },
    ],
  });
}

function refusal(run: () => unknown): { code: string; message: string; path: string } {
  try {
    run();
  } catch (error) {
    if (!isSocialValueError(error)) throw error;
    return { code: error.code, message: error.message, path: error.issues[0]?.path ?? '' };
  }
  throw new Error('not refused');
}

describe('PostgreSQL cannot store it, so toRows refuses it at the cell', () => {
  it('a NUL in a TEXT column', async () => {
    await expect(
      database.client.query('SELECT $1::text AS t', ['Local\u0000jobs']),
    ).rejects.toThrow(/invalid byte sequence for encoding "UTF8": 0x00/);
    const framework = frameworkWith({ title: 'Local\u0000jobs' });
    expect(refusal(() => toRows(framework))).toEqual({
      code: 'invalid-input',
      path: 'tables.framework_measures.rows[0].title',
      message:
        'Cannot store the framework_measures row in PostgreSQL: 1 problem.\n  - tables.framework_measures.rows[0].title: holds the NUL character (U+0000), which PostgreSQL cannot store in TEXT or JSONB: remove or replace it before storing; received "Local\\u0000jobs"',
    });
  });

  it('a lone surrogate in a JSONB column (a tag value)', async () => {
    await expect(
      database.client.query('SELECT $1::jsonb AS j', [JSON.stringify({ ward: 'North\ud800' })]),
    ).rejects.toThrow(/invalid input syntax for type json/);
    const framework = frameworkWith({});
    const valuation = valuePledges(framework, [
      { measure: 'NT1', quantity: 2, tags: { ward: 'North\ud800' } },
    ]);
    const refused = refusal(() => toRows(valuation, { keys: { valuation: 'v' } }));
    expect(refused.code).toBe('invalid-input');
    expect(refused.path).toBe('tables.valuation_lines.rows[0].tags');
    expect(refused.message).toContain(
      'holds a lone surrogate (U+D800), half of a character, which PostgreSQL cannot store',
    );
  });

  it('a lone surrogate in a TEXT column, which node-postgres would change to U+FFFD', async () => {
    const read = await database.client.query('SELECT $1::text AS t', ['North\udc00']);
    expect(read.rows[0].t).toBe('North\ufffd');
    const refused = refusal(() => toRows(frameworkWith({ unit: 'FTE\udc00' })));
    expect(refused.path).toBe('tables.framework_measures.rows[0].unit');
    expect(refused.message).toContain('a lone surrogate (U+DC00)');
  });

  it('a key of options.keys with a NUL, named at the key rather than at a row', () => {
    const refused = refusal(() =>
      toRows(results.valuation, { keys: { contract: 'C-1', valuation: 'v\u0000' } }),
    );
    expect(refused).toEqual({
      code: 'invalid-input',
      path: 'options.keys.valuation',
      message:
        'Invalid options: 1 problem.\n  - options.keys.valuation: holds the NUL character (U+0000), which PostgreSQL cannot store in TEXT or JSONB: a key is stored in every row of the result; received "v\\u0000"',
    });
  });

  it('a long text: shown about the character, whose place is given, never cut within a pair', () => {
    // 50 emoji (100 code units), x, a NUL at 101, 100 b: the 60 code units about it would start
    // at 71, the second half of an emoji, so they start at 70 (15 emoji, x, the NUL, 29 b).
    const title = `${'\u{1f600}'.repeat(50)}x\u0000${'b'.repeat(100)}`;
    const message = refusal(() => toRows(frameworkWith({ title }))).message;
    expect(message.slice(message.indexOf('received'))).toBe(
      `received "${'\u{1f600}'.repeat(15)}x\\u0000${'b'.repeat(29)}" (characters 71 to 131 of 202)`,
    );
    // Up to 80 code units, whole. Its JSON was cut after 77, in the emoji after 75 a: the message
    // held a lone surrogate, text PostgreSQL cannot store, and not the NUL it is about.
    const after = refusal(() =>
      toRows(frameworkWith({ title: `${'a'.repeat(75)}\u{1f600}\u0000` })),
    ).message;
    expect(after.slice(after.indexOf('received'))).toBe(
      `received "${'a'.repeat(75)}\u{1f600}\\u0000"`,
    );
    const key = refusal(() =>
      toRows(results.valuation, { keys: { contract: `${'k'.repeat(300)}\ud800` } }),
    );
    expect(key.message.slice(key.message.indexOf('received'))).toBe(
      `received "${'k'.repeat(30)}\\ud800" (characters 271 to 301 of 301)`,
    );
  });

  it('a whole number beyond INTEGER (max_years_per_person of 3,000,000,000)', async () => {
    await expect(database.client.query('SELECT $1::integer AS i', [3_000_000_000])).rejects.toThrow(
      /out of range for type integer/,
    );
    const refused = refusal(() => toRows(frameworkWith({ maxYearsPerPerson: 3_000_000_000 })));
    expect(refused).toEqual({
      code: 'out-of-range',
      path: 'tables.framework_measures.rows[0].max_years_per_person',
      message:
        "Cannot store the framework_measures row in PostgreSQL: 1 problem.\n  - tables.framework_measures.rows[0].max_years_per_person: expected a whole number PostgreSQL's INTEGER holds (-2147483648 to 2147483647), received 3000000000",
    });
  });

  it('a date in year 0000: the financial year of a report dated before April of year 1', async () => {
    await expect(database.client.query('SELECT $1::date AS d', ['0000-04-01'])).rejects.toThrow(
      /date\/time field value out of range/,
    );
    const report = trackDelivery(
      valuePledges(frameworkWith({}, 'year-one'), [{ measure: 'NT1', quantity: 1 }]),
      [{ measure: 'NT1', date: '0001-01-01', quantity: 1 }],
      { asOf: '0001-01-01' },
    );
    // Financial years start in April: the one holding 1 January 0001 starts on 1 April 0000.
    expect(report.byFinancialYear[0]?.start).toBe('0000-04-01');
    expect(refusal(() => toRows(report, { keys: { report: 'r' } }))).toEqual({
      code: 'out-of-range',
      path: 'tables.delivery_financial_years.rows[0].start_date',
      message:
        'Cannot store the delivery_financial_years row in PostgreSQL: 1 problem.\n  - tables.delivery_financial_years.rows[0].start_date: expected a date PostgreSQL\'s DATE holds as YYYY-MM-DD (from year 0001), received "0000-04-01"',
    });
    // Calendar years (a financial year starting in January) store.
    const calendar = trackDelivery(
      valuePledges(frameworkWith({}, 'year-one'), [{ measure: 'NT1', quantity: 1 }]),
      [{ measure: 'NT1', date: '0001-01-01', quantity: 1 }],
      { asOf: '0001-01-01', financialYearStartMonth: 1 },
    );
    await insertRows(database.client, toRows(calendar, { keys: { report: 'year-one' } }));
    const read = await database.client.query(
      "SELECT start_date::text FROM delivery_financial_years WHERE report_id = 'year-one'",
    );
    expect(read.rows).toEqual([{ start_date: '0001-01-01' }]);
  });

  it('stores a date in year 10000: the end of the financial year of a report dated in 9999', async () => {
    const report = trackDelivery(
      valuePledges(frameworkWith({}, 'year-9999'), [{ measure: 'NT1', quantity: 1 }]),
      [{ measure: 'NT1', date: '9999-12-31', quantity: 1 }],
      { asOf: '9999-12-31' },
    );
    // The financial year holding 31 December 9999 runs from 1 April 9999 to 31 March 10000.
    expect(report.byFinancialYear.at(-1)?.end).toBe('10000-03-31');
    await insertRows(database.client, toRows(report, { keys: { report: 'year-9999' } }));
    const read = await database.client.query(
      "SELECT year, end_date::text FROM delivery_financial_years WHERE report_id = 'year-9999'",
    );
    expect(read.rows).toEqual([{ year: '9999/00', end_date: '10000-03-31' }]);
  });

  it('checks the date of every DATE column toRows writes', async () => {
    const types = await columnTypes(database.client);
    const written = new Set<string>();
    for (const result of Object.values(results)) {
      for (const { table, columns } of Object.values(toRows(result).tables)) {
        for (const column of columns) {
          if (types.get(table)?.get(column)?.type === 'date') written.add(column);
        }
      }
    }
    expect([...written].sort()).toEqual([...DATE_COLUMNS].sort());
  });

  it('stores what it can: a whole character beyond U+FFFF, 2^31 - 1 years', async () => {
    // 😀 is U+1F600, the surrogate pair D83D DE00: one character, not a lone surrogate.
    const framework = frameworkWith(
      { title: 'Jobs 😀', maxYearsPerPerson: 2_147_483_647 },
      'whole',
    );
    await insertRows(database.client, toRows(framework));
    const read = await database.client.query(
      "SELECT title, max_years_per_person FROM framework_measures WHERE framework_id = 'whole'",
    );
    expect(read.rows).toEqual([{ title: 'Jobs 😀', max_years_per_person: 2_147_483_647 }]);
  });

  it('writes JS numbers only to INTEGER columns, so the INTEGER check covers every one', async () => {
    const types = await columnTypes(database.client);
    const numberColumns = new Set<string>();
    for (const result of Object.values(results)) {
      for (const { table, rows } of Object.values(toRows(result, { keys }).tables)) {
        for (const row of rows) {
          for (const [column, cell] of Object.entries(row)) {
            if (typeof cell === 'number') numberColumns.add(`${table}.${column}`);
          }
        }
      }
    }
    expect(numberColumns.size).toBeGreaterThan(50);
    for (const column of numberColumns) {
      const [table, name] = column.split('.') as [string, string];
      expect([column, types.get(table)?.get(name)?.type]).toEqual([column, 'integer']);
    }
  });
});

/**
 * Text that does not compress (PostgreSQL compresses a long index key that repeats itself): `n`
 * characters of `width` bytes each in UTF-8, code points drawn by a fixed xorshift sequence from
 * the whole range of that width (letters and digits for 1 byte; surrogates left out).
 */
function incompressible(n: number, width: 1 | 2 | 3 | 4 = 1): string {
  const latin = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const [low, high] = (
    [
      [0, 0],
      [0x80, 0x7ff],
      [0x800, 0xd7ff],
      [0x10000, 0x10ffff],
    ] as const
  )[width - 1]!;
  let state = 2_463_534_242;
  let text = '';
  for (let i = 0; i < n; i += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const draw = state >>> 0;
    text +=
      width === 1
        ? latin[draw % latin.length]
        : String.fromCodePoint(low + (draw % (high - low + 1)));
  }
  return text;
}

describe("PostgreSQL's B-tree index holds 2,704 bytes an entry, so toRows refuses a longer key", () => {
  it('refuses exactly the framework ids PostgreSQL refuses, counting bytes in UTF-8', async () => {
    // The rows of a framework whose id is `id`: those of id 'f', the id put in.
    const base = toRows(frameworkWith({}, 'f'));
    const rowsWith = (id: string) => ({
      ...base,
      tables: Object.fromEntries(
        Object.entries(base.tables).map(([name, table]) => [
          name,
          { ...table, rows: table.rows.map((row) => ({ ...row, framework_id: id })) },
        ]),
      ),
    });
    const postgresRefuses = async (id: string) => {
      await database.client.query('BEGIN');
      try {
        await insertRows(database.client, rowsWith(id) as never);
        return false;
      } catch (error) {
        expect(String(error)).toMatch(/index row size \d+ exceeds btree version 4 maximum 2704/);
        return true;
      } finally {
        await database.client.query('ROLLBACK');
      }
    };
    const verdicts: [number, boolean][] = [];
    // framework_themes' key (framework_id, edition '1', theme_id 'jobs') is the largest: an 8-byte
    // header, a 4-byte length and the id, 2 and 5 bytes, in 8s: ids up to 2,685 bytes fit.
    for (const width of [1, 2, 3, 4] as const) {
      for (let bytes = 2676; bytes <= 2696; bytes += 1) {
        if (bytes % width !== 0) continue;
        const id = incompressible(bytes / width, width);
        const refused = (() => {
          try {
            toRows(frameworkWith({}, id));
            return false;
          } catch (error) {
            if (!isSocialValueError(error)) throw error;
            return true;
          }
        })();
        expect([bytes, refused]).toEqual([bytes, await postgresRefuses(id)]);
        verdicts.push([bytes, refused]);
      }
    }
    // Refused from 2,686 bytes, in each width.
    expect(verdicts.filter(([, refused]) => refused).map(([bytes]) => bytes)).toEqual([
      2686, 2687, 2688, 2689, 2690, 2691, 2692, 2693, 2694, 2695, 2696, 2686, 2688, 2690, 2692,
      2694, 2696, 2688, 2691, 2694, 2688, 2692, 2696,
    ]);
  });

  it('names the longest text of the key, the limit, the entry and the bytes in UTF-8', () => {
    const id = incompressible(1400, 2);
    expect(refusal(() => toRows(frameworkWith({}, id)))).toEqual({
      code: 'invalid-input',
      path: 'tables.frameworks.rows[0].framework_id',
      message: `Cannot store the frameworks row in PostgreSQL: 1 problem.\n  - tables.frameworks.rows[0].framework_id: expected a key PostgreSQL's B-tree index holds (at most 2,704 bytes an entry; this row's, of framework_id, edition, would be 2,816), received 2,800 bytes in UTF-8: ${JSON.stringify(id.slice(0, 30))} (characters 1 to 30 of 1400)`,
    });
    // A tag value is the key of a valuation's totals by tag: (valuation_id, breakdown, tag, key).
    const framework = frameworkWith({});
    const valuation = valuePledges(framework, [
      { measure: 'NT1', quantity: 1, tags: { ward: incompressible(2700) } },
    ]);
    const tag = refusal(() => toRows(valuation, { keys: { valuation: 'v-1' } }));
    expect(tag.path).toMatch(/^tables\.valuation_totals\.rows\[\d+\]\.key$/);
    expect(tag.message).toContain(
      "expected a key PostgreSQL's B-tree index holds (at most 2,704 bytes an entry; this row's, of valuation_id, breakdown, tag, key, would be 2,728), received 2,700 bytes in UTF-8",
    );
    // A long text that is no key is stored as it is.
    expect(
      toRows(frameworkWith({ title: incompressible(3000) })).tables.framework_measures.rows,
    ).toHaveLength(1);
  });

  it('refuses a key of options.keys over 2,692 bytes at the key, the contract key aside', () => {
    const refused = refusal(() =>
      toRows(results.valuation, { keys: { valuation: 'é'.repeat(1347) } }),
    );
    expect(refused).toEqual({
      code: 'invalid-input',
      path: 'options.keys.valuation',
      message: `Invalid options: 1 problem.\n  - options.keys.valuation: expected at most 2,692 bytes in UTF-8: the key is in the primary key of every table of the result, and PostgreSQL's B-tree index holds 2,704 bytes an entry; received 2,694 bytes: "${'é'.repeat(30)}" (characters 1 to 30 of 1347)`,
    });
    // 1,346 é (2,692 bytes) is a key of its own, but not beside a line index.
    expect(
      refusal(() => toRows(results.valuation, { keys: { valuation: 'é'.repeat(1346) } })).path,
    ).toBe('tables.valuation_lines.rows[0].valuation_id');
    // The contract's key is no primary key: stored as it is.
    const contract = incompressible(3000);
    expect(
      toRows(results.valuation, { keys: { contract, valuation: 'v' } }).tables.valuations.rows[0]
        ?.contract_id,
    ).toBe(contract);
  });

  it('lists the primary key of every table toRows writes, as the reference schema has it', async () => {
    const { rows } = await database.client.query<{ table_name: string; columns: string[] }>(
      `SELECT c.relname AS table_name,
              array_agg(a.attname::text ORDER BY k.ord) AS columns
         FROM pg_index i
         JOIN pg_class c ON c.oid = i.indrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
         CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
        WHERE i.indisprimary
        GROUP BY c.relname`,
    );
    const written = new Set<string>();
    for (const result of Object.values(results)) {
      for (const table of Object.keys(toRows(result).tables)) written.add(table);
    }
    const keys = Object.fromEntries(
      rows.filter((row) => written.has(row.table_name)).map((row) => [row.table_name, row.columns]),
    );
    expect(Object.keys(keys).sort()).toEqual([...written].sort());
    expect(keys).toEqual(KEY_COLUMNS);
  });
});
