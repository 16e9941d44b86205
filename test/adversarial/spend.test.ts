import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { parseSpendLedger } from '../../src/csv/index.js';
import {
  analyseSpend,
  defineSpendMultiplier,
  estimateLocalImpact,
  type PaymentInput,
  supplierTypes,
} from '../../src/spend/index.js';
import { caught } from '../errors.js';
import { councilLedger } from '../spend/council-ledger.js';
import {
  codeOf,
  expectSane,
  frozenCopy,
  hostileNumbers,
  nothingFrozen,
  prototypeNames,
} from './sane.js';

const locality = { locality: ['PO1-PO6'] };
const payment = (extra: Record<string, unknown> = {}) =>
  ({
    supplier: 'Harbour Catering',
    amount: '10',
    date: '2025-04-01',
    postcode: 'PO1 1AA',
    ...extra,
  }) as PaymentInput;
const source = 'Portsmouth Social Value Policy (2021)';

describe('analyseSpend with hostile input', () => {
  it('refuses every malformed amount at its path, with the right code', () => {
    for (const amount of hostileNumbers) {
      const error = caught(() => analyseSpend([payment(), payment({ amount })], locality));
      expect(
        error.issues.map((issue) => issue.path),
        String(amount),
      ).toEqual(['ledger[1].amount']);
      expect(error.code, String(amount)).toBe(codeOf(amount));
    }
  });

  it('refuses money text, naming the decimal string meant and parseAmount', () => {
    const said = (amount: string) =>
      caught(() => analyseSpend([payment({ amount })], locality)).issues[0]?.message;
    const hint = '?)';
    const expected = 'expected a finite number, a decimal string, a bigint or a Decimal, received';
    expect(said('£1,000.00')).toBe(`${expected} "£1,000.00" (did you mean "1000.00"${hint}`);
    expect(said(' -£12,345,678.9 ')).toBe(
      `${expected} " -£12,345,678.9 " (did you mean "-12345678.9"${hint}`,
    );
    expect(said('1,000')).toBe(`${expected} "1,000" (did you mean "1000"${hint}`);
    // Not money as UK ledgers write it: no guess (a decimal comma, misplaced commas, hex).
    for (const amount of ['1,5', '1,0000', '£-5', '0x10', '£']) {
      expect(said(amount)).toBe(`${expected} ${JSON.stringify(amount)}`);
    }
  });

  it('names a misspelt key with the key it probably meant', () => {
    expect(
      caught(() => analyseSpend([{ ...payment(), suplier: 'x' } as never], locality)).issues[0],
    ).toEqual({
      path: 'ledger[0].suplier',
      segments: ['ledger', 0, 'suplier'],
      message: 'unknown key (did you mean "supplier"?)',
    });
    expect(
      caught(() => analyseSpend([payment({ supplierType: 'SME' })], locality)).issues[0]?.message,
    ).toBe(
      'expected one of "sme", "micro", "vcse", "social-enterprise", "large", "public-body", "unknown", received "SME" (did you mean "sme"?)',
    );
    expect(
      caught(() => analyseSpend([], { locality: ['PO'], localty: 'x' } as never)).issues[0]
        ?.message,
    ).toBe('unknown key (did you mean "locality"?)');
    expect(caught(() => analyseSpend([], { localityName: 'P' } as never)).issues[0]?.path).toBe(
      'options.locality',
    );
  });

  it('refuses what is not a ledger, a payment or options, naming the parameter', () => {
    for (const ledger of [null, undefined, {}, 'PO1', 5, { kind: 'spend-ledger', payments: [] }]) {
      const error = caught(() => analyseSpend(ledger as never, locality));
      expect([error.code, error.issues[0]?.path]).toEqual(['invalid-input', 'ledger']);
    }
    for (const bad of [null, [], 'x', 7]) {
      const error = caught(() => analyseSpend([payment(), bad as never], locality));
      expect(error.issues[0]?.path).toBe('ledger[1]');
    }
    const holey: PaymentInput[] = [payment(), payment()];
    delete holey[0];
    expect(caught(() => analyseSpend(holey, locality)).issues[0]?.path).toBe('ledger[0]');
    // A Map (or a Date) is not a plain object: refused as a whole, as the lean reader refuses it.
    expect(caught(() => analyseSpend([new Map() as never], locality)).issues[0]).toMatchObject({
      path: 'ledger[0]',
      message:
        'expected an object (keys supplier, amount, date, postcode, supplierType, department, ward, line), received a Map',
    });
    for (const options of [
      null,
      undefined,
      [],
      'PO1',
      { locality: 'PO1' },
      { locality: { PO1: true } },
    ]) {
      const error = caught(() => analyseSpend([payment()], options as never));
      expect(error.issues[0]?.path.startsWith('options')).toBe(true);
    }
  });

  it('refuses bad dates, blank names and bad line numbers at their paths', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ date: '2025-02-29' }, 'ledger[0].date'],
      [{ date: '01/04/2025' }, 'ledger[0].date'],
      [{ date: new Date(Number.NaN) }, 'ledger[0].date'],
      [{ supplier: '  ' }, 'ledger[0].supplier'],
      [{ department: '' }, 'ledger[0].department'],
      [{ ward: 5 }, 'ledger[0].ward'],
      [{ postcode: 12 }, 'ledger[0].postcode'],
      [{ line: 0 }, 'ledger[0].line'],
      [{ line: 1.5 }, 'ledger[0].line'],
    ];
    for (const [extra, path] of cases) {
      expect(caught(() => analyseSpend([payment(extra)], locality)).issues[0]?.path).toBe(path);
    }
    // Nothing to see is blank too: a zero-width space, a word joiner, a no-break space.
    expect(
      caught(() => analyseSpend([payment({ supplier: ' \u200b' })], locality)).issues[0],
    ).toMatchObject({
      path: 'ledger[0].supplier',
      message: 'expected the supplier\'s name, received " \\u200b"',
    });
    expect(
      caught(() => analyseSpend([payment({ ward: '\u2060\u00a0' })], locality)).issues[0]?.path,
    ).toBe('ledger[0].ward');
  });

  it('keeps the first 100 issues of the bad payments and counts them all, as every error does', () => {
    // It kept the issues of the first 20 bad payments alone, with no details.count.
    const few = caught(() =>
      analyseSpend(
        Array.from({ length: 25 }, () => payment({ amount: 'ten' })),
        locality,
      ),
    );
    expect(few.issues.length).toBe(25);
    expect(few.issues[24]?.path).toBe('ledger[24].amount');
    expect(few.message.split('\n')[0]).toBe('Invalid ledger: 25 payments with problems.');
    // 150 payments, each with a bad amount and a bad date: 300 issues, 100 kept.
    const many = caught(() =>
      analyseSpend(
        Array.from({ length: 150 }, () => payment({ amount: 'ten', date: '2024-02-30' })),
        locality,
      ),
    );
    expect(many.issues.length).toBe(100);
    expect(many.issues[99]?.path).toBe('ledger[49].date');
    expect(many.details.count).toBe(300);
    expect(many.message.split('\n')[0]).toBe(
      'Invalid ledger: 150 payments with problems. (200 more not listed)',
    );
  });

  it('treats prototype-named suppliers, departments and wards as ordinary names', () => {
    const ledger = prototypeNames.map((name, index) =>
      payment({ supplier: name, department: name, ward: name, amount: index + 1 }),
    );
    const analysis = analyseSpend(ledger, locality);
    expect(Object.keys(analysis.byDepartment)).toEqual([...prototypeNames].sort());
    const proto = '__proto__';
    expect(analysis.byDepartment[proto]?.amount.toString()).toBe('1');
    const named = 'constructor';
    expect(analysis.byWard[named]?.amount.toString()).toBe('2');
    expect(Object.getPrototypeOf(analysis.byDepartment)).toBeNull();
    expect(analysis.total.toString()).toBe('21');
    expectSane(analysis);
  });

  it('neither changes nor freezes its inputs, and works on frozen ones', () => {
    const ledger = structuredClone(councilLedger) as PaymentInput[];
    const options = { locality: ['PO1-PO6'] };
    const result = analyseSpend(ledger, options);
    expect(nothingFrozen(ledger)).toBe(true);
    expect(nothingFrozen(options)).toBe(true);
    expect(ledger).toEqual(councilLedger);
    const frozen = analyseSpend(frozenCopy(ledger), frozenCopy(options));
    expect(JSON.stringify(frozen)).toBe(JSON.stringify(result));
  });

  it('stays exact at the edges of the numeric domain and of the calendar', () => {
    const big = '999999999999999.99';
    const tiny = `0.${'0'.repeat(39)}1`;
    const analysis = analyseSpend(
      [
        ...Array.from({ length: 1000 }, () => payment({ amount: big })),
        payment({ amount: tiny, date: '0001-01-01' }),
        payment({ amount: `-${tiny}`, date: '9999-12-31', postcode: 'M1 1AA' }),
        payment({ date: new Date(2025, 2, 31) }),
      ],
      locality,
    );
    // 1,000 × 999,999,999,999,999.99 + 10 = 10^18; the tiny local and non-local amounts cancel.
    expect(analysis.total.toString()).toBe('1000000000000000000');
    expect(analysis.localSpend.toString()).toBe(`1000000000000000000.${'0'.repeat(39)}1`);
    expect(Object.keys(analysis.byFinancialYear)).toEqual([
      '0000/01',
      '2024/25',
      '2025/26',
      '9999/00',
    ]);
    expect(analysis.byFinancialYear['2024/25']?.amount.toString()).toBe('10');
    expectSane(analysis);
  });

  it('turns any postcode text into a placed payment or a finding, never an error', () => {
    const texts = [
      '',
      ' ',
      'PO1 2AB\n',
      'po1\t2ab',
      'GIR 0AA',
      'BFPO 1',
      'D02 X285',
      '<script>',
      'PO1 2AB; DROP',
      '\u0000',
      'ＰＯ１ ２ＡＢ',
      'PO',
    ];
    const analysis = analyseSpend(
      texts.map((postcode) => payment({ postcode })),
      locality,
    );
    expect(analysis.byLocation.local.paymentCount).toBe(2);
    // GIR 0AA is a real postcode in no area: placed, not local, without a finding. BFPO 1 is a
    // British Forces Post Office address: in no council area, not local, with an info finding.
    expect(analysis.byLocation['non-local'].paymentCount).toBe(2);
    expect(analysis.findings.map((finding) => finding.code)).toEqual([
      'missing-postcode',
      'missing-postcode',
      'bfpo-address',
      ...Array(texts.length - 6).fill('invalid-postcode'),
    ]);
    expectSane(analysis);
  });
});

