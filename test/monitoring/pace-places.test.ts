import { describe, expect, it } from 'vitest';
import { deliveryStatus, revive, trackDelivery, valuePledges } from '../../src/index.js';
import { caught } from '../errors.js';
import { expectSame } from '../expect-same.js';
import { seed004Framework } from './seed-004.js';

// A reason shows the quantities to 4 places and the pace to the places that tell it from its
// threshold. Where delivered ÷ expected from the 4-place figures would not be written as the
// pace is (to the places it is written to), or expected is 0 at 4 places, the quantities are
// written exactly: "0.9 of 1 delivered, 1 expected by now: pace 89.999%" contradicted itself.
// Every sentence below is worked out by hand.
const reason = (delivered: string, expected: string, commitment: string) =>
  deliveryStatus({ delivered, expected, commitment }).reason;

describe('deliveryStatus: quantities that agree with the pace written', () => {
  it('writes delivered exactly when its 4-place figure would give another pace', () => {
    // 0.89999 ÷ 1 = 89.999% (below 90%: 3 places); 0.9 ÷ 1 would be 90%.
    expect(reason('0.89999', '1', '1')).toBe(
      '0.89999 of 1 delivered, 1 expected by now: pace 89.999%, below 90% but at or above the at-risk threshold of 75%.',
    );
    // 7.19999 ÷ 8 = 0.89999875: 89.9999% to 4 places (90% to 3); 7.2 ÷ 8 = 90%.
    expect(reason('7.19999', '8', '24')).toBe(
      '7.19999 of 24 delivered, 8 expected by now: pace 89.9999%, below 90% but at or above the at-risk threshold of 75%.',
    );
  });

  it('writes expected exactly when its 4-place figure would give another pace', () => {
    // 0.9 ÷ 1.00001 = 0.8999910000899…: 89.999%; 0.9 ÷ 1 would be 90%.
    expect(reason('0.9', '1.00001', '2')).toBe(
      '0.9 of 2 delivered, 1.00001 expected by now: pace 89.999%, below 90% but at or above the at-risk threshold of 75%.',
    );
  });

  it('does so on track too', () => {
    // 0.00096 ÷ 0.001 = 96%; 4 places write 0.001 ÷ 0.001, 100%.
    expect(reason('0.00096', '0.001', '1')).toBe(
      '0.00096 of 1 delivered, 0.001 expected by now: pace 96%, at or above the on-track threshold of 90%.',
    );
  });

  it('writes the quantities exactly when expected is 0 at 4 places', () => {
    // 0.00001 ÷ 0.00004 = 25%; both are 0 at 4 places ("less than 0.0001" before).
    expect(reason('0.00001', '0.00004', '24')).toBe(
      '0.00001 of 24 delivered, 0.00004 expected by now: pace 25%, below the at-risk threshold of 75%.',
    );
    // 0.000009 ÷ 0.0000091 = 0.98901…: 98.9%. The commitment is written to the places of the
    // quantity delivered, and past them where they would read alike (7 places).
    expect(reason('0.000009', '0.0000091', '0.0000091')).toBe(
      '0.000009 of 0.0000091 delivered, 0.0000091 expected by now: pace 98.9%, at or above the on-track threshold of 90%.',
    );
  });

  it('keeps 4 places where they give the pace written, to its places', () => {
    // 0.95999 ÷ 1 = 95.999%, on track: 96% to 1 place, as 0.96 ÷ 1 is.
    expect(reason('0.95999', '1', '1')).toBe(
      '0.96 of 1 delivered, 1 expected by now: pace 96%, at or above the on-track threshold of 90%.',
    );
    // 0.90004 ÷ 1 = 90.004%: 90% to 1 place (90.0), and 0.9 ÷ 1 is 90%.
    expect(reason('0.90004', '1', '1')).toBe(
      '0.9 of 1 delivered, 1 expected by now: pace 90%, at or above the on-track threshold of 90%.',
    );
    // 23.99999 ÷ 24 = 99.99996%: 100%, as 24 ÷ 24 is (delivered told from the commitment).
    expect(reason('23.99999', '24', '24')).toBe(
      '23.99999 of 24 delivered, 24 expected by now: pace 100%, at or above the on-track threshold of 90%.',
    );
  });
});

describe('trackDelivery: line reasons, and their reports read back', () => {
  const valuation = valuePledges(seed004Framework, [
    { measure: 'NT1', quantity: 1 },
    { measure: 'NT10', quantity: 1 },
  ]);
  const deliveries = [
    { measure: 'NT1', date: '2025-03-31', quantity: '0.95999' },
    { measure: 'NT10', date: '2025-03-31', quantity: '0.89999' },
  ];
  const reasons = (report: ReturnType<typeof trackDelivery>) =>
    report.lines.map((line) => line.reason);

  it('writes the quantities as the pace written needs, with any thresholds', () => {
    const report = trackDelivery(valuation, deliveries);
    expect(reasons(report)).toEqual([
      '0.96 of 1 delivered, 1 expected by now: pace 96%, at or above the on-track threshold of 90%.',
      '0.89999 of 1 delivered, 1 expected by now: pace 89.999%, below 90% but at or above the at-risk threshold of 75%.',
    ]);
    // On track from 96%: 95.999% is below it (3 places), and 89.999% is 90% (1 place).
    const own = trackDelivery(valuation, deliveries, { thresholds: { onTrackRatio: '0.96' } });
    expect(reasons(own)).toEqual([
      '0.95999 of 1 delivered, 1 expected by now: pace 95.999%, below 96% but at or above the at-risk threshold of 75%.',
      '0.9 of 1 delivered, 1 expected by now: pace 90%, below 96% but at or above the at-risk threshold of 75%.',
    ]);
    // A stored report does not keep its thresholds: each reason is checked against its own pace.
    for (const live of [report, own]) {
      expectSame(revive(JSON.parse(JSON.stringify(live)), 'delivery-report'), live);
    }
  });

  it('reads back a report over a contract period', () => {
    // 24 over 1,095 days, 365 of them by 2025-03-31: 8 expected; 7.19999 ÷ 8 = 89.9999%.
    const report = trackDelivery(
      valuePledges(seed004Framework, [{ measure: 'NT1', quantity: 24 }]),
      [{ measure: 'NT1', date: '2025-03-31', quantity: '7.19999' }],
      { start: '2024-04-01', end: '2027-03-31', asOf: '2025-03-31' },
    );
    expect(reasons(report)).toEqual([
      '7.19999 of 24 delivered, 8 expected by now: pace 89.9999%, below 90% but at or above the at-risk threshold of 75%.',
    ]);
    expectSame(revive(JSON.parse(JSON.stringify(report)), 'delivery-report'), report);
  });

  it('refuses a stored reason whose quantities do not go with its pace', () => {
    const json = JSON.parse(JSON.stringify(trackDelivery(valuation, deliveries)));
    // 0.89999 ÷ 1 is not written 90%: with that pace the reason reads "0.9 of 1".
    json.lines[1].reason =
      '0.89999 of 1 delivered, 1 expected by now: pace 90%, at or above the on-track threshold of 90%.';
    expect(caught(() => revive(json, 'delivery-report')).code).toBe('invalid-input');
    // 0.9 with the pace 89.999% is the contradiction itself.
    json.lines[1].reason =
      '0.9 of 1 delivered, 1 expected by now: pace 89.999%, below 90% but at or above the at-risk threshold of 75%.';
    expect(caught(() => revive(json, 'delivery-report')).code).toBe('invalid-input');
  });
});
