import { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import { type CriterionReading, readCriterion } from './read-criterion.js';
import { finding, isObject, list, text } from './shape.js';
import { labelledWeights } from './text-weight.js';
import type { OcdsCriterion, OcdsFinding, OcdsLotCriteria } from './types.js';

/** The criteria of one award criteria block, before the lot's checks. */
export interface CriteriaBlock {
  readonly readings: readonly CriterionReading[];
  readonly findings: readonly OcdsFinding[];
}

// OCDS 1.1 `tender.awardCriteria` codes that settle the whole weighting.
const WHOLE_WEIGHT: ReadonlyMap<string, 'price' | 'quality'> = /* @__PURE__ */ new Map([
  ['priceOnly', 'price'],
  ['costOnly', 'price'],
  ['lowestCost', 'price'],
  ['qualityOnly', 'quality'],
]);

function derived(
  kind: OcdsCriterion['kind'],
  name: string | null,
  weight: Decimal,
  index: number,
  path: string,
  source: 'description' | 'sole-criterion',
  reason: string,
): CriterionReading {
  return {
    criterion: {
      index,
      path,
      type: null,
      name,
      description: null,
      kind,
      weight,
      weightSource: source,
      weightCode: null,
      publishedWeight: null,
      reason,
    },
    findings: [],
    points: null,
  };
}

/** Criteria given only as labelled percentages in a description (`Quality 60% / Price 40%`). */
function fromDescription(description: string, path: string): CriterionReading[] {
  const weights = labelledWeights(description) ?? [];
  if (weights.length === 0 || weights.some((w) => w.kind === null)) return [];
  return weights.map((w, index) =>
    derived(
      w.kind!,
      w.label,
      w.value,
      index,
      path,
      'description',
      `"${w.label}" is ${w.kind} from its words; weight ${w.value.toString()} points from the award criteria description ${describeValue(description)}.`,
    ),
  );
}

/**
 * Reads an award criteria block: the extension's object (`criteria`, `description`,
 * `weightingDescription`, `orderRationale`), or at tender level the OCDS 1.1 code or text.
 * Internal to the ocds area.
 */
export function readCriteriaBlock(value: unknown, path: string): CriteriaBlock | null {
  if (value === undefined || value === null) return null;
  const findings: OcdsFinding[] = [];
  if (typeof value === 'string') {
    const whole = WHOLE_WEIGHT.get(value);
    if (whole !== undefined) {
      return {
        readings: [
          derived(
            whole,
            null,
            new Decimal(100),
            0,
            path,
            'sole-criterion',
            `The award criteria code "${value}" means the award is on ${whole} alone: ${whole} weighs 100 points.`,
          ),
        ],
        findings,
      };
    }
    return { readings: fromDescription(value, path), findings };
  }
  if (!isObject(value)) {
    findings.push(
      finding(
        'unexpected-shape',
        'warning',
        'The award criteria are neither an object nor text; they were not read.',
        path,
      ),
    );
    return { readings: [], findings };
  }
  const criteria = list(value, 'criteria', path, findings) ?? [];
  const readings = criteria.map((entry, index) =>
    readCriterion(entry, index, `${path}.criteria[${index}]`),
  );
  const description = text(value, 'description', path, findings);
  const weighting = text(value, 'weightingDescription', path, findings);
  const order = text(value, 'orderRationale', path, findings);
  if (readings.length === 0 && description !== null) {
    readings.push(...fromDescription(description, `${path}.description`));
  }
  if (weighting !== null) {
    findings.push(
      finding(
        'ambiguous-weight',
        'info',
        `The weighting is also described in words: ${describeValue(weighting)}.`,
        `${path}.weightingDescription`,
      ),
    );
  }
  if (order !== null) {
    findings.push(
      finding(
        'order-only',
        'info',
        `Only an order of importance is given, because: ${describeValue(order)}.`,
        `${path}.orderRationale`,
      ),
    );
  }
  return { readings, findings };
}

/** Who a lot is in sentences. */
function lotLabel(level: OcdsLotCriteria['level'], lot: string | null): string {
  if (level === 'tender') return 'The tender';
  return `${level === 'lot' ? 'Lot' : 'Lot group'} ${lot === null ? '(no id)' : describeValue(lot)}`;
}

/** Points become percentage points only when every criterion is in points and they total 100. */
function convertPoints(
  readings: CriterionReading[],
  findings: OcdsFinding[],
  who: string,
  path: string,
): void {
  const inPoints = readings.filter((r) => r.points !== null);
  if (inPoints.length === 0) return;
  const total = inPoints.reduce((sum, r) => sum.plus(r.points!), new Decimal(0));
  if (inPoints.length === readings.length && total.eq(100)) {
    for (const [i, reading] of readings.entries()) {
      readings[i] = {
        ...reading,
        criterion: { ...reading.criterion, weight: reading.points, weightSource: 'numbers' },
      };
    }
    findings.push(
      finding(
        'points-weight',
        'info',
        `${who} weighs its criteria in points that total 100; they were read as percentage points.`,
        path,
      ),
    );
    return;
  }
  findings.push(
    finding(
      'points-weight',
      'warning',
      `${who} weighs ${inPoints.length} of ${readings.length} criteria in points (total ${total.toString()}); points are read as percentage points only when every criterion is in points and they total 100.`,
      path,
    ),
  );
}

/** What one lot (or the tender, or a lot group) is, for {@link readLot}. */
export interface LotSource {
  readonly ocid: string | null;
  readonly release: string | null;
  readonly level: OcdsLotCriteria['level'];
  readonly lot: string | null;
  readonly lotName: string | null;
  readonly path: string;
  /** The lot's own award criteria block, or `null`. */
  readonly block: CriteriaBlock | null;
  /** The tender's block, which applies when a lot has none of its own. */
  readonly inherited: CriteriaBlock | null;
  /** Findings already met while reading the lot's shape. */
  readonly findings: readonly OcdsFinding[];
}

/** Reads a lot's criteria and checks them as a whole. Internal to the ocds area. */
export function readLot(source: LotSource): OcdsLotCriteria {
  const who = lotLabel(source.level, source.lot);
  const findings: OcdsFinding[] = [...source.findings];
  let block = source.block;
  if (
    (block === null || block.readings.length === 0) &&
    source.inherited !== null &&
    source.inherited.readings.length > 0
  ) {
    findings.push(...(block?.findings ?? []));
    findings.push(
      finding(
        'no-award-criteria',
        'info',
        `${who} publishes no award criteria of its own; the tender's apply.`,
        source.path,
      ),
    );
    block = { readings: source.inherited.readings, findings: [] };
  }
  const readings = [...(block?.readings ?? [])];
  findings.push(...(block?.findings ?? []));
  convertPoints(readings, findings, who, source.path);

  const only = readings.length === 1 ? readings[0]! : undefined;
  if (
    only &&
    only.criterion.weight === null &&
    only.points === null &&
    only.findings.some((f) => f.code === 'no-weight')
  ) {
    readings[0] = {
      ...only,
      criterion: {
        ...only.criterion,
        weight: new Decimal(100),
        weightSource: 'sole-criterion',
        reason: `${only.criterion.reason.replace(/; no weight\.$/, '')}; weight 100 points as the only criterion.`,
      },
      findings: only.findings.filter((f) => f.code !== 'no-weight'),
    };
    findings.push(
      finding(
        'sole-criterion',
        'info',
        `${who} has one award criterion and no weight for it; as the only criterion it carries the whole score (100 points).`,
        only.criterion.path,
      ),
    );
  }
  for (const reading of readings) findings.push(...reading.findings);

  const criteria = readings.map((r) => r.criterion);
  const weights = criteria.map((c) => c.weight);
  const total =
    weights.every((w) => w !== null) && criteria.length > 0
      ? weights.reduce<Decimal>((sum, w) => sum.plus(w!), new Decimal(0))
      : null;
  if (criteria.length === 0) {
    findings.push(
      finding(
        'no-award-criteria',
        'warning',
        `${who} publishes no award criteria that could be read.`,
        source.path,
      ),
    );
  } else if (total !== null && !total.eq(100)) {
    findings.push(
      finding(
        'weights-do-not-sum',
        'warning',
        `${who}: the weights read sum to ${total.toString()}, not 100 (${criteria.map((c) => `${c.kind} ${c.weight!.toString()}`).join(', ')}); some criteria may not be published.`,
        source.path,
      ),
    );
  }
  const complete = total?.eq(100) === true;
  const missing = weights.filter((w) => w === null).length;
  const summary =
    criteria.length === 0
      ? `${who} has no readable award criteria.`
      : complete
        ? `${who}: ${criteria.map((c) => `${c.kind} ${c.weight!.toString()}`).join(', ')} (total 100).`
        : total !== null
          ? `${who}: the weights read sum to ${total.toString()}, not 100.`
          : `${who}: ${missing} of ${criteria.length} criteria have no weight that could be read exactly.`;
  return {
    ocid: source.ocid,
    release: source.release,
    level: source.level,
    lot: source.lot,
    lotName: source.lotName,
    path: source.path,
    criteria,
    total,
    complete,
    findings,
    summary,
  };
}
