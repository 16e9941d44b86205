import { dayNumber } from './calendar.js';
import type { ContractPeriod } from './contract-period.js';
import { checkInPeriod } from './contract-period.js';
import { fieldError } from './input-error.js';
import type { PledgeSegment } from './profile.js';
import type { TrackDeliveryInput } from './schemas.js';
import type { PledgeVersion } from './types.js';

type Line = TrackDeliveryInput['valuation']['lines'][number];

/** Measure codes compare exactly, as `getMeasure` does (surrounding spaces aside). */
export const normalise = (code: string) => code.trim();

/** Finds the pledge lines of each measure code and checks line indexes are unique. */
export function indexLines(lines: readonly Line[]) {
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
 * pledged the measure. Throws when the line is ambiguous or does not match.
 */
export function findLine(
  lines: readonly Line[],
  index: ReturnType<typeof indexLines>,
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
      `expected the pledge line: one of ${indexes.join(', ')}`,
      { lines: indexes },
    );
  }
  return positions[0];
}

/** The pledge history of each line: the original, then variations in force by the report date. */
export function pledgeHistories(
  input: TrackDeliveryInput,
  index: ReturnType<typeof indexLines>,
  period: ContractPeriod | undefined,
  asOfDay: number,
): PledgeVersion[][] {
  const lines = input.valuation.lines;
  const histories: PledgeVersion[][] = lines.map((line) => [
    { from: period?.start ?? null, quantity: line.quantity },
  ]);
  const days = new Map<number, Map<number, number>>();
  (input.options.variations ?? []).forEach((variation, position) => {
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
    const seen = days.get(linePosition) ?? new Map<number, number>();
    days.set(linePosition, seen);
    if (seen.has(day)) {
      throw fieldError(
        'invalid-input',
        `Invalid delivery tracking input: two variations of ${variation.measure} on ${variation.date}.`,
        [...path, 'date'],
        `expected one variation per pledge and day; variation ${seen.get(day)} has the same date`,
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
  for (const history of histories) {
    const [original, ...changes] = history;
    changes.sort((a, b) => (a.from! < b.from! ? -1 : 1));
    history.splice(0, history.length, original!, ...changes);
  }
  return histories;
}

/** The day-offset segments over which each version of a pledge is in force. */
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
