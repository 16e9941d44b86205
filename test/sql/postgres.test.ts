import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allocateRounded,
  Decimal,
  type Delivery,
  type PledgeInput,
  type PledgeVariation,
  roundMoney,
  type TrackDeliveryOptions,
  trackDelivery,
  valuePledges,
} from '../../src/index.js';
import { type Row, type Rows, toRows } from '../../src/sql/index.js';
import { largeFramework, largePledges } from './large-valuation.js';
import {
  columnTypes,
  insertRows,
  schemaSql,
  startDatabase,
  type TestDatabase,
} from './postgres.js';
import {
  deliveries,
  framework,
  keys,
  pledges,
  report,
  results,
  trackOptions,
  valuation,
} from './results.js';
import { framework as threeMeasures } from './three-measures.js';

// Every kind of result toRows stores goes into the reference schema through node-postgres and
// comes back equal to the last digit: NUMERIC columns without a scale return exactly the string
// toRows wrote, so they are compared as strings; JSONB as parsed JSON.

let database: TestDatabase;
let types: Awaited<ReturnType<typeof columnTypes>>;

beforeAll(async () => {
  database = await startDatabase();
  await database.client.query(schemaSql);
  types = await columnTypes(database.client);
}, 60_000);

afterAll(async () => {
  await database?.close();
});

/** A JSON value with object keys sorted (JSONB keeps its own key order). */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** A cell in a form both sides share: scaled NUMERIC by value, JSON parsed; the rest as it is. */
function comparable(table: string, column: string, value: unknown): unknown {
  const type = types.get(table)?.get(column);
  if (value === null || type === undefined) return value;
  if (type.type === 'jsonb')
    return canonical(typeof value === 'string' ? JSON.parse(value) : value);
  if (type.type === 'numeric' && type.scale !== null) return new Decimal(String(value)).toFixed();
  return value;
}

/** Reads back every table of `rows` for its key and checks each row equals what was written. */
async function expectStored(rows: Rows): Promise<void> {
  for (const { table, columns, rows: written } of Object.values(rows.tables)) {
    const key = columns[0]!;
    const value = written[0]?.[key];
    if (value === undefined) continue;
    const read = await database.client.query<Row>(
      `SELECT ${columns.join(', ')} FROM ${table} WHERE ${key} = $1`,
      [value],
    );
    const form = (row: Row) =>
      JSON.stringify(columns.map((column) => comparable(table, column, row[column])));
    expect(read.rows.map(form).sort(), table).toEqual(written.map(form).sort());
  }
}

