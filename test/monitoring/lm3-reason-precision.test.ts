import { describe, expect, it } from 'vitest';
import { lm3, revive } from '../../src/index.js';

// The reason wrote the multiplier to 4 places but the £ it became to the penny: an LM2 of 1.0049
// "became £1.00", as if nothing stayed in the local economy. The £ per £1 is now written to the
// multiplier's own places (at least to the penny), as a spend multiplier's summary is.
describe('lm3: the £ per £1 in its reason', () => {
  it('is written to the places of the multiplier beside it', () => {
    const reason = (rounds: number[]) => lm3(rounds).reason;
    expect(reason([10000, 49])).toBe(
      'LM2 is 1.0049: each £1 spent in round 1 became £1.0049 in the local economy over 2 rounds of spending.',
    );
    expect(reason([1000, 5])).toBe(
      'LM2 is 1.005: each £1 spent in round 1 became £1.005 in the local economy over 2 rounds of spending.',
    );
    expect(reason([7, 1])).toBe(
      'LM2 is 1.1429: each £1 spent in round 1 became £1.1429 in the local economy over 2 rounds of spending.',
    );
    expect(reason([100000, 60000, 30000])).toBe(
      'LM3 is 1.9: each £1 spent in round 1 became £1.90 in the local economy over 3 rounds of spending.',
    );
    expect(reason([5])).toBe(
      'LM1 is 1: each £1 spent in round 1 became £1.00 in the local economy over 1 round of spending.',
    );
  });

  it('is what a stored result must say', () => {
    const stored = JSON.parse(JSON.stringify(lm3([10000, 49])));
    expect((revive(stored) as ReturnType<typeof lm3>).reason).toContain('became £1.0049');
    stored.reason = stored.reason.replace('£1.0049', '£1.00');
    expect(() => revive(stored)).toThrow(/json\.reason/);
  });
});
