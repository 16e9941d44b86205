import { beforeAll, describe, expect, it } from 'vitest';
import { assessMaturity, reconcilePledgeSheet, svmiPublicSector } from '../../src/index.js';
import { toRows } from '../../src/sql/index.js';
import { databaseWithSchema, insertRows } from './postgres.js';
import { assessment, keys, maturityResponses, reconciliation, spend } from './results.js';

// The findings and warnings tables (pledge_sheet_findings, maturity_warnings, spend_findings),
// stored through node-postgres and read back with SQL: every column of every row, against
// figures worked out by hand from the fixtures of results.ts, then turned back into the
// result's own findings.

const database = databaseWithSchema();

/** Every row of `table` stored under `key` (its first column), by position. */
async function stored(table: string, key: string): Promise<Record<string, unknown>[]> {
  const column = { pledge_sheet_findings: 'reconciliation_id', maturity_warnings: 'assessment_id' }[
    table
  ];
  const read = await database.client.query(
    `SELECT * FROM ${table} WHERE ${column ?? 'analysis_id'} = $1 ORDER BY position`,
    [key],
  );
  return read.rows;
}

/** A finding's fields as plain data: Decimals as their exact text, absent fields as null. */
function plain(finding: object, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    fields.map((field) => {
      const value = (finding as Record<string, unknown>)[field] ?? null;
      return [field, typeof value === 'object' && value !== null ? String(value) : value];
    }),
  );
}

describe('pledge_sheet_findings of seed 004 (examples/pledge-sheet.csv)', () => {
  // A second sheet states a total £100 above the sum of its one row: 2 × £30,782 = £61,564 stated
  // as such, total stated £61,664.
  const mismatch = reconcilePledgeSheet(
    [{ measure: 'NT1', proxyValue: 30782, quantity: 2, statedValue: 61564, line: 5 }],
    { statedTotal: 61664 },
  );

  beforeAll(async () => {
    await insertRows(database.client, toRows(reconciliation, { keys }));
    await insertRows(database.client, toRows(mismatch, { keys: { reconciliation: 'r-total' } }));
  });

  it('stores each finding of the sheet with its row, measure and figures', async () => {
    // File lines: NT13 (line 14) has no answer; NT18 (line 18): 650,000 × £0.963812 =
    // £626,477.80, stated £6,264,776.71, £5,638,298.91 more, 10¹ times too large, the stated value
    // ÷ 10 implying 626,477.671 ÷ 650,000 = £0.9638118015 384615 384615… (34 digits); CBC5 RBC1
    // (line 19) and NT68 (line 27) have a £0 proxy; NT19 (line 20): 250,000 × £0.963812 =
    // £240,953.00, stated £240,952.95 (−£0.05), implying 240,952.95 ÷ 250,000 = £0.9638118.
    const base = { reconciliation_id: keys.reconciliation, implied_proxy: null, scale: null };
    const none = { expected: null, stated: null, difference: null };
    const zero = { expected: '0', stated: '0', difference: '0' };
    const rows = await stored('pledge_sheet_findings', keys.reconciliation);
    expect(rows.map(({ message: _, ...row }) => row)).toEqual([
      {
        ...base,
        ...none,
        position: 0,
        code: 'unanswered',
        severity: 'info',
        row_number: 14,
        measure_code: 'NT13',
      },
      {
        ...base,
        position: 1,
        code: 'likely-scale-error',
        severity: 'error',
        row_number: 18,
        measure_code: 'NT18',
        expected: '626477.8',
        stated: '6264776.71',
        difference: '5638298.91',
        implied_proxy: '0.9638118015384615384615384615384615',
        scale: 1,
      },
      {
        ...base,
        ...zero,
        position: 2,
        code: 'not-monetised',
        severity: 'info',
        row_number: 19,
        measure_code: 'CBC5 RBC1',
      },
      {
        ...base,
        position: 3,
        code: 'proxy-rounding',
        severity: 'info',
        row_number: 20,
        measure_code: 'NT19',
        expected: '240953',
        stated: '240952.95',
        difference: '-0.05',
        implied_proxy: '0.9638118',
      },
      {
        ...base,
        ...zero,
        position: 4,
        code: 'not-monetised',
        severity: 'info',
        row_number: 27,
        measure_code: 'NT68',
      },
    ]);
    expect(rows[0]?.message).toBe('Row 14 (NT13) has no answer: nothing is pledged against it.');
    expect(rows[1]?.message).toContain('the sheet states £6,264,776.71, 10 times too large');
    expect(rows[3]?.message).toContain('the stated value implies £0.9638118');
  });

  it('stores a finding about the total with no row or measure', async () => {
    // Stated £61,664 against the rows' £61,564: expected 61,564, £100 more.
    const rows = await stored('pledge_sheet_findings', 'r-total');
    expect(rows.map(({ message: _, ...row }) => row)).toEqual([
      {
        reconciliation_id: 'r-total',
        position: 0,
        code: 'total-mismatch',
        severity: 'error',
        row_number: null,
        measure_code: null,
        expected: '61564',
        stated: '61664',
        difference: '100',
        implied_proxy: null,
        scale: null,
      },
    ]);
  });

  it('reads back as the reconciliation’s own findings', async () => {
    const fields = [
      'code',
      'severity',
      'message',
      'row',
      'measure',
      'expected',
      'stated',
      'difference',
      'impliedProxy',
      'scale',
    ];
    for (const [key, result] of [
      [keys.reconciliation, reconciliation],
      ['r-total', mismatch],
    ] as const) {
      const rows = await stored('pledge_sheet_findings', key);
      const read = rows.map((row) => ({
        code: row.code,
        severity: row.severity,
        message: row.message,
        row: row.row_number,
        measure: row.measure_code,
        expected: row.expected,
        stated: row.stated,
        difference: row.difference,
        impliedProxy: row.implied_proxy,
        scale: row.scale,
      }));
      expect(read, key).toEqual(result.findings.map((finding) => plain(finding, fields)));
    }
  });
});

