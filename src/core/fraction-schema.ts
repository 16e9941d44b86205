import { Decimal, type Numeric } from './decimal.js';
import { hintJsonSchema } from './json-schema-hints.js';
import { parseInto } from './parse-into.js';
import { readerSchema } from './reader-schema.js';
import { numericSchema } from './schemas.js';
import { figureText } from './wording.js';

const HUNDREDTH = /* @__PURE__ */ new Decimal('0.01');

/**
 * A fraction from 0 to 1 (above 0 with `positive`) named `noun` in messages (`share`, `ratio`).
 * A value above 1 is refused with the fraction it probably meant (`50` → "did you mean 0.5?"),
 * since a percentage given for a fraction is the usual slip; not for a value with more than four
 * decimals (`1.0000001` is rounding noise, not a percentage). Internal: every `…Share`, `…Ratio`
 * and `rate` input of the library.
 */
export function fractionSchema(noun: string, options: { readonly positive?: boolean } = {}) {
  const positive = options.positive === true;
  const numeric = numericSchema({ min: 0, minExclusive: positive });
  const schema = readerSchema<Decimal, Numeric>((value, issues) => {
    const fraction = parseInto(numeric, value, issues);
    if (fraction === undefined || fraction.lte(1)) return fraction;
    // A percentage is written with few decimals: 1.0000001 is rounding noise, not 0.010000001%.
    const hint =
      fraction.lte(100) && fraction.decimalPlaces() <= 4
        ? ` (did you mean ${figureText(fraction.times(HUNDREDTH), 20)}?)`
        : '';
    issues.push({
      code: 'custom',
      message: `expected a ${noun} from 0 to 1 (a fraction, not a percentage), received ${fraction.toString()}${hint}`,
      input: fraction,
    });
  });
  /* @__PURE__ */ hintJsonSchema(schema, {
    kind: 'numeric',
    bounds: { min: 0, minExclusive: positive, max: 1 },
  });
  return schema;
}
