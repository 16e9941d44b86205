import type { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import { exactText } from '../core/exact-text.js';
import { criterionKind } from './criterion-kind.js';
import { weightFromNumbers } from './numbers-weight.js';
import { finding, own, text } from './shape.js';
import { type TextWeight, weightFromText } from './text-weight.js';
import type { OcdsCriterion, OcdsFinding, OcdsWeightSource } from './types.js';

/** A criterion as read, with its findings and any points left for the lot to convert. */
export interface CriterionReading {
  readonly criterion: OcdsCriterion;
  readonly findings: readonly OcdsFinding[];
  /** Points (`pointsExact`) the lot converts when all its criteria use points. */
  readonly points: Decimal | null;
}

function label(name: string | null, type: string | null, index: number): string {
  if (name !== null) return `Criterion ${describeValue(name)}`;
  return type === null ? `Criterion ${index + 1}` : `The ${type} criterion`;
}

/** Reads one entry of an award criteria list. Internal to the ocds area. */
export function readCriterion(entry: unknown, index: number, path: string): CriterionReading {
  const findings: OcdsFinding[] = [];
  const source = entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? entry : {};
  if (source !== entry) {
    findings.push(
      finding(
        'unexpected-shape',
        'warning',
        `Criterion ${index + 1} is not an object; nothing could be read from it.`,
        path,
      ),
    );
  }
  const type = text(source, 'type', path, findings);
  const name = text(source, 'name', path, findings);
  const description = text(source, 'description', path, findings);
  const who = label(name, type, index);
  const kind = criterionKind(type, name, description);
  if (kind.conflict !== null) {
    findings.push(
      finding(
        'kind-conflict',
        'warning',
        `${who} is read as ${kind.kind} from its ${kind.reason}, but ${kind.conflict}.`,
        path,
      ),
    );
  }

  const numbers = weightFromNumbers(own(source, 'numbers'));
  for (const problem of numbers.problems) {
    findings.push(
      finding(problem.code, problem.severity, `${who}: ${problem.message}`, `${path}${problem.at}`),
    );
  }
  const readings: { field: 'name' | 'description'; reading: TextWeight }[] = [];
  if (name !== null) readings.push({ field: 'name', reading: weightFromText(name, kind.kind) });
  if (description !== null) {
    readings.push({ field: 'description', reading: weightFromText(description, kind.kind) });
  }

  let weight: Decimal | null = null;
  let weightSource: OcdsWeightSource | null = null;
  let weightCode: string | null = null;
  let publishedWeight: Decimal | null = null;
  let how: string;
  let points: Decimal | null = null;

  if (numbers.status === 'weight') {
    weight = numbers.value;
    weightSource = 'numbers';
    weightCode = numbers.code;
    publishedWeight = numbers.published;
    how = `weight ${exactText(weight)} points: ${numbers.detail}`;
    for (const { field, reading } of readings) {
      if (reading.status === 'weight' && !reading.value.eq(weight)) {
        findings.push(
          finding(
            'conflicting-weights',
            'info',
            `${who}: its ${field} says ${exactText(reading.value)} (${reading.detail}) but its numbers give ${exactText(weight)}; the numbers were used.`,
            `${path}.${field}`,
          ),
        );
      }
    }
  } else if (numbers.status === 'points') {
    points = numbers.points;
    weightCode = 'pointsExact';
    publishedWeight = numbers.points;
    how = `${numbers.detail}, converted only if the whole lot is weighted in points totalling 100`;
  } else {
    const clear = readings.filter((r) => r.reading.status === 'weight');
    const values = [
      ...new Set(clear.map((r) => exactText((r.reading as { value: Decimal }).value))),
    ];
    for (const { field, reading } of readings) {
      if (reading.status === 'ambiguous') {
        findings.push(
          finding(
            'ambiguous-weight',
            clear.length > 0 ? 'info' : 'warning',
            `${who}: ${reading.detail}; no weight was taken from its ${field}.`,
            `${path}.${field}`,
          ),
        );
      } else if (reading.status === 'out-of-range') {
        findings.push(
          finding(
            'weight-out-of-range',
            'warning',
            `${who}: ${reading.detail}; it is not a weight in percentage points.`,
            `${path}.${field}`,
          ),
        );
      }
    }
    if (values.length > 1) {
      findings.push(
        finding(
          'conflicting-weights',
          'warning',
          `${who}: its name and description give different weights (${values.join(' and ')}); none was taken.`,
          path,
        ),
      );
      how = 'no weight: its name and description disagree';
    } else if (clear.length > 0) {
      const first = clear[0]!;
      const reading = first.reading as { value: Decimal; detail: string };
      weight = reading.value;
      weightSource = first.field;
      how = `weight ${exactText(weight)} points from ${reading.detail}`;
    } else {
      how = 'no weight';
      if (numbers.status === 'none' && readings.every((r) => r.reading.status === 'none')) {
        findings.push(
          finding(
            'no-weight',
            'warning',
            `${who} has no weight in its numbers, name or description.`,
            path,
          ),
        );
      }
    }
  }

  const criterion: OcdsCriterion = {
    index,
    path,
    type,
    name,
    description,
    kind: kind.kind,
    weight,
    weightSource,
    weightCode,
    publishedWeight,
    reason: `${who} is ${kind.kind} (${kind.reason}); ${how}.`,
  };
  return { criterion, findings, points };
}
