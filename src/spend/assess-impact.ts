import type * as z from 'zod/mini';
import { anySchema } from '../core/any-schema.js';
import { seal } from '../core/brand.js';
import { choiceSchema } from '../core/choice-schema.js';
import { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import { SocialValueError } from '../core/errors.js';
import { fractionSchema } from '../core/fraction-schema.js';
import { alikeNote, idAsRead } from '../core/id-as-read.js';
import { fieldError, issueAt } from '../core/issue.js';
import { divide } from '../core/numeric-domain.js';
import { idSchema, numericSchema, strictObject } from '../core/schemas.js';
import { listSchema, optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import { getMeasure } from '../toms/get-measure.js';
import { readFramework } from '../toms/read-framework.js';
import type { Framework, Measure } from '../toms/types.js';
import {
  explainImpact,
  explainMitigation,
  findingsOf,
  positionOf,
  summaryOf,
} from './explain-impact.js';
import type {
  AssessedImpact,
  AssessedMitigation,
  AssessImpactInput,
  ImpactAssessment,
  ImpactDimension,
  ImpactDirection,
  ImpactPosition,
  MitigationChange,
} from './impact-types.js';
import {
  impactDimensions,
  impactDirections,
  mitigationChangeNames,
  mitigationChanges,
} from './impact-vocabulary.js';
import { nonBlankText } from './schemas.js';

const mitigationSchema = /* @__PURE__ */ strictObject({
  change: /* @__PURE__ */ choiceSchema(
    mitigationChanges as [MitigationChange, ...MitigationChange[]],
  ),
  description: /* @__PURE__ */ nonBlankText('the mitigation in words'),
  mitigatedShare: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ fractionSchema('share')),
  quantity: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ numericSchema()),
});

const impactSchema = /* @__PURE__ */ strictObject({
  id: idSchema,
  dimension: /* @__PURE__ */ choiceSchema(
    impactDimensions as [ImpactDimension, ...ImpactDimension[]],
  ),
  direction: /* @__PURE__ */ choiceSchema(
    impactDirections as [ImpactDirection, ...ImpactDirection[]],
  ),
  description: /* @__PURE__ */ nonBlankText('the impact in words'),
  measure: /* @__PURE__ */ optionalSchema(idSchema),
  quantity: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ numericSchema()),
  mitigations: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ listSchema(mitigationSchema)),
});

const inputSchema = /* @__PURE__ */ strictObject(
  {
    name: /* @__PURE__ */ nonBlankText('the planned procurement, in words'),
    framework: /* @__PURE__ */ optionalSchema(anySchema),
    impacts: /* @__PURE__ */ listSchema(impactSchema),
  },
  {},
  'an impact assessment (an object of name and impacts)',
);

/** An impact as read from the input. Internal. */
export type ReadImpact = z.output<typeof impactSchema>;
type ReadMitigation = z.output<typeof mitigationSchema>;
type Path = readonly PropertyKey[];

const ZERO = /* @__PURE__ */ new Decimal(0);

/** A product without the −0 decimal.js gives for a negated zero. */
const unsigned = (value: Decimal): Decimal => (value.isZero() ? ZERO : value);

function invalid(path: Path, message: string): SocialValueError {
  return fieldError('invalid-input', 'Invalid impact assessment: 1 problem.', path, message);
}

/** A quantity is a size: the direction gives the sign. */
function checkQuantity(quantity: Decimal | undefined, path: Path, what: string): void {
  if (quantity?.isNegative() && !quantity.isZero()) {
    throw invalid(
      path,
      `expected ${what} at least 0, received ${quantity.toString()} (give the size: a harm is direction "negative", not a negative quantity)`,
    );
  }
}

