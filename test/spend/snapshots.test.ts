import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSealed } from '../../src/core/brand.js';
import { parseSpendLedger } from '../../src/csv/index.js';
import {
  analyseSpend,
  defineSpendMultiplier,
  estimateLocalImpact,
  type SpendMultiplierInput,
} from '../../src/spend/index.js';
import { spendSnapshots } from '../../src/spend/snapshots.js';
import { caught } from '../errors.js';
import { expectSame } from '../expect-same.js';
import { ledgerArb } from './arbitraries.js';
import { councilLedger } from './council-ledger.js';

const revive = <K extends keyof typeof spendSnapshots>(kind: K, value: unknown) =>
  spendSnapshots[kind](JSON.parse(JSON.stringify(value)), ['json']) as ReturnType<
    (typeof spendSnapshots)[K]
  >;

const multiplierArb: fc.Arbitrary<SpendMultiplierInput> = fc.oneof(
  fc
    .integer({ min: 0, max: 50_000 })
    .map((n) => ({ additional: (n / 100).toFixed(2), source: 'Additional study' })),
  // Over 3 rounds, at most £3 per £1 (each round is re-spent out of the one before).
  fc.integer({ min: 100, max: 300 }).map((n) => ({
    total: (n / 100).toFixed(2),
    appliesTo: 'all-spend' as const,
    rounds: 3,
    source: 'Total study',
  })),
);

