import { Decimal } from '../core/decimal.js';
import { describeValue, quoteText } from '../core/describe-value.js';
import { exactText } from '../core/exact-text.js';
import { INPUT_DECIMAL_PLACES_LIMIT } from '../core/numeric-domain.js';
import { suggest } from '../core/suggest.js';
import { countText } from '../core/text.js';
import { type CriterionReading, readCriterion } from './read-criterion.js';
import { finding, isObject, list, text } from './shape.js';
import { type LabelledWeight, labelledWeights, unreadWeights } from './text-weight.js';
import type { OcdsCriterion, OcdsFinding, OcdsFindingCode, OcdsLotCriteria } from './types.js';

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

// The rest of OCDS 1.1's awardCriteria codelist (the last four deprecated): codes that name no
// weighting, so they are read as text (and give no weights).
const OTHER_CODES = ['ratedCriteria', 'bestProposal', 'bestValueToGovernment', 'singleBidOnly'];

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

/** `social value 10%, environmental 5%`: weights as a description gives them. */
function written(weights: readonly LabelledWeight[]): string {
  return weights.map((w) => `${w.label} ${exactText(w.value)}%`).join(', ');
}

/** `social value 10, environmental 5`: weights by kind, as a lot's sentences write them. */
function byKind(weights: readonly { kind: string; value: Decimal }[]): string {
  return weights.map((w) => `${w.kind.replace('-', ' ')} ${exactText(w.value)}`).join(', ');
}

/**
 * Criteria given only as labelled percentages in a description (`Quality 60% / Price 40%`). A
 * bracket of weights inside one (`Quality 60% (including 10% social value)`) is read as points of
 * the total taken out of it (quality 50, social value 10), as its whole when they sum to it, or as
 * shares of it when they sum to 100; a finding says which, and gives the other reading.
 */