/** The measure an impact names, looked up with `getMeasure`; errors at the impact's path. */
function measureOf(framework: Framework, code: string, path: Path): Measure {
  let measure: Measure;
  try {
    measure = getMeasure(framework, code);
  } catch (error) {
    if (!(error instanceof SocialValueError) || error.code !== 'unknown-measure') throw error;
    // Its headline only: the lines after it list its issue at `code`, a path not in the input.
    const lines = error.message.indexOf('\n  - ');
    throw new SocialValueError({
      code: 'unknown-measure',
      message: lines < 0 ? error.message : error.message.slice(0, lines),
      issues: [
        issueAt(path, error.issues[0]?.message ?? `unknown measure code ${describeValue(code)}`),
      ],
      details: error.details,
    });
  }
  // A proxy of 0 (record only) would monetise the impact at £0: the net would leave it out unsaid.
  if (measure.proxyValue === null || measure.proxyValue.isZero()) {
    const zero = measure.proxyValue !== null;
    throw fieldError(
      'missing-proxy',
      `Measure ${code} has ${zero ? 'a proxy value of 0' : 'no proxy value'} in ${framework.name}: the impact cannot be monetised.`,
      path,
      `measure ${describeValue(code)} has ${zero ? 'a proxy value of 0 (record only), so it would monetise the impact at £0' : 'no proxy value, so it cannot monetise the impact'} (leave out measure and quantity to weigh it in words)`,
      { measure: code, framework: framework.id },
    );
  }
  return measure;
}

/** A monetised impact's measure and quantity. Internal. */
export interface Monetised {
  readonly measure: Measure;
  readonly quantity: Decimal;
  /** quantity × proxy value, unsigned. */
  readonly size: Decimal;
}

/** The measure and quantity of an impact, both or neither. */
function monetisedOf(
  impact: ReadImpact,
  framework: Framework | null,
  path: Path,
): Monetised | null {
  if (impact.measure === undefined && impact.quantity === undefined) return null;
  if (impact.measure === undefined) {
    throw invalid(
      [...path, 'quantity'],
      'expected a measure beside the quantity (a quantity is counted in a measure of the framework)',
    );
  }
  if (impact.quantity === undefined) {
    throw invalid(
      [...path, 'quantity'],
      `missing: expected the quantity of measure ${describeValue(impact.measure)} (how many units)`,
    );
  }
  if (framework === null) {
    throw invalid(
      [...path, 'measure'],
      `expected input.framework to monetise measure ${describeValue(impact.measure)} (or leave out measure and quantity)`,
    );
  }
  const measure = measureOf(framework, impact.measure, [...path, 'measure']);
  return monetisedAs(measure, impact.quantity, path);
}

/** A quantity of a measure with a proxy value (at least 0: else `invalid-input` at `path.quantity`). Internal. */
export function monetisedAs(measure: Measure, quantity: Decimal, path: Path): Monetised {
  checkQuantity(quantity, [...path, 'quantity'], 'a quantity');
  return { measure, quantity, size: unsigned(quantity.times(measure.proxyValue!)) };
}

/** A negative impact's mitigations, checked to avoid no more than the whole impact. */
function mitigationsOf(
  impact: ReadImpact,
  monetised: Monetised | null,
  path: Path,
): AssessedMitigation[] {
  const given = impact.mitigations ?? [];
  if (impact.direction === 'positive' && given.length > 0) {
    throw invalid(
      [...path, 'mitigations'],
      'expected no mitigations on a positive impact (mitigations reduce a negative impact)',
    );
  }
  const whole = monetised?.quantity;
  // Σ shares + Σ quantities ÷ whole ≤ 1, checked exactly: whole × Σ shares + Σ quantities ≤ whole.
  let shares = ZERO;
  let quantities = ZERO;
  return given.map((mitigation: ReadMitigation, index) => {
    const at = [...path, 'mitigations', index];
    if (mitigation.mitigatedShare !== undefined && mitigation.quantity !== undefined) {
      throw invalid(
        [...at, 'quantity'],
        'expected mitigatedShare or quantity, not both (the share of the impact it avoids, or the units)',
      );
    }
    let share: Decimal | null = mitigation.mitigatedShare ?? null;
    if (mitigation.quantity !== undefined) {
      if (monetised === null) {
        throw invalid(
          [...at, 'quantity'],
          'expected mitigatedShare (the impact has no measure to count a quantity in)',
        );
      }
      checkQuantity(mitigation.quantity, [...at, 'quantity'], 'a quantity');
      share = monetised.quantity.isZero() ? ZERO : divide(mitigation.quantity, monetised.quantity);
    }
    shares = shares.plus(mitigation.mitigatedShare ?? ZERO);
    quantities = quantities.plus(mitigation.quantity ?? ZERO);
    const over =
      whole === undefined ? shares.gt(1) : whole.times(shares).plus(quantities).gt(whole);
    if (over) {
      throw invalid(
        [...at, mitigation.quantity === undefined ? 'mitigatedShare' : 'quantity'],
        `expected the mitigations of impact ${describeValue(impact.id)} to avoid at most the whole impact, but with this one they avoid more than all of it`,
      );
    }
    let mitigated: Decimal | null = null;
    if (monetised !== null && mitigation.quantity !== undefined) {
      mitigated = unsigned(mitigation.quantity.times(monetised.measure.proxyValue!));
    } else if (monetised !== null && share !== null) {
      mitigated = unsigned(monetised.size.times(share));
    }
    const change = mitigation.change;
    const parts = {
      change,
      changeName: mitigationChangeNames[change],
      description: mitigation.description,
      mitigatedShare: share,
      quantity: mitigation.quantity ?? null,
      mitigated,
    };
    return { ...parts, reason: explainMitigation(parts, monetised?.measure.unit ?? null) };
  });
}

