import { isSealed } from '../core/brand.js';
import { expectedText } from '../core/expected-text.js';
import { fieldError } from '../core/issue.js';
import { isPlainRecord } from '../core/record.js';
import { storedForm } from '../core/stored-form.js';
import { readModelInput } from './build-model.js';
import { maturitySnapshots } from './snapshots.js';
import type { ActionPlan, MaturityAssessment, MaturityComparison, MaturityModel } from './types.js';

// One trust rule for every object the maturity functions receive: an object this library made
// (sealed with its kind) is trusted as it is; any other object that says it is of an accepted
// kind (a JSON snapshot, a copy, a hand-made one) is validated exactly as the snapshot reader
// does; anything else is `invalid-input` at the parameter, naming the kinds expected.

type Kind = keyof typeof maturitySnapshots;
type Live = {
  'maturity-model': MaturityModel;
  'maturity-assessment': MaturityAssessment;
  'action-plan': ActionPlan;
  'maturity-comparison': MaturityComparison;
};

/** The `kind` an object says it has, or undefined. Internal. */
export function kindOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, 'kind')
    ? (value as { kind: unknown }).kind
    : undefined;
}

/**
 * The live object of one of `kinds` at `path`: trusted when sealed, else read as a snapshot, else
 * `invalid-input` saying what was `expected`. Internal.
 */
export function resultAt<K extends Kind>(
  value: unknown,
  path: readonly PropertyKey[],
  kinds: readonly K[],
  expected: string,
): Live[K] {
  for (const kind of kinds) if (isSealed(value, kind)) return value as Live[K];
  const kind = kindOf(value);
  const accepted = kinds.find((candidate) => candidate === kind);
  if (accepted !== undefined) return maturitySnapshots[accepted](value, path) as Live[K];
  throw fieldError(
    'invalid-input',
    `Invalid ${String(path[0])}: 1 problem.`,
    path,
    expectedText(expected, value),
    typeof kind === 'string' ? { kind } : {},
  );
}

/**
 * A maturity model at `path`: a sealed model, its snapshot (with or without `kind`), or any
 * other object without `kind` checked as a model input. Internal: `defineMaturityModel` is this at `model`, so every
 * function taking a model accepts what it accepts.
 */
export function modelAt(value: unknown, path: readonly PropertyKey[]): MaturityModel {
  // Its JSON without `kind` (it has `schemaVersion`) is still a snapshot.
  const stored = storedForm(value, 'maturity-model');
  return isPlainRecord(stored) && kindOf(stored) === undefined
    ? readModelInput(stored, path)
    : resultAt(
        stored,
        path,
        ['maturity-model'],
        'a maturity model input (an object with id, name, source, levels, themes and criteria), a model from defineMaturityModel, a preset such as svmiPublicSector, or its JSON snapshot',
      );
}

/** A maturity assessment at `path` (sealed, or its snapshot). Internal. */
export function assessmentAt(value: unknown, path: readonly PropertyKey[]): MaturityAssessment {
  return resultAt(
    value,
    path,
    ['maturity-assessment'],
    'a maturity assessment from assessMaturity, or its JSON snapshot',
  );
}
