import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trackDelivery, valuePledges } from '../../src/index.js';
import { type Rows, toRows } from '../../src/sql/index.js';
import { insertRows, schemaSql, startDatabase, type TestDatabase } from './postgres.js';
import { evaluation, medianEvaluation, portfolio, report } from './results.js';
import { framework } from './three-measures.js';

// docs/storage.md, "Upgrading a database made with an earlier schema": a database made with the
// schema as shipped before (test/sql/previous-schema.sql), holding rows toRows wrote then, is
// upgraded by the guide's statements. It then has the tables, columns (in the same order),
// constraints and indexes of a database made from sql/schema.sql, the rows stored before read
// back with the effect and origin their figures imply, and new results store into it.

const root = resolve(import.meta.dirname, '../..');
const previousSql = readFileSync(resolve(import.meta.dirname, 'previous-schema.sql'), 'utf8');
const guide = readFileSync(resolve(root, 'docs/storage.md'), 'utf8');
const section = guide
  .split('### Upgrading a database made with an earlier schema')[1]!
  .split('\n###')[0]!;
const [upgradeSql, notNullSql, yearsSql] = [...section.matchAll(/```sql\n([\s\S]*?)```/g)].map(
  (m) => m[1]!,
);

let fresh: TestDatabase;
let upgraded: TestDatabase;

beforeAll(async () => {
  fresh = await startDatabase();
  await fresh.client.query(schemaSql);
  upgraded = await startDatabase();
  await upgraded.client.query(previousSql);
}, 60_000);

afterAll(async () => {
  await fresh?.close();
  await upgraded?.close();
});

/** Every table's columns, constraints and indexes, in a form two databases can be compared by. */
async function describeSchema(client: pg.Client): Promise<string[]> {
  const columns = await client.query(
    `SELECT table_name, ordinal_position, column_name, data_type, is_nullable, column_default,
       numeric_precision, numeric_scale
     FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  const constraints = await client.query(
    `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS def
     FROM pg_constraint WHERE connamespace = 'public'::regnamespace`,
  );
  const indexes = await client.query(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'`,
  );
  return [...columns.rows, ...constraints.rows, ...indexes.rows]
    .map((row) => JSON.stringify(row))
    .sort();
}

/** The rows as toRows wrote them before: the tables, columns and totals the previous schema has. */
async function asBefore(client: pg.Client, rows: Rows): Promise<Rows> {
  const read = await client.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  const known = new Map<string, Set<string>>();
  for (const { table_name, column_name } of read.rows) {
    known.set(table_name, (known.get(table_name) ?? new Set()).add(column_name));
  }
  const tables = Object.values(rows.tables)
    .filter(({ table }) => known.has(table))
    .map(({ table, columns, rows: list }) => {
      const kept = columns.filter((column) => known.get(table)!.has(column));
      return {
        table,
        columns: kept,
        rows: list
          // The totals by channel and effect are new.
          .filter((row) => row.breakdown !== 'channel' && row.breakdown !== 'effect')
          .map((row) => Object.fromEntries(kept.map((column) => [column, row[column]!]))),
      };
    });
  return { ...rows, tables: Object.fromEntries(tables.map((t) => [t.table, t])) };
}

// A report with a disbenefit pledged through a grant, a line a variation added, and a disbenefit
// nobody pledged (NT3, 2 t × −£5, delivered before the variation added it as a disbenefit).
const disbenefitReport = trackDelivery(
  valuePledges(framework, [
    { measure: 'NT1', quantity: 10 },
    { measure: 'NT2', quantity: 4, effect: 'disbenefit', channel: 'grant' },
  ]),
  [
    { measure: 'NT1', date: '2025-01-01', quantity: 6 },
    { measure: 'NT3', date: '2025-01-10', quantity: 2 },
  ],
  {
    start: '2024-04-01',
    end: '2026-03-31',
    asOf: '2025-04-01',
    framework,
    variations: [
      { measure: 'NT3', date: '2025-04-01', quantity: 1, newPledge: { effect: 'disbenefit' } },
    ],
  },
);

