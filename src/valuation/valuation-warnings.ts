import type { Framework } from '../toms/types.js';
import type { ValuationLine, ValuationWarning } from './types.js';

function list(indexes: readonly number[]): string {
  return indexes.join(', ');
}

/** The warnings of a valuation, from its lines (deterministic order). Internal. */
export function valuationWarnings(
  framework: Framework,
  lines: readonly ValuationLine[],
  measureOf: (code: string) => {
    exclusivityGroup?: string;
    edition?: string;
    maxYearsPerPerson?: number;
  },
): ValuationWarning[] {
  const warnings: ValuationWarning[] = [];
  const byMeasure = new Map<string, number[]>();
  for (const line of lines) {
    const indexes = byMeasure.get(line.measure);
    if (indexes === undefined) byMeasure.set(line.measure, [line.index]);
    else indexes.push(line.index);
  }
  const codes = [...byMeasure.keys()].sort();
  for (const code of codes) {
    const indexes = byMeasure.get(code)!;
    if (indexes.length > 1) {
      warnings.push({
        kind: 'duplicate-measure',
        measures: [code],
        lines: indexes,
        message: `${code} is pledged ${indexes.length} times (pledges ${list(indexes)}): check that nothing is counted twice.`,
      });
    }
  }
  const groups = new Map<string, string[]>();
  for (const code of codes) {
    const group = measureOf(code).exclusivityGroup;
    if (group === undefined) continue;
    const members = groups.get(group);
    if (members === undefined) groups.set(group, [code]);
    else members.push(code);
  }
  for (const [group, members] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    if (members.length < 2) continue;
    const indexes = members.flatMap((code) => byMeasure.get(code)!).sort((a, b) => a - b);
    warnings.push({
      kind: 'exclusivity-group',
      measures: members,
      lines: indexes,
      message: `${members.join(' and ')} are in exclusivity group "${group}": the same spend or person must not be counted in more than one of them.`,
    });
  }
  const editions = new Map<string, string[]>();
  for (const code of codes) {
    const edition = measureOf(code).edition ?? framework.edition;
    const members = editions.get(edition);
    if (members === undefined) editions.set(edition, [code]);
    else members.push(code);
  }
  if (editions.size > 1) {
    const parts = [...editions].map(([edition, members]) => `${edition} (${members.join(', ')})`);
    const others = [...editions.keys()].filter((edition) => edition !== framework.edition);
    warnings.push({
      kind: 'mixed-editions',
      measures: others.flatMap((edition) => editions.get(edition)!),
      lines: lines
        .filter(
          (line) => (measureOf(line.measure).edition ?? framework.edition) !== framework.edition,
        )
        .map((line) => line.index),
      message: `The total adds proxy values of more than one edition: ${parts.join('; ')}. Re-index them to one price year before comparing totals.`,
    });
  }
  for (const line of lines) {
    const limit = measureOf(line.measure).maxYearsPerPerson;
    if (limit === undefined || line.years === undefined) continue;
    const counted = line.years.filter((year) => !year.quantity.isZero()).length;
    if (counted > limit) {
      warnings.push({
        kind: 'max-years-per-person',
        measures: [line.measure],
        lines: [line.index],
        message: `${line.measure} counts a person for at most ${limit} year(s) but pledge ${line.index} spreads it over ${counted} years: only count people new in each year.`,
      });
    }
  }
  return warnings;
}