describe('defineSpendMultiplier with hostile input', () => {
  it('refuses malformed figures at their paths', () => {
    for (const value of hostileNumbers) {
      const error = caught(() => defineSpendMultiplier({ additional: value as never, source }));
      expect(error.issues[0]?.path, String(value)).toBe('input.additional');
      expect(['invalid-input', 'out-of-range']).toContain(error.code);
    }
  });

  it('refuses what is not a multiplier input, and a wrong lm3', () => {
    for (const input of [null, undefined, [], 'x', 63]) {
      expect(caught(() => defineSpendMultiplier(input as never)).issues[0]?.path).toBe('input');
    }
    expect(
      caught(() => defineSpendMultiplier({ additonal: 63, source } as never)).issues[0]?.message,
    ).toBe('unknown key (did you mean "additional"?)');
    expect(
      caught(() => defineSpendMultiplier({ lm3: { multiplier: '0.5', rounds: 3 }, source }))
        .issues[0]?.path,
    ).toBe('input.lm3.multiplier');
    expect(
      caught(() => defineSpendMultiplier({ lm3: { multiplier: 2 } as never, source })).issues[0]
        ?.path,
    ).toBe('input.lm3.rounds');
    expect(
      caught(() => defineSpendMultiplier({ total: 2, appliesTo: 'local-spnd' as never, source }))
        .issues[0]?.message,
    ).toContain('(did you mean "local-spend"?)');
  });

  it('works on a frozen input and leaves it as it was', () => {
    const input = { additional: 63, source };
    expect(defineSpendMultiplier(frozenCopy(input)).total.toString()).toBe('1.63');
    defineSpendMultiplier(input);
    expect(nothingFrozen(input)).toBe(true);
  });
});

