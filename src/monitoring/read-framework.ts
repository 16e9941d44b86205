import { isSealed } from '../core/brand.js';
import type { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import { fieldError } from '../core/issue.js';
import { didYouMean, suggest } from '../core/suggest.js';
import type { ValueType } from '../core/value-types.js';
import { parseInput } from '../core/zod-error.js';
import { expectReader } from './expect-reader.js';
import { normalise } from './pledge-lines.js';
import { inputSchemas } from './schemas.js';

/** A framework measure as trackDelivery values unpledged deliveries with it. Internal. */
export interface MeasureRead {
  /** The code. */
  readonly code: string;
  /** The theme id. */
  readonly theme: string;
  /** The theme's name, when the framework has it. */
  readonly themeName?: string | undefined;
  /** The title. */
  readonly title?: string | undefined;
  /** The unit. */
  readonly unit?: string | undefined;
  /** £ per unit, or `null`. */
  readonly proxyValue: Decimal | null;
  /** The value type. */
  readonly valueType: ValueType;
}

interface FrameworkFields {
  readonly themes?:
    | readonly { readonly id: string; readonly name?: string | undefined }[]
    | undefined;
  readonly measures: readonly Omit<MeasureRead, 'themeName'>[];
}

/**
 * The measures of `options.framework` by (trimmed) code. A framework sealed by
 * `defineFramework` is trusted; anything else is validated (every framework key known, only
 * the themes and measures read; when it lists themes, every measure's theme is one of them).
 * Internal.
 */
export function readFramework(framework: unknown): Map<string, MeasureRead> {
  let fields: FrameworkFields;
  if (isSealed(framework, 'framework')) fields = framework as FrameworkFields;
  else {
    const path = ['options', 'framework'];
    expectReader(
      framework,
      'framework',
      'a framework (from defineFramework, its JSON snapshot, or an object with its measures)',
      path,
      'measures',
    );
    fields = parseInput(inputSchemas().framework, framework, 'framework', path);
  }
  // With themes, each measure's theme must be one of them, as defineFramework checks.
  const themeIds = fields.themes?.map((theme) => theme.id);
  const themeSet = new Set(themeIds);
  const themeNames = new Map<string, string>();
  for (const theme of fields.themes ?? []) {
    if (theme.name !== undefined) themeNames.set(theme.id, theme.name);
  }
  const measures = new Map<string, MeasureRead>();
  fields.measures.forEach((measure, position) => {
    const code = normalise(measure.code);
    if (measures.has(code)) {
      throw fieldError(
        'duplicate-code',
        `Invalid framework: two measures have the code ${describeValue(code)}.`,
        ['options', 'framework', 'measures', position, 'code'],
        `expected a code no other measure has, received ${describeValue(measure.code)} again`,
        { code },
      );
    }
    if (themeIds !== undefined && !themeSet.has(measure.theme)) {
      const received = describeValue(measure.theme);
      throw fieldError(
        'invalid-input',
        `Invalid framework: no theme ${received}.`,
        ['options', 'framework', 'measures', position, 'theme'],
        `expected a theme of the framework${didYouMean(suggest(measure.theme, themeIds))}, received ${received}`,
      );
    }
    const themeName = themeNames.get(measure.theme);
    measures.set(code, {
      code: measure.code,
      theme: measure.theme,
      themeName,
      title: measure.title,
      unit: measure.unit,
      proxyValue: measure.proxyValue,
      valueType: measure.valueType,
    });
  });
  return measures;
}
