import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/index.js';
import { numberHint, textNumberHint } from '../../src/core/number-hint.js';
import { streamPledgeSheet } from '../../src/csv/index.js';
import {
  defineFramework,
  defineMaturityModel,
  formatGBP,
  formatPercent,
  planActions,
  reconcilePledgeSheet,
  toDecimal,
  trackDelivery,
  valuePledges,
} from '../../src/index.js';
import { analyseSpend } from '../../src/spend/index.js';
import { caught } from '../errors.js';
import { toyInput } from '../maturity/fixtures.js';
import { seedFramework, seedInput } from '../toms/fixtures.js';

const EXPECTED = 'expected a finite number, a decimal string, a bigint or a Decimal';

/** The message of the first issue of what `run` throws. */
const issue = (run: () => unknown) => caught(run).issues[0]!.message;

describe('numberHint: money written with k, m or bn', () => {
  it('names the exact amount meant, as text', () => {
    // 500 × 1,000; 1 × 1,000,000; 1.2 × 1,000,000; 2.5 × 1,000,000,000; 500 × 1,000.
    expect(numberHint('£500k')).toBe(' (did you mean "500000"?)');
    expect(numberHint('£1m')).toBe(' (did you mean "1000000"?)');
    expect(numberHint('1.2m')).toBe(' (did you mean "1200000"?)');
    expect(numberHint('£2.5bn')).toBe(' (did you mean "2500000000"?)');
    expect(numberHint('500K')).toBe(' (did you mean "500000"?)');
    expect(numberHint(' £1.25M ')).toBe(' (did you mean "1250000"?)');
    expect(numberHint('-£5k')).toBe(' (did you mean "-5000"?)');
    expect(numberHint('.5bn')).toBe(' (did you mean "500000000"?)');
    // 1.2345 × 1,000 keeps every digit: 1234.5.
    expect(numberHint('1.2345k')).toBe(' (did you mean "1234.5"?)');
  });

  it('guesses nothing for text that could mean another number, or none', () => {
    for (const text of [
      '1,5m',
      '£1,200k',
      '1.2.3m',
      '500 m',
      'm',
      '£k',
      '5mm',
      '5b',
      '5kg',
      '£5bnm',
    ]) {
      expect(numberHint(text), text).toBe('');
    }
    expect(numberHint(5)).toBe('');
  });

  it('still names percentages as fractions, or as points where points are asked', () => {
    expect(numberHint('12%')).toBe(' (did you mean 0.12?)');
    expect(numberHint('12 %', true)).toBe(' (did you mean 12?)');
    expect(numberHint('£12%')).toBe('');
  });

  it('reaches the messages of toDecimal, a pledge quantity and a contract value', () => {
    expect(issue(() => toDecimal('£500k'))).toBe(
      `${EXPECTED}, received "£500k" (did you mean "500000"?)`,
    );
    expect(issue(() => valuePledges(seedFramework, [{ measure: 'NT1', quantity: '1.2m' }]))).toBe(
      `${EXPECTED}, received "1.2m" (did you mean "1200000"?)`,
    );
    expect(issue(() => valuePledges(seedFramework, [], { contractValue: '£2.5bn' }))).toBe(
      `${EXPECTED}, received "£2.5bn" (did you mean "2500000000"?)`,
    );
  });

  it('is left out of formatGBP, which keeps its plain money hint only', () => {
    expect(issue(() => formatGBP('£500k'))).toBe(`${EXPECTED}, received "£500k"`);
    expect(issue(() => formatGBP('£1,200'))).toBe(
      `${EXPECTED}, received "£1,200" (did you mean "1200"?)`,
    );
  });
});

