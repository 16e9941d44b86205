import { beforeAll, describe, expect, it } from 'vitest';
import {
  defineFramework,
  summarisePortfolio,
  trackDelivery,
  valuePledges,
} from '../../src/index.js';
import { toRows } from '../../src/sql/index.js';
import { databaseWithSchema, insertRows } from './postgres.js';
import { framework, frameworkInput } from './three-measures.js';

// A delivery report and a portfolio stored through node-postgres and read back with SQL: what a
// reader needs to tell a disbenefit from a benefit, one channel from another, and a portfolio's
// warnings, is in the rows. Figures worked by hand from the inputs below.

const database = databaseWithSchema();

// NT1: 10 × £100 = £1,000, a benefit tagged ward North. NT2: 4 × £10 = £40, a disbenefit (−£40)
// pledged through a grant by an officer, due for follow-up on 2025-01-15.
const valuation = valuePledges(framework, [
  { measure: 'NT1', quantity: 10, tags: { ward: 'North' } },
  {
    measure: 'NT2',
    quantity: 4,
    effect: 'disbenefit',
    channel: 'grant',
    pledgerKind: 'officer',
    pledger: "O'Brien",
    followUpOn: '2025-01-15',
    barriers: ['childcare'],
  },
]);

// A two-year contract (2024/25 and 2025/26, 365 days each, linear). A variation on 2025-04-01
// adds NT3 (1 t) as a disbenefit: NT3 delivered before then is a disbenefit nobody pledged,
// 2 t through the tender (2 × −£5 = −£10) and 3 t through a grant (3 × −£5 = −£15), one entry
// per measure and channel.
const report = trackDelivery(
  valuation,
  [
    { measure: 'NT1', date: '2025-01-01', quantity: 6, verification: 'verified' },
    { measure: 'NT2', date: '2025-01-01', quantity: 1, channel: 'grant' },
    { measure: 'NT3', date: '2025-01-10', quantity: 2 },
    { measure: 'NT3', date: '2025-01-20', quantity: 3, channel: 'grant' },
  ],
  {
    start: '2024-04-01',
    end: '2026-03-31',
    asOf: '2025-04-01',
    framework,
    variations: [
      {
        measure: 'NT3',
        date: '2025-04-01',
        quantity: 1,
        reason: 'landfill found',
        newPledge: { effect: 'disbenefit' },
      },
    ],
  },
);

describe('a delivery report in PostgreSQL', () => {
  beforeAll(async () => {
    await insertRows(database.client, toRows(report, { keys: { report: 'r-1' } }));
  });

  it('keeps deliveries nobody pledged, one row per measure and channel, with their effect', async () => {
    const read = await database.client.query(
      `SELECT measure_code, channel, effect, quantity, value FROM delivery_unpledged
       WHERE report_id = 'r-1' ORDER BY measure_code, channel`,
    );
    expect(read.rows).toEqual([
      { measure_code: 'NT3', channel: 'grant', effect: 'disbenefit', quantity: '3', value: '-15' },
      { measure_code: 'NT3', channel: 'tender', effect: 'disbenefit', quantity: '2', value: '-10' },
    ]);
  });

  it('keeps each line’s origin, effect, channel, pledger, follow-up and barriers', async () => {
    const read = await database.client.query(
      `SELECT line_index, origin, effect, channel, pledger_kind, pledger, follow_up_on::text,
         barriers, unit_value, value_delivered
       FROM delivery_lines WHERE report_id = 'r-1' ORDER BY line_index`,
    );
    const none = { pledger_kind: null, pledger: null, follow_up_on: null, barriers: [] };
    expect(read.rows).toEqual([
      // 6 FTE × £100 delivered.
      {
        line_index: 0,
        origin: 'valuation',
        effect: 'benefit',
        channel: 'tender',
        ...none,
        unit_value: '100',
        value_delivered: '600',
      },
      // 1 mile × −£10: the negative figures are the disbenefit's, the effect says so.
      {
        line_index: 1,
        origin: 'valuation',
        effect: 'disbenefit',
        channel: 'grant',
        pledger_kind: 'officer',
        pledger: "O'Brien",
        follow_up_on: '2025-01-15',
        barriers: ['childcare'],
        unit_value: '-10',
        value_delivered: '-10',
      },
      {
        line_index: 2,
        origin: 'variation',
        effect: 'disbenefit',
        channel: 'tender',
        ...none,
        unit_value: '-5',
        value_delivered: '0',
      },
    ]);
    // The report's follow-ups are the lines due by its date.
    const due = await database.client.query(
      `SELECT l.line_index, l.pledger FROM delivery_lines l JOIN delivery_reports r USING (report_id)
       WHERE report_id = 'r-1' AND l.follow_up_on <= r.as_of ORDER BY l.follow_up_on, l.line_index`,
    );
    expect(due.rows).toEqual(
      report.followUps.map((f) => ({ line_index: f.line, pledger: f.pledger })),
    );
    expect(due.rows).toEqual([{ line_index: 1, pledger: "O'Brien" }]);
  });

  it('keeps the totals by channel and by effect', async () => {
    const read = await database.client.query(
      `SELECT breakdown, key, pledged, delivered, unpledged FROM delivery_totals
       WHERE report_id = 'r-1' AND breakdown IN ('channel', 'effect') ORDER BY breakdown, position`,
    );
    expect(read.rows).toEqual([
      // Grant: NT2 pledged −£40, delivered −£10; NT3 grant unpledged −£15.
      { breakdown: 'channel', key: 'grant', pledged: '-40', delivered: '-10', unpledged: '-15' },
      // Tender: NT1 £1,000 and NT3 −£5 pledged, NT1 £600 delivered; NT3 tender unpledged −£10.
      { breakdown: 'channel', key: 'tender', pledged: '995', delivered: '600', unpledged: '-10' },
      { breakdown: 'effect', key: 'benefit', pledged: '1000', delivered: '600', unpledged: '0' },
      // −£40 − £5 pledged, −£10 delivered, −£10 − £15 unpledged.
      {
        breakdown: 'effect',
        key: 'disbenefit',
        pledged: '-45',
        delivered: '-10',
        unpledged: '-25',
      },
    ]);
  });

  it('keeps each financial year’s pledged value and its figures by tag', async () => {
    const read = await database.client.query(
      `SELECT year, pledged, by_tag FROM delivery_financial_years WHERE report_id = 'r-1'
       ORDER BY year`,
    );
    expect(read.rows).toEqual([
      // Half of NT1 (£500) and of NT2 (−£20); NT3 was not pledged yet: £480.
      {
        year: '2024/25',
        pledged: '480',
        by_tag: { ward: { North: { pledged: '500', delivered: '600', unpledged: '0' } } },
      },
      // £500 − £20 and the whole of NT3 (−£5), added on the year's first day: £475.
      {
        year: '2025/26',
        pledged: '475',
        by_tag: { ward: { North: { pledged: '500', delivered: '0', unpledged: '0' } } },
      },
    ]);
  });
});

