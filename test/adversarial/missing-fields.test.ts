import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import { revive, type SnapshotKind, summarisePortfolio } from '../../src/index.js';
import { caught } from '../errors.js';
import { samples } from '../samples.js';

// A required field left out is "missing: expected …", never zod's internal word for a required
// key ("expected nonoptional"), also where a reader takes any value there and checks it later.

/** The [path, message] of each problem of a call. */
const problems = (call: () => unknown) =>
  caught(call).issues.map((issue) => [issue.path, issue.message]);

describe('a required field left out', () => {
  it('is "missing: expected a value" where any value is read', () => {
    const estimate = JSON.parse(JSON.stringify(samples['local-impact-estimate']()));
    delete estimate.lines[0].multiplier;
    expect(problems(() => revive(estimate))).toEqual([
      ['json.lines[0].multiplier', 'missing: expected a value'],
    ]);
    const whatIf = JSON.parse(JSON.stringify(samples['what-if']()));
    delete whatIf.model;
    expect(problems(() => revive(whatIf))).toEqual([['json.model', 'missing: expected a value']]);
    expect(problems(() => summarisePortfolio([{ id: 'c1' }] as never))).toEqual([
      ['contracts[0].report', 'missing: expected a value'],
    ]);
  });

  it('never reads "nonoptional", for any key of any snapshot left out', () => {
    let checked = 0;
    for (const kind of Object.keys(samples) as SnapshotKind[]) {
      const json = JSON.parse(JSON.stringify(samples[kind]())) as Record<string, unknown>;
      // Each key of the snapshot, and of the first entry of each of its lists.
      const holders: Record<string, unknown>[] = [json];
      for (const value of Object.values(json)) {
        const first: unknown = Array.isArray(value) ? value[0] : undefined;
        if (typeof first === 'object' && first !== null && !Array.isArray(first)) {
          holders.push(first as Record<string, unknown>);
        }
      }
      for (const holder of holders) {
        for (const key of Object.keys(holder)) {
          if (key === 'kind') continue;
          const value = holder[key];
          delete holder[key];
          try {
            revive(structuredClone(json), kind);
          } catch (error) {
            for (const issue of caught(() => {
              throw error;
            }).issues) {
              expect(issue.message).not.toContain('nonoptional');
              checked += 1;
            }
          }
          holder[key] = value;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});

describe('a required parameter left out', () => {
  // `evaluateTenders()` said "model: expected an evaluation model (…), received undefined", and
  // five other functions the same: a parameter left out is missing, as a field left out is.
  it('is "missing: expected …" at the parameter, for every function of the package', () => {
    const functions = Object.entries(library).filter(
      ([name, value]) =>
        typeof value === 'function' && /^[a-z]/.test(name) && !/^is[A-Z]/.test(name),
    );
    // Some 50 functions: a scan that found none would prove nothing.
    expect(functions.length).toBeGreaterThan(45);
    for (const [name, fn] of functions) {
      const [issue] = caught(() => (fn as () => unknown)()).issues;
      expect(issue?.message, name).toMatch(/^missing: expected /);
      expect(issue?.path, name).toMatch(/^[a-z][A-Za-z]*$/);
    }
  });
});