/**
 * An impact assessed: its value, mitigations, net and sentences. Internal: the snapshot reader
 * assesses a stored impact again with the measure and quantity it records, and its `stored`
 * mitigated share, taken when an earlier release wrote it (the mitigations' rounded shares added).
 */
export function assessedImpactOf(
  impact: ReadImpact,
  monetised: Monetised | null,
  path: Path,
  stored?: Decimal | null,
): AssessedImpact {
  const mitigations = mitigationsOf(impact, monetised, path);
  const negative = impact.direction === 'negative';
  const value =
    monetised === null ? null : negative ? unsigned(monetised.size.neg()) : monetised.size;
  let mitigatedShare: Decimal | null = null;
  let mitigated: Decimal | null = null;
  if (negative) {
    // The shares given, exact, and the units avoided over the impact's: one division, not the
    // mitigations' rounded shares added (three thirds of it made 0.9999…9, not 1).
    let [shares, units, added, avoided] = [ZERO, ZERO, ZERO, ZERO];
    for (const { quantity, mitigatedShare: share, mitigated: part } of mitigations) {
      added = added.plus(share ?? ZERO);
      avoided = avoided.plus(part ?? ZERO);
      if (quantity) units = units.plus(quantity);
      else shares = shares.plus(share ?? ZERO);
    }
    mitigatedShare = units.isZero()
      ? shares
      : divide(shares.times(monetised!.quantity).plus(units), monetised!.quantity);
    if (stored?.eq(added)) mitigatedShare = stored;
    if (monetised !== null) mitigated = avoided;
  }
  const parts = {
    id: impact.id,
    dimension: impact.dimension,
    direction: impact.direction,
    description: impact.description,
    measure: monetised?.measure.code ?? null,
    title: monetised?.measure.title ?? null,
    unit: monetised?.measure.unit ?? null,
    quantity: monetised?.quantity ?? null,
    proxyValue: monetised?.measure.proxyValue ?? null,
    value,
    mitigatedShare,
    mitigated,
    net: value === null ? null : unsigned(value.plus(mitigated ?? ZERO)),
    mitigations,
  };
  return { ...parts, reason: explainImpact(parts) };
}