describe('upgrading a database made with the previous schema (docs/storage.md)', () => {
  it('reads rows stored before with the effect and origin their figures imply', async () => {
    const { client } = upgraded;
    for (const [id, result] of [
      ['r-seed', report],
      ['r-disbenefit', disbenefitReport],
    ] as const) {
      await insertRows(client, await asBefore(client, toRows(result, { keys: { report: id } })));
    }
    await insertRows(
      client,
      await asBefore(client, toRows(portfolio, { keys: { portfolio: 'p' } })),
    );
    for (const [id, result] of [
      ['e-average', evaluation],
      ['e-median', medianEvaluation],
    ] as const) {
      await insertRows(
        client,
        await asBefore(client, toRows(result, { keys: { evaluation: id } })),
      );
    }
    await client.query(upgradeSql!);
    // The average test's outcomes follow from its figures; the median test's were not stored.
    const bids = await client.query(
      `SELECT evaluation_id, bid_id, abnormally_low_basis, below_average, below_median,
         beyond_proximity
       FROM tender_bids ORDER BY evaluation_id, position`,
    );
    expect(bids.rows).toEqual([
      ...evaluation.ranking.map(({ bid, abnormallyLow }) => ({
        evaluation_id: 'e-average',
        bid_id: bid,
        abnormally_low_basis: 'average',
        below_average: abnormallyLow?.belowAverage,
        below_median: null,
        beyond_proximity: abnormallyLow?.beyondProximity,
      })),
      ...medianEvaluation.ranking.map(({ bid }) => ({
        evaluation_id: 'e-median',
        bid_id: bid,
        abnormally_low_basis: 'median',
        below_average: null,
        below_median: null,
        beyond_proximity: null,
      })),
    ]);
    expect(bids.rows.filter((row) => row.below_average).map((row) => row.bid_id)).toEqual(['D']);
    const lines = await client.query(
      `SELECT line_index, origin, effect, channel, barriers FROM delivery_lines
       WHERE report_id = 'r-disbenefit' ORDER BY line_index`,
    );
    // The channel was not stored before: 'tender' whatever it was (NT2's was a grant).
    expect(lines.rows).toEqual([
      { line_index: 0, origin: 'valuation', effect: 'benefit', channel: 'tender', barriers: [] },
      { line_index: 1, origin: 'valuation', effect: 'disbenefit', channel: 'tender', barriers: [] },
      { line_index: 2, origin: 'variation', effect: 'disbenefit', channel: 'tender', barriers: [] },
    ]);
    const unpledged = await client.query(
      `SELECT report_id, measure_code, channel, effect, value FROM delivery_unpledged ORDER BY report_id`,
    );
    expect(unpledged.rows).toEqual([
      {
        report_id: 'r-disbenefit',
        measure_code: 'NT3',
        channel: 'tender',
        effect: 'disbenefit',
        value: '-10',
      },
      // examples/06-monitoring.ts: 12 placements of NT13 nobody pledged.
      {
        report_id: 'r-seed',
        measure_code: 'NT13',
        channel: 'tender',
        effect: 'benefit',
        value: report.unpledged[0]!.value.toFixed(),
      },
    ]);
    // The seed report's lines: each line's origin and effect as the library has them.
    const seedLines = await client.query(
      `SELECT origin, effect FROM delivery_lines WHERE report_id = 'r-seed' ORDER BY line_index`,
    );
    expect(seedLines.rows).toEqual(report.lines.map(({ origin, effect }) => ({ origin, effect })));
  });

  it('then has the schema of sql/schema.sql, once the years stored before are stored again', async () => {
    const { client } = upgraded;
    const expected = await describeSchema(fresh.client);
    const before = await describeSchema(client);
    // Only the financial years' new columns differ, NULL in the rows stored before, and a
    // pledge's years, JSON now (JSONB put them in its own order).
    const differ = (a: string[], b: string[]) => a.filter((entry) => !b.includes(entry));
    expect(
      differ(before, expected)
        .map((entry) => JSON.parse(entry).column_name)
        .sort(),
    ).toEqual(['by_tag', 'by_tag', 'pledged', 'pledged', 'years']);
    // Stored again from their JSON snapshots (the rows under a report or portfolio go with it).
    await client.query(`DELETE FROM delivery_reports`);
    await client.query(`DELETE FROM portfolio_summaries`);
    await client.query(`DELETE FROM tender_evaluations`);
    for (const [id, result] of [
      ['e-average', evaluation],
      ['e-median', medianEvaluation],
    ] as const) {
      await insertRows(
        client,
        toRows(JSON.parse(JSON.stringify(result)), { keys: { evaluation: id } }),
      );
    }
    for (const [id, result] of [
      ['r-seed', report],
      ['r-disbenefit', disbenefitReport],
    ] as const) {
      await insertRows(
        client,
        toRows(JSON.parse(JSON.stringify(result)), { keys: { report: id } }),
      );
    }
    await insertRows(
      client,
      toRows(JSON.parse(JSON.stringify(portfolio)), { keys: { portfolio: 'p' } }),
    );
    await client.query(notNullSql!);
    // A pledge's years stored before are kept, in the order JSONB gave them.
    await client.query(
      `INSERT INTO pledges (contract_id, line_index, measure_code, years)
       VALUES ('C', 0, 'NT1', '{"First": "1", "Second": "2", "Third": "3"}')`,
    );
    await client.query(yearsSql!);
    const years = await client.query(`SELECT years FROM pledges WHERE contract_id = 'C'`);
    expect(Object.keys(years.rows[0].years)).toEqual(['First', 'Third', 'Second']);
    expect(await describeSchema(client)).toEqual(expected);
    const lines = await client.query(
      `SELECT channel FROM delivery_lines WHERE report_id = 'r-disbenefit' ORDER BY line_index`,
    );
    expect(lines.rows.map((row) => row.channel)).toEqual(['tender', 'grant', 'tender']);
  });
});