describe('a delivery report’s warnings in PostgreSQL', () => {
  it('keeps a tag value written two ways as a row of delivery_warnings, none without', async () => {
    // Lines 0 and 1 say ward "North" and "north ": one ward, two entries of byTag.
    const spelt = trackDelivery(
      valuePledges(framework, [
        { measure: 'NT1', quantity: 1, tags: { ward: 'North' } },
        { measure: 'NT2', quantity: 1, tags: { ward: 'north ' } },
      ]),
      [],
      { asOf: '2025-03-31' },
    );
    await insertRows(database.client, toRows(spelt, { keys: { report: 'r-spelt' } }));
    const read = await database.client.query(
      `SELECT report_id, position, code, severity, message, lines FROM delivery_warnings
       ORDER BY report_id, position`,
    );
    // r-1 (above) writes each value one way: no rows.
    expect(read.rows).toEqual([
      {
        report_id: 'r-spelt',
        position: 0,
        code: 'tag-spelling',
        severity: 'warning',
        message:
          'Tag "ward" has one value written 2 ways, totalled apart in byTag: "North" (line 0) and "north " (line 1).',
        lines: [0, 1],
      },
    ]);
  });
});

describe('a portfolio summary in PostgreSQL', () => {
  it('keeps its warnings: reports of two editions, counting deliveries two ways', async () => {
    const other = defineFramework({ ...frameworkInput, edition: '2' });
    const otherReport = trackDelivery(
      valuePledges(other, [{ measure: 'NT1', quantity: 1 }]),
      [{ measure: 'NT1', date: '2024-06-01', quantity: 1, verification: 'verified' }],
      { start: '2024-04-01', end: '2025-03-31', asOf: '2025-03-31', count: 'verified' },
    );
    const portfolio = summarisePortfolio([
      { id: 'A', name: 'Delivery', report },
      { id: 'B', report: otherReport },
    ]);
    await insertRows(database.client, toRows(portfolio, { keys: { portfolio: 'p-1' } }));
    const read = await database.client.query(
      `SELECT position, code, severity, message, contracts FROM portfolio_warnings
       WHERE portfolio_id = 'p-1' ORDER BY position`,
    );
    expect(read.rows).toEqual([
      {
        position: 0,
        code: 'mixed-editions',
        severity: 'warning',
        message:
          'The totals add reports made with more than one framework edition: edition 1 (2022 prices) for A; edition 2 (2022 prices) for B. Re-index them to one price year before comparing totals.',
        contracts: ['A', 'B'],
      },
      {
        position: 1,
        code: 'mixed-count',
        severity: 'warning',
        message:
          'The totals add reports counting deliveries differently: all deliveries counted for A; verified deliveries only for B. Track them with one count before comparing totals.',
        contracts: ['A', 'B'],
      },
    ]);
    expect(read.rows.map((row) => row.message)).toEqual(portfolio.warnings.map((w) => w.message));
  });

  it('keeps the pledges due for follow-up', async () => {
    const read = await database.client.query(
      `SELECT position, contract_id, contract_name, line_index, measure_code, channel,
         pledger_kind, pledger, follow_up_on::text, barriers, status, reason
       FROM portfolio_follow_ups WHERE portfolio_id = 'p-1' ORDER BY position`,
    );
    // Contract A's report: NT2 (1 of 4 miles by 2025-04-01, behind), due on 2025-01-15.
    expect(read.rows).toEqual([
      {
        position: 0,
        contract_id: 'A',
        contract_name: 'Delivery',
        line_index: 1,
        measure_code: 'NT2',
        channel: 'grant',
        pledger_kind: 'officer',
        pledger: "O'Brien",
        follow_up_on: '2025-01-15',
        barriers: ['childcare'],
        status: 'behind',
        reason:
          'The grant pledge of NT2 on line 1 by officer O\'Brien was due for follow-up on 2025-01-15: 1 of 4 delivered (behind); barriers recorded: "childcare".',
      },
    ]);
  });
});
