import { describe, expect, it } from 'vitest';
import { createValuationAccumulator, valuePledges } from '../../src/index.js';
import { caught } from '../errors.js';
import { seedFramework } from '../toms/fixtures.js';

// A list with several pledges that are not valid is refused once, naming every one of them, so a
// sheet's bad rows are mended in one pass rather than one run per row.

const NOT_A_NUMBER = 'expected a finite number, a decimal string, a bigint or a Decimal, received';

describe('valuePledges with pledges that are not valid', () => {
  it('names the problems of every pledge, in pledge order', () => {
    const error = caught(() =>
      valuePledges(seedFramework, [
        { measure: 'NT1', quantity: 2 },
        { measure: 'NT1', quantity: 'two' },
        { measure: 'NT1', quantity: 1 },
        { measure: 'NT1', quantity: '1,5', tags: 'Jobs' },
      ] as never),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.message.split('\n')[0]).toBe('Invalid pledges: 3 problems.');
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['pledges[1].quantity', `${NOT_A_NUMBER} "two"`],
      ['pledges[3].quantity', `${NOT_A_NUMBER} "1,5"`],
      ['pledges[3].tags', 'expected a plain object of names and values, received "Jobs"'],
    ]);
  });

  it('keeps the error of a single bad pledge as it was', () => {
    const error = caught(() =>
      valuePledges(seedFramework, [
        { measure: 'NT1', quantity: 1 },
        { measure: 'NT1', quantity: 'two' },
      ] as never),
    );
    expect(error.message).toBe(
      `Invalid pledge: 1 problem.\n  - pledges[1].quantity: ${NOT_A_NUMBER} "two"`,
    );
  });

  it('is out-of-range only when every problem is a number outside the domain', () => {
    const huge = caught(() =>
      valuePledges(seedFramework, [
        { measure: 'NT1', quantity: '1e400' },
        { measure: 'NT1', quantity: '-1e30' },
      ]),
    );
    expect(huge.code).toBe('out-of-range');
    expect(huge.issues.map((issue) => issue.path)).toEqual([
      'pledges[0].quantity',
      'pledges[1].quantity',
    ]);
    const mixed = caught(() =>
      valuePledges(seedFramework, [
        { measure: 'NT1', quantity: '1e400' },
        { measure: 'NT1', quantity: 'two' },
      ]),
    );
    expect(mixed.code).toBe('invalid-input');
  });

  it('keeps the first 100 problems and counts them all', () => {
    const pledges = Array.from({ length: 150 }, () => ({ measure: 'NT1', quantity: 'x' }));
    const error = caught(() => valuePledges(seedFramework, pledges));
    expect(error.message.split('\n')[0]).toBe('Invalid pledges: 150 problems.');
    expect(error.issues).toHaveLength(100);
    expect(error.issues[99]?.path).toBe('pledges[99].quantity');
    expect(error.details.count).toBe(150);
    // 20 problems written out, then the other 130 counted.
    expect(error.message.split('\n').at(-1)).toBe('  - … and 130 more problems');
  });
});

describe("an accumulator's add with pledges that are not valid", () => {
  it('names every bad pledge of the batch by its index in the valuation, and adds none', () => {
    const accumulator = createValuationAccumulator(seedFramework);
    accumulator.add([{ measure: 'NT1', quantity: 1 }]);
    const error = caught(() =>
      accumulator.add([
        { measure: 'NT1', quantity: 1 },
        { measure: 'NT1', quantity: 'x' },
        { measure: 'NT1', quantity: 'y' },
      ]),
    );
    expect(error.message.split('\n')[0]).toBe('Invalid pledges: 2 problems.');
    // The batch starts at pledge 1 of the valuation: its pledges 1 and 2 are pledges 2 and 3.
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'pledges[2].quantity',
      'pledges[3].quantity',
    ]);
    expect(accumulator.count).toBe(1);
    // 1 × NT1's proxy of £30,782.
    expect(accumulator.result().total.toString()).toBe('30782');
  });
});

describe('a contract value given in a pledge', () => {
  it('is refused with where it goes, for valuePledges and an accumulator alike', () => {
    const pledge = { measure: 'NT1', quantity: 1, contractValue: 1_000_000 };
    const message = 'unknown key (give the contract value in the options, not in a pledge)';
    const error = caught(() => valuePledges(seedFramework, [pledge] as never));
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['pledges[0].contractValue', message],
    ]);
    const added = caught(() => createValuationAccumulator(seedFramework).add([pledge] as never));
    expect(added.issues[0]?.message).toBe(message);
    // In the options it is the valuation's: 1 × £30,782 over £1,000,000.
    const valuation = valuePledges(seedFramework, [{ measure: 'NT1', quantity: 1 }], {
      contractValue: 1_000_000,
    });
    expect(valuation.socialValueAddedRatio?.toString()).toBe('0.030782');
  });
});
