import { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import { idText } from '../core/id-text.js';
import { fieldError } from '../core/issue.js';
import { listed } from '../core/listing.js';
import { entryOf } from '../core/map-entry.js';
import type { PledgeEffect } from '../core/pledge-channel.js';
import { emptyRecord } from '../core/record.js';
import { RECORDED_AT_ZERO } from '../core/recorded-at-zero.js';
import { didYouMean, suggest } from '../core/suggest.js';
import { byCodeUnits } from '../core/text.js';
import { dayNumber } from './calendar.js';
import { type ContractPeriod, checkInPeriod } from './contract-period.js';
import { copyDefined } from './copy-defined.js';
import { type PledgeSegment, type Profile, profileOf } from './profile.js';
import type { MeasureRead } from './read-framework.js';
import type { PledgeLineRead } from './read-valuation.js';
import type { VariationRead } from './schemas.js';
import type { PledgeVersion } from './types.js';

/** Measure codes compare exactly, as `getMeasure` does (surrounding spaces aside). Internal. */
export const normalise = (code: string) => code.trim();

/**
 * A pledge line as the report follows it: a line of the valuation, or one a variation added,
 * with its history up to the report date. Internal.
 */
export interface TrackedLine {
  /** The line's fields. */
  readonly line: PledgeLineRead;
  /** Where the line comes from. */
  readonly origin: 'valuation' | 'variation';
  /** The original pledge, then the variations in force by the report date, in date order. */
  readonly history: readonly PledgeVersion[];
  /** An added line's own profile (from the day it was added); else the report's. */
  readonly ownProfile?: Profile | undefined;
}

/** The positions of the pledge lines by measure code and by line index. Internal. */
export interface LineIndex {
  /** Positions of the lines of each (trimmed) measure code. */
  readonly byCode: ReadonlyMap<string, readonly number[]>;
  /** Position of the line with each index. */
  readonly byIndex: ReadonlyMap<number, number>;
}

/** The lines of a report and their index. Internal. */
export interface PledgeLines {
  /** The lines in report order: the valuation's, then those added by variations in force. */
  readonly tracked: readonly TrackedLine[];
  /** Their fields, in the same order. */
  readonly lines: readonly PledgeLineRead[];
  /** Where each measure code and line index is. */
  readonly index: LineIndex;
  /**
   * The measures variations add (in force or not), by trimmed code: the day and date each was
   * added, and the measure as a delivery nobody pledged is valued with when the framework does
   * not have it (the new pledge's theme, value type, proxy value, title and unit).
   */
  readonly added: ReadonlyMap<string, AddedMeasure>;
}

/** A measure a variation adds: when, and its details. Internal. */
export interface AddedMeasure {
  /** The day it was added (a day number). */
  readonly day: number;
  /** That day, `YYYY-MM-DD`. */
  readonly date: string;
  /** The index of the line it adds. */
  readonly line: number;
  /** Its trimmed code. */
  readonly code: string;
  /** The new pledge's effect: a delivery before it was added has it too. */
  readonly effect: PledgeEffect | undefined;
  /** The new pledge's details as the only measure of a framework, by its trimmed code. */
  readonly measures: ReadonlyMap<string, MeasureRead>;
}

/** Finds the lines of each measure code and checks line indexes are unique. */
function indexLines(lines: readonly PledgeLineRead[]): {
  byCode: Map<string, number[]>;
  byIndex: Map<number, number>;
} {
  const byCode = new Map<string, number[]>();
  const byIndex = new Map<number, number>();
  lines.forEach((line, position) => {
    if (byIndex.has(line.index)) {
      throw fieldError(
        'invalid-input',
        'Invalid valuation: two lines have the same index.',
        ['valuation', 'lines', position, 'index'],
        `expected a unique line index, received ${line.index}, which lines[${byIndex.get(line.index)}] has too (a line without an index has its position)`,
      );
    }
    byIndex.set(line.index, position);
    addCode(byCode, normalise(line.measure), position);
  });
  return { byCode, byIndex };
}

function addCode(byCode: Map<string, number[]>, code: string, position: number): void {
  entryOf(byCode, code, () => []).push(position);
}

/**
 * The position of the pledge line a delivery or variation refers to, `undefined` when nobody
 * pledged the measure. Throws when the line is ambiguous or does not match, at `root` and
 * `at` (`['deliveries']`, 3). Internal.
 */
export function findLine(
  lines: readonly PledgeLineRead[],
  index: LineIndex,
  record: { readonly measure: string; readonly line?: number | undefined },
  root: readonly PropertyKey[],
  at: number,
): number | undefined {
  const code = normalise(record.measure);
  if (record.line !== undefined) {
    const position = index.byIndex.get(record.line);
    const line = position === undefined ? undefined : lines[position];
    if (position === undefined || line === undefined || normalise(line.measure) !== code) {
      throw fieldError(
        'invalid-input',
        `Invalid delivery tracking input: pledge line ${record.line} is not a pledge of ${describeValue(record.measure)}.`,
        [...root, at, 'line'],
        line === undefined
          ? `expected the index of a pledge line, received ${record.line}`
          : `expected a line pledging ${describeValue(record.measure)}, received line ${record.line} (${describeValue(line.measure)})`,
      );
    }
    return position;
  }
  const positions = index.byCode.get(code);
  if (positions === undefined) return undefined;
  if (positions.length > 1) {
    const indexes = positions.map((position) => lines[position]!.index);
    throw fieldError(
      'invalid-input',
      `Invalid delivery tracking input: ${describeValue(record.measure)} is pledged on more than one line.`,
      [...root, at, 'line'],
      `expected the pledge line: one of ${listed(indexes, { and: 'or' })}`,
      { lines: indexes },
    );
  }
  return positions[0];
}

const ONE = /* @__PURE__ */ new Decimal(1);

/** A detail of a new pledge, from the variation or else the framework's measure. */
function detail<T>(
  given: T | undefined,
  known: T | undefined,
  path: readonly PropertyKey[],
  what: string,
  code: string,
): T {
  if (given !== undefined) return given;
  if (known !== undefined) return known;
  throw fieldError(
    'invalid-input',
    `Invalid variation: the new pledge of ${idText(code)} has no ${what}.`,
    path,
    `expected ${what === 'theme' ? 'a theme id' : what === 'value type' ? 'a value type' : 'a proxy value'}, or options.framework with a measure ${describeValue(code)}`,
  );
}

/** The line a variation with `newPledge` adds, in force from its date, and its profile. */
function addedLine(
  variation: VariationRead,
  position: number,
  index: number,
  measures: ReadonlyMap<string, MeasureRead> | undefined,
  period: ContractPeriod | undefined,
): { readonly line: PledgeLineRead; readonly ownProfile: Profile | undefined } {
  const pledge = variation.newPledge!;
  const path = ['options', 'variations', position, 'newPledge'];
  const code = normalise(variation.measure);
  const measure = measures?.get(code);
  if (pledge.proxyValue === undefined && measure !== undefined && measure.proxyValue === null) {
    throw fieldError(
      'missing-proxy',
      `Measure ${idText(measure.code)} has no proxy value to value the new pledge.`,
      [...path, 'proxyValue'],
      `expected a proxy value for ${idText(measure.code)} (the framework has none)`,
      { measure: measure.code },
    );
  }
  const day = dayNumber(variation.date);
  const ownProfile = profileOf(pledge.profile, period, day, [...path, 'profile']);
  const line: PledgeLineRead = {
    index,
    measure: variation.measure,
    title: pledge.title ?? measure?.title,
    unit: pledge.unit ?? measure?.unit,
    theme: detail(pledge.theme, measure?.theme, [...path, 'theme'], 'theme', code),
    themeName: pledge.themeName ?? measure?.themeName,
    valueType: detail(
      pledge.valueType,
      measure?.valueType,
      [...path, 'valueType'],
      'value type',
      code,
    ),
    quantity: variation.quantity,
    attributionShare: pledge.attributionShare ?? ONE,
    proxyValue: detail(
      pledge.proxyValue,
      measure?.proxyValue ?? undefined,
      [...path, 'proxyValue'],
      'proxy value',
      code,
    ),
    tags: pledge.tags ?? emptyRecord<string>(),
    channel: pledge.channel,
    pledgerKind: pledge.pledgerKind,
    pledger: pledge.pledger,
    followUpOn: pledge.followUpOn,
    barriers: pledge.barriers,
    effect: pledge.effect,
  };
  // Its value type and proxy may come one from the new pledge, one from the framework.
  if (line.valueType === 'record-only' && line.proxyValue.gt(0)) {
    throw fieldError(
      'invalid-input',
      'Invalid delivery tracking input: a record-only measure is not monetised.',
      [...path, 'proxyValue'],
      `${RECORDED_AT_ZERO}, received ${line.proxyValue}`,
    );
  }
  return { line, ownProfile };
}

/** A variation as a version of its pledge's history. */
function versionOf(variation: VariationRead): PledgeVersion {
  const version: PledgeVersion = { from: variation.date, quantity: variation.quantity };
  copyDefined(version, variation, ['reason', 'reference']);
  return version;
}

/**
 * The lines of the report: the valuation's, each with its history (the original, then the
 * variations in force by the report date, in date order), then the lines variations added that
 * are in force by the report date (in the order of their dates). Checks every variation, in
 * force or not: inside the contract, of a pledged measure (or adding one nobody pledges), one
 * per pledge and day, none before the pledge was added. Internal.
 */
export function pledgeLines(
  valuationLines: readonly PledgeLineRead[],
  variations: readonly VariationRead[],
  measures: ReadonlyMap<string, MeasureRead> | undefined,
  period: ContractPeriod | undefined,
  asOfDay: number,
): PledgeLines {
  const index = indexLines(valuationLines);
  // Every line, in force or not: the valuation's, then each added by a variation.
  const all: PledgeLineRead[] = [...valuationLines];
  const histories: PledgeVersion[][] = valuationLines.map((line) => [
    { from: period?.start ?? null, quantity: line.quantity },
  ]);
  const added = new Map<number, { day: number; variation: number; profile: Profile | undefined }>();
  const addedMeasures = new Map<string, AddedMeasure>();
  let nextIndex = valuationLines.reduce((highest, line) => Math.max(highest, line.index + 1), 0);
  variations.forEach((variation, position) => {
    if (variation.newPledge === undefined) return;
    const path = ['options', 'variations', position];
    checkInPeriod(period, variation.date, [...path, 'date']);
    const code = normalise(variation.measure);
    const pledged = index.byCode.get(code);
    if (pledged !== undefined) {
      const line = all[pledged[0]!]!;
      throw fieldError(
        'invalid-input',
        `Invalid variation: ${idText(variation.measure)} is already pledged on line ${line.index}.`,
        [...path, 'newPledge'],
        `expected a measure the contract does not pledge yet (vary line ${line.index} without newPledge)`,
      );
    }
    const lineIndex = variation.newPledge.index ?? nextIndex;
    if (index.byIndex.has(lineIndex)) {
      throw fieldError(
        'invalid-input',
        'Invalid variation: two lines have the same index.',
        [...path, 'newPledge', 'index'],
        `expected a unique line index, received ${lineIndex}, which another line has`,
      );
    }
    nextIndex = Math.max(nextIndex, lineIndex + 1);
    const { line, ownProfile } = addedLine(variation, position, lineIndex, measures, period);
    index.byIndex.set(lineIndex, all.length);
    addCode(index.byCode, code, all.length);
    added.set(all.length, {
      day: dayNumber(variation.date),
      variation: position,
      profile: ownProfile,
    });
    addedMeasures.set(code, {
      day: dayNumber(variation.date),
      date: variation.date,
      line: lineIndex,
      code,
      effect: line.effect,
      measures: new Map([[code, { ...line, code: line.measure }]]),
    });
    all.push(line);
    histories.push([versionOf(variation)]);
  });

  const days = new Map<number, Map<number, number>>();
  for (const [line, { day, variation }] of added) days.set(line, new Map([[day, variation]]));
  variations.forEach((variation, position) => {
    if (variation.newPledge !== undefined) return;
    const path = ['options', 'variations', position];
    checkInPeriod(period, variation.date, [...path, 'date']);
    const linePosition = findLine(all, index, variation, ['options', 'variations'], position);
    if (linePosition === undefined) {
      const suggestions = suggest(
        variation.measure,
        all.map((line) => line.measure),
      );
      const hint = didYouMean(suggestions);
      throw fieldError(
        'unknown-measure',
        `No pledge of ${describeValue(variation.measure)} to vary${hint}.`,
        [...path, 'measure'],
        `expected the measure of a pledge line (or newPledge, to add a measure), received ${describeValue(variation.measure)}${hint}`,
        { measure: variation.measure, suggestions },
      );
    }
    const day = dayNumber(variation.date);
    const addition = added.get(linePosition);
    if (addition !== undefined && day < addition.day) {
      throw fieldError(
        'date-out-of-range',
        `Variation of ${idText(variation.measure)} on ${variation.date}, before the pledge was added.`,
        [...path, 'date'],
        `expected a day after ${variations[addition.variation]!.date}, when variation ${addition.variation} added the pledge`,
      );
    }
    const seen = entryOf(days, linePosition, () => new Map<number, number>());
    const earlier = seen.get(day);
    if (earlier !== undefined) {
      throw fieldError(
        'invalid-input',
        `Invalid delivery tracking input: two variations of ${idText(variation.measure)} on ${variation.date}.`,
        [...path, 'date'],
        `expected one variation per pledge and day; variation ${earlier} has the same date`,
      );
    }
    seen.set(day, position);
    if (day > asOfDay) return;
    histories[linePosition]!.push(versionOf(variation));
  });

  // In force: every valuation line, then the added lines dated by the report date, in date
  // order (and the order of their variations on one day).
  const positions = valuationLines.map((_, position) => position);
  const additions = [...added.entries()]
    .filter(([, addition]) => addition.day <= asOfDay)
    .sort(([, a], [, b]) => a.day - b.day || a.variation - b.variation);
  for (const [position] of additions) positions.push(position);
  const tracked = positions.map((position): TrackedLine => {
    const history = histories[position]!;
    const addition = added.get(position);
    return {
      line: all[position]!,
      origin: addition === undefined ? 'valuation' : 'variation',
      history:
        history.length <= 2
          ? history
          : [history[0]!, ...history.slice(1).sort((a, b) => byCodeUnits(a.from!, b.from!))],
      ...(addition?.profile === undefined ? {} : { ownProfile: addition.profile }),
    };
  });
  if (added.size === 0) return { tracked, lines: valuationLines, index, added: addedMeasures };
  // Line indexes are unique across every line (checked above): the lines in force index as the
  // valuation's do.
  const lines = tracked.map((entry) => entry.line);
  return { tracked, lines, index: indexLines(lines), added: addedMeasures };
}

/** The day-offset segments over which each version of a pledge is in force. Internal. */
export function segmentsOf(
  history: readonly PledgeVersion[],
  period: ContractPeriod,
): PledgeSegment[] {
  return history.map((version, position) => {
    const next = history[position + 1];
    return {
      from: version.from === null ? 0 : dayNumber(version.from) - period.first,
      to: next === undefined ? period.days : dayNumber(next.from!) - period.first,
      quantity: version.quantity,
    };
  });
}
