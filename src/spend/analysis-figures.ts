import { Decimal } from '../core/decimal.js';
import type { SocialValueIssue } from '../core/errors.js';
import { figureIssues } from '../core/figure-issues.js';
import { idText } from '../core/id-text.js';
import { issueAt } from '../core/issue.js';
import type { SpendTallies, Tally } from './accumulate.js';
import { analysisOf, partOf, sliceLabels, sliceOf } from './explain.js';
import { findingSeverity } from './finding-severity.js';
import { localityWords } from './locality.js';
import type { SpendAnalysis, SpendLocation, SpendSlice } from './types.js';

// A stored analysis keeps its sums, not its payments. Each breakdown (by location, by supplier
// type, by department with the payments naming none, by financial year, by ward with those naming
// none) must add up to the total, the payment count and the local spend; then every share,
// sentence and the summary must be what analyseSpend writes from those sums. Where a breakdown
// does not add up and exactly one of its slices has a figure that its own share and sentence
// contradict, the issue is at that figure (`json.byDepartment.Education.amount`). Internal.

type Path = readonly PropertyKey[];
type Field = keyof Tally;
/** A slice (or part by location) of a breakdown: its keys in the analysis and its sums. */
type Entry = readonly [key: string, name: string | undefined, tally: Tally];

const breakdowns = [
  ['byLocation'],
  ['bySupplierType'],
  ['byDepartment', 'withoutDepartment'],
  ['byFinancialYear'],
  ['byWard', 'withoutWard'],
] as const;
const names = { amount: 'amount', count: 'paymentCount', local: 'localSpend' } as const;

/** The figures of a stored spend analysis that contradict its own sums, each at its path. */
export function analysisFigureIssues(analysis: SpendAnalysis, path: Path): SocialValueIssue[] {
  const issues: SocialValueIssue[] = [];
  const where =
    analysis.localityName === null
      ? localityWords(analysis.locality)
      : idText(analysis.localityName);
  const stored = (key: string, name?: string) => {
    const value = (analysis as unknown as Record<string, Record<string, SpendSlice>>)[key]!;
    return (name === undefined ? value : value[name]!) as unknown as Record<string, unknown>;
  };
  const total: Tally = {
    amount: analysis.total,
    local: analysis.localSpend,
    count: analysis.paymentCount,
  };
  const tallies: Record<string, unknown> = { total };
  const groups = breakdowns.map((keys) =>
    keys.flatMap((key): Entry[] => {
      const named = key.startsWith('by');
      const map = new Map<string | undefined, Tally>();
      for (const name of named ? Object.keys(stored(key)) : [undefined]) {
        const slice = stored(key, name) as unknown as SpendSlice;
        map.set(name, { amount: slice.amount, local: slice.localSpend, count: slice.paymentCount });
      }
      tallies[key] = named ? map : map.get(undefined);
      return [...map].map(([name, tally]) => [key, name, tally]);
    }),
  );
  tallies.byLocation = Object.fromEntries(tallies.byLocation as Map<string, Tally>);
  const write = ([key, name]: Entry, tally: Tally) =>
    key === 'byLocation'
      ? partOf(name as SpendLocation, tally, total.amount, where)
      : sliceOf(sliceLabels[key as 'byWard'](name!), tally, total.amount, where);
  for (const field of ['amount', 'count', 'local'] as const) {
    // By location, the local spend is the local part's amount.
    for (const [, name, tally] of groups[0]!) {
      tally.local = name === 'local' ? tally.amount : new Decimal(0);
    }
    const sums = groups.map((entries) =>
      entries.reduce((sum, [, , tally]) => sum.plus(tally[field]), new Decimal(0)),
    );
    // The figure most of them agree on, the stored one counting once: with one figure changed,
    // the others outvote it.
    const votes = [new Decimal(total[field]), ...sums];
    const agreeing = (figure: Decimal) => votes.filter((vote) => vote.eq(figure)).length;
    const figure = votes.reduce((best, vote) => (agreeing(vote) > agreeing(best) ? vote : best));
    const set = (tally: Tally, value: Decimal) => {
      (tally as Record<Field, unknown>)[field] = field === 'count' ? value.toNumber() : value;
    };
    set(total, figure);
    groups.forEach((entries, index) => {
      const off = sums[index]!.minus(figure);
      if (off.isZero()) return;
      const fixed = (tally: Tally) => new Decimal(tally[field]).minus(off);
      // The one slice whose other figures and sentence were written from the figure that adds up.
      const odd = entries.filter((entry) => {
        // A slice of no payments has £0 in all: it explains no other amount or local spend
        // (its sentence says only "no payments", whatever the figure).
        if (field !== 'count' && entry[2].count === 0 && !fixed(entry[2]).isZero()) return false;
        const found: SocialValueIssue[] = [];
        const trial = { ...entry[2] };
        set(trial, fixed(trial));
        const slice = stored(entry[0], entry[1]);
        figureIssues(
          found,
          [],
          { ...write(entry, trial), [names[field]]: slice[names[field]] },
          slice,
        );
        return found.length === 0;
      });
      if (odd.length === 1) set(odd[0]![2], fixed(odd[0]![2]));
      else {
        issues.push(
          issueAt(
            [...path, breakdowns[index]![0]],
            `expected ${names[field]} figures adding up to ${figure}, received a sum of ${sums[index]}`,
          ),
        );
      }
    });
  }
  const again = analysisOf(
    tallies as unknown as SpendTallies,
    analysis.locality,
    analysis.localityName,
    where,
    // Each finding with the severity its code always has.
    analysis.findings.map((finding) => ({ ...finding, severity: findingSeverity[finding.code] })),
  );
  figureIssues(issues, path, again, analysis);
  return issues;
}
