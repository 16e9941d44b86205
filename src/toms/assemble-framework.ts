import { boundedIssuesError } from '../core/bounded-issues.js';
import { seal } from '../core/brand.js';
import type { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import type { SocialValueIssue } from '../core/errors.js';
import { issueAt } from '../core/issue.js';
import { formatPath } from '../core/path.js';
import { setFields } from '../core/set-fields.js';
import { didYouMean, squash } from '../core/suggest.js';
import { suggester } from '../core/suggester.js';
import type { ParsedMeasure, ParsedOutcome, ParsedTheme } from './schemas.js';
import type { Framework, Measure, MeasureProvenance, Outcome, Theme } from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A part of a framework with the path it came from, for errors. Internal. */
export interface Located<T> {
  readonly value: T;
  readonly path: readonly PropertyKey[];
}

/** Everything a framework is built from. Internal. */
export interface FrameworkParts {
  readonly id: string;
  readonly name: string;
  readonly edition: string;
  readonly priceYear: number;
  readonly themes: readonly Located<Theme>[];
  readonly outcomes: readonly Located<Outcome>[];
  readonly measures: readonly Located<Measure>[];
  readonly source?: string | undefined;
  readonly extends?: string | undefined;
  readonly reindexed?: { readonly fromPriceYear: number; readonly factor: Decimal } | undefined;
}

/** A parsed theme as a {@link Theme} (the short name defaults to the name). Internal. */
export function toTheme(input: ParsedTheme): Theme {
  return { id: input.id, name: input.name, shortName: input.shortName ?? input.name };
}

/**
 * A parsed outcome as an {@link Outcome}: a copy, keys in the schema's order (`id`, `theme`,
 * `name`, each required, and no other). Internal.
 */
export function toOutcome(input: ParsedOutcome): Outcome {
  return { ...input };
}

/**
 * A parsed measure as a {@link Measure}, keys in one order (the schema's), optional fields only
 * when set; the provenance given replaces the input's. Internal.
 */
export function toMeasure(input: ParsedMeasure, provenance = input.provenance): Measure {
  const measure = setFields(input, 'provenance') as Mutable<Measure>;
  if (provenance !== undefined) measure.provenance = setFields(provenance) as MeasureProvenance;
  return measure;
}

/**
 * Checks that theme ids, outcome ids and measure codes are unique and that every reference
 * exists, then builds the framework (keys in one order) and seals it. Failures are
 * `duplicate-code` and `unknown-reference` from `defineFramework`; `asParameter` makes them
 * `invalid-input`, as for a framework given to another function. Internal.
 */
export function assembleFramework(parts: FrameworkParts, asParameter = false): Framework {
  const duplicates: SocialValueIssue[] = [];
  const unknown: SocialValueIssue[] = [];
  // `fold` makes ids that differ only so the same: in Unicode form (`café` written with `é` or
  // with `e` and a combining accent), which messages would write alike, and measure codes in
  // case too (`NT1` and `nt1`, where a pledge of one would value the other).
  const firstOf = (
    entries: readonly Located<{ readonly id: string }>[],
    key: string,
    fold = (id: string) => id.normalize('NFC'),
  ) => {
    const first = new Map<string, readonly [readonly PropertyKey[], string]>();
    for (const { value, path } of entries) {
      const earlier = first.get(fold(value.id));
      if (earlier === undefined) first.set(fold(value.id), [path, value.id]);
      else {
        duplicates.push(
          issueAt(
            [...path, key],
            `${describeValue(value.id)} is already used by ${formatPath(earlier[0])}${earlier[1] === value.id ? '' : ` (as ${describeValue(earlier[1])}${earlier[1].toLowerCase() === value.id.toLowerCase() ? '' : ' in another Unicode form'})`}`,
          ),
        );
      }
    }
  };
  firstOf(parts.themes, 'id');
  // References are exact: the ids as written.
  const themes = new Set(parts.themes.map(({ value }) => value.id));
  firstOf(parts.outcomes, 'id');
  // The theme of each outcome (its first entry): a measure's outcome must be under its theme.
  const themeOfOutcome = new Map(
    parts.outcomes.map(({ value }) => [value.id, value.theme] as const).reverse(),
  );
  firstOf(
    parts.measures.map(({ value, path }) => ({ value: { id: value.code }, path })),
    'code',
    (code) => code.normalize('NFC').toLowerCase(),
  );
  // A theme written by its name or short name, or with a slip, names the id meant.
  const closestTheme = suggester(themes.keys());
  const themeNamed = new Map<string, string>();
  for (const { value } of parts.themes) {
    for (const name of [value.name, value.shortName ?? value.name]) {
      themeNamed.set(squash(name), value.id);
    }
  }
  const noTheme = (theme: string, path: readonly PropertyKey[]) => {
    const named = themeNamed.get(squash(theme));
    unknown.push(
      issueAt(
        [...path, 'theme'],
        `no theme ${describeValue(theme)}${didYouMean(named === undefined ? closestTheme(theme) : [named])}`,
      ),
    );
  };
  for (const { value, path } of parts.outcomes) {
    if (!themes.has(value.theme)) noTheme(value.theme, path);
  }
  for (const { value, path } of parts.measures) {
    if (!themes.has(value.theme)) noTheme(value.theme, path);
    const outcomeTheme = value.outcome && themeOfOutcome.get(value.outcome);
    if (value.outcome !== undefined && outcomeTheme !== value.theme) {
      const elsewhere = outcomeTheme
        ? ` under theme ${describeValue(value.theme)} (it is under ${describeValue(outcomeTheme)})`
        : '';
      unknown.push(
        issueAt([...path, 'outcome'], `no outcome ${describeValue(value.outcome)}${elsewhere}`),
      );
    }
  }
  if (duplicates.length > 0) {
    throw boundedIssuesError(
      asParameter ? 'invalid-input' : 'duplicate-code',
      `Framework ${describeValue(parts.id)}: theme ids, outcome ids and measure codes must be unique.`,
      duplicates,
    );
  }
  if (unknown.length > 0) {
    throw boundedIssuesError(
      asParameter ? 'invalid-input' : 'unknown-reference',
      `Framework ${describeValue(parts.id)}: a measure or outcome refers to a theme or outcome that does not exist.`,
      unknown,
    );
  }
  return seal<Framework>(
    {
      kind: 'framework',
      schemaVersion: 1,
      id: parts.id,
      name: parts.name,
      edition: parts.edition,
      priceYear: parts.priceYear,
      currency: 'GBP',
      themes: parts.themes.map((entry) => entry.value),
      outcomes: parts.outcomes.map((entry) => entry.value),
      measures: parts.measures.map((entry) => entry.value),
      // Those set; a re-index record made for this framework (parsed, or by reindexProxies) as it is.
      ...setFields({ source: parts.source, extends: parts.extends, reindexed: parts.reindexed }),
    },
    'framework',
  );
}