describe('estimateLocalImpact with hostile input', () => {
  const analysis = analyseSpend(councilLedger, locality);
  const sme = { additional: 63, source };

  it('refuses what is not a spend analysis, naming the kind expected', () => {
    const multiplier = defineSpendMultiplier(sme);
    for (const bad of [
      null,
      undefined,
      {},
      [],
      'x',
      multiplier,
      { kind: 'valuation', total: '1' },
    ]) {
      const error = caught(() => estimateLocalImpact(bad as never, { multiplier: sme }));
      expect([error.code, error.issues[0]?.path]).toEqual(['invalid-input', 'analysis']);
      expect(error.issues[0]?.message).toContain('expected a spend analysis');
    }
  });

  it('accepts a JSON copy and refuses a tampered one at the field', () => {
    const json = JSON.parse(JSON.stringify(analysis));
    expect(estimateLocalImpact(json, { multiplier: sme }).additionalBenefit.toString()).toBe(
      estimateLocalImpact(analysis, { multiplier: sme }).additionalBenefit.toString(),
    );
    const copy = { ...json, bySupplierType: { ...json.bySupplierType } };
    delete copy.bySupplierType.micro;
    expect(caught(() => estimateLocalImpact(copy, { multiplier: sme })).issues[0]?.path).toBe(
      'analysis.bySupplierType.micro',
    );
    expect(
      caught(() => estimateLocalImpact({ ...json, total: 'Infinity' }, { multiplier: sme }))
        .issues[0]?.path,
    ).toBe('analysis.total');
    expect(
      caught(() => estimateLocalImpact({ ...json, extra: 1 }, { multiplier: sme })).issues[0]
        ?.message,
    ).toBe('unknown key');
  });

  it('names bad options and multipliers at their paths', () => {
    expect(
      caught(() => estimateLocalImpact(analysis, { multipler: sme } as never)).issues[0]?.message,
    ).toBe('unknown key (did you mean "multiplier"?)');
    expect(
      caught(() => estimateLocalImpact(analysis, { bySupplierType: { SME: sme } } as never))
        .issues[0],
    ).toMatchObject({
      path: 'options.bySupplierType.SME',
      message: 'unknown key (did you mean "sme"?)',
    });
    expect(
      caught(() =>
        estimateLocalImpact(analysis, { bySupplierType: { large: { total: 'x', source } } }),
      ).issues[0]?.path,
    ).toBe('options.bySupplierType.large.total');
    expect(
      caught(() => estimateLocalImpact(analysis, { multiplier: 1.63 as never })).issues[0]?.path,
    ).toBe('options.multiplier');
    for (const options of [null, undefined, [], {}]) {
      expect(caught(() => estimateLocalImpact(analysis, options as never)).issues[0]?.path).toBe(
        'options',
      );
    }
  });

  it('trusts sealed multipliers and reads their JSON', () => {
    const multiplier = defineSpendMultiplier(sme);
    const json = JSON.parse(JSON.stringify(multiplier));
    const a = estimateLocalImpact(analysis, { multiplier });
    expect(JSON.stringify(estimateLocalImpact(analysis, { multiplier: json }))).toBe(
      JSON.stringify(a),
    );
    json.additional = '64';
    expect(caught(() => estimateLocalImpact(analysis, { multiplier: json })).issues[0]?.path).toBe(
      'options.multiplier.total',
    );
  });

  it('works on frozen options and a huge ledger total without losing a penny', () => {
    const options = {
      bySupplierType: Object.fromEntries(supplierTypes.map((type) => [type, sme])),
    };
    const estimate = estimateLocalImpact(analysis, frozenCopy(options));
    expect(estimate.additionalBenefit.toString()).toBe('6898.5'); // 10,950 × 0.63
    const big = analyseSpend(
      Array.from({ length: 100 }, () => payment({ amount: '999999999999999.99' })),
      locality,
    );
    expect(estimateLocalImpact(big, { multiplier: sme }).localEconomyTotal.toString()).toBe(
      new Decimal('999999999999999.99').times(100).times('1.63').toString(),
    );
    expectSane(estimate);
  });
});

