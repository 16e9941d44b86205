import { describe, expect, it } from 'vitest';
import { readNumeric } from '../../src/core/to-decimal.js';
import {
  defineEvaluation,
  formatGBP,
  formatPercent,
  roundMoney,
  toDecimal,
  valuePledges,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { seedFramework } from '../toms/fixtures.js';

// Money and percentages written as text where a number is read are refused, never read as the
// number they may mean, with that number in the message.

const EXPECTED = 'expected a finite number, a decimal string, a bigint or a Decimal, received';
const issue = (run: () => unknown) => caught(run).issues[0]?.message;

describe('money written as text', () => {
  it('toDecimal names the plain number: no £, commas or spaces', () => {
    expect(caught(() => toDecimal('£1,200')).message).toBe(
      `Invalid number at value.\n  - value: ${EXPECTED} "£1,200" (did you mean "1200"?)`,
    );
    expect(issue(() => toDecimal('1,200'))).toBe(`${EXPECTED} "1,200" (did you mean "1200"?)`);
    expect(issue(() => toDecimal('1 200.50'))).toBe(
      `${EXPECTED} "1 200.50" (did you mean "1200.50"?)`,
    );
    expect(issue(() => toDecimal('£ 738,768.00'))).toBe(
      `${EXPECTED} "£ 738,768.00" (did you mean "738768.00"?)`,
    );
    expect(issue(() => toDecimal(' -£12,345,678.9 ', 'amount'))).toBe(
      `${EXPECTED} " -£12,345,678.9 " (did you mean "-12345678.9"?)`,
    );
  });

  it('reads the spaces that group digits in pasted figures as spaces', () => {
    // A no-break space (U+00A0, from web pages and spreadsheets) or a narrow one (U+202F, how
    // CLDR groups digits in French and other locales) between the groups, or after the £.
    expect(issue(() => toDecimal('1\u00a0200.50'))).toBe(
      `${EXPECTED} "1\\u00a0200.50" (did you mean "1200.50"?)`,
    );
    expect(issue(() => toDecimal('12\u202f345\u202f678'))).toBe(
      `${EXPECTED} "12\\u202f345\\u202f678" (did you mean "12345678"?)`,
    );
    expect(issue(() => toDecimal('£\u00a0500'))).toBe(
      `${EXPECTED} "£\\u00a0500" (did you mean "500"?)`,
    );
    expect(issue(() => toDecimal('1\u00a00000'))).toBe(`${EXPECTED} "1\\u00a00000"`);
  });

  it('guesses nothing for text that is not money as UK documents write it', () => {
    for (const text of ['1,5', '1,0000', '1 0000', '£-5', '£', '0x10', '1,200,00', '£1,200%']) {
      expect(issue(() => toDecimal(text))).toBe(`${EXPECTED} ${JSON.stringify(text)}`);
    }
  });

  it('the presentation helpers and every Numeric field say the same', () => {
    expect(issue(() => formatGBP('£1,200'))).toBe(`${EXPECTED} "£1,200" (did you mean "1200"?)`);
    expect(issue(() => roundMoney('£5'))).toBe(`${EXPECTED} "£5" (did you mean "5"?)`);
    expect(issue(() => valuePledges(seedFramework, [{ measure: 'NT1', quantity: '1,200' }]))).toBe(
      `${EXPECTED} "1,200" (did you mean "1200"?)`,
    );
    expect(readNumeric('£2')).toEqual({
      code: 'invalid-input',
      message: `${EXPECTED} "£2" (did you mean "2"?)`,
    });
  });
});

describe('percentages written as text', () => {
  it('toDecimal and formatPercent name the fraction: 12% is 0.12', () => {
    expect(caught(() => toDecimal('12%')).message).toBe(
      `Invalid number at value.\n  - value: ${EXPECTED} "12%" (did you mean 0.12?)`,
    );
    expect(issue(() => toDecimal('12.5 %', ['rate']))).toBe(
      `${EXPECTED} "12.5 %" (did you mean 0.125?)`,
    );
    expect(issue(() => toDecimal('-5%'))).toBe(`${EXPECTED} "-5%" (did you mean -0.05?)`);
    expect(caught(() => formatPercent('23.7%')).message).toBe(
      `Invalid number at fraction.\n  - fraction: ${EXPECTED} "23.7%" (did you mean 0.237?)`,
    );
  });

  it('a fraction field names the fraction, a weight in points the points', () => {
    const pledge = { measure: 'NT1', quantity: 1, attributionShare: '12%' };
    expect(issue(() => valuePledges(seedFramework, [pledge]))).toBe(
      `${EXPECTED} "12%" (did you mean 0.12?)`,
    );
    const weight = (value: string) =>
      issue(() =>
        defineEvaluation({
          criteria: [
            { id: 'q', kind: 'quality', weight: value, scoring: { method: 'scale', scale: '0-5' } },
          ],
        } as never),
      );
    expect(weight('60%')).toBe(`${EXPECTED} "60%" (did you mean 60?)`);
  });

  it('guesses nothing for other text with a % sign; money helpers give no percentage hint', () => {
    for (const text of ['%', '12%%', '% 12', '1e3%', '12 %%']) {
      expect(issue(() => toDecimal(text))).toBe(`${EXPECTED} ${JSON.stringify(text)}`);
    }
    // Money is not a percentage: formatGBP and roundMoney name no fraction for it.
    expect(issue(() => formatGBP('12%'))).toBe(`${EXPECTED} "12%"`);
  });
});
