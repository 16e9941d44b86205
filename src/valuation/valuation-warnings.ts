import { describeValue } from '../core/describe-value.js';
import { idText } from '../core/id-text.js';
import { type IndexList, indexText, mergedIndexes } from '../core/index-list.js';
import { listed } from '../core/listing.js';
import { entryOf } from '../core/map-entry.js';
import { spellings, tagSpellings } from '../core/tag-spellings.js';
import { byCodeUnits, countText as count } from '../core/text.js';
import type { Measure } from '../toms/types.js';
import type { ValuationWarning, ValuationWarningCode } from './types.js';

/** A measure pledged in a valuation and the pledges that name it (their indexes in input order). Internal. */
export interface PledgedMeasure extends IndexList {
  readonly measure: Measure;
}

/** Lines of a per-person measure spread over more years than it allows. Internal. */
export interface YearsSpread extends PledgedMeasure {
  /** The most years with a quantity on one of those lines. */
  most: number;
}

const newList = (): PledgedMeasure[] => [];

function warning(
  code: ValuationWarningCode,
  message: string,
  measures: readonly string[],
  lines: readonly number[],
): ValuationWarning {
  return { code, severity: 'warning', message, measures, lines };
}

/**
 * The warnings of a valuation, in a fixed order (duplicate measures, exclusivity groups, mixed
 * editions, years per person, tag values and then year labels written more than one way; each by code-unit order, year labels by first pledge). Sentences name a few items and count the
 * rest; the fields list every one (no line indexes when the valuation keeps no lines: `keepAll`
 * false). Internal.
 */
export function valuationWarnings(
  frameworkEdition: string,
  pledged: readonly PledgedMeasure[],
  spread: ReadonlyMap<string, YearsSpread>,
  keepAll: boolean,
  tagPledges: ReadonlyMap<string, ReadonlyMap<string, IndexList>> = new Map(),
  yearPledges: ReadonlyMap<string, IndexList> = new Map(),
): ValuationWarning[] {
  const lines = (list: IndexList) => (keepAll ? list.indexes : []);
  const warnings: ValuationWarning[] = [];
  // Each warning sorts only the measures it is about (most valuations have few or none).
  const byCode = (list: readonly PledgedMeasure[]) =>
    list.length < 2 ? list : [...list].sort((a, b) => byCodeUnits(a.measure.code, b.measure.code));
  for (const entry of byCode(pledged.filter((entry) => entry.count > 1))) {
    const code = entry.measure.code;
    warnings.push(
      warning(
        'duplicate-measure',
        `${idText(code)} is pledged ${count(entry.count)} times (pledges ${indexText(entry)}): check that nothing is counted twice.`,
        [code],
        lines(entry),
      ),
    );
  }
  const groups = new Map<string, PledgedMeasure[]>();
  for (const entry of byCode(
    pledged.filter((entry) => entry.measure.exclusivityGroup !== undefined),
  )) {
    entryOf(groups, entry.measure.exclusivityGroup!, newList).push(entry);
  }
  for (const group of [...groups.keys()].sort(byCodeUnits)) {
    const members = groups.get(group)!;
    if (members.length < 2) continue;
    const codes = members.map((entry) => entry.measure.code);
    warnings.push(
      warning(
        'exclusivity-group',
        `${listed(codes.map(idText))} are in exclusivity group ${describeValue(group)}: the same spend or person must not be counted in more than one of them.`,
        codes,
        lines(mergedIndexes(members, keepAll)),
      ),
    );
  }
  const editions = new Map<string, PledgedMeasure[]>();
  const mixed = pledged.some(
    (entry) => (entry.measure.edition ?? frameworkEdition) !== frameworkEdition,
  );
  for (const entry of mixed ? byCode(pledged) : []) {
    entryOf(editions, entry.measure.edition ?? frameworkEdition, newList).push(entry);
  }
  if (editions.size > 1) {
    const codesOf = (members: readonly PledgedMeasure[]) =>
      members.map((entry) => entry.measure.code);
    const parts = [...editions].map(
      ([edition, members]) => `${idText(edition)} (${listed(codesOf(members).map(idText))})`,
    );
    const others = [...editions.keys()].filter((edition) => edition !== frameworkEdition);
    const otherMembers = others.flatMap((edition) => editions.get(edition)!);
    warnings.push(
      warning(
        'mixed-editions',
        `The total adds proxy values of more than one edition: ${listed(parts)}. Re-index them to one price year before comparing totals.`,
        codesOf(otherMembers),
        lines(mergedIndexes(otherMembers, keepAll)),
      ),
    );
  }
  for (const code of [...spread.keys()].sort(byCodeUnits)) {
    const entry = spread.get(code)!;
    const limit = entry.measure.maxYearsPerPerson!;
    const allowed = `${count(limit)} year${limit === 1 ? '' : 's'}`;
    const message =
      entry.count === 1
        ? `${idText(code)} counts a person for at most ${allowed}, but pledge ${entry.indexes[0]} spreads it over ${count(entry.most)} years: only count people new in each year.`
        : `${idText(code)} counts a person for at most ${allowed}, but ${count(entry.count)} pledges (${indexText(entry)}) spread it over more years, up to ${count(entry.most)}: only count people new in each year.`;
    warnings.push(warning('max-years-per-person', message, [code], lines(entry)));
  }
  // A tag value written two ways (`Housing`, `housing `: alike as ids are read) is two entries of
  // byTag; summarisePortfolio refuses it, a valuation says so.
  tagSpellings(tagPledges, 'pledge', (message, lists) =>
    warnings.push(warning('tag-spelling', message, [], lines(mergedIndexes(lists, keepAll)))),
  );
  // A year label written two ways (`Year 1`, `year 1`) is two entries of byYear, as a tag's is of byTag.
  spellings(yearPledges, 'pledge', (parts, ways, lists) =>
    warnings.push(
      warning(
        'year-spelling',
        `One year is written ${count(ways)} ways, totalled apart in byYear: ${parts}.`,
        [],
        lines(mergedIndexes(lists, keepAll)),
      ),
    ),
  );
  return warnings;
}
