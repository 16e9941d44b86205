import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trackDelivery, valuePledges } from '../../src/index.js';
import { caught } from '../errors.js';
import { edited } from '../snapshot-edits.js';
import {
  checkedFigures,
  nt1Framework as framework,
  valuationArb,
  withFigureChanged,
} from '../stored-valuations.js';

// trackDelivery given a stored valuation (its JSON) uses its lines' figures only when they are
// the figures the valuation was worked out with: a hand-edited one is refused at its path.

// 24 FTE × £30,782 = £738,768, 7.38768% of a £10,000,000 contract.
const valuation = valuePledges(framework, [{ measure: 'NT1', quantity: 24 }], {
  contractValue: 10_000_000,
});
const deliveries = [{ measure: 'NT1', date: '2026-09-30', quantity: 6 }];
const contract = { start: '2026-04-01', end: '2029-03-31', asOf: '2027-03-31' };

/** `path: message` of each issue of the error trackDelivery throws (code invalid-input). */
function refusal(stored: unknown): string[] {
  const error = caught(() => trackDelivery(stored as never, deliveries, contract));
  expect(error.code).toBe('invalid-input');
  return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

describe('trackDelivery with a stored valuation', () => {
  it('tracks it as the live valuation when its figures are as written', () => {
    const live = trackDelivery(valuation, deliveries, contract);
    // 6 of 24 delivered: 6 × 30,782 = 184,692.
    expect(live.totals.delivered.toString()).toBe('184692');
    const stored = JSON.parse(JSON.stringify(valuation));
    expect(JSON.stringify(trackDelivery(stored, deliveries, contract))).toBe(JSON.stringify(live));
  });

  it('refuses a total or a line edited, naming the figure stored and the one its lines give', () => {
    expect(refusal(edited(valuation, ['total'], '9999999'))).toEqual([
      'valuation.total: expected "738768" (from its own figures), received "9999999"',
    ]);
    // A pledge raised to 240 FTE would be tracked as 240 (7,387,680) without the check.
    expect(refusal(edited(valuation, ['lines', 0, 'quantity'], '240'))).toEqual([
      'valuation.lines[0].value: expected "7387680" (from its own figures), received "738768"',
    ]);
    // £1,000,000 would make social value added 10 times what the valuation said (0.0738768).
    expect(refusal(edited(valuation, ['contractValue'], '1000000'))).toEqual([
      'valuation.socialValueAddedRatio: expected "0.738768" (from its own figures), received "0.0738768"',
    ]);
  });

  it('reads a valuation made by hand, without the figures a valuation writes, as before', () => {
    const report = trackDelivery(
      {
        lines: [
          {
            measure: 'NT1',
            theme: 'jobs',
            valueType: 'local-economic',
            quantity: 24,
            proxyValue: 30782,
          },
        ],
      },
      deliveries,
      contract,
    );
    expect(report.totals.delivered.toString()).toBe('184692');
  });

  it('gives the live result for any valuation as written, and refuses any one of its figures changed', () => {
    fc.assert(
      fc.property(
        valuationArb,
        fc.nat(),
        fc.integer({ min: 1, max: 100_000 }).map((cents) => `${cents / 100}`),
        (valuation, pick, raise) => {
          const track = (stored: unknown) =>
            trackDelivery(
              stored as never,
              [{ measure: 'M0', date: '2026-06-30', quantity: '1' }],
              contract,
            );
          const json = JSON.parse(JSON.stringify(valuation));
          expect(JSON.stringify(track(json))).toBe(JSON.stringify(track(valuation)));
          const paths = checkedFigures(valuation);
          const changed = withFigureChanged(valuation, paths[pick % paths.length]!, raise);
          const error = caught(() => track(changed));
          expect(error.code).toBe('invalid-input');
          expect(error.issues[0]?.path).toMatch(/^valuation\.(lines|total|socialValueAddedRatio)/);
        },
      ),
      { numRuns: 60 },
    );
  });
});
