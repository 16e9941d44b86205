import type { z } from 'zod';
import { SocialValueError, type SocialValueIssue } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { formatPath } from '../core/path.js';
import type { measureSchema } from './schemas.js';
import type { Framework, Measure, MeasureProvenance } from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A parsed measure input turned into a {@link Measure}, optional fields only when set. Internal. */
export function toMeasure(
  input: z.output<typeof measureSchema>,
  provenance?: MeasureProvenance,
): Measure {
  const measure: Mutable<Measure> = {
    code: input.code,
    theme: input.theme,
    title: input.title,
    unit: input.unit,
    proxyValue: input.proxyValue,
    valueType: input.valueType,
  };
  if (input.outcome !== undefined) measure.outcome = input.outcome;
  if (input.exclusivityGroup !== undefined) measure.exclusivityGroup = input.exclusivityGroup;
  if (input.maxYearsPerPerson !== undefined) measure.maxYearsPerPerson = input.maxYearsPerPerson;
  if (input.edition !== undefined) measure.edition = input.edition;
  if (input.source !== undefined) measure.source = input.source;
  if (provenance !== undefined) measure.provenance = provenance;
  return measure;
}

function issue(segments: (string | number)[], message: string): SocialValueIssue {
  return { path: formatPath(segments), segments, message };
}

/**
 * Checks that ids and codes are unique and that every reference exists, then freezes the
 * framework. Throws `duplicate-code` or `unknown-reference` with the paths at fault. Internal.
 */
export function assembleFramework(framework: Framework): Framework {
  const duplicates: SocialValueIssue[] = [];
  const unknown: SocialValueIssue[] = [];
  const seen = (
    values: readonly string[],
    list: 'themes' | 'outcomes' | 'measures',
    key: string,
  ) => {
    const first = new Map<string, number>();
    values.forEach((value, index) => {
      const earlier = first.get(value);
      if (earlier === undefined) first.set(value, index);
      else
        duplicates.push(
          issue(
            [list, index, key],
            `${JSON.stringify(value)} is already used by ${list}[${earlier}]`,
          ),
        );
    });
    return first;
  };
  const themes = seen(
    framework.themes.map((theme) => theme.id),
    'themes',
    'id',
  );
  const outcomes = seen(
    framework.outcomes.map((outcome) => outcome.id),
    'outcomes',
    'id',
  );
  seen(
    framework.measures.map((measure) => measure.code),
    'measures',
    'code',
  );
  framework.outcomes.forEach((outcome, index) => {
    if (!themes.has(outcome.theme))
      unknown.push(
        issue(['outcomes', index, 'theme'], `no theme ${JSON.stringify(outcome.theme)}`),
      );
  });
  framework.measures.forEach((measure, index) => {
    if (!themes.has(measure.theme))
      unknown.push(
        issue(['measures', index, 'theme'], `no theme ${JSON.stringify(measure.theme)}`),
      );
    if (measure.outcome !== undefined && !outcomes.has(measure.outcome))
      unknown.push(
        issue(['measures', index, 'outcome'], `no outcome ${JSON.stringify(measure.outcome)}`),
      );
  });
  if (duplicates.length > 0) {
    throw new SocialValueError({
      code: 'duplicate-code',
      message: `Framework ${framework.id}: ids and measure codes must be unique.`,
      issues: duplicates,
    });
  }
  if (unknown.length > 0) {
    throw new SocialValueError({
      code: 'unknown-reference',
      message: `Framework ${framework.id}: a measure or outcome refers to a theme or outcome that does not exist.`,
      issues: unknown,
    });
  }
  return deepFreeze(framework);
}