describe('the reference schema (sql/schema.sql)', () => {
  it('has, for every table toRows writes, exactly its columns in its order', () => {
    const written = new Set<string>();
    for (const result of Object.values(results)) {
      for (const { table, columns } of Object.values(toRows(result).tables)) {
        written.add(table);
        expect([...(types.get(table)?.keys() ?? [])], table).toEqual(columns);
      }
    }
    // The four tables of a council's own inputs are not written by toRows.
    expect([...types.keys()].filter((table) => !written.has(table)).sort()).toEqual([
      'deliveries',
      'delivery_schedules',
      'pledge_variations',
      'pledges',
    ]);
  });

  it('stores exact figures in NUMERIC without a scale, rounded money only in NUMERIC(62,2)', () => {
    const scaled = [...types].flatMap(([table, columns]) =>
      [...columns]
        .filter(([, type]) => type.type === 'numeric' && type.scale !== null)
        .map(([column, type]) => `${table}.${column}(${type.scale})`),
    );
    expect(scaled.sort()).toEqual([
      'valuation_lines.value_rounded(2)',
      'valuations.total_rounded(2)',
    ]);
  });

  it('is run once: a second run stops at the first table and changes nothing', async () => {
    // docs/storage.md: node-postgres sends the file as one query, one transaction.
    const count = async () =>
      (
        await database.client.query(
          `SELECT count(*)::int AS tables FROM information_schema.tables
           WHERE table_schema = 'public'`,
        )
      ).rows[0];
    const before = await count();
    await expect(database.client.query(schemaSql)).rejects.toThrow(
      'relation "frameworks" already exists',
    );
    expect(await count()).toEqual(before);
    expect(before.tables).toBe(types.size);
  });

  it('run where only its last table exists, creates none of the others', async () => {
    // Every table before spend_findings is created, then the whole query is rolled back.
    const { client } = database;
    await client.query('CREATE SCHEMA partial; SET search_path TO partial');
    try {
      await client.query('CREATE TABLE spend_findings (analysis_id TEXT)');
      await expect(client.query(schemaSql)).rejects.toThrow(
        'relation "spend_findings" already exists',
      );
      const read = await client.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'partial'`,
      );
      expect(read.rows).toEqual([{ table_name: 'spend_findings' }]);
    } finally {
      await client.query('SET search_path TO public; DROP SCHEMA partial CASCADE');
    }
  });
});

describe('toRows through node-postgres into PostgreSQL (PGlite)', () => {
  it('stores every kind of result and reads it back equal to the last digit', async () => {
    for (const result of Object.values(results)) {
      const rows = toRows(result, { keys });
      await insertRows(database.client, rows);
      await expectStored(rows);
    }
  });

  it('stores the seed 004 valuation: totals to the last digit, SQL sums equal the library', async () => {
    const { client } = database;
    const stored = await client.query(
      'SELECT total, total_rounded, social_value_added_ratio FROM valuations WHERE valuation_id = $1',
      [keys.valuation],
    );
    // Seed 004 (examples/pledge-sheet.csv): Σ quantity × proxy = £2,822,946.49 on £36m.
    expect(stored.rows[0]).toEqual({
      total: '2822946.49',
      total_rounded: '2822946.49',
      social_value_added_ratio: '0.07841518027777777777777777777777778',
    });
    const sums = await client.query(
      `SELECT sum(value)::text AS value, sum(value_rounded)::text AS rounded,
         sum(quantity * attribution_share * proxy_value)::text AS recomputed
       FROM valuation_lines WHERE valuation_id = $1`,
      [keys.valuation],
    );
    expect(new Decimal(sums.rows[0].value).eq(valuation.total)).toBe(true);
    expect(new Decimal(sums.rows[0].recomputed).eq(valuation.total)).toBe(true);
    expect(sums.rows[0].rounded).toBe('2822946.49');
    const byTheme = await client.query(
      `SELECT theme_id, sum(value)::text AS total FROM valuation_lines
       WHERE valuation_id = $1 GROUP BY theme_id`,
      [keys.valuation],
    );
    for (const row of byTheme.rows) {
      expect(new Decimal(row.total).eq(valuation.byTheme[row.theme_id]!), row.theme_id).toBe(true);
    }
  });

  it('stores a 10,000-line valuation and reads every figure back exactly', async () => {
    const large = valuePledges(largeFramework, largePledges, { contractValue: '123456789.01' });
    const frameworkRows = toRows(largeFramework);
    const rows = toRows(large, { keys: { valuation: 'v-large' } });
    expect(rows.tables.valuation_lines.rows).toHaveLength(10_000);
    await insertRows(database.client, frameworkRows);
    const statements = await insertRows(database.client, rows);
    await expectStored(rows);
    // docs/storage.md: 22 columns a line, so ⌊65,535 ÷ 22⌋ = 2,978 lines a statement (65,516
    // parameters) and 10,000 lines in four statements (3 × 2,978 = 8,934, then 1,066).
    expect(rows.tables.valuation_lines.columns).toHaveLength(22);
    expect(statements.valuation_lines).toBe(4);
    const sums = await database.client.query(
      `SELECT count(*)::int AS lines, sum(value)::text AS value, sum(value_rounded)::text AS rounded
       FROM valuation_lines WHERE valuation_id = 'v-large'`,
    );
    expect(sums.rows[0].lines).toBe(10_000);
    expect(new Decimal(sums.rows[0].value).eq(large.total)).toBe(true);
    expect(new Decimal(sums.rows[0].rounded).eq(roundMoney(large.total))).toBe(true);
  });

  it('stores figures of the numeric domain: a total above 1e18, to the penny too', async () => {
    // Quantities and proxies below 1e15 (the input domain) make figures up to 1e30, which the
    // rounded money columns hold as they hold the exact ones.
    const quantity = '999999999999999.99';
    const large = valuePledges(largeFramework, [
      { measure: largePledges[0]!.measure, quantity },
      { measure: largePledges[0]!.measure, quantity },
    ]);
    expect(large.total.gte('1e18')).toBe(true);
    const rows = toRows(large, { keys: { valuation: 'v-domain' } });
    await insertRows(database.client, rows);
    await expectStored(rows);
    const read = await database.client.query(
      `SELECT total::text, total_rounded::text FROM valuations WHERE valuation_id = 'v-domain'`,
    );
    expect(read.rows[0]).toEqual({
      total: large.total.toFixed(),
      total_rounded: roundMoney(large.total).toFixed(2),
    });
  });

  it('stores the delivery report of examples/06-monitoring.ts with its totals exact', async () => {
    const totals = await database.client.query(
      `SELECT delivered, shortfall_to_date, delivery_ratio FROM delivery_totals
       WHERE report_id = $1 AND breakdown = 'total'`,
      [keys.report],
    );
    expect(totals.rows[0]).toEqual({
      delivered: report.totals.delivered.toFixed(),
      shortfall_to_date: report.totals.shortfallToDate.toFixed(),
      delivery_ratio: report.totals.deliveryRatio!.toFixed(),
    });
    const lines = await database.client.query(
      `SELECT sum(value_delivered)::text AS delivered FROM delivery_lines WHERE report_id = $1`,
      [keys.report],
    );
    expect(new Decimal(lines.rows[0].delivered).eq(report.totals.delivered)).toBe(true);
  });
});

describe('a council keeps its pledges and deliveries and reads them back', () => {
  it('values pledges read from the pledges table as it valued them before', async () => {
    const { client } = database;
    for (const [index, pledge] of pledges.entries()) {
      await client.query(
        `INSERT INTO pledges (contract_id, line_index, measure_code, quantity, tags, note)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          keys.contract,
          index,
          pledge.measure,
          // A Decimal goes in as its exact text: node-postgres cannot send a Decimal itself.
          pledge.quantity === undefined ? null : new Decimal(String(pledge.quantity)).toFixed(),
          JSON.stringify(pledge.tags ?? {}),
          pledge.note ?? null,
        ],
      );
    }
    // NUMERIC as text inside JSON: a JSONB number would come back as a (lossy) JS number.
    const read = await client.query<{ pledge: PledgeInput }>(
      `SELECT jsonb_strip_nulls(jsonb_build_object(
         'measure', measure_code, 'quantity', quantity::text,
         'attributionShare', attribution_share::text, 'tags', tags, 'note', note)) AS pledge
       FROM pledges WHERE contract_id = $1 ORDER BY line_index`,
      [keys.contract],
    );
    const again = valuePledges(
      framework,
      read.rows.map((row) => row.pledge),
      { contractValue: 36_000_000 },
    );
    expect(again).toStrictEqual(valuation);
  });

  it('keeps a disbenefit, a pledge by year and who pledged it, and values them as before', async () => {
    const { client } = database;
    const [first, second] = pledges.filter((pledge) => pledge.quantity !== undefined);
    const kept: PledgeInput[] = [
      { measure: first!.measure, quantity: '12.5', effect: 'disbenefit', channel: 'grant' },
      {
        measure: second!.measure,
        years: { '2025/26': '10', '2026/27': '2.5' },
        pledgerKind: 'officer',
        pledger: "O'Brien",
        followUpOn: '2026-04-01',
        barriers: ['childcare'],
      },
    ];
    for (const [index, pledge] of kept.entries()) {
      await client.query(
        `INSERT INTO pledges (contract_id, line_index, measure_code, quantity, years, effect,
           channel, pledger_kind, pledger, follow_up_on, barriers)
         VALUES ('C-kept', $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          index,
          pledge.measure,
          pledge.quantity ?? null,
          pledge.years === undefined ? null : JSON.stringify(pledge.years),
          pledge.effect ?? null,
          pledge.channel ?? null,
          pledge.pledgerKind ?? null,
          pledge.pledger ?? null,
          pledge.followUpOn ?? null,
          pledge.barriers === undefined ? null : JSON.stringify(pledge.barriers),
        ],
      );
    }
    // The query of docs/storage.md.
    const read = await client.query<{ pledge: PledgeInput }>(
      `SELECT json_strip_nulls(json_build_object('measure', measure_code,
         'quantity', quantity::text, 'years', years, 'attributionShare', attribution_share::text,
         'tags', tags, 'note', note, 'effect', effect, 'channel', channel,
         'pledgerKind', pledger_kind, 'pledger', pledger, 'followUpOn', follow_up_on::text,
         'barriers', barriers)) AS pledge
       FROM pledges WHERE contract_id = $1 ORDER BY line_index`,
      ['C-kept'],
    );
    const again = valuePledges(
      framework,
      read.rows.map((row) => row.pledge),
    );
    expect(again).toStrictEqual(valuePledges(framework, kept));
    expect(again.disbenefitTotal.isNegative()).toBe(true);
  });

  it('keeps the years of a pledge in the order given, whatever their labels', async () => {
    const { client } = database;
    // JSONB keeps an object's keys shorter first, then byte by byte ('Third' before 'Second',
    // '2025/26' before '2026/27'): a pledge's years must come back in the order given.
    const kept: PledgeInput[] = [
      { measure: 'NT1', years: { First: '1', Second: '2', Third: '3' } },
      { measure: 'NT1', years: { '2026/27': '5', '2025/26': '7' } },
      { measure: 'NT1', years: { 'Year 10': '1', 'Year 9': '2', 'Y1 (pilot)': '0.5' } },
    ];
    for (const [index, pledge] of kept.entries()) {
      await client.query(
        `INSERT INTO pledges (contract_id, line_index, measure_code, years) VALUES ('C-years', $1, $2, $3)`,
        [index, pledge.measure, JSON.stringify(pledge.years)],
      );
    }
    // The query of docs/storage.md.
    const read = await client.query<{ pledge: PledgeInput }>(
      `SELECT json_strip_nulls(json_build_object('measure', measure_code,
         'quantity', quantity::text, 'years', years, 'attributionShare', attribution_share::text,
         'tags', tags, 'note', note, 'effect', effect, 'channel', channel,
         'pledgerKind', pledger_kind, 'pledger', pledger, 'followUpOn', follow_up_on::text,
         'barriers', barriers)) AS pledge
       FROM pledges WHERE contract_id = $1 ORDER BY line_index`,
      ['C-years'],
    );
    expect(read.rows.map((row) => Object.keys(row.pledge.years!))).toEqual([
      ['First', 'Second', 'Third'],
      ['2026/27', '2025/26'],
      ['Year 10', 'Year 9', 'Y1 (pilot)'],
    ]);
    const again = valuePledges(
      threeMeasures,
      read.rows.map((row) => row.pledge),
    );
    expect(again.lines[0]!.years!.map((year) => year.year)).toEqual(['First', 'Second', 'Third']);
    expect(again).toStrictEqual(valuePledges(threeMeasures, kept));
  });

  it('keeps the channel of a delivery not pledged, and tracks it as before', async () => {
    const { client } = database;
    const given: Delivery[] = deliveries.map((delivery) =>
      delivery.measure === 'NT13' ? { ...delivery, channel: 'grant' } : delivery,
    );
    for (const delivery of given) {
      await client.query(
        `INSERT INTO deliveries (contract_id, measure_code, delivered_on, quantity, verification, channel)
         VALUES ('C-channel', $1, $2, $3, $4, $5)`,
        [
          delivery.measure,
          delivery.date,
          new Decimal(String(delivery.quantity)).toFixed(),
          delivery.verification ?? 'claimed',
          delivery.channel ?? null,
        ],
      );
    }
    const read = await client.query<{ delivery: Delivery }>(
      `SELECT jsonb_strip_nulls(jsonb_build_object(
         'measure', measure_code, 'date', delivered_on::text, 'quantity', quantity::text,
         'verification', verification, 'channel', channel)) AS delivery
       FROM deliveries WHERE contract_id = 'C-channel' ORDER BY delivery_id`,
    );
    const again = trackDelivery(
      valuation,
      read.rows.map((row) => row.delivery),
      trackOptions,
    );
    const expected = trackDelivery(
      valuation,
      given.map(({ evidence: _, ...delivery }) => delivery),
      trackOptions,
    );
    expect(again).toStrictEqual(expected);
    expect(again.unpledged.map((line) => line.channel)).toEqual(['grant']);
  });

  it('keeps variations, a new pledge among them, and tracks them as before', async () => {
    const { client } = database;
    const given: PledgeVariation[] = [
      ...(trackOptions.variations ?? []),
      {
        measure: 'NT13',
        date: '2026-01-01',
        quantity: '5',
        reference: 'CV-2',
        newPledge: { attributionShare: '0.5', tags: { ward: 'Fratton' }, barriers: ['transport'] },
      },
    ];
    for (const variation of given) {
      await client.query(
        `INSERT INTO pledge_variations (contract_id, measure_code, line_index, varied_on, quantity,
           reason, reference, new_pledge)
         VALUES ('C-varied', $1, $2, $3, $4, $5, $6, $7)`,
        [
          variation.measure,
          variation.line ?? null,
          variation.date,
          new Decimal(String(variation.quantity)).toFixed(),
          variation.reason ?? null,
          variation.reference ?? null,
          variation.newPledge === undefined ? null : JSON.stringify(variation.newPledge),
        ],
      );
    }
    // The query docs/storage.md describes.
    const read = await client.query<{ variation: PledgeVariation }>(
      `SELECT jsonb_strip_nulls(jsonb_build_object('measure', measure_code, 'line', line_index,
         'date', varied_on::text, 'quantity', quantity::text, 'reason', reason,
         'reference', reference, 'newPledge', new_pledge)) AS variation
       FROM pledge_variations WHERE contract_id = 'C-varied' ORDER BY variation_id`,
    );
    const options = { ...trackOptions, variations: read.rows.map((row) => row.variation) };
    const again = trackDelivery(valuation, deliveries, options);
    expect(again).toStrictEqual(
      trackDelivery(valuation, deliveries, { ...trackOptions, variations: given }),
    );
    // NT10 down to 40 from 2025-04-01; NT13 added (5, half attributed) from 2026-01-01.
    expect(
      again.lines.filter((line) => line.origin === 'variation').map((line) => line.measure),
    ).toEqual(['NT13']);
  });

  it('keeps the contract period and delivery profile, and tracks by them as before', async () => {
    const { client } = database;
    // Seed 004 under three schedules: a quarter of each pledge due in the first year and the
    // rest in the next two; every line linear; trackDelivery's default (NULL).
    const periods = [
      { from: '2024-04-01', to: '2025-03-31', share: '0.25' },
      { from: '2025-04-01', to: '2027-03-31', share: new Decimal('0.75') },
    ];
    const schedules: [string, TrackDeliveryOptions['profile']][] = [
      ['C-periods', periods],
      ['C-linear', 'linear'],
      ['C-default', undefined],
    ];
    for (const [contract, profile] of schedules) {
      await client.query(
        `INSERT INTO delivery_schedules (contract_id, start_date, end_date, profile)
         VALUES ($1, $2, $3, $4)`,
        [
          contract,
          trackOptions.start,
          trackOptions.end,
          profile === undefined ? null : JSON.stringify(profile),
        ],
      );
    }
    // The query docs/storage.md describes.
    const read = await client.query<{ contract_id: string; schedule: TrackDeliveryOptions }>(
      `SELECT contract_id, jsonb_strip_nulls(jsonb_build_object('start', start_date::text,
         'end', end_date::text, 'profile', profile)) AS schedule
       FROM delivery_schedules ORDER BY contract_id`,
    );
    const { start: _s, end: _e, ...others } = trackOptions;
    for (const { contract_id, schedule } of read.rows) {
      const profile = schedules.find(([contract]) => contract === contract_id)![1];
      const again = trackDelivery(valuation, deliveries, { ...others, ...schedule });
      expect(again, contract_id).toStrictEqual(
        trackDelivery(valuation, deliveries, { ...trackOptions, profile }),
      );
    }
    expect(read.rows[2]?.schedule).toEqual({
      start: '2024-04-01',
      end: '2027-03-31',
      profile: [
        { from: '2024-04-01', to: '2025-03-31', share: '0.25' },
        { from: '2025-04-01', to: '2027-03-31', share: '0.75' },
      ],
    });
    // NT18's 650,000 pledged: by 2026-03-31, 0.25 of it plus 365/730 of 0.75 (the second
    // period's first year, 2025-04-01 to 2026-03-31): 162,500 + 243,750 = 406,250, where the
    // linear schedule expects 730/1095 of it (433,333.33…).
    const expectedOf = (profile: TrackDeliveryOptions['profile']) =>
      trackDelivery(valuation, deliveries, { ...trackOptions, profile })
        .lines.find((line) => line.measure === 'NT18')!
        .expected.toFixed();
    expect(expectedOf(periods)).toBe('406250');
    expect(expectedOf('linear')).toBe('433333.3333333333333333333333333333');
    expect(
      await client
        .query(
          `INSERT INTO delivery_schedules (contract_id, start_date, end_date, profile)
         VALUES ('C-bad', '2024-04-01', '2027-03-31', '"quarterly"')`,
        )
        .catch((error: Error) => error.message),
    ).toContain('violates check constraint');
  });

  it('tracks deliveries read from the deliveries table as it tracked them before', async () => {
    const { client } = database;
    for (const delivery of deliveries) {
      await client.query(
        `INSERT INTO deliveries (contract_id, measure_code, delivered_on, quantity, verification, evidence)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          keys.contract,
          delivery.measure,
          delivery.date,
          new Decimal(String(delivery.quantity)).toFixed(),
          delivery.verification ?? 'claimed',
          delivery.evidence ?? null,
        ],
      );
    }
    const read = await client.query<{ delivery: Delivery }>(
      `SELECT jsonb_strip_nulls(jsonb_build_object(
         'measure', measure_code, 'date', delivered_on::text, 'quantity', quantity::text,
         'line', line_index, 'verification', verification, 'evidence', evidence, 'note', note))
         AS delivery
       FROM deliveries WHERE contract_id = $1 ORDER BY delivery_id`,
      [keys.contract],
    );
    const again = trackDelivery(
      valuation,
      read.rows.map((row) => row.delivery),
      trackOptions,
    );
    expect(again).toStrictEqual(report);
  });
});

