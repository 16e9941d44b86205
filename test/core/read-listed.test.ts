import { describe, expect, it } from 'vitest';
import { readListed } from '../../src/core/read-listed.js';
import { defineFramework, trackDelivery, valuePledges } from '../../src/index.js';
import { caught } from '../errors.js';

const framework = defineFramework({
  id: 'f',
  name: 'F',
  edition: '1',
  priceYear: 2024,
  themes: [{ id: 'jobs', name: 'Jobs' }],
  measures: [
    {
      code: 'NT1',
      theme: 'jobs',
      title: 'Jobs',
      unit: 'FTE',
      proxyValue: '1',
      valueType: 'social',
    },
  ],
});

/** A pledge whose quantity getter throws something other than the library's error. */
const throwing = () => ({
  measure: 'NT1',
  get quantity(): number {
    throw new TypeError('getter failed');
  },
});
const negative = (quantity: number) => ({ measure: 'NT1', quantity });

/** What a call throws, whatever it is. */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('readListed', () => {
  it('names the problems of every bad item in one error', () => {
    const error = caught(() => valuePledges(framework, [negative(-1), negative(1), negative(-2)]));
    expect(error.message.split('\n')[0]).toBe('Invalid pledges: 2 problems.');
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'pledges[0].quantity',
      'pledges[2].quantity',
    ]);
  });

  it('rethrows, as it is, an error not its own met at a later item, as for one item alone', () => {
    // Before, it was left out of the combined error, whose headline still counted it.
    for (const pledges of [
      [negative(-1), throwing()],
      [negative(-1), throwing(), negative(-2)],
      [throwing(), negative(-1)],
      [throwing()],
    ]) {
      const error = thrownBy(() => valuePledges(framework, pledges));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe('getter failed');
    }
  });

  it('does the same for deliveries', () => {
    const valuation = valuePledges(framework, [negative(10)]);
    const delivery = { measure: 'NT1', date: '2025-01-01', quantity: 1 };
    const error = thrownBy(() =>
      trackDelivery(
        valuation,
        [
          { ...delivery, quantity: -1 },
          {
            ...delivery,
            get quantity(): number {
              throw new RangeError('no quantity');
            },
          },
        ],
        { start: '2025-01-01', end: '2025-12-31' },
      ),
    );
    expect(error).toBeInstanceOf(RangeError);
  });

  it('reads every later item once the one asked for fails, each at its index', () => {
    const seen: number[] = [];
    const read = (item: unknown, index: number) => {
      seen.push(index);
      if (item === 'thrown') throw new SyntaxError('not ours');
      return item;
    };
    expect(readListed(['a', 'b'], 1, read, 'items')).toBe('b');
    expect(() => readListed(['a', 'thrown', 'thrown'], 1, read, 'items')).toThrow(SyntaxError);
    expect(seen).toEqual([1, 1, 1]);
  });
});