/**
 * Assesses the impacts of a planned procurement before it is bought, as Hackney's Sustainable
 * Procurement Impact Assessment does: the positive **and negative** impacts of what is being
 * procured on social, economic and environmental outcomes, and how a negative one is mitigated,
 * "by changing the subject of the contract, amending the service specification or the tendering
 * and social value questions" (seed 003, Appendix D: Hackney Council).
 *
 * An impact may be monetised with a measure of a framework and a quantity: its value is
 * quantity × the measure's proxy value, negative for a negative impact. A mitigation avoids a
 * share of a negative impact (`mitigatedShare`) or a quantity of its measure. Negative impacts
 * are never dropped or netted silently: each dimension, and the whole procurement, shows the
 * gross positive, the gross negative, what mitigations avoid, and the net; impacts not monetised
 * are counted and named in findings (a negative one as a warning, since the net leaves it out).
 *
 * @param input - The procurement's `name`, the `framework` whose measures monetise impacts (when
 * any does), and the `impacts`: `{ id, dimension, direction, description, measure?, quantity?,
 * mitigations? }`, each mitigation `{ change, description, mitigatedShare? | quantity? }`.
 * @returns The sealed assessment (`kind: 'impact-assessment'`): every impact with its value,
 * mitigated £ and net; `byDimension` and `overall` positions with a sentence per figure;
 * findings; a summary.
 * @throws SocialValueError `invalid-input` for a missing or unknown field (with "did you mean"),
 * an id used twice, a negative quantity, a measure without a quantity or framework, mitigations
 * on a positive impact or avoiding more than the impact; `unknown-measure` for a code the
 * framework lacks (at `input.impacts[i].measure`); `missing-proxy` for a measure without a
 * proxy, or with a proxy of 0 (record only: it would monetise the impact at £0).
 *
 * @example
 * ```ts
 * import { defineFramework } from 'social-value';
 * import { assessImpact } from 'social-value/spend';
 *
 * const framework = defineFramework({
 *   id: 'demo', name: 'Demo TOMs', edition: '2024', priceYear: 2024,
 *   themes: [{ id: 'jobs', name: 'Jobs' }, { id: 'environment', name: 'Environment' }],
 *   measures: [
 *     { code: 'NT1', theme: 'jobs', title: 'Local people employed', unit: 'no. people FTE', proxyValue: 30000, valueType: 'local-economic' },
 *     { code: 'NT31', theme: 'environment', title: 'Carbon emissions', unit: 'tonnes CO2e', proxyValue: 250, valueType: 'environmental' },
 *   ],
 * });
 * const assessment = assessImpact({
 *   name: 'School catering contract',
 *   framework,
 *   impacts: [
 *     { id: 'local-jobs', dimension: 'economic', direction: 'positive', description: 'Kitchen jobs for residents', measure: 'NT1', quantity: 2 },
 *     {
 *       id: 'food-miles', dimension: 'environmental', direction: 'negative', description: 'Deliveries from a central kitchen', measure: 'NT31', quantity: 40,
 *       mitigations: [{ change: 'specification', description: 'Seasonal produce from local growers', mitigatedShare: '0.25' }],
 *     },
 *   ],
 * });
 * assessment.overall.grossPositive.toString(); // => '60000'
 * assessment.overall.grossNegative.toString(); // => '-10000'
 * assessment.overall.mitigated.toString(); // => '2500'
 * assessment.overall.net.toString(); // => '52500'
 * assessment.byDimension.environmental.position; // => 'net-negative'
 * ```
 */
export function assessImpact(input: AssessImpactInput): ImpactAssessment {
  const read = parseInput(inputSchema, input, 'impact assessment', ['input']);
  const framework =
    read.framework === undefined ? null : readFramework(read.framework, ['input', 'framework']);
  // Ids as read: `" a"`, `"A"` or `"a\u200b"` beside `"a"` is one id written twice.
  const seen = new Map<string, number>();
  const impacts = read.impacts.map((impact, index) => {
    const path = ['input', 'impacts', index];
    const key = idAsRead(impact.id);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const other = read.impacts[earlier]!.id;
      throw invalid(
        [...path, 'id'],
        `impact id ${describeValue(impact.id)} is already used by impacts[${earlier}]${alikeNote(impact.id, other)}`,
      );
    }
    seen.set(key, index);
    return assessedImpactOf(impact, monetisedOf(impact, framework, path), path);
  });
  const about =
    framework === null
      ? null
      : {
          id: framework.id,
          name: framework.name,
          edition: framework.edition,
          priceYear: framework.priceYear,
        };
  return seal(assessmentOf(read.name, about, impacts, framework), 'impact-assessment');
}

/**
 * The assessment of some impacts: positions by dimension and overall, findings and summary
 * (`measures` as `findingsOf` takes them). Internal: `assessImpact` writes with it and the
 * snapshot reader checks a stored assessment against it.
 */
export function assessmentOf(
  name: string,
  framework: ImpactAssessment['framework'],
  impacts: readonly AssessedImpact[],
  measures: Parameters<typeof findingsOf>[2],
): ImpactAssessment {
  const byDimension = {} as Record<ImpactDimension, ImpactPosition>;
  for (const dimension of impactDimensions) {
    byDimension[dimension] = positionOf(
      impacts.filter((impact) => impact.dimension === dimension),
      dimension,
    );
  }
  const overall = positionOf(impacts, null);
  return {
    kind: 'impact-assessment',
    schemaVersion: 1,
    name,
    framework,
    impacts,
    byDimension,
    overall,
    findings: findingsOf(impacts, byDimension, measures),
    summary: summaryOf(name, overall, impacts.length),
  };
}
