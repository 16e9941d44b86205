import { listed } from '../core/listing.js';
import { byCodeUnits, countText as count } from '../core/text.js';
import type { Measure } from '../toms/types.js';
import type { ValuationLine, ValuationWarning, ValuationWarningCode } from './types.js';

function warning(
  code: ValuationWarningCode,
  message: string,
  measures: readonly string[],
  lines: readonly number[],
): ValuationWarning {
  return { code, severity: 'warning', message, measures, lines };
}

/**
 * The warnings of a valuation, from its lines, in a fixed order (duplicate measures,
 * exclusivity groups, mixed editions, years per person; each by code-unit order). Sentences
 * name a few items and count the rest; the fields list every one. Internal.
 */
export function valuationWarnings(
  frameworkEdition: string,
  lines: readonly ValuationLine[],
  measureOf: (code: string) => Measure,
): ValuationWarning[] {
  const warnings: ValuationWarning[] = [];
  const byMeasure = new Map<string, number[]>();
  for (const line of lines) {
    const indexes = byMeasure.get(line.measure);
    if (indexes === undefined) byMeasure.set(line.measure, [line.index]);
    else indexes.push(line.index);
  }
  const codes = [...byMeasure.keys()].sort(byCodeUnits);
  for (const code of codes) {
    const indexes = byMeasure.get(code)!;
    if (indexes.length > 1) {
      warnings.push(
        warning(
          'duplicate-measure',
          `${code} is pledged ${count(indexes.length)} times (pledges ${listed(indexes)}): check that nothing is counted twice.`,
          [code],
          indexes,
        ),
      );
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
  for (const group of [...groups.keys()].sort(byCodeUnits)) {
    const members = groups.get(group)!;
    if (members.length < 2) continue;
    const indexes = members.flatMap((code) => byMeasure.get(code)!).sort((a, b) => a - b);
    warnings.push(
      warning(
        'exclusivity-group',
        `${listed(members)} are in exclusivity group ${JSON.stringify(group)}: the same spend or person must not be counted in more than one of them.`,
        members,
        indexes,
      ),
    );
  }
  const editions = new Map<string, string[]>();
  for (const code of codes) {
    const edition = measureOf(code).edition ?? frameworkEdition;
    const members = editions.get(edition);
    if (members === undefined) editions.set(edition, [code]);
    else members.push(code);
  }
  if (editions.size > 1) {
    const parts = [...editions].map(([edition, members]) => `${edition} (${listed(members)})`);
    const others = [...editions.keys()].filter((edition) => edition !== frameworkEdition);
    warnings.push(
      warning(
        'mixed-editions',
        `The total adds proxy values of more than one edition: ${listed(parts)}. Re-index them to one price year before comparing totals.`,
        others.flatMap((edition) => editions.get(edition)!),
        lines
          .filter(
            (line) => (measureOf(line.measure).edition ?? frameworkEdition) !== frameworkEdition,
          )
          .map((line) => line.index),
      ),
    );
  }
  const spread = new Map<string, { indexes: number[]; most: number }>();
  for (const line of lines) {
    const limit = measureOf(line.measure).maxYearsPerPerson;
    if (limit === undefined || line.years === undefined) continue;
    let counted = 0;
    for (const year of line.years) if (!year.quantity.isZero()) counted += 1;
    if (counted <= limit) continue;
    const entry = spread.get(line.measure);
    if (entry === undefined) spread.set(line.measure, { indexes: [line.index], most: counted });
    else {
      entry.indexes.push(line.index);
      entry.most = Math.max(entry.most, counted);
    }
  }
  for (const code of [...spread.keys()].sort(byCodeUnits)) {
    const { indexes, most } = spread.get(code)!;
    const limit = measureOf(code).maxYearsPerPerson!;
    const allowed = `${count(limit)} year${limit === 1 ? '' : 's'}`;
    const message =
      indexes.length === 1
        ? `${code} counts a person for at most ${allowed}, but pledge ${indexes[0]} spreads it over ${count(most)} years: only count people new in each year.`
        : `${code} counts a person for at most ${allowed}, but ${count(indexes.length)} pledges (${listed(indexes)}) spread it over more years, up to ${count(most)}: only count people new in each year.`;
    warnings.push(warning('max-years-per-person', message, [code], indexes));
  }
  return warnings;
}
