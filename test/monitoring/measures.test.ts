import { describe, expect, it } from 'vitest';
import {
  breakevenPeriod,
  deliveryStatus,
  financialYear,
  lm3,
  sroiRatio,
  valueForCostRatio,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { expectError, str } from './helpers.js';

describe('lm3', () => {
  it('divides the rounds by the first and says how many', () => {
    // (100 + 60 + 30) / 100 = 1.9
    const result = lm3(['100', '60', '30']);
    expect(str(result.multiplier)).toBe('1.9');
    expect(result.rounds).toBe(3);
    expect(result.name).toBe('LM3');
    expect(str(result.totalSpend)).toBe('190');
    expect(result.reason).toBe(
      'LM3 is 1.9: each £1 spent in round 1 became £1.90 in the local economy over 3 rounds of spending.',
    );
    // Two rounds: (200 + 50) / 200 = 1.25
    expect(lm3([200, 50]).name).toBe('LM2');
    expect(str(lm3([200, 50]).multiplier)).toBe('1.25');
  });

  it('rejects a zero first round and negative rounds', () => {
    expectError(() => lm3([0, 10]), 'invalid-input', 'rounds[0]');
    expectError(() => lm3([10, -1]), 'invalid-input', 'rounds[1]');
    expectError(() => lm3([]), 'invalid-input', 'rounds');
  });

  it('refuses a round larger than the round before it, which it is re-spent out of', () => {
    // Round 2 is the part of round 1 re-spent locally, round 3 the part of round 2: [100, 200,
    // 300] (LM3 of 6, above the 3 rounds' ceiling) is cumulative totals or a slip.
    const rising = caught(() => lm3([100, 200, 300]));
    expect(rising.code).toBe('invalid-input');
    expect(rising.message.split('\n')[0]).toBe('Invalid local multiplier rounds: 1 problem.');
    expect(rising.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['rounds[1]', 'expected at most round 1 (100), which it is re-spent from, received 200'],
    ]);
    expect(caught(() => lm3(['100', '60', '60.01'])).issues[0]?.message).toBe(
      'expected at most round 2 (60), which it is re-spent from, received 60.01',
    );
    // Equal rounds (all of it re-spent locally) are the ceiling: LM3 of 3.
    expect(str(lm3([100, 100, 100]).multiplier)).toBe('3');
    // A bad figure is reported as such, not compared.
    expectError(() => lm3([10, 'x']), 'invalid-input', 'rounds[1]');
  });
});

describe('sroiRatio and valueForCostRatio', () => {
  it('divides value by investment', () => {
    // £1,458,700.64 of value on a £500,000 investment: 2.91740128; £1 on £3: 1/3 to 34 digits.
    expect(str(sroiRatio({ value: '1458700.64', investment: 500000 }).ratio)).toBe('2.91740128');
    expect(str(sroiRatio({ value: 1, investment: 3 }).ratio)).toBe(
      '0.3333333333333333333333333333333333',
    );
    expect(sroiRatio({ value: 1, investment: 3 }).reason).toBe(
      'For every £1 invested, £0.33 of social value.',
    );
  });

  it('gives the benefit-cost ratio and net benefit', () => {
    const result = valueForCostRatio({ benefits: '850000', costs: '1000000' });
    expect(str(result.ratio)).toBe('0.85');
    expect(str(result.netBenefit)).toBe('-150000');
  });

  it('rejects a zero denominator', () => {
    expectError(() => sroiRatio({ value: 1, investment: 0 }), 'invalid-input', 'input.investment');
    expectError(
      () => valueForCostRatio({ benefits: 1, costs: -1 }),
      'invalid-input',
      'input.costs',
    );
  });
});