describe('textNumberHint: a whole number given as text', () => {
  it('names the number when the text is exactly one the field takes', () => {
    const year = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2200;
    expect(textNumberHint('2024', year)).toBe(' (did you mean 2024?)');
    // Spaces around the number aside: what a spreadsheet cell or a form often holds.
    for (const text of [' 2024', '2024 ', '\t2024\n']) {
      expect(textNumberHint(text, year), text).toBe(' (did you mean 2024?)');
    }
    for (const text of ['1800', '2024.5', '02024', '20 24', '', ' ', '2e3', '-0']) {
      expect(textNumberHint(text, year), text).toBe('');
    }
    expect(textNumberHint(2024, year)).toBe('');
  });

  it('reaches a price year, a plan of years, a level rank and other whole-number fields', () => {
    expect(issue(() => defineFramework({ ...seedInput, priceYear: '2024' } as never))).toBe(
      'expected a number, received "2024" (did you mean 2024?)',
    );
    // Outside 1900 to 2200, or not whole: no number is named.
    expect(issue(() => defineFramework({ ...seedInput, priceYear: '1800' } as never))).toBe(
      'expected a number, received "1800"',
    );
    expect(issue(() => defineFramework({ ...seedInput, priceYear: '2024.5' } as never))).toBe(
      'expected a number, received "2024.5"',
    );
    expect(
      issue(() =>
        planActions(defineMaturityModel(toyInput), {
          present: {},
          target: {},
          years: '3',
        } as never),
      ),
    ).toBe('expected a whole number from 1 to 50, received "3" (did you mean 3?)');
    const [best, ...others] = toyInput.levels;
    expect(
      issue(() =>
        defineMaturityModel({ ...toyInput, levels: [{ ...best!, rank: '3' }, ...others] } as never),
      ),
    ).toBe('expected a whole number from 0 to 1,000,000, received "3" (did you mean 3?)');
    expect(issue(() => formatPercent(0.5, { places: '2' } as never))).toBe(
      'expected a whole number of decimal places from 0 to 30, received "2" (did you mean 2?)',
    );
    expect(issue(() => streamPledgeSheet(['Measure\n'], { batchSize: '500' } as never))).toBe(
      'expected a number, received "500" (did you mean 500?)',
    );
    expect(
      issue(() =>
        barChart({ title: 'T', bars: [{ label: 'A', value: 1 }], width: '800' } as never),
      ),
    ).toBe('expected a number, received "800" (did you mean 800?)');
  });

  it('names the number in text with spaces around it, in every area', () => {
    const hint = (text: string) =>
      `expected a number, received "${text}" (did you mean ${text.trim()}?)`;
    // Valuation and TOMs: a price year, a measure's years per person, a pledge sheet's line.
    expect(issue(() => defineFramework({ ...seedInput, priceYear: ' 2024' } as never))).toBe(
      hint(' 2024'),
    );
    const [measure, ...measures] = seedInput.measures;
    expect(
      issue(() =>
        defineFramework({
          ...seedInput,
          measures: [{ ...measure!, maxYearsPerPerson: '2 ' }, ...measures],
        } as never),
      ),
    ).toBe(hint('2 '));
    expect(
      issue(() =>
        reconcilePledgeSheet([{ measure: 'NT1', proxyValue: 1, quantity: 1, line: ' 5' }] as never),
      ),
    ).toBe(hint(' 5'));
    // Monitoring: the pledge line a delivery counts against.
    const valuation = valuePledges(seedFramework, [{ measure: 'NT1', quantity: 3 }]);
    const delivery = { measure: 'NT1', date: '2025-01-01', quantity: 1, line: ' 0' };
    expect(issue(() => trackDelivery(valuation, [delivery] as never, { asOf: '2025-04-01' }))).toBe(
      hint(' 0'),
    );
    // Spend: a payment's line in the ledger.
    const payment = { supplier: 'A', amount: '3', date: '2025-01-01', line: ' 7' };
    expect(issue(() => analyseSpend([payment] as never, { locality: ['PO1'] }))).toBe(hint(' 7'));
    // Core: the decimal places of a percentage.
    expect(issue(() => formatPercent(0.5, { places: ' 2' } as never))).toBe(
      'expected a whole number of decimal places from 0 to 30, received " 2" (did you mean 2?)',
    );
  });
});
