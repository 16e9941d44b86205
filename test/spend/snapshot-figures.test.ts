import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { revive } from '../../src/index.js';
import {
  analyseSpend,
  assessImpact,
  estimateLocalImpact,
  type PaymentInput,
} from '../../src/spend/index.js';
import { caught } from '../errors.js';
import { expectSame } from '../expect-same.js';
import { edited, type Step } from '../snapshot-edits.js';
import { ledgerArb } from './arbitraries.js';
import { cateringImpacts, impactFramework } from './impact-fixtures.js';

// A stored spend analysis, local impact estimate or impact assessment whose figures disagree
// with its own contents is refused at the figure; an unedited one reads back equal.

const json = (value: unknown) => JSON.parse(JSON.stringify(value));

/** The code, headline and issues (`path: message`) of what revive refuses. */
function refusal(snapshot: unknown): string[] {
  const error = caught(() => revive(snapshot));
  return [
    error.code,
    error.message.split('\n')[0]!,
    ...error.issues.map((issue) => `${issue.path}: ${issue.message}`),
  ];
}

const portsmouth: PaymentInput[] = [
  {
    supplier: 'Harbour Catering',
    amount: '1200.00',
    date: '2025-04-14',
    postcode: 'PO1 2AB',
    supplierType: 'sme',
    department: 'Education',
    ward: 'Fratton',
  },
  {
    supplier: 'Nationwide Fleet plc',
    amount: '2500.00',
    date: '2025-05-02',
    postcode: 'M1 1AA',
    supplierType: 'large',
    department: 'Transport',
  },
  {
    supplier: 'Southsea Trust',
    amount: '300.00',
    date: '2026-01-20',
    postcode: 'PO5 1XY',
    supplierType: 'vcse',
    department: 'Education',
    ward: 'Fratton',
  },
  { supplier: 'Unknown Co', amount: '100.00', date: '2026-02-01', postcode: 'NOT KNOWN' },
];
const analysis = analyseSpend(portsmouth, { locality: ['PO1-PO6'], localityName: 'Portsmouth' });
// 1500 of 4100 local: 15/41 = 0.36585 36585 …, 34 digits rounded half up.
const localShare = '0.3658536585365853658536585365853659';