describe('breakevenPeriod', () => {
  it('interpolates within the period that recovers the cost', () => {
    // 250 from 100, 100, 100: 200 after two periods, the last 50 half way through the third.
    const result = breakevenPeriod({ cost: 250, benefits: [100, 100, 100] });
    expect(str(result.period)).toBe('2.5');
    expect(result.wholePeriods).toBe(3);
    expect(result.cumulative.map(str)).toEqual(['100', '200', '300']);
    // Exactly at the end of period 2.
    expect(str(breakevenPeriod({ cost: 200, benefits: [100, 100, 100] }).period)).toBe('2');
  });

  it('divides once: the period is rounded to 34 significant digits, not 3 + a rounded third', () => {
    // 10 from 3 a period: 9 after three, the last 1 a third of the way through the fourth:
    // 3 + 1/3 = 10/3, to 34 digits 3.333333333333333333333333333333333 (3 + the third rounded
    // to 34 digits had 35: 3.3333333333333333333333333333333333).
    expect(str(breakevenPeriod({ cost: 10, benefits: [3, 3, 3, 3] }).period)).toBe(
      '3.333333333333333333333333333333333',
    );
    // 1 from 0.5 then 3: 1 + 0.5/3 = 7/6 = 1.166666666666666666666666666666667 to 34 digits.
    expect(str(breakevenPeriod({ cost: 1, benefits: ['0.5', 3] }).period)).toBe(
      '1.166666666666666666666666666666667',
    );
  });

  it('writes the period as printed: "1 period", and never "0 periods" for a period above 0', () => {
    // 1 from 0.99999, then 1: 0.00001 short after period 1, recovered 1/100,000 into period 2:
    // 1.00001, printed to 4 places as 1 (one period, not "1 periods").
    const justAfter = breakevenPeriod({ cost: 1, benefits: ['0.99999', 1] });
    expect(str(justAfter.period)).toBe('1.00001');
    expect(justAfter.reason).toBe('The cost of £1.00 is recovered after 1 period (in period 2).');
    // £0.01 from £999,999,999,999,999 in period 1: 0.01 ÷ 999999999999999 ≈ 1.0e-17 periods,
    // which 4 places would print as 0.
    expect(breakevenPeriod({ cost: '0.01', benefits: ['999999999999999'] }).reason).toBe(
      'The cost of £0.01 is recovered after less than 0.0001 periods (in period 1).',
    );
    // 0.99995 prints as 1 too (half-up); 0.99994 as 0.9999.
    expect(breakevenPeriod({ cost: '0.99995', benefits: [1] }).reason).toBe(
      'The cost of £1.00 is recovered after 1 period (in period 1).',
    );
    expect(breakevenPeriod({ cost: '0.99994', benefits: [1] }).reason).toBe(
      'The cost of £1.00 is recovered after 0.9999 periods (in period 1).',
    );
  });

  it('says when the cost is not recovered', () => {
    const result = breakevenPeriod({ cost: 1000, benefits: [100, -50] });
    expect(result.reached).toBe(false);
    expect(result.period).toBeNull();
    expect(result.reason).toBe(
      'The cost of £1,000.00 is not recovered within 2 periods: £50.00 of it.',
    );
  });

  it('rejects bad input', () => {
    expectError(() => breakevenPeriod({ cost: 0, benefits: [1] }), 'invalid-input', 'input.cost');
    expectError(
      () => breakevenPeriod({ cost: 1, benefits: [] }),
      'invalid-input',
      'input.benefits',
    );
  });
});

describe('financialYear', () => {
  it('runs April to March by default', () => {
    expect(financialYear('2025-03-31')).toEqual({
      kind: 'financial-year',
      schemaVersion: 1,
      label: '2024/25',
      startYear: 2024,
      start: '2024-04-01',
      end: '2025-03-31',
    });
    expect(financialYear('2025-04-01').label).toBe('2025/26');
    expect(financialYear(new Date(2000, 1, 29)).label).toBe('1999/00');
    // A year starting in March ends on the last day of February, 29th in a leap year.
    expect(financialYear('2023-06-01', { startMonth: 3 }).end).toBe('2024-02-29');
  });

  it('rejects bad input', () => {
    expectError(() => financialYear('2025-02-30'), 'invalid-input', 'date');
    expectError(
      () => financialYear('2025-01-01', { startMonth: 13 }),
      'invalid-input',
      'options.startMonth',
    );
  });
});

