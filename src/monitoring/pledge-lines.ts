import type { Decimal } from '../core/decimal.js';
import { fieldError } from '../core/issue.js';
import { listed } from '../core/listing.js';
import { byCodeUnits } from '../core/text.js';
import { dayNumber } from './calendar.js';
import { type ContractPeriod, checkInPeriod } from './contract-period.js';
import type { PledgeSegment } from './profile.js';
import type { PledgeLineRead } from './read-valuation.js';
import type { PledgeVersion } from './types.js';

/** Measure codes compare exactly, as `getMeasure` does (surrounding spaces aside). Internal. */
export const normalise = (code: string) => code.trim();

/** The positions of the pledge lines by measure code and by line index. Internal. */
export interface LineIndex {
  /** Positions of the lines of each (trimmed) measure code. */
  readonly byCode: ReadonlyMap<string, readonly number[]>;
  /** Position of the line with each index. */
  readonly byIndex: ReadonlyMap<number, number>;
}

/** Finds the pledge lines of each measure code and checks line indexes are unique. Internal. */
export function indexLines(lines: readonly PledgeLineRead[]): LineIndex {
  const byCode = new Map<string, number[]>();
  const byIndex = new Map<number, number>();
  lines.forEach((line, position) => {
    if (byIndex.has(line.index)) {
      throw fieldError(
        'invalid-input',
        'Invalid valuation: two lines have the same index.',
        ['valuation', 'lines', position, 'index'],
        `expected a unique line index, received ${line.index} again`,
      );
    }
    byIndex.set(line.index, position);
    const code = normalise(line.measure);
    const positions = byCode.get(code);
    if (positions === undefined) byCode.set(code, [position]);
    else positions.push(position);
  });
  return { byCode, byIndex };
}

/**
 * The position of the pledge line a delivery or variation refers to, `undefined` when nobody
 * pledged the measure. Throws when the line is ambiguous or does not match. Internal.
 */
export function findLine(
  lines: readonly PledgeLineRead[],
  index: LineIndex,
  record: { readonly measure: string; readonly line?: number | undefined },
  path: readonly PropertyKey[],
): number | undefined {
  const code = normalise(record.measure);
  if (record.line !== undefined) {
    const position = index.byIndex.get(record.line);
    const line = position === undefined ? undefined : lines[position];
    if (position === undefined || line === undefined || normalise(line.measure) !== code) {
      throw fieldError(
        'invalid-input',
        `Invalid delivery tracking input: pledge line ${record.line} is not a pledge of ${record.measure}.`,
        [...path, 'line'],
        line === undefined
          ? `expected the index of a pledge line, received ${record.line}`
          : `expected a line pledging ${record.measure}, received line ${record.line} (${line.measure})`,
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
      `Invalid delivery tracking input: ${record.measure} is pledged on more than one line.`,
      [...path, 'line'],
      `expected the pledge line: one of ${listed(indexes, { and: 'or' })}`,
      { lines: indexes },
    );
  }
  return positions[0];
}

/** A validated pledge variation. Internal. */
export interface VariationRead {
  /** The measure code. */
  readonly measure: string;
  /** The pledge line's index. */
  readonly line?: number | undefined;
  /** The day it takes effect. */
  readonly date: string;
  /** The new pledge. */
  readonly quantity: Decimal;
  /** Why. */
  readonly reason?: string | undefined;
  /** The agreement's reference. */
  readonly reference?: string | undefined;
}

/**
 * The pledge history of each line: the original, then the variations in force by the report
 * date, in date order. Internal.
 */
export function pledgeHistories(
  lines: readonly PledgeLineRead[],
  variations: readonly VariationRead[],
  index: LineIndex,
  period: ContractPeriod | undefined,
  asOfDay: number,
): PledgeVersion[][] {
  const histories: PledgeVersion[][] = lines.map((line) => [
    { from: period?.start ?? null, quantity: line.quantity },
  ]);
  const days = new Map<number, Map<number, number>>();
  variations.forEach((variation, position) => {
    const path = ['options', 'variations', position];
    checkInPeriod(period, variation.date, [...path, 'date']);
    const linePosition = findLine(lines, index, variation, path);
    if (linePosition === undefined) {
      throw fieldError(
        'unknown-measure',
        `No pledge of ${variation.measure} to vary.`,
        [...path, 'measure'],
        `expected the measure of a pledge line, received ${JSON.stringify(variation.measure)}`,
        { measure: variation.measure },
      );
    }
    const day = dayNumber(variation.date);
    let seen = days.get(linePosition);
    if (seen === undefined) {
      seen = new Map();
      days.set(linePosition, seen);
    }
    const earlier = seen.get(day);
    if (earlier !== undefined) {
      throw fieldError(
        'invalid-input',
        `Invalid delivery tracking input: two variations of ${variation.measure} on ${variation.date}.`,
        [...path, 'date'],
        `expected one variation per pledge and day; variation ${earlier} has the same date`,
      );
    }
    seen.set(day, position);
    if (day > asOfDay) return;
    histories[linePosition]!.push({
      from: variation.date,
      quantity: variation.quantity,
      ...(variation.reason === undefined ? {} : { reason: variation.reason }),
      ...(variation.reference === undefined ? {} : { reference: variation.reference }),
    });
  });
  return histories.map((history) => {
    if (history.length <= 2) return history;
    const changes = history.slice(1).sort((a, b) => byCodeUnits(a.from!, b.from!));
    return [history[0]!, ...changes];
  });
}

/** The day-offset segments over which each version of a pledge is in force. Internal. */
export function segmentsOf(
  history: readonly PledgeVersion[],
  period: ContractPeriod,
): PledgeSegment[] {
  return history.map((version, position) => {
    const next = history[position + 1];
    return {
      from: position === 0 ? 0 : dayNumber(version.from!) - period.first,
      to: next === undefined ? period.days : dayNumber(next.from!) - period.first,
      quantity: version.quantity,
    };
  });
}