describe('a stored spend analysis is checked against its own sums', () => {
  it('has the figures worked out by hand', () => {
    expect(json(analysis)).toMatchObject({
      paymentCount: 4,
      total: '4100',
      localSpend: '1500',
      localShare,
      byDepartment: { Education: { amount: '1500', paymentCount: 2, localSpend: '1500' } },
    });
  });

  const one = (path: string, message: string) => [
    'invalid-input',
    'Invalid spend analysis: 1 problem.',
    `${path}: ${message}`,
  ];
  it.each([
    [['total'], '1', one('json.total', 'expected "4100" (from its own figures), received "1"')],
    [
      ['localSpend'],
      '1600',
      one('json.localSpend', 'expected "1500" (from its own figures), received "1600"'),
    ],
    [
      ['localShare'],
      '0.5',
      one('json.localShare', `expected "${localShare}" (from its own figures), received "0.5"`),
    ],
    [
      ['paymentCount'],
      5,
      one('json.paymentCount', 'expected 4 (from its own figures), received 5'),
    ],
    [
      ['byDepartment', 'Education', 'amount'],
      '1600',
      one(
        'json.byDepartment.Education.amount',
        'expected "1500" (from its own figures), received "1600"',
      ),
    ],
    [
      ['byWard', 'Fratton', 'localSpend'],
      '1400',
      one(
        'json.byWard.Fratton.localSpend',
        'expected "1500" (from its own figures), received "1400"',
      ),
    ],
    [
      ['bySupplierType', 'sme', 'paymentCount'],
      2,
      one('json.bySupplierType.sme.paymentCount', 'expected 1 (from its own figures), received 2'),
    ],
    // Supplier types without payments (micro, public-body…) have £0, so cannot explain it.
    [
      ['bySupplierType', 'sme', 'localSpend'],
      '1300',
      one(
        'json.bySupplierType.sme.localSpend',
        'expected "1200" (from its own figures), received "1300"',
      ),
    ],
    [
      ['bySupplierType', 'large', 'amount'],
      '2000',
      one(
        'json.bySupplierType.large.amount',
        'expected "2500" (from its own figures), received "2000"',
      ),
    ],
    [
      ['byLocation', 'unknown', 'amount'],
      '0',
      one('json.byLocation.unknown.amount', 'expected "100" (from its own figures), received "0"'),
    ],
    [
      ['withoutDepartment', 'amount'],
      '0',
      one('json.withoutDepartment.amount', 'expected "100" (from its own figures), received "0"'),
    ],
    [
      ['byFinancialYear', '2025/26', 'share'],
      '0.9',
      one(
        'json.byFinancialYear["2025/26"].share',
        'expected "1" (from its own figures), received "0.9"',
      ),
    ],
    [
      ['byDepartment', 'Transport', 'localShare'],
      null,
      one(
        'json.byDepartment.Transport.localShare',
        'expected "0" (from its own figures), received null',
      ),
    ],
    [
      ['byDepartment', 'Transport', 'reason'],
      'Department "Transport": fine.',
      one(
        'json.byDepartment.Transport.reason',
        'expected "Department \\"Transport\\": £2,500.00 in 1 payment (60.98% of all spend), of which £0.00 (0%) local to Portsmouth." (from its own figures), received "Department \\"Transport\\": fine."',
      ),
    ],
    [
      ['summary'],
      'All local.',
      one(
        'json.summary',
        'expected "£4,100.00 in 4 payments: £1,500.00 (36.59%) local to Portsmouth, £2,500.00 (60.98%) elsewhere and £100.00 (2.44%) of unknown location (1 finding)." (from its own figures), received "All local."',
      ),
    ],
  ] as const)('refuses %j edited to %j at its path', (path, to, expected) => {
    expect(refusal(edited(analysis, path, to))).toEqual(expected);
  });

  it('refuses at the breakdown a sum it cannot pin on one slice', () => {
    // Both departments 100 more: 4300, and neither slice alone explains it.
    const both = edited(
      edited(analysis, ['byDepartment', 'Education', 'amount'], '1600'),
      ['byDepartment', 'Transport', 'amount'],
      '2600',
    );
    expect(refusal(both).slice(0, 3)).toEqual([
      'invalid-input',
      'Invalid spend analysis: 6 problems.',
      'json.byDepartment: expected amount figures adding up to 4100, received a sum of 4300',
    ]);
  });

  it("refuses a finding's severity other than its code's", () => {
    // A BFPO address (counted non-local) and an outward code the locality decides (PO1 is in
    // PO1-PO6) inform; a postcode that is no postcode warns: its spend is of unknown location.
    const noted = analyseSpend(
      [
        { supplier: 'Forces Mess', amount: '50', date: '2025-06-01', postcode: 'BFPO 105' },
        { supplier: 'Dock Co', amount: '70', date: '2025-06-02', postcode: 'PO1' },
        { supplier: 'Unknown Co', amount: '100', date: '2026-02-01', postcode: 'NOT KNOWN' },
      ],
      { locality: ['PO1-PO6'], localityName: 'Portsmouth' },
    );
    const severities = [
      ['bfpo-address', 'info'],
      ['outward-code-only', 'info'],
      ['invalid-postcode', 'warning'],
    ];
    expect(noted.findings.map(({ code, severity }) => [code, severity])).toEqual(severities);
    expectSame(revive(json(noted), 'spend-analysis'), noted);
    severities.forEach(([, severity], index) => {
      const other = severity === 'info' ? 'warning' : 'info';
      expect(refusal(edited(noted, ['findings', index, 'severity'], other))).toEqual([
        'invalid-input',
        'Invalid spend analysis: 1 problem.',
        `json.findings[${index}].severity: expected "${severity}" (from its own figures), received "${other}"`,
      ]);
    });
  });

  it('reads back unedited analyses: prototype names, huge and tiny amounts, credits, none', () => {
    const huge = '999999999999999.9999999999999999999999999999999999999999';
    const ledgers: [PaymentInput[], Parameters<typeof analyseSpend>[1]][] = [
      [[], { locality: ['PO'] }],
      [
        [
          {
            supplier: '__proto__',
            amount: huge,
            date: '2025-04-01',
            postcode: 'PO1 2AB',
            department: '__proto__',
            ward: 'constructor',
          },
          {
            supplier: 'toString',
            amount: huge,
            date: '2026-03-31',
            postcode: 'PO1',
            department: 'toString',
            ward: '__proto__',
          },
          {
            supplier: 'B',
            amount: `-${huge}`,
            date: '2027-04-01',
            postcode: 'M1 1AA',
            department: '__proto__',
          },
          {
            supplier: 'C',
            amount: '0.0000000000000000000000000000000000000001',
            date: '2025-04-01',
            postcode: null,
          },
        ],
        { locality: ['PO1 2AB'] },
      ],
      [
        [
          {
            supplier: 'A',
            amount: '-50',
            date: '2025-04-01',
            postcode: 'PO1 2AB',
            supplierType: 'vcse',
          },
          { supplier: 'B', amount: '20', date: '2025-04-01', postcode: 'SO14 1AA' },
        ],
        { locality: (postcode: string) => postcode.startsWith('PO') },
      ],
    ];
    for (const [ledger, options] of ledgers) {
      const live = analyseSpend(ledger, options);
      const back = revive(json(live), 'spend-analysis');
      expectSame(back, live);
      expect(JSON.stringify(back)).toBe(JSON.stringify(live));
    }
  });

  /** Every figure of a stored analysis: the path and a different value of the same type. */
  function figures(snapshot: Record<string, unknown>): [Step[], unknown][] {
    const found: [Step[], unknown][] = [];
    const visit = (value: unknown, path: Step[]) => {
      const key = path.at(-1);
      if (['localShare', 'share'].includes(key as string)) {
        found.push([
          path,
          value === null ? '0.5' : new Decimal(value as string).plus('0.1').toString(),
        ]);
      } else if (['total', 'localSpend', 'amount'].includes(key as string)) {
        found.push([path, new Decimal(value as string).plus(1).toString()]);
      } else if (key === 'paymentCount') {
        found.push([path, (value as number) + 1]);
      } else if (typeof value === 'object' && value !== null && key !== 'findings') {
        for (const [name, entry] of Object.entries(value)) visit(entry, [...path, name]);
      }
    };
    visit(snapshot, []);
    return found;
  }

  it('reads generated analyses back equal, and refuses any one figure changed, at its place', () => {
    fc.assert(
      fc.property(ledgerArb(), fc.nat(), (ledger, pick) => {
        const live = analyseSpend(ledger, { locality: ['PO1-PO6'], localityName: 'the city' });
        const snapshot = json(live);
        expectSame(revive(snapshot, 'spend-analysis'), live);
        const all = figures(snapshot);
        const [path, to] = all[pick % all.length]!;
        const error = caught(() => revive(edited(live, path, to)));
        expect(error.code).toBe('invalid-input');
        // At the figure itself, or (when no one slice explains a sum) at its breakdown.
        expect(error.issues.map((issue) => issue.segments.slice(0, 2))).toContainEqual([
          'json',
          path[0],
        ]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('a stored local impact estimate is checked against its lines', () => {
  const estimate = estimateLocalImpact(analysis, {
    multiplier: { additional: 63, source: 'LM3 study' },
  });
  // Local spend 1200 with SMEs: 1200 × 63p = 756 more, 1200 × 1.63 = 1956 in all; 300 with
  // VCSEs: 189 and 489; the large firm's and the unknown supplier's local spend is 0.
  const sme = estimate.lines.findIndex((line) => line.supplierType === 'sme');

  it('has the figures worked out by hand', () => {
    expect(json(estimate)).toMatchObject({
      spend: '1500',
      additionalBenefit: '945',
      localEconomyTotal: '2445',
    });
    expect(json(estimate.lines[sme])).toMatchObject({
      spend: '1200',
      additionalBenefit: '756',
      localEconomyTotal: '1956',
    });
    expectSame(revive(json(estimate), 'local-impact-estimate'), estimate);
  });

  it.each([
    [
      ['lines', 'SME', 'additionalBenefit'],
      '999',
      'expected "756" (from its own figures), received "999"',
    ],
    [
      ['lines', 'SME', 'localEconomyTotal'],
      '1200',
      'expected "1956" (from its own figures), received "1200"',
    ],
    [['additionalBenefit'], '1000', 'expected "945" (from its own figures), received "1000"'],
    [['localEconomyTotal'], '0', 'expected "2445" (from its own figures), received "0"'],
    [['spend'], '1600', 'expected "1500" (from its own figures), received "1600"'],
  ] as const)('refuses %j edited to %j', (path, to, message) => {
    const at = path.map((key) => (key === 'SME' ? sme : key));
    expect(refusal(edited(estimate, at, to))).toEqual([
      'invalid-input',
      'Invalid local impact estimate: 1 problem.',
      `json.${at.join('.').replace(/\.(\d+)/, '[$1]')}: ${message}`,
    ]);
  });

  it('refuses a summary that the totals do not give', () => {
    expect(estimate.summary).toBe(
      "Under the multipliers supplied, £1,500.00 of spend supports an estimated £945.00 of additional local benefit, £2,445.00 in the local economy in all: an estimate resting on the multipliers' sources, not a measurement.",
    );
    const [, , issue] = refusal(edited(estimate, ['summary'], 'Lots.'));
    expect(issue).toBe(
      'json.summary: expected "Under the multipliers supplied, £1,500.00 of spend supports "... (216 characters) (from its own figures), received "Lots."',
    );
  });

  it("refuses a finding's severity other than its code's", () => {
    // Unknown Co's £100 has no location, so it is in no local-spend base: that informs.
    expect(estimate.findings.map(({ code, severity }) => [code, severity])).toEqual([
      ['unknown-location-spend', 'info'],
    ]);
    expect(refusal(edited(estimate, ['findings', 0, 'severity'], 'warning'))).toEqual([
      'invalid-input',
      'Invalid local impact estimate: 1 problem.',
      'json.findings[0].severity: expected "info" (from its own figures), received "warning"',
    ]);
  });

  it('refuses a supplier type listed twice or out of the order of supplierTypes', () => {
    // Paid: SMEs, a VCSE, a large firm and a supplier of no recorded type, in that order.
    const types = ['sme', 'vcse', 'large', 'unknown'];
    expect(estimate.lines.map((line) => line.supplierType)).toEqual(types);
    const swapped = json(estimate);
    swapped.lines.reverse();
    expect(refusal(swapped)).toEqual([
      'invalid-input',
      'Invalid local impact estimate: 1 problem.',
      'json.lines[1].supplierType: expected a supplier type listed after "unknown" (one line each, in the order of supplierTypes), received "large"',
    ]);
    // The SME line twice, its spend counted twice in the totals too.
    const twice = json(estimate);
    twice.lines.splice(1, 0, twice.lines[0]);
    Object.assign(twice, {
      spend: '2700',
      additionalBenefit: '1701',
      localEconomyTotal: '4401',
      summary:
        "Under the multipliers supplied, £2,700.00 of spend supports an estimated £1,701.00 of additional local benefit, £4,401.00 in the local economy in all: an estimate resting on the multipliers' sources, not a measurement.",
    });
    expect(refusal(twice)).toEqual([
      'invalid-input',
      'Invalid local impact estimate: 1 problem.',
      'json.lines[1].supplierType: expected a supplier type listed after "sme" (one line each, in the order of supplierTypes), received "sme"',
    ]);
  });

  it('reads back an estimate of an empty ledger and of huge credits', () => {
    const options = { multiplier: { total: '2.5', appliesTo: 'all-spend' as const, source: 's' } };
    for (const ledger of [
      [],
      [
        {
          supplier: '__proto__',
          amount: '-999999999999999',
          date: '2025-04-01',
          postcode: 'PO1 2AB',
        },
      ],
    ]) {
      const live = estimateLocalImpact(analyseSpend(ledger, { locality: ['PO'] }), options);
      expectSame(revive(json(live), 'local-impact-estimate'), live);
    }
  });
});

describe('a stored impact assessment is checked against its impacts', () => {
  const assessment = assessImpact({
    name: 'School catering',
    framework: impactFramework,
    impacts: cateringImpacts,
  });
  const monetised = json(assessment).impacts.findIndex(
    (impact: { measure: string | null }) => impact.measure === 'NT31',
  );

  it('refuses an impact value, a position or a finding the impacts do not give', () => {
    const stored = json(assessment);
    // 40 tonnes at £70: a negative 2800.
    expect(stored.impacts[monetised].value).toBe('-2800');
    expect(refusal(edited(assessment, ['impacts', monetised, 'value'], '-28'))).toEqual([
      'invalid-input',
      'Invalid impact assessment: 1 problem.',
      `json.impacts[${monetised}].value: expected "-2800" (from its own figures), received "-28"`,
    ]);
    const gross = stored.byDimension.environmental.grossNegative;
    expect(
      refusal(edited(assessment, ['byDimension', 'environmental', 'grossNegative'], '0')),
    ).toEqual([
      'invalid-input',
      'Invalid impact assessment: 1 problem.',
      `json.byDimension.environmental.grossNegative: expected "${gross}" (from its own figures), received "0"`,
    ]);
    expect(refusal(edited(assessment, ['overall', 'impactCount'], 9))[2]).toBe(
      `json.overall.impactCount: expected ${cateringImpacts.length} (from its own figures), received 9`,
    );
    expect(refusal(edited(assessment, ['findings', 0, 'severity'], 'info'))[2]).toMatch(
      /^json\.findings\[0\]\.severity: expected "warning"/,
    );
    expect(refusal(edited(assessment, ['summary'], 'Fine.'))[2]).toMatch(
      /^json\.summary: expected "Impact assessment of School catering: 5 impacts/,
    );
  });

  it('reads back assessments with prototype ids, huge quantities and none', () => {
    const hostile = assessImpact({
      name: '__proto__',
      framework: impactFramework,
      impacts: [
        {
          id: '__proto__',
          dimension: 'social',
          direction: 'positive',
          description: 'd',
          measure: 'NT28',
          quantity: '999999999999999',
        },
        {
          id: 'constructor',
          dimension: 'social',
          direction: 'negative',
          description: 'd',
          measure: 'NT31',
          quantity: '999999999999999',
          mitigations: [{ change: 'specification', description: 'm', quantity: '0.0000000001' }],
        },
      ],
    });
    for (const live of [assessment, hostile, assessImpact({ name: 'Nothing', impacts: [] })]) {
      expectSame(revive(json(live), 'impact-assessment'), live);
    }
  });
});
