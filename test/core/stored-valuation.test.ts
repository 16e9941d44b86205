import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStoredValuation } from '../../src/core/stored-valuation.js';
import {
  createValuationAccumulator,
  defineFramework,
  type PledgeInput,
  valuePledges,
} from '../../src/index.js';
import { edited, type Step } from '../snapshot-edits.js';
import { checkedFigures, valuationArb, withFigureChanged } from '../stored-valuations.js';

// The lightweight check of a stored valuation that evaluateTenders and trackDelivery run: each
// figure they read against what the valuation worked it out from. Figures worked out by hand.

const framework = defineFramework({
  id: 'f',
  name: 'F',
  edition: '1',
  priceYear: 2024,
  themes: [
    { id: 'jobs', name: 'Jobs' },
    { id: 'social', name: 'Communities' },
  ],
  measures: [
    {
      code: 'NT1',
      theme: 'jobs',
      title: 'Local people employed',
      unit: 'FTE',
      proxyValue: '32000.5',
      valueType: 'local-economic',
    },
    {
      code: 'NT29',
      theme: 'social',
      title: 'Volunteering hours',
      unit: 'hours',
      proxyValue: '16.09',
      valueType: 'social',
    },
  ],
});

// NT1: 2 × 32,000.5 = 64,001. NT29 by year at half share: 16.09 × 0.5 = 8.045 an hour, 10 h in
// 2026 (80.45), none in 2027, 5 h in 2028 (40.225): 15 h, 120.675. NT1 displaced: −32,000.5.
// Total 32,121.175; over a contract of £1,000,000: 0.032121175.
const pledges: PledgeInput[] = [
  { measure: 'NT1', quantity: 2 },
  { measure: 'NT29', years: { '2026': 10, '2027': 0, '2028': 5 }, attributionShare: '0.5' },
  { measure: 'NT1', quantity: 1, effect: 'disbenefit' },
];
const valuation = valuePledges(framework, pledges, { contractValue: 1_000_000 });
const stored = JSON.parse(JSON.stringify(valuation)) as Record<string, unknown>;

/** `path: message` of each problem the check reports (none: `[]`). */
function problems(json: Record<string, unknown>): string[] {
  const found: string[] = [];
  const right = checkStoredValuation(json, (message, at) => {
    found.push(`${at.join('.')}: ${message}`);
  });
  expect(right).toBe(found.length === 0);
  return found;
}

const own = (expected: string, received: string) =>
  `expected "${expected}" (from its own figures), received "${received}"`;

