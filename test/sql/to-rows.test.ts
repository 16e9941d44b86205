import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateRounded,
  Decimal,
  defineFramework,
  roundMoney,
  trackDelivery,
  valuePledges,
} from '../../src/index.js';
import { type Cell, type Row, toRows } from '../../src/sql/index.js';
import { seedFramework } from '../toms/fixtures.js';
import { keys, report, results, spend, valuation } from './results.js';

// toRows: one list of rows per table, exact decimal strings, keys from the options, labels and
// JS numbers for reading. Figures below are seed 004's (examples/pledge-sheet.csv).

const PLAIN_DECIMAL = /^-?\d+(\.\d*[1-9])?$/;

/** Every cell that holds an exact number, by the rows' own columns (text that reads as a number). */
function numericCells(rows: readonly Row[]): string[] {
  return rows.flatMap((row) =>
    Object.values(row).filter(
      (cell): cell is string => typeof cell === 'string' && /^-?[\d.]+$/.test(cell),
    ),
  );
}

describe('toRows', () => {
  it('gives the tables of each kind, parents first, every row with every column', () => {
    const tables = Object.fromEntries(
      Object.entries(results).map(([kind, result]) => [kind, Object.keys(toRows(result).tables)]),
    );
    expect(tables).toEqual({
      framework: ['frameworks', 'framework_themes', 'framework_outcomes', 'framework_measures'],
      valuation: [
        'valuations',
        'valuation_lines',
        'valuation_line_years',
        'valuation_totals',
        'valuation_warnings',
      ],
      'pledge-sheet-reconciliation': [
        'pledge_sheet_reconciliations',
        'pledge_sheet_rows',
        'pledge_sheet_findings',
      ],
      'tender-evaluation': [
        'tender_evaluations',
        'tender_bids',
        'tender_disqualifications',
        'criterion_scores',
        'tender_ties',
      ],
      'maturity-assessment': [
        'maturity_assessments',
        'maturity_theme_assessments',
        'maturity_warnings',
      ],
      'action-plan': ['action_plans', 'action_plan_themes', 'action_plan_steps'],
      'delivery-report': [
        'delivery_reports',
        'delivery_lines',
        'delivery_unpledged',
        'delivery_totals',
        'delivery_financial_years',
        'delivery_warnings',
      ],
      'portfolio-summary': [
        'portfolio_summaries',
        'portfolio_contracts',
        'portfolio_totals',
        'portfolio_financial_years',
        'portfolio_shortfalls',
        'portfolio_follow_ups',
        'portfolio_warnings',
      ],
      'spend-analysis': ['spend_analyses', 'spend_slices', 'spend_findings'],
    });
    for (const [kind, result] of Object.entries(results)) {
      const rows = toRows(result, { keys });
      expect(rows.kind).toBe('table-rows');
      expect(rows.schemaVersion).toBe(1);
      expect(rows.resultKind).toBe(kind);
      expect(Object.isFrozen(rows.tables)).toBe(true);
      for (const table of Object.values(rows.tables)) {
        for (const row of table.rows) expect(Object.keys(row)).toEqual(table.columns);
      }
    }
  });

  it('writes seed 004 as a council would store it', () => {
    const { tables } = toRows(valuation, { keys: { valuation: 'v-2026-001', contract: 'C-1' } });
    expect(tables.valuations.rows[0]).toEqual({
      valuation_id: 'v-2026-001',
      contract_id: 'C-1',
      framework_id: 'seed-004',
      framework_edition: 'seed-004',
      framework_name: 'Council TOMs (seed 004)',
      price_year: 2022,
      total: '2822946.49',
      total_rounded: '2822946.49',
      // No disbenefit: the benefits are the whole (net) total.
      benefit_total: '2822946.49',
      disbenefit_total: '0',
      contract_value: '36000000',
      social_value_added_ratio: '0.07841518027777777777777777777777778',
      line_count: 21,
      summary: valuation.summary,
    });
    // NT18: 650,000 × £0.963812 = £626,477.80 (the sheet states £6,264,776.71, a scale error).
    const nt18 = tables.valuation_lines.rows.find((row) => row.measure_code === 'NT18');
    expect(nt18).toMatchObject({
      line_index: 11,
      quantity: '650000',
      attribution_share: '1',
      proxy_value: '0.963812',
      value: '626477.8',
      value_rounded: '626477.8',
      effect: 'benefit',
      channel: 'tender',
      barriers: '[]',
      by_year: false,
      tags: JSON.stringify({
        'CWB Priority': 'Progressive Procurement',
        'Corporate Strategy': 'A fair local economy that works for everyone',
      }),
    });
    expect(
      tables.valuation_totals.rows
        .filter((row) => row.breakdown === 'theme')
        .map((row) => [row.key, row.total]),
    ).toEqual([
      ['jobs', '1947357.3'],
      ['growth', '873040.08'],
      ['social', '1514.88'],
      ['environment', '1034.23'],
    ]);
    expect(
      tables.valuation_totals.rows
        .filter((row) => row.breakdown === 'channel')
        .map((row) => [row.key, row.total]),
    ).toEqual([['tender', '2822946.49']]);
  });

  it('writes a disbenefit negative, with its channel, pledger, follow-up and barriers', () => {
    // Seed 003 (Hackney weighs negative impacts; Suffolk follows officers' pledges up after
    // twelve months): NT1 2 × 30,782 = 61,564; NT1 1 × 30,782 as a disbenefit = −30,782.
    const mixed = valuePledges(seedFramework, [
      { measure: 'NT1', quantity: 2 },
      {
        measure: 'NT1',
        quantity: 1,
        effect: 'disbenefit',
        channel: 'internal',
        pledgerKind: 'department',
        pledger: 'Highways',
        followUpOn: '2027-03-10',
        barriers: ['Budget'],
      },
    ]);
    const { tables } = toRows(mixed, { keys: { valuation: 'v-mixed' } });
    expect(tables.valuations.rows[0]).toMatchObject({
      total: '30782',
      benefit_total: '61564',
      disbenefit_total: '-30782',
    });
    expect(tables.valuation_lines.rows[1]).toMatchObject({
      value: '-30782',
      value_rounded: '-30782',
      effect: 'disbenefit',
      channel: 'internal',
      pledger_kind: 'department',
      pledger: 'Highways',
      follow_up_on: '2027-03-10',
      barriers: '["Budget"]',
    });
    expect(
      tables.valuation_totals.rows
        .filter((row) => row.breakdown === 'channel')
        .map((row) => [row.key, row.total]),
    ).toEqual([
      ['internal', '-30782'],
      ['tender', '61564'],
    ]);
  });

  it('writes a valuation warning: its position, code, severity, message, measures and lines', () => {
    // NT1 pledged on lines 0 and 1: one duplicate-measure warning naming both lines.
    const twice = valuePledges(seedFramework, [
      { measure: 'NT1', quantity: 2 },
      { measure: 'NT1', quantity: 1 },
    ]);
    const { rows } = toRows(twice, { keys: { valuation: 'v-twice' } }).tables.valuation_warnings;
    expect(rows).toEqual([
      {
        valuation_id: 'v-twice',
        position: 0,
        code: 'duplicate-measure',
        severity: 'warning',
        message: expect.stringContaining('NT1'),
        measures: '["NT1"]',
        lines: '[0,1]',
      },
    ]);
  });

  it('writes every exact number as a plain decimal string, never an exponent', () => {
    for (const result of Object.values(results)) {
      for (const table of Object.values(toRows(result).tables)) {
        for (const cell of numericCells(table.rows)) expect(cell).toMatch(PLAIN_DECIMAL);
      }
    }
    const tiny = defineFramework({
      id: 'f',
      name: 'F',
      edition: '1',
      priceYear: 2026,
      themes: [{ id: 't', name: 'T' }],
      measures: [
        { code: 'A', theme: 't', title: 'A', unit: 'u', proxyValue: '1e-30', valueType: 'social' },
      ],
    });
    const rows = toRows(valuePledges(tiny, [{ measure: 'A', quantity: '1e-10' }]));
    expect(rows.tables.valuation_lines.rows[0]?.value).toBe(`0.${'0'.repeat(39)}1`);
    expect(rows.tables.valuation_lines.rows[0]?.value_rounded).toBe('0');
  });

  it('writes figures inside JSONB as plain decimal strings too, never an exponent', () => {
    // Quantity and proxy just below 1e15: (1e15 − 0.01)² = 1e30 − 2e13 + 0.0001 a line, twice
    // that pledged in the contract's one financial year: 1e30 and more, which Decimal's own
    // JSON form writes with an exponent (1.99…e+30).
    const big = '999999999999999.99';
    const framework = defineFramework({
      id: 'f',
      name: 'F',
      edition: '1',
      priceYear: 2026,
      themes: [{ id: 't', name: 'T' }],
      measures: [
        { code: 'A', theme: 't', title: 'A', unit: 'u', proxyValue: big, valueType: 'social' },
      ],
    });
    const pledges = [
      { measure: 'A', quantity: big, tags: { ward: 'North' } },
      { measure: 'A', quantity: big, tags: { ward: 'North' } },
    ];
    const report = trackDelivery(
      valuePledges(framework, pledges),
      [{ measure: 'A', date: '2025-01-01', quantity: big, line: 0 }],
      { start: '2024-04-01', end: '2025-03-31', asOf: '2025-03-31' },
    );
    const year = toRows(report).tables.delivery_financial_years.rows[0]!;
    expect(year.pledged).toBe('1999999999999999960000000000000.0002');
    expect(JSON.parse(String(year.by_tag))).toEqual({
      ward: {
        North: {
          pledged: '1999999999999999960000000000000.0002',
          delivered: '999999999999999980000000000000.0001',
          unpledged: '0',
        },
      },
    });
  });

  it('keeps every digit of any figure in the numeric domain (property)', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 14n - 1n }), fc.integer({ min: 0, max: 25 }))
      .map(([digits, places]) => new Decimal(digits.toString()).div(new Decimal(10).pow(places)));
    fc.assert(
      fc.property(fc.array(fc.tuple(decimal, decimal), { minLength: 1, maxLength: 8 }), (pairs) => {
        const framework = defineFramework({
          id: 'f',
          name: 'F',
          edition: '1',
          priceYear: 2026,
          themes: [{ id: 't', name: 'T' }],
          measures: pairs.map(([proxy], index) => ({
            code: `M${index}`,
            theme: 't',
            title: 'M',
            unit: 'u',
            proxyValue: proxy,
            valueType: 'social' as const,
          })),
        });
        const result = valuePledges(
          framework,
          pairs.map(([, quantity], index) => ({ measure: `M${index}`, quantity })),
        );
        const { tables } = toRows(result);
        tables.valuation_lines.rows.forEach((row, index) => {
          const line = result.lines[index]!;
          for (const [column, figure] of [
            ['quantity', line.quantity],
            ['proxy_value', line.proxyValue],
            ['value', line.value],
          ] as const) {
            const cell = row[column] as string;
            expect(cell).toMatch(PLAIN_DECIMAL);
            expect(new Decimal(cell).eq(figure)).toBe(true);
          }
        });
        // The penny lines add up to the penny total, each within a penny of its exact value.
        const pennies = tables.valuation_lines.rows.map(
          (row) => new Decimal(row.value_rounded as string),
        );
        expect(pennies.reduce((a, b) => a.plus(b), new Decimal(0)).toFixed()).toBe(
          tables.valuations.rows[0]?.total_rounded,
        );
        expect(tables.valuations.rows[0]?.total_rounded).toBe(roundMoney(result.total).toFixed());
        pennies.forEach((penny, index) => {
          expect(penny.minus(result.lines[index]!.value).abs().lt('0.01')).toBe(true);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('stores lines rounded by allocateRounded: three lines of 8.045 are 8.05, 8.05, 8.04', () => {
    const framework = defineFramework({
      id: 'f',
      name: 'F',
      edition: '1',
      priceYear: 2026,
      themes: [{ id: 't', name: 'T' }],
      measures: [
        { code: 'A', theme: 't', title: 'A', unit: '£', proxyValue: '1', valueType: 'social' },
      ],
    });
    const three = valuePledges(framework, [
      { measure: 'A', quantity: '8.045' },
      { measure: 'A', quantity: '8.045' },
      { measure: 'A', quantity: '8.045' },
    ]);
    const { tables } = toRows(three);
    expect(tables.valuation_lines.rows.map((row) => row.value_rounded)).toEqual(
      allocateRounded(['8.045', '8.045', '8.045']).map((part) => part.toFixed()),
    );
    expect(tables.valuation_lines.rows.map((row) => row.value_rounded)).toEqual([
      '8.05',
      '8.05',
      '8.04',
    ]);
    expect(tables.valuations.rows[0]?.total_rounded).toBe('24.14');
  });

  it('writes the key columns from options.keys, null when not given', () => {
    const stored = toRows(report, { keys: { report: 'd-1', contract: 'C-9', valuation: 'other' } });
    expect(stored.tables.delivery_reports.rows[0]).toMatchObject({
      report_id: 'd-1',
      contract_id: 'C-9',
    });
    expect(stored.tables.delivery_lines.rows.every((row) => row.report_id === 'd-1')).toBe(true);
    const unkeyed = toRows(report);
    expect(unkeyed.tables.delivery_reports.rows[0]).toMatchObject({
      report_id: null,
      contract_id: null,
    });
  });

  it('joins labels and gives JS numbers when asked, for reading', () => {
    const { tables } = toRows(valuation, { labels: true, numbers: 'number' });
    expect(tables.valuation_totals.columns.at(-1)).toBe('theme_name');
    expect(tables.valuation_totals.rows.slice(0, 2)).toEqual([
      {
        valuation_id: null,
        breakdown: 'theme',
        tag: '',
        key: 'jobs',
        position: 0,
        total: 1947357.3,
        theme_name: 'Promote Local Skills and Employment',
      },
      {
        valuation_id: null,
        breakdown: 'theme',
        tag: '',
        key: 'growth',
        position: 1,
        total: 873040.08,
        theme_name: 'Supporting Growth of Responsible Regional Business',
      },
    ]);
    // A value-type total has no theme name.
    expect(tables.valuation_totals.rows[4]).toMatchObject({
      key: 'local-economic',
      theme_name: null,
    });
    // The ratio is a JS number, rounded to double precision: lossy, for reading only.
    expect(tables.valuations.rows[0]?.social_value_added_ratio).toBe(
      Number('0.07841518027777777777777777777777778'),
    );
    const frameworkRows = toRows(results.framework, { labels: true }).tables.framework_measures;
    expect(frameworkRows.rows[0]).toMatchObject({
      measure_code: 'NT1',
      theme_id: 'jobs',
      theme_name: 'Promote Local Skills and Employment',
    });
  });

  it('gives every cell a JSON type: text, number, boolean or null', () => {
    const kinds = new Set<string>();
    const check = (cell: Cell) => {
      kinds.add(cell === null ? 'null' : typeof cell);
    };
    for (const result of Object.values(results)) {
      for (const numbers of ['string', 'number'] as const) {
        for (const table of Object.values(toRows(result, { numbers, labels: true }).tables)) {
          for (const row of table.rows) Object.values(row).forEach(check);
        }
      }
    }
    expect([...kinds].sort()).toEqual(['boolean', 'null', 'number', 'string']);
  });

  it('reads a JSON snapshot into the same rows as the result itself', () => {
    for (const [kind, result] of Object.entries(results)) {
      const snapshot = JSON.parse(JSON.stringify(result));
      expect(toRows(snapshot, { keys }), kind).toStrictEqual(toRows(result, { keys }));
    }
  });

  it('writes a spend analysis with its slices, the without-department slice keyed ""', () => {
    const { tables } = toRows(spend, { keys });
    expect(tables.spend_analyses.rows[0]).toMatchObject({
      total: '18000.5',
      local_spend: '5200.5',
      payment_count: 7,
    });
    const without = tables.spend_slices.rows.find((row) => row.breakdown === 'without-department');
    expect(without).toMatchObject({ key: '', amount: '0', payment_count: 0 });
  });
});
