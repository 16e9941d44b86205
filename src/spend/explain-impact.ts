import { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import { entryOf } from '../core/map-entry.js';
import { divide } from '../core/numeric-domain.js';
import { countText, plural, upperFirst } from '../core/text.js';
import { figureText, moneyText, percentText } from '../core/wording.js';
import { getMeasure } from '../toms/get-measure.js';
import type { Framework } from '../toms/types.js';
import type {
  AssessedImpact,
  AssessedMitigation,
  ImpactDimension,
  ImpactFinding,
  ImpactPosition,
  ImpactPositionName,
} from './impact-types.js';
import { dimensionValueTypes, impactDimensions } from './impact-vocabulary.js';

// The sentences of an impact assessment: one per impact, mitigation and figure of a position,
// the findings and the summary. Internal to assessImpact.

const ZERO = /* @__PURE__ */ new Decimal(0);

/** An impact by its direction, dimension and id: `negative environmental impact "food-miles"`. */
function impactName(impact: Pick<AssessedImpact, 'id' | 'dimension' | 'direction'>): string {
  return `${impact.direction} ${impact.dimension} impact ${describeValue(impact.id)}`;
}

/** The sentence of a mitigation. Internal. */
export function explainMitigation(
  mitigation: Omit<AssessedMitigation, 'reason'>,
  unit: string | null,
): string {
  const what = `${upperFirst(mitigation.changeName)} (${mitigation.description})`;
  if (mitigation.mitigatedShare === null) {
    return `${what} is recorded without a share or quantity: none of the impact is counted as avoided.`;
  }
  const units =
    mitigation.quantity === null ? '' : `${figureText(mitigation.quantity)} ${unit ?? 'units'}, `;
  const money =
    mitigation.mitigated === null ? ' (not monetised)' : `, ${moneyText(mitigation.mitigated)}`;
  return `${what} avoids ${units}${percentText(mitigation.mitigatedShare)} of the impact${money}.`;
}

/** The sentence of an impact. Internal. */
export function explainImpact(impact: Omit<AssessedImpact, 'reason'>): string {
  const name = upperFirst(impactName(impact));
  const negative = impact.direction === 'negative';
  const quantified = impact.mitigations.some((mitigation) => mitigation.mitigatedShare !== null);
  if (impact.value === null) {
    const avoided =
      negative && quantified
        ? `; its mitigations avoid ${percentText(impact.mitigatedShare!)} of it`
        : negative && impact.mitigations.length === 0
          ? '; it has no mitigation'
          : '';
    return `${name} is not monetised: it is weighed in words, in no £ figure${avoided}.`;
  }
  const counted = `${impact.measure} (${impact.title}), ${figureText(impact.quantity!)} ${impact.unit} at £${figureText(impact.proxyValue!, 6)} each`;
  if (!negative) return `${name}: ${counted}, worth ${moneyText(impact.value)}.`;
  const gross = `${name}: ${counted}, costing ${moneyText(impact.value.neg())} before mitigation`;
  if (impact.mitigations.length === 0) return `${gross}, with no mitigation.`;
  return `${gross}; its mitigations avoid ${moneyText(impact.mitigated!)} (${percentText(impact.mitigatedShare!)}), leaving a net ${moneyText(impact.net!)}.`;
}

const positionWords: Readonly<Record<ImpactPositionName, string>> = {
  'net-positive': 'net positive',
  'net-negative': 'net negative',
  balanced: 'balanced',
  'not-monetised': 'no impact monetised',
};

/** The position of some impacts (one dimension's, or all of them when `dimension` is null). Internal. */
export function positionOf(
  impacts: readonly AssessedImpact[],
  dimension: ImpactDimension | null,
): ImpactPosition {
  let grossPositive = ZERO;
  let grossNegative = ZERO;
  let mitigated = ZERO;
  let positiveCount = 0;
  let negativeCount = 0;
  let notMonetisedCount = 0;
  let unmitigatedCount = 0;
  let monetisedPositive = 0;
  let monetisedNegative = 0;
  for (const impact of impacts) {
    const negative = impact.direction === 'negative';
    if (negative) negativeCount += 1;
    else positiveCount += 1;
    if (negative && impact.mitigations.length === 0) unmitigatedCount += 1;
    if (impact.value === null) {
      notMonetisedCount += 1;
    } else if (negative) {
      monetisedNegative += 1;
      grossNegative = grossNegative.plus(impact.value);
      mitigated = mitigated.plus(impact.mitigated ?? ZERO);
    } else {
      monetisedPositive += 1;
      grossPositive = grossPositive.plus(impact.value);
    }
  }
  const net = grossPositive.plus(grossNegative).plus(mitigated);
  const position: ImpactPositionName =
    monetisedPositive + monetisedNegative === 0
      ? 'not-monetised'
      : net.isZero()
        ? 'balanced'
        : net.isPositive()
          ? 'net-positive'
          : 'net-negative';
  const label = dimension === null ? 'Overall' : upperFirst(dimension);
  const words = (monetised: number, all: number, direction: string) => {
    const rest = all - monetised;
    const more = rest === 0 ? '' : ` (${countText(rest)} more not monetised)`;
    return `${plural(monetised, `monetised ${direction} impact`)}${more}`;
  };
  const avoided = grossNegative.isZero()
    ? `${label}: mitigations avoid ${moneyText(mitigated)}, as no negative impact is monetised.`
    : `${label}: mitigations avoid ${moneyText(mitigated)}, ${percentText(divide(mitigated, grossNegative.neg()))} of the gross negative.`;
  const standing =
    position === 'not-monetised'
      ? `${label}: no impact is monetised, so the net of £0.00 says nothing; ${plural(impacts.length, 'impact')} ${impacts.length === 1 ? 'is' : 'are'} weighed in words.`
      : `${label}: net ${moneyText(net)} (gross positive ${moneyText(grossPositive)}, gross negative ${moneyText(grossNegative)}, mitigated ${moneyText(mitigated)}): ${positionWords[position]}.`;
  return {
    grossPositive,
    grossNegative,
    mitigated,
    net: net.isZero() ? ZERO : net,
    position,
    impactCount: impacts.length,
    positiveCount,
    negativeCount,
    notMonetisedCount,
    unmitigatedCount,
    reasons: [
      `${label}: gross positive ${moneyText(grossPositive)} from ${words(monetisedPositive, positiveCount, 'positive')}.`,
      `${label}: gross negative ${moneyText(grossNegative)} before mitigation, from ${words(monetisedNegative, negativeCount, 'negative')}.`,
      avoided,
      standing,
    ],
  };
}

/**
 * A stored assessment's `dimension-differs` findings by impact id, in their stored order: read
 * once, so that reading back 20,000 impacts looks each one's up (searching every finding for
 * each impact took 5 s). Internal.
 */
function storedDimensionFindings(findings: readonly ImpactFinding[]): Map<string, ImpactFinding[]> {
  const byImpact = new Map<string, ImpactFinding[]>();
  for (const finding of findings) {
    if (finding.code === 'dimension-differs' && finding.impact !== undefined) {
      entryOf(byImpact, finding.impact, () => []).push(finding);
    }
  }
  return byImpact;
}

/**
 * What a reader should check, impact by impact, then dimension by dimension. A measure reporting
 * another value type than its impact's dimension is found in `framework`; given a stored
 * assessment's findings instead, those findings are kept as stored (the snapshot has no value
 * types). Internal.
 */
export function findingsOf(
  impacts: readonly AssessedImpact[],
  byDimension: Readonly<Record<ImpactDimension, ImpactPosition>>,
  framework: Framework | readonly ImpactFinding[] | null,
): ImpactFinding[] {
  const findings: ImpactFinding[] = [];
  const stored = Array.isArray(framework) ? storedDimensionFindings(framework) : undefined;
  for (const impact of impacts) {
    const name = upperFirst(impactName(impact));
    const about = { impact: impact.id, dimension: impact.dimension };
    if (impact.value === null) {
      const negative = impact.direction === 'negative';
      findings.push({
        code: 'not-monetised',
        severity: negative ? 'warning' : 'info',
        message: negative
          ? `${name} is not monetised, so the net leaves it out: weigh it beside the net.`
          : `${name} is not monetised: it is in no £ figure.`,
        ...about,
      });
    }
    if (impact.direction === 'negative' && impact.mitigations.length === 0) {
      findings.push({
        code: 'unmitigated-negative',
        severity: 'warning',
        message: `${name} has no mitigation: consider changing the subject of the contract, amending the service specification or the tendering and social value questions.`,
        ...about,
      });
    }
    impact.mitigations.forEach((mitigation, index) => {
      if (mitigation.mitigatedShare === null) {
        findings.push({
          code: 'unquantified-mitigation',
          severity: 'info',
          message: `Mitigation ${index + 1} of ${impactName(impact)} (${mitigation.changeName}) has no share or quantity: the figures count none of it.`,
          ...about,
          mitigation: index,
        });
      }
    });
    if (stored !== undefined) {
      for (const finding of stored.get(impact.id) ?? []) findings.push(finding);
    } else if (impact.measure !== null && framework !== null) {
      const measure = getMeasure(framework as Framework, impact.measure);
      const expected = dimensionValueTypes[impact.dimension];
      if (measure.valueType !== expected) {
        findings.push({
          code: 'dimension-differs',
          severity: 'info',
          message: `${name} is monetised with ${impact.measure}, which ${(framework as Framework).name} reports as ${measure.valueType} value, not ${expected}.`,
          ...about,
        });
      }
    }
  }
  for (const dimension of impactDimensions) {
    const position = byDimension[dimension];
    if (position.position === 'net-negative') {
      findings.push({
        code: 'net-negative',
        severity: 'warning',
        message: `The ${dimension} impacts are net negative: ${moneyText(position.net)} after mitigation.`,
        dimension,
      });
    }
  }
  return findings;
}

/** The sentence about the whole assessment. Internal. */
export function summaryOf(name: string, overall: ImpactPosition, count: number): string {
  if (count === 0) return `Impact assessment of ${name}: no impacts are recorded.`;
  const notes: string[] = [];
  if (overall.unmitigatedCount > 0) {
    notes.push(`${plural(overall.unmitigatedCount, 'negative impact')} unmitigated`);
  }
  if (overall.notMonetisedCount > 0) {
    notes.push(`${plural(overall.notMonetisedCount, 'impact')} not monetised`);
  }
  const tail = notes.length === 0 ? '' : `; ${notes.join(', ')}`;
  return `Impact assessment of ${name}: ${plural(count, 'impact')} (${overall.positiveCount} positive, ${overall.negativeCount} negative); gross positive ${moneyText(overall.grossPositive)}, gross negative ${moneyText(overall.grossNegative)}, mitigated ${moneyText(overall.mitigated)}, net ${moneyText(overall.net)} (${positionWords[overall.position]})${tail}.`;
}