describe('spend snapshots', () => {
  it('a spend analysis reads back deep-equal, sealed, byte-identical, with the same estimates', () => {
    fc.assert(
      fc.property(ledgerArb(), multiplierArb, (ledger, multiplier) => {
        const analysis = analyseSpend(ledger, {
          locality: ['PO1-PO6', 'EC1A'],
          localityName: 'the city',
        });
        const back = revive('spend-analysis', analysis);
        expectSame(back, analysis);
        expect(isSealed(back, 'spend-analysis')).toBe(true);
        expect(JSON.stringify(back)).toBe(JSON.stringify(analysis));
        const options = { multiplier, bySupplierType: { sme: { additional: 63, source: 's' } } };
        expectSame(estimateLocalImpact(back, options), estimateLocalImpact(analysis, options));
        // Given the JSON itself, estimateLocalImpact reads it through the same reader.
        expectSame(
          estimateLocalImpact(JSON.parse(JSON.stringify(analysis)), options),
          estimateLocalImpact(analysis, options),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('a multiplier and an estimate read back deep-equal and byte-identical', () => {
    fc.assert(
      fc.property(multiplierArb, (input) => {
        const multiplier = defineSpendMultiplier(input);
        const back = revive('spend-multiplier', multiplier);
        expectSame(back, multiplier);
        expect(isSealed(back, 'spend-multiplier')).toBe(true);
        expect(JSON.stringify(back)).toBe(JSON.stringify(multiplier));
        const estimate = estimateLocalImpact(analyseSpend(councilLedger, { locality: ['PO'] }), {
          multiplier,
        });
        const again = revive('local-impact-estimate', estimate);
        expectSame(again, estimate);
        expect(isSealed(again.lines[0]?.multiplier, 'spend-multiplier')).toBe(true);
        expect(JSON.stringify(again)).toBe(JSON.stringify(estimate));
      }),
      { numRuns: 60 },
    );
  });

  it('a parsed ledger reads back deep-equal and byte-identical, and analyses the same', () => {
    const cell = fc.constantFrom(
      'Harbour Catering',
      '__proto__',
      'Solent, CIC',
      '',
      'total',
      '"quoted"',
    );
    const row = fc.tuple(
      cell,
      fc.constantFrom('£1,250.00', '(12.00)', '800', 'twelve', '', '-0.5'),
      fc.constantFrom('03/04/2025', '2025-04-01', '1 Apr 2026', '01/05/25', '31/04/2025'),
      fc.constantFrom('PO1 2AB', 'po4 8lt', 'M1 1AA', 'P01 2AB', ''),
      fc.constantFrom('SME', 'Charity', 'Non-SME', 'Family firm', ''),
      cell,
      cell,
    );
    const csvCell = (value: string) =>
      /[",]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 25 }),
        fc.constantFrom(',', '\t'),
        (rows, delimiter) => {
          const text = [
            [
              'Supplier Name',
              'Amount',
              'Payment Date',
              'Postcode',
              'Supplier Type',
              'Service Area',
              'Ward',
            ],
            ...rows,
          ]
            .map((cells) =>
              cells.map(delimiter === ',' ? csvCell : (value) => value).join(delimiter),
            )
            .join('\n');
          const ledger = parseSpendLedger(text, { delimiter });
          const back = revive('spend-ledger', ledger);
          expectSame(back, ledger);
          expect(isSealed(back, 'spend-ledger')).toBe(true);
          expect(JSON.stringify(back)).toBe(JSON.stringify(ledger));
          const options = { locality: ['PO1-PO6'] };
          expectSame(analyseSpend(back.payments, options), analyseSpend(ledger.payments, options));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('reads back a ledger with an amount outside the numeric domain (an out-of-range problem)', () => {
    const ledger = parseSpendLedger(
      'Supplier Name,Amount,Payment Date\nA,1,01/04/2025\nB,"£10,000,000,000,000,000",01/04/2025',
    );
    expect(ledger.problems.map((p) => [p.code, p.line])).toEqual([
      ['no-postcode-column', 1],
      ['out-of-range', 3],
    ]);
    const back = revive('spend-ledger', JSON.parse(JSON.stringify(ledger)));
    expect(JSON.stringify(back)).toBe(JSON.stringify(ledger));
  });

  it('reads back a ledger with an unnamed trailing column (an unnamed-columns problem)', () => {
    const ledger = parseSpendLedger(
      'Supplier Name,Amount,Payment Date\nA,1,01/04/2025,1\nB,2,02/04/2025,3',
    );
    expect(ledger.problems.map((p) => [p.code, p.line])).toEqual([
      ['no-postcode-column', 1],
      ['unnamed-columns', 1],
    ]);
    const back = revive('spend-ledger', JSON.parse(JSON.stringify(ledger)));
    expect(JSON.stringify(back)).toBe(JSON.stringify(ledger));
  });

  it('keeps prototype-named departments and wards as ordinary keys', () => {
    const analysis = analyseSpend(
      [
        {
          supplier: 'A',
          amount: 1,
          date: '2025-04-01',
          department: '__proto__',
          ward: 'constructor',
        },
      ],
      { locality: ['PO'] },
    );
    const back = revive('spend-analysis', analysis);
    expect(Object.keys(back.byDepartment)).toEqual(['__proto__']);
    expect(Object.hasOwn(back.byWard, 'constructor')).toBe(true);
    expectSame(back, analysis);
  });

  it('refuses another kind, a bad figure or a multiplier whose forms disagree, naming the path', () => {
    const analysis = analyseSpend(councilLedger, { locality: ['PO'] });
    const json = JSON.parse(JSON.stringify(analysis));
    expect(
      caught(() => spendSnapshots['spend-analysis']({ kind: 'valuation' }, ['analysis'])).issues[0],
    ).toMatchObject({
      path: 'analysis',
      message:
        'expected a spend analysis (the result of analyseSpend, or its JSON), received an object of kind "valuation"',
    });
    json.byDepartment.Education.localShare = 'NaN';
    expect(caught(() => spendSnapshots['spend-analysis'](json, ['analysis'])).issues[0]?.path).toBe(
      'analysis.byDepartment.Education.localShare',
    );
    const multiplier = JSON.parse(
      JSON.stringify(defineSpendMultiplier({ additional: 63, source: 's' })),
    );
    multiplier.total = '1.62';
    expect(
      caught(() => spendSnapshots['spend-multiplier'](multiplier, ['m'])).issues[0],
    ).toMatchObject({
      path: 'm.total',
      message: 'expected 1.63 (from the additional figure), received 1.62',
    });
  });

  it("refuses a multiplier's summary that is not the one its figures and source give, alone or in an estimate", () => {
    // 63p additional is £1.63 in all per £1; by default it applies to local spend.
    const summary =
      'An additional 63p of local benefit per £1 spent with local suppliers, that is a total of £1.63 in the local economy per £1 (source: s).';
    const multiplier = defineSpendMultiplier({ additional: 63, source: 's' });
    expect(multiplier.summary).toBe(summary);
    const json = JSON.parse(JSON.stringify(multiplier));
    json.summary = summary.replace('63p', '73p');
    expect(
      caught(() => revive('spend-multiplier', json)).issues.map(({ path, message }) => [
        path,
        message,
      ]),
    ).toEqual([
      [
        'json.summary',
        `expected ${JSON.stringify(summary)} (from its own figures), received ${JSON.stringify(json.summary)}`,
      ],
    ]);
    const estimate = JSON.parse(
      JSON.stringify(
        estimateLocalImpact(analyseSpend(councilLedger, { locality: ['PO'] }), { multiplier }),
      ),
    );
    estimate.lines[0].multiplier.summary = 'Edited.';
    expect(caught(() => revive('local-impact-estimate', estimate)).issues[0]?.path).toBe(
      'json.lines[0].multiplier.summary',
    );
  });

  it('refuses a multiplier defineSpendMultiplier would refuse: negative benefit, a blank source, more than its rounds give', () => {
    // A stored £0.50 per £1 (an additional -50p) used to be read back and used in estimates.
    const stored = (input: SpendMultiplierInput, change: Record<string, string>) => ({
      ...JSON.parse(JSON.stringify(defineSpendMultiplier(input))),
      ...change,
    });
    const cases: [Record<string, unknown>, string, string][] = [
      [
        stored({ total: '2.12', source: 's' }, { total: '0.5', additional: '-50' }),
        'json.total',
        'expected £ in the local economy per £1 spent, at least 1 since the £1 itself counts, received 0.5',
      ],
      [
        stored({ additional: 63, source: 's' }, { additional: '-50', total: '0.5' }),
        'json.additional',
        'expected pence of additional benefit per £1, at least 0, received -50',
      ],
      [
        stored({ additional: 63, source: 's' }, { source: '  ' }),
        'json.source',
        'expected the source of the figure (a publication, survey or study), received "  "',
      ],
    ];
    for (const [json, path, message] of cases) {
      const error = caught(() => spendSnapshots['spend-multiplier'](json, ['json']));
      expect(error.code).toBe('invalid-input');
      expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([[path, message]]);
    }
    // Stored over 3 rounds, a total of £4 per £1 (an additional 300p): 3 rounds give at most £3.
    const over = stored(
      { total: 3, rounds: 3, source: 's' },
      { total: '4', additional: '300', summary: 'x' },
    );
    const error = caught(() => spendSnapshots['spend-multiplier'](over, ['json']));
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'json.total',
        'expected at most 3 over 3 rounds, each re-spent from the one before, received 4',
      ],
    ]);
    // defineSpendMultiplier refuses the same inputs.
    for (const input of [
      { total: '0.5', source: 's' },
      { additional: -50, source: 's' },
      { additional: 63, source: '  ' },
      { total: 4, rounds: 3, source: 's' },
    ]) {
      expect(caught(() => defineSpendMultiplier(input)).code).toBe('invalid-input');
    }
    // At the edges it reads back: £1 in all (0p additional).
    const level = defineSpendMultiplier({ total: 1, source: 's' });
    expect(revive('spend-multiplier', level).additional.toString()).toBe('0');
  });
});