describe('parseSpendLedger with hostile input', () => {
  it('reads hostile cells as problems or text, never as numbers it made up', () => {
    const text = [
      'Supplier Name,Amount,Payment Date,Postcode,Department',
      '=HYPERLINK("x"),1e400,01/04/2025,PO1 1AA,__proto__',
      '__proto__,NaN,01/04/2025,PO1 1AA,constructor',
      'constructor,"1,2,3",01/04/2025,PO1 1AA,toString',
      'toString,£5,01/04/2025,PO1 1AA,toString',
    ].join('\n');
    const ledger = parseSpendLedger(text);
    expect(ledger.problems.map((p) => [p.code, p.line])).toEqual([
      ['out-of-range', 2],
      ['not-a-number', 3],
      ['not-a-number', 4],
    ]);
    expect(ledger.payments).toHaveLength(1);
    expect(ledger.payments[0]).toMatchObject({ supplier: 'toString', department: 'toString' });
    expect(ledger.problems[1]?.message).toBe(
      'Line 3, column "Amount": "NaN" is not an amount, so the row is left out.',
    );
    expectSane(ledger.payments);
  });

  it('refuses wrong text and options at their paths and leaves options unfrozen', () => {
    for (const text of [null, undefined, 5, {}, []]) {
      expect(caught(() => parseSpendLedger(text as never)).issues[0]?.path).toBe('text');
    }
    for (const options of [null, [], 'x']) {
      expect(caught(() => parseSpendLedger('a', options as never)).issues[0]?.path).toBe('options');
    }
    expect(caught(() => parseSpendLedger('a', { delimiter: ',,' })).issues[0]?.path).toBe(
      'options.delimiter',
    );
    const options = { columns: { supplier: 'Who' } };
    parseSpendLedger('Who,Amount,Date\nA,1,2025-04-01', options);
    expect(nothingFrozen(options)).toBe(true);
    expect(
      parseSpendLedger('Who,Amount,Date\nA,1,2025-04-01', frozenCopy(options)).payments,
    ).toHaveLength(1);
  });
});