describe('checkStoredValuation', () => {
  it('finds nothing in a snapshot as valuePledges wrote it, nor in a copy with its Decimals', () => {
    expect(stored).toMatchObject({
      total: '32121.175',
      socialValueAddedRatio: '0.032121175',
      lines: [{ value: '64001' }, { quantity: '15', value: '120.675' }, { value: '-32000.5' }],
    });
    expect(problems(stored)).toEqual([]);
    expect(problems({ ...valuation })).toEqual([]);
  });

  const edits: [readonly Step[], unknown, string[]][] = [
    [['total'], '1', [`total: ${own('32121.175', '1')}`]],
    [['total'], 32121.18, [`total: ${own('32121.175', '32121.18')}`]],
    [['lines', 0, 'value'], '5', [`lines.0.value: ${own('64001', '5')}`]],
    // 3 × 32,000.5 = 96,001.5; 2 × 32,000 = 64,000.
    [['lines', 0, 'quantity'], '3', [`lines.0.value: ${own('96001.5', '64001')}`]],
    [['lines', 0, 'proxyValue'], '32000', [`lines.0.value: ${own('64000', '64001')}`]],
    // At a quarter share, 4.0225 an hour: 10 h 40.225, 5 h 20.1125, 15 h 60.3375.
    [
      ['lines', 1, 'attributionShare'],
      '0.25',
      [
        `lines.1.years.0.value: ${own('40.225', '80.45')}`,
        `lines.1.years.2.value: ${own('20.1125', '40.225')}`,
        `lines.1.value: ${own('60.3375', '120.675')}`,
      ],
    ],
    // 11 h × 8.045 = 88.495; 16 h in all.
    [
      ['lines', 1, 'years', 0, 'quantity'],
      '11',
      [`lines.1.years.0.value: ${own('88.495', '80.45')}`, `lines.1.quantity: ${own('16', '15')}`],
    ],
    [['lines', 1, 'years', 0, 'value'], '80', [`lines.1.years.0.value: ${own('80.45', '80')}`]],
    // 16 × 8.045 = 128.72.
    [
      ['lines', 1, 'quantity'],
      '16',
      [`lines.1.quantity: ${own('15', '16')}`, `lines.1.value: ${own('128.72', '120.675')}`],
    ],
    [['lines', 2, 'value'], '32000.5', [`lines.2.value: ${own('-32000.5', '32000.5')}`]],
    [['lines', 2, 'effect'], 'benefit', [`lines.2.value: ${own('32000.5', '-32000.5')}`]],
    // 32,121.175 ÷ 2,000,000 = 0.0160605875.
    [
      ['contractValue'],
      '2000000',
      [`socialValueAddedRatio: ${own('0.0160605875', '0.032121175')}`],
    ],
    [['socialValueAddedRatio'], '0.5', [`socialValueAddedRatio: ${own('0.032121175', '0.5')}`]],
  ];

  it.each(edits)('reports %j edited to %j at the figure that disagrees', (path, value, found) => {
    expect(problems(edited(stored, path, value))).toEqual(found);
  });

  it('reads no breakdown, warning or summary of a valuation with lines (revive checks those)', () => {
    for (const [path, value] of [
      [['byTheme', 'jobs'], '1'],
      [['byValueType', 'social'], '1'],
      [['benefitTotal'], '1'],
      [['summary'], 'Fine.'],
    ] as const) {
      expect(problems(edited(stored, path, value))).toEqual([]);
    }
  });

  it('leaves out what a valuation made by hand does not give', () => {
    // No values, no total: nothing to check. Years only spread a quantity made by hand.
    const lines = [
      { quantity: 24, proxyValue: 30782, years: [{ year: '1', quantity: 1 }] },
      { quantity: 2, proxyValue: 5, attributionShare: '0.5' },
    ];
    expect(problems({ lines })).toEqual([]);
    // 24 × 30,782 = 738,768, and 2 × 5 × 0.5 = 5: 738,773.
    expect(problems({ lines, total: '738773' })).toEqual([]);
    expect(problems({ lines, total: '738768' })).toEqual([`total: ${own('738773', '738768')}`]);
    expect(problems({ total: '5' })).toEqual([]);
  });

  it('checks the total of a valuation kept without lines against its theme values', () => {
    const running = createValuationAccumulator(framework, { lines: false });
    running.add(pledges);
    const totals = JSON.parse(JSON.stringify(running.result()));
    expect(totals).toMatchObject({ lines: [], byTheme: { jobs: '32000.5', social: '120.675' } });
    expect(problems(totals)).toEqual([]);
    expect(problems(edited(totals, ['total'], '1'))).toEqual([`total: ${own('32121.175', '1')}`]);
    // 1 + 120.675 = 121.675.
    expect(problems(edited(totals, ['byTheme', 'jobs'], '1'))).toEqual([
      `total: ${own('121.675', '32121.175')}`,
    ]);
    expect(problems(edited(totals, ['byTheme'], {}))).toEqual([`total: ${own('0', '32121.175')}`]);
  });

  it('reports what is not a figure at its path, and never throws', () => {
    expect(problems({ lines: [null], total: '1' })).toEqual([
      'lines.0.proxyValue: missing: expected a number',
      'lines.0.quantity: missing: expected a number',
    ]);
    expect(problems({ lines: [], byTheme: { jobs: 'x' }, total: '1' })).toEqual([
      'byTheme.jobs: expected a finite number, a decimal string, a bigint or a Decimal, received "x"',
      `total: ${own('0', '1')}`,
    ]);
    expect(
      problems(edited(stored, ['lines', 1, 'years', 1], 7)).map((problem) => problem.slice(0, 24)),
    ).toEqual(['lines.1.years.1.quantity']);
    expect(problems(edited(stored, ['total'], '1e61'))).toEqual([
      'total: expected a figure below 1e60 in magnitude, received "1e61"',
    ]);
  });

  it('accepts any valuation as written, and finds any one of its figures changed', () => {
    fc.assert(
      fc.property(
        valuationArb,
        fc.nat(),
        fc.integer({ min: 1, max: 100_000 }).map((cents) => `${cents / 100}`),
        (valuation, pick, raise) => {
          expect(problems(JSON.parse(JSON.stringify(valuation)))).toEqual([]);
          const paths = checkedFigures(valuation);
          const path = paths[pick % paths.length]!;
          expect(problems(withFigureChanged(valuation, path, raise))).not.toEqual([]);
        },
      ),
    );
  });
});