describe('numbers through node-postgres', () => {
  it('refuses a Decimal parameter (sent as JSON text), takes its toFixed()', async () => {
    const amount = new Decimal('2822946.49');
    await expect(database.client.query('SELECT $1::numeric AS n', [amount])).rejects.toThrow(
      'invalid input syntax for type numeric: ""2822946.49""',
    );
    const read = await database.client.query('SELECT $1::numeric AS n', [amount.toFixed()]);
    expect(read.rows[0].n).toBe('2822946.49');
  });

  it('rounds lines in NUMERIC(20,2) to a sum that drifts from the rounded total; allocateRounded does not', async () => {
    const { client } = database;
    await client.query('CREATE TEMP TABLE pennies (method TEXT, amount NUMERIC(20, 2))');
    const lines = ['8.045', '8.045', '8.045'];
    for (const amount of lines) {
      await client.query(`INSERT INTO pennies VALUES ('each line', $1)`, [amount]);
    }
    for (const amount of allocateRounded(lines)) {
      await client.query(`INSERT INTO pennies VALUES ('allocated', $1)`, [amount.toFixed()]);
    }
    const sums = await client.query(
      'SELECT method, sum(amount)::text AS total FROM pennies GROUP BY method ORDER BY method',
    );
    // 3 × 8.045 = 24.135, which rounds (half-up) to 24.14; each line rounds to 8.05: 24.15.
    expect(roundMoney('24.135').toFixed(2)).toBe('24.14');
    expect(sums.rows).toEqual([
      { method: 'allocated', total: '24.14' },
      { method: 'each line', total: '24.15' },
    ]);
  });
});
