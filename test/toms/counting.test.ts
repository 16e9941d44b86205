import { describe, expect, it } from 'vitest';
import { attendeeHours, attributionShare, fte, fteYears } from '../../src/index.js';
import { caught } from '../errors.js';

describe('counting rules', () => {
  it('converts staff to FTE and FTE-years (Torbay "TOMs dos and don\'ts")', () => {
    // 10 full-time + 5 half-time = 10 + 2.5 = 12.5 FTE; over 2 years 12.5 × 2 = 25 FTE-years.
    const staff = fte({ fullTime: 10, partTime: [{ count: 5, fraction: '0.5' }] });
    expect(staff.toString()).toBe('12.5');
    expect(fteYears(staff, 2).toString()).toBe('25');
    // 3 people at 0.6 and 2 at 0.2: 1.8 + 0.4 = 2.2 FTE; 18 months: 2.2 × 1.5 = 3.3.
    const mixed = fte({
      partTime: [
        { count: 3, fraction: '0.6' },
        { count: 2, fraction: '0.2' },
      ],
    });
    expect(mixed.toString()).toBe('2.2');
    expect(fteYears(mixed, '1.5').toString()).toBe('3.3');
    expect(fte({ fullTime: 0 }).toString()).toBe('0');
    expect(fte({ partTime: [] }).toString()).toBe('0');
  });

  it('counts hours × attendees (Essex: a 2-hour session for 8 people is 16)', () => {
    expect(attendeeHours(2, 8).toString()).toBe('16');
    expect(attendeeHours('1.5', 12).toString()).toBe('18');
  });

  it('gives the share of time on the contract', () => {
    // Half of a 37.5-hour week on the contract: 18.75 / 37.5 = 0.5.
    expect(attributionShare('18.75', '37.5').toString()).toBe('0.5');
    expect(attributionShare(1, 3).toSignificantDigits(5).toString()).toBe('0.33333');
  });

  it('names the bad field', () => {
    const fraction = caught(() => fte({ partTime: [{ count: 5, fraction: '1.5' }] }));
    expect(fraction.code).toBe('invalid-input');
    expect(fraction.issues[0]?.path).toBe('staff.partTime[0].fraction');
    expect(caught(() => fte({ fullTime: -1 })).issues[0]?.path).toBe('staff.fullTime');
    // An empty object says nothing about the staff: not 0 FTE.
    for (const staff of [{}, { fullTime: undefined }]) {
      expect(caught(() => fte(staff))).toMatchObject({
        code: 'invalid-input',
        message: 'Invalid staff: 1 problem.\n  - staff: missing: expected fullTime or partTime',
      });
    }
    expect(caught(() => fteYears(1, 'two')).issues[0]?.path).toBe('years');
    expect(caught(() => attendeeHours(2, '8.5')).issues[0]?.path).toBe('attendees');
    expect(caught(() => attributionShare(2, 1)).issues[0]?.path).toBe('onContract');
    expect(caught(() => attributionShare(0, 0)).issues[0]?.path).toBe('total');
  });
});