describe('maturity_warnings of the Surrey SVMI assessment (examples/05-maturity.ts)', () => {
  // Reporting answered with one of its own criteria and one of Procurement's.
  const mixed = assessMaturity(svmiPublicSector, {
    ...maturityResponses,
    'governance-and-accountability': 'mature',
    reporting: { met: ['reporting.mature.1', 'procurement.mature.1'] },
  });

  beforeAll(async () => {
    await insertRows(database.client, toRows(assessment, { keys }));
    await insertRows(database.client, toRows(mixed, { keys: { assessment: 'a-mixed' } }));
  });

  it('stores the warning of the theme left out of the responses', async () => {
    // Nine of the ten themes answered: Governance and Accountability is missing.
    expect(await stored('maturity_warnings', keys.assessment)).toEqual([
      {
        assessment_id: keys.assessment,
        position: 0,
        code: 'missing-theme',
        severity: 'warning',
        message:
          'Governance and Accountability is not in the responses: it has no level and is left out of the overall mean.',
        theme_id: 'governance-and-accountability',
        criterion_id: null,
        path: 'responses["governance-and-accountability"]',
      },
    ]);
  });

  it('stores a criterion given under another theme with the criterion and its place', async () => {
    // procurement.mature.1 is the second id of Reporting's met list: met[1].
    expect(await stored('maturity_warnings', 'a-mixed')).toEqual([
      {
        assessment_id: 'a-mixed',
        position: 0,
        code: 'criterion-of-other-theme',
        severity: 'warning',
        message:
          'Ignored: "procurement.mature.1" belongs to the theme "procurement", not "reporting".',
        theme_id: 'reporting',
        criterion_id: 'procurement.mature.1',
        path: 'responses.reporting.met[1]',
      },
    ]);
  });

  it('reads back as the assessment’s own warnings', async () => {
    const fields = ['code', 'severity', 'message', 'theme', 'criterion', 'path'];
    for (const [key, result] of [
      [keys.assessment, assessment],
      ['a-mixed', mixed],
    ] as const) {
      const rows = await stored('maturity_warnings', key);
      const read = rows.map((row) => ({
        code: row.code,
        severity: row.severity,
        message: row.message,
        theme: row.theme_id,
        criterion: row.criterion_id,
        path: row.path,
      }));
      expect(read, key).toEqual(result.warnings.map((warning) => plain(warning, fields)));
    }
  });
});

describe('spend_findings of the council ledger (examples/07-council.ts)', () => {
  beforeAll(async () => {
    await insertRows(database.client, toRows(spend, { keys }));
  });

  it('stores the postcode findings with the ledger row, supplier and postcode', async () => {
    // Ledger lines (the header is line 1): Unknown Supplies (line 6, £300) has no postcode;
    // Typo Traders (line 7, £500) wrote P01 (zero) for PO1: area "P" is not in use.
    expect(await stored('spend_findings', keys.analysis)).toEqual([
      {
        analysis_id: keys.analysis,
        position: 0,
        code: 'missing-postcode',
        severity: 'warning',
        message:
          'Row 6 (Unknown Supplies, £300.00): no postcode, so its location is unknown: it is counted neither local nor non-local.',
        row_number: 6,
        supplier: 'Unknown Supplies',
        postcode: null,
      },
      {
        analysis_id: keys.analysis,
        position: 1,
        code: 'invalid-postcode',
        severity: 'warning',
        message:
          'Row 7 (Typo Traders, £500.00): postcode "P01 2AB" is in no postcode area in use ("P") (did you mean "PO1 2AB"?), so its location is unknown: it is counted neither local nor non-local.',
        row_number: 7,
        supplier: 'Typo Traders',
        postcode: 'P01 2AB',
      },
    ]);
  });

  it('reads back as the analysis’s own findings', async () => {
    const rows = await stored('spend_findings', keys.analysis);
    const read = rows.map((row) => ({
      code: row.code,
      severity: row.severity,
      message: row.message,
      row: row.row_number,
      supplier: row.supplier,
      postcode: row.postcode,
    }));
    const fields = ['code', 'severity', 'message', 'row', 'supplier', 'postcode'];
    expect(read).toEqual(spend.findings.map((finding) => plain(finding, fields)));
  });
});