describe('deliveryStatus', () => {
  it('follows the thresholds', () => {
    const status = (delivered: number) =>
      deliveryStatus({ delivered, expected: 10, commitment: 30 }).status;
    expect([0, 7, 7.5, 8.99, 9, 29, 30, 31].map(status)).toEqual([
      'not-started',
      'behind',
      'at-risk',
      'at-risk',
      'on-track',
      'on-track',
      'complete',
      'over-delivered',
    ]);
    expect(deliveryStatus({ delivered: 1, expected: 0, commitment: 30 }).status).toBe('on-track');
    expect(deliveryStatus({ delivered: 0, expected: 0, commitment: 0 }).status).toBe('complete');
  });

  it('explains the threshold applied', () => {
    expect(deliveryStatus({ delivered: 7, expected: 10, commitment: 30 }).reason).toBe(
      '7 of 30 delivered, 10 expected by now: pace 70%, below the at-risk threshold of 75%.',
    );
  });

  it('never writes a pace below a threshold as the threshold', () => {
    // 8.996 of 10: pace 0.8996, below 90% (at risk), which to 1 place is 90% too.
    expect(deliveryStatus({ delivered: '8.996', expected: 10, commitment: 30 }).reason).toBe(
      '8.996 of 30 delivered, 10 expected by now: pace 89.96%, below 90% but at or above the at-risk threshold of 75%.',
    );
    // 7.49996 of 10: pace 0.749996, behind; 74.9996% is the first that is not 75%. 7.5 ÷ 10
    // would be 75%: delivered is written exactly.
    expect(deliveryStatus({ delivered: '7.49996', expected: 10, commitment: 30 }).reason).toBe(
      '7.49996 of 30 delivered, 10 expected by now: pace 74.9996%, below the at-risk threshold of 75%.',
    );
    // A threshold of 0.89999 below a pace of 0.899: 89.9% and 89.999%.
    const own = { onTrackRatio: '0.89999', atRiskRatio: '0.5' };
    expect(deliveryStatus({ delivered: '8.99', expected: 10, commitment: 30 }, own).reason).toBe(
      '8.99 of 30 delivered, 10 expected by now: pace 89.9%, below 90% but at or above the at-risk threshold of 50%.',
    );
    expect(deliveryStatus({ delivered: '8.9995', expected: 10, commitment: 30 }, own).reason).toBe(
      '8.9995 of 30 delivered, 10 expected by now: pace 89.995%, below 89.999% but at or above the at-risk threshold of 50%.',
    );
  });

  it('names the second parameter for thresholds given among the quantities', () => {
    const error = caught(() =>
      deliveryStatus({
        delivered: 9,
        expected: 10,
        commitment: 30,
        thresholds: { onTrackRatio: 0.8 },
      } as never),
    );
    expect(error.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'quantities.thresholds: unknown key (give the thresholds as the second parameter)',
    ]);
  });

  it('never writes different quantities delivered and pledged alike', () => {
    // 24.00001 is more than 24 and 23.99999 less: 4 places would write both as 24.
    expect(deliveryStatus({ delivered: '24.00001', expected: 8, commitment: 24 }).reason).toBe(
      '24.00001 of 24 delivered: more than pledged.',
    );
    expect(deliveryStatus({ delivered: '23.99999', expected: 24, commitment: 24 }).reason).toBe(
      '23.99999 of 24 delivered, 24 expected by now: pace 100%, at or above the on-track threshold of 90%.',
    );
    expect(deliveryStatus({ delivered: '1e-7', expected: 0, commitment: '2e-7' }).reason).toBe(
      '0.0000001 of 0.0000002 delivered; nothing was expected yet.',
    );
    // Equal, they stay as they were.
    expect(deliveryStatus({ delivered: '1e-7', expected: 0, commitment: '1e-7' }).reason).toBe(
      'Less than 0.0001 of less than 0.0001 delivered: the pledge is met.',
    );
  });

  it('rejects negative quantities', () => {
    expectError(
      () => deliveryStatus({ delivered: -1, expected: 1, commitment: 1 }),
      'invalid-input',
      'quantities.delivered',
    );
  });

  it('does not write a quantity above 0 as 0', () => {
    // Quantities print to 4 places: a pledge of 1e-40 read "999,999,999,999,999 of 0
    // delivered: more than pledged", as if nothing had been pledged.
    expect(
      deliveryStatus({ delivered: '999999999999999', expected: '1e-40', commitment: '1e-40' })
        .reason,
    ).toBe('999,999,999,999,999 of less than 0.0001 delivered: more than pledged.');
    expect(
      deliveryStatus({ delivered: '0.00001', expected: '0.00004', commitment: '24' }).reason,
    ).toBe(
      // Expected is 0 at 4 places: both are written exactly.
      '0.00001 of 24 delivered, 0.00004 expected by now: pace 25%, below the at-risk threshold of 75%.',
    );
    expect(deliveryStatus({ delivered: 0, expected: 0, commitment: '1e-40' }).reason).toBe(
      'Nothing delivered yet of less than 0.0001.',
    );
    // 0.00005 rounds up to 0.0001 (half-up), as before.
    expect(
      deliveryStatus({ delivered: '0.00005', expected: '0.00005', commitment: '1' }).reason,
    ).toBe(
      '0.0001 of 1 delivered, 0.0001 expected by now: pace 100%, at or above the on-track threshold of 90%.',
    );
  });

  it('rejects more expected by now than over the whole contract', () => {
    // Expected 10 of a commitment of 3 (the two swapped, say) gave "2 of 3 delivered, 10
    // expected by now: pace 20%" and 'behind' for two thirds of the pledge delivered.
    const error = caught(() => deliveryStatus({ delivered: 2, expected: 10, commitment: 3 }));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'quantities.expected',
        'expected at most the commitment 3 (the quantity due over the whole contract), received 10',
      ],
    ]);
    // Expected equal to the commitment (the contract over) is fine.
    expect(deliveryStatus({ delivered: 2, expected: 3, commitment: 3 }).status).toBe('behind');
  });

  it('names the threshold given, and the default it is out of order with', () => {
    // onTrackRatio 0.7 alone is below the default at-risk threshold 0.75: the error was at
    // `thresholds.atRiskRatio`, a key the caller never wrote, "received 0.75".
    const issue = (thresholds: Record<string, string>) => {
      const error = caught(() =>
        deliveryStatus({ delivered: 6, expected: 10, commitment: 20 }, thresholds),
      );
      expect(error.code).toBe('invalid-input');
      return error.issues.map((item) => [item.path, item.message]);
    };
    expect(issue({ onTrackRatio: '0.7' })).toEqual([
      [
        'thresholds.onTrackRatio',
        'expected at least the default at-risk threshold 0.75 (give atRiskRatio too), received 0.7',
      ],
    ]);
    expect(issue({ atRiskRatio: '0.95' })).toEqual([
      [
        'thresholds.atRiskRatio',
        'expected at most the default on-track threshold 0.9 (give onTrackRatio too), received 0.95',
      ],
    ]);
    expect(issue({ onTrackRatio: '0.6', atRiskRatio: '0.7' })).toEqual([
      ['thresholds.atRiskRatio', 'expected at most the on-track threshold 0.6, received 0.7'],
    ]);
    expect(
      deliveryStatus({ delivered: 6, expected: 10, commitment: 20 }, { onTrackRatio: '0.75' })
        .status,
    ).toBe('behind');
  });
});