function fromDescription(description: string, path: string): CriteriaBlock {
  const labelled = labelledWeights(description);
  const source = `the award criteria description ${describeValue(description)}`;
  const refused = (code: OcdsFindingCode, why: string): CriteriaBlock => ({
    readings: [],
    findings: [finding(code, 'warning', `No criteria were read from ${source}: it ${why}.`, path)],
  });
  // Said, never dropped: a weight with a minus sign, a range, a label that names no kind.
  const unread = unreadWeights(description, labelled);
  if (unread !== null) return refused(unread.code, unread.reason);
  const weights = labelled ?? [];
  // A weight no criterion can have (as in a criterion's own text): the description is not read.
  for (const w of [...weights, ...weights.flatMap((outer) => outer.inner)]) {
    const above = w.value.gt(100);
    if (above || w.value.decimalPlaces() > INPUT_DECIMAL_PLACES_LIMIT) {
      return refused(
        'weight-out-of-range',
        `gives ${quoteText(`${w.label} ${exactText(w.value)}%`)}, ${above ? 'above 100' : `with more than ${INPUT_DECIMAL_PLACES_LIMIT} digits after the decimal point`}: not a weight in percentage points`,
      );
    }
  }
  const parts: { label: string; kind: OcdsCriterion['kind']; value: Decimal; reason: string }[] =
    [];
  const findings: OcdsFinding[] = [];
  const part = (w: LabelledWeight, value: Decimal, how: string) =>
    parts.push({
      label: w.label,
      kind: w.kind!,
      value,
      reason: `${quoteText(w.label)} is ${w.kind} from its words; weight ${exactText(value)} points${how}.`,
    });
  for (const w of weights) {
    if (w.inner.length === 0) {
      part(w, w.value, ` from ${source}`);
      continue;
    }
    const outer = quoteText(`${w.label} ${exactText(w.value)}%`);
    const inner = w.inner.reduce((sum, i) => sum.plus(i.value), new Decimal(0));
    const shares = w.inner.map((i) => ({ kind: i.kind!, value: w.value.times(i.value).div(100) }));
    const within = ` within ${outer} in ${source}`;
    const unread = (why: string): CriteriaBlock => ({
      readings: [],
      findings: [
        finding(
          'nested-weight',
          'warning',
          `The weights in the brackets of ${outer} (${written(w.inner)}) cannot be read: ${why}; no criteria were read from ${source}.`,
          path,
        ),
      ],
    });
    if (inner.eq(w.value)) {
      for (const i of w.inner) part(i, i.value, within);
      findings.push(
        finding(
          'nested-weight',
          'info',
          `${outer} is made up of the weights in its brackets (${written(w.inner)}), which were read as its criteria.`,
          path,
        ),
      );
    } else if (inner.eq(100)) {
      if (shares.some((s) => s.value.decimalPlaces() > INPUT_DECIMAL_PLACES_LIMIT)) {
        return unread(
          `as shares of its ${exactText(w.value)} points they have more than ${INPUT_DECIMAL_PLACES_LIMIT} decimal places`,
        );
      }
      for (const [n, i] of w.inner.entries()) {
        part(i, shares[n]!.value, `, ${exactText(i.value)}% of ${outer} in ${source}`);
      }
      findings.push(
        finding(
          'nested-weight',
          'info',
          `The weights in the brackets of ${outer} (${written(w.inner)}) sum to 100, so they were read as shares of its ${exactText(w.value)} points: ${byKind(shares)}.`,
          path,
        ),
      );
    } else if (inner.lt(w.value)) {
      const rest = w.value.minus(inner);
      part(
        w,
        rest,
        ` from ${source}: ${exactText(w.value)} less the ${exactText(inner)} given within it`,
      );
      for (const i of w.inner) part(i, i.value, within);
      findings.push(
        finding(
          'nested-weight',
          'info',
          `Within ${outer}, ${written(w.inner)} was read as points of the total score, leaving ${byKind([{ kind: w.kind!, value: rest }])}; read as shares of its ${exactText(w.value)} points instead: ${byKind(shares)}.`,
          path,
        ),
      );
    } else {
      return unread(
        `they sum to ${exactText(inner)}, more than its ${exactText(w.value)} points and not 100`,
      );
    }
  }
  return {
    readings: parts.map((p, index) =>
      derived(p.kind, p.label, p.value, index, path, 'description', p.reason),
    ),
    findings,
  };
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
            `The award criteria code ${quoteText(value)} means the award is on ${whole} alone: ${whole} weighs 100 points.`,
          ),
        ],
        findings,
      };
    }
    // One word that is almost a code (`PriceOnly`, `price-only`, `Price`): said, never guessed.
    const meant =
      /^\S+$/.test(value) && !OTHER_CODES.includes(value)
        ? suggest(value, [...WHOLE_WEIGHT.keys(), ...OTHER_CODES])
        : [];
    if (OTHER_CODES.includes(value)) {
      findings.push(
        finding(
          'no-award-criteria',
          'info',
          `The award criteria code ${quoteText(value)} (OCDS 1.1) names no weighting: the weights, if any, are in the lots' criteria or the notice's documents.`,
          path,
        ),
      );
    }
    if (meant.length > 0) {
      findings.push(
        finding(
          'unexpected-shape',
          'warning',
          `The award criteria ${quoteText(value)} are not an OCDS code (did you mean ${meant.map(quoteText).join(' or ')}?); they were read as a description.`,
          path,
        ),
      );
    }
    const read = fromDescription(value, path);
    for (const each of read.findings) findings.push(each);
    return { readings: read.readings, findings };
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
  // Array.from, not map: a hole in a sparse list is read (as a criterion that is no object).
  const readings = Array.from(criteria, (entry, index) =>
    readCriterion(entry, index, `${path}.criteria[${index}]`),
  );
  const description = text(value, 'description', path, findings);
  const weighting = text(value, 'weightingDescription', path, findings);
  const order = text(value, 'orderRationale', path, findings);
  if (readings.length === 0 && description !== null) {
    const read = fromDescription(description, `${path}.description`);
    for (const reading of read.readings) readings.push(reading);
    for (const each of read.findings) findings.push(each);
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

/** How many criteria a sentence lists by kind and weight before it says how many more there are. */
const LISTED = 12;

/**
 * `quality 60, social value 10, price 30`: the criteria by kind (in words, as `toWeighting`
 * writes them) and weight, the first {@link LISTED} of them.
 */
function weightList(criteria: readonly OcdsCriterion[]): string {
  const shown = criteria
    .slice(0, LISTED)
    .map((c) => `${c.kind.replace('-', ' ')} ${exactText(c.weight!)}`);
  const more = criteria.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${countText(more)} more` : shown.join(', ');
}

/**
 * An award criteria block's criteria as a lot reads them, worked out once per block: points
 * read as percentage points when every criterion is in points totalling 100, a sole criterion
 * without a weight weighing 100, the total of the weights. Every lot that inherits the tender's
 * criteria shares these (the same list of criteria), so many lots under many criteria cost the
 * sum of the two, not their product. Internal to the ocds area.
 */
export interface ResolvedCriteria {
  /** The criteria, in published order. */
  readonly criteria: readonly OcdsCriterion[];
  /** The criteria's own findings, in published order (reported once, with the block). */
  readonly findings: readonly OcdsFinding[];
  /** `'converted'`, or how many criteria of how many are in points and their total; `null`: none. */
  readonly points: 'converted' | { readonly count: number; readonly total: Decimal } | null;
  /** The path of a sole criterion given the whole weight, or `null`. */
  readonly sole: string | null;
  /** The sum of the weights when every criterion has one, else `null`. */
  readonly total: Decimal | null;
  /** How many criteria have no weight. */
  readonly missing: number;
  /** The criteria by kind and weight, for sentences (when every one has a weight). */
  readonly list: string;
}

/** Works a block's criteria out as a lot reads them (see {@link ResolvedCriteria}). Internal. */
export function resolveCriteria(block: CriteriaBlock | null): ResolvedCriteria {
  const readings = (block?.readings ?? []).slice();
  let points: ResolvedCriteria['points'] = null;
  const inPoints = readings.filter((r) => r.points !== null);
  if (inPoints.length > 0) {
    const total = inPoints.reduce((sum, r) => sum.plus(r.points!), new Decimal(0));
    if (inPoints.length === readings.length && total.eq(100)) {
      for (const [i, reading] of readings.entries()) {
        readings[i] = {
          ...reading,
          criterion: { ...reading.criterion, weight: reading.points, weightSource: 'numbers' },
        };
      }
      points = 'converted';
    } else points = { count: inPoints.length, total };
  }
  let sole: string | null = null;
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
    sole = only.criterion.path;
  }
  const findings: OcdsFinding[] = [];
  for (const reading of readings) for (const each of reading.findings) findings.push(each);
  const criteria = readings.map((r) => r.criterion);
  const missing = criteria.filter((c) => c.weight === null).length;
  const total =
    missing === 0 && criteria.length > 0
      ? criteria.reduce<Decimal>((sum, c) => sum.plus(c.weight!), new Decimal(0))
      : null;
  return {
    criteria,
    findings,
    points,
    sole,
    total,
    missing,
    list: total === null ? '' : weightList(criteria),
  };
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
  /** The own block worked out, when it already is (the tender's, which its lots share). */
  readonly resolved?: ResolvedCriteria | undefined;
  /** The tender's criteria worked out, which apply when a lot has none of its own. */
  readonly inherited: ResolvedCriteria | null;
  /** Findings already met while reading the lot's shape. */
  readonly findings: readonly OcdsFinding[];
}

/**
 * Reads a lot's criteria and checks them as a whole. A lot that inherits the tender's criteria
 * shares them, and their own findings stay with the tender's entry (listed once). Internal to
 * the ocds area.
 */
export function readLot(source: LotSource): OcdsLotCriteria {
  const who = lotLabel(source.level, source.lot);
  const findings: OcdsFinding[] = source.findings.slice();
  const block = source.block;
  for (const each of block?.findings ?? []) findings.push(each);
  const inherits =
    (block === null || block.readings.length === 0) &&
    source.inherited !== null &&
    source.inherited.criteria.length > 0;
  if (inherits) {
    findings.push(
      finding(
        'no-award-criteria',
        'info',
        `${who} publishes no award criteria of its own; the tender's apply.`,
        source.path,
      ),
    );
  }
  const resolved = inherits ? source.inherited! : (source.resolved ?? resolveCriteria(block));
  const { criteria, total, missing, points } = resolved;
  if (points === 'converted') {
    findings.push(
      finding(
        'points-weight',
        'info',
        `${who} weighs its criteria in points that total 100; they were read as percentage points.`,
        source.path,
      ),
    );
  } else if (points !== null) {
    findings.push(
      finding(
        'points-weight',
        'warning',
        `${who} weighs ${countText(points.count)} of ${countText(criteria.length)} criteria in points (total ${exactText(points.total)}); points are read as percentage points only when every criterion is in points and they total 100.`,
        source.path,
      ),
    );
  }
  if (resolved.sole !== null) {
    findings.push(
      finding(
        'sole-criterion',
        'info',
        `${who} has one award criterion and no weight for it; as the only criterion it carries the whole score (100 points).`,
        resolved.sole,
      ),
    );
  }
  if (!inherits) for (const each of resolved.findings) findings.push(each);

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
        `${who}: the weights read sum to ${exactText(total)}, not 100 (${resolved.list}); ${
          // Fractions of the whole written as percentages (`percentageExact` 0.6 for 60%).
          total.eq(1)
            ? 'they look like fractions of the whole (0.6 for 60%, which OCDS writes as decimalExact), and are not read as percentage points'
            : 'some criteria may not be published'
        }.`,
        source.path,
      ),
    );
  }
  const complete = total?.eq(100) === true;
  const summary =
    criteria.length === 0
      ? `${who} has no readable award criteria.`
      : complete
        ? `${who}: ${resolved.list} (total 100).`
        : total !== null
          ? `${who}: the weights read sum to ${exactText(total)}, not 100.`
          : `${who}: ${countText(missing)} of ${countText(criteria.length)} criteria have no weight that could be read exactly.`;
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
