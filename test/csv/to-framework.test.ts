import { describe, expect, it } from 'vitest';
import { parsePledgeSheet, toFramework } from '../../src/csv/index.js';
import { caught } from '../errors.js';

const meta = { id: 'c', name: 'Council', edition: '2021', priceYear: 2021 };

describe('toFramework: many unknown meta codes', () => {
  it('lists the first 100 with a "did you mean" and counts the rest', () => {
    // Seed 004's NT1 row; 100,000 value types for codes no row has (X0 … X99999).
    const { rows } = parsePledgeSheet('Theme,Reference,Units,Proxy Value\nJobs,NT1,FTE,30782');
    const valueTypes = Object.fromEntries(
      Array.from({ length: 100_000 }, (_, index) => [`X${index}`, 'social' as const]),
    );
    const error = caught(() => toFramework(rows, { ...meta, valueTypes }));
    expect(error.code).toBe('invalid-input');
    // 100,000 − 100 listed = 99,900 not listed.
    expect(error.message.split('\n')[0]).toBe(
      'Invalid framework meta: valueTypes names measure codes no row has. (99,900 more not listed)',
    );
    expect(error.issues).toHaveLength(100);
    expect(error.issues[0]?.path).toBe('meta.valueTypes.X0');
    expect(error.issues[99]?.path).toBe('meta.valueTypes.X99');
    expect(error.details.count).toBe(100_000);
    // The message: headline, 20 issues, and the count of the other 80 kept in `issues`.
    expect(error.message.split('\n')).toHaveLength(22);
  });

  it('lists every unknown code when there are at most 100', () => {
    const { rows } = parsePledgeSheet('Theme,Reference,Units,Proxy Value\nJobs,NT1,FTE,30782');
    const error = caught(() =>
      toFramework(rows, { ...meta, exclusivityGroups: { NT2: 'a', nt1: 'b' } }),
    );
    expect(error.message.split('\n')[0]).toBe(
      'Invalid framework meta: exclusivityGroups names measure codes no row has.',
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'meta.exclusivityGroups.NT2',
      'meta.exclusivityGroups.nt1',
    ]);
    expect(error.details.count).toBe(2);
  });
});

describe('toFramework: record-only given to a priced measure', () => {
  it('names the meta entry and the row, not a framework path the user never wrote', () => {
    // Seed 004's NT1 (£30,782) and NT68 (plastic recycling rate, proxy 0) rows, with a second
    // priced row given record-only by mistake.
    const { rows } = parsePledgeSheet(
      'Theme,Reference,Units,Proxy Value\nJobs,NT1,FTE,30782\nEnvironment,NT68,%,0\nEnvironment,NT32,miles,0.02223',
    );
    const error = caught(() =>
      toFramework(rows, {
        ...meta,
        valueTypes: { NT1: 'record-only', NT68: 'record-only', NT32: 'record-only' },
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.message.split('\n')[0]).toBe(
      'Invalid framework meta: record-only is for measures with a proxy value of 0.',
    );
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'meta.valueTypes.NT1',
        'expected a value type other than "record-only" (not monetised), received it for rows[0] with a proxy value of 30782',
      ],
      [
        'meta.valueTypes.NT32',
        'expected a value type other than "record-only" (not monetised), received it for rows[2] with a proxy value of 0.02223',
      ],
    ]);
    // The zero-proxy row alone is taken as given.
    const framework = toFramework(rows.slice(1, 2), {
      ...meta,
      valueTypes: { NT68: 'record-only' },
    });
    expect(framework.measures[0]?.valueType).toBe('record-only');
  });
});
