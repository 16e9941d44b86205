import { describe, expect, it } from 'vitest';
import { trackDelivery } from '../../src/index.js';
import { caught } from '../errors.js';
import { samples } from '../samples.js';

// "Did you mean" reaches past two-letter slips to a key or choice with the same stem.

describe('suggestions for a related key or choice', () => {
  const valuation = samples.valuation();
  const delivery = { measure: valuation.lines[0]!.measure, date: '2026-01-01', quantity: 1 };
  const problems = (extra: Record<string, unknown>) =>
    caught(() => trackDelivery(valuation, [{ ...delivery, ...extra }] as never)).issues.map(
      (issue) => [issue.path, issue.message],
    );

  it('names `verification` for `verified` or `verify`, and `"verified"` for `"verify"`', () => {
    expect(problems({ verified: true })).toEqual([
      ['deliveries[0].verified', 'unknown key (did you mean "verification"?)'],
    ]);
    expect(problems({ verify: 'verified' })).toEqual([
      ['deliveries[0].verify', 'unknown key (did you mean "verification"?)'],
    ]);
    expect(problems({ verification: 'verify' })).toEqual([
      [
        'deliveries[0].verification',
        'expected one of "verified", "claimed", received "verify" (did you mean "verified"?)',
      ],
    ]);
  });

  it('names nothing for an unrelated key', () => {
    expect(problems({ supplier: 'A' })).toEqual([['deliveries[0].supplier', 'unknown key']]);
  });
});
