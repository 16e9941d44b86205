import { seal } from '../core/brand.js';
import { Decimal } from '../core/decimal.js';
import { idText } from '../core/id-text.js';
import { listed } from '../core/listing.js';
import { divide } from '../core/numeric-domain.js';
import { plural } from '../core/text.js';
import { percentText } from '../core/wording.js';
import { parseInput } from '../core/zod-error.js';
import { amountText } from './amount-text.js';
import { ONE } from './constants.js';
import { disqualification } from './disqualification.js';
import { checkUniqueBids } from './read-bids.js';
import { abnormallyLowOptionsSchema, pricedBidsSchema } from './schemas.js';
import type {
  AbnormallyLowCheck,
  AbnormallyLowFinding,
  AbnormallyLowLimits,
  AbnormallyLowOptions,
  AverageAbnormallyLowCheck,
  AverageAbnormallyLowFinding,
  AverageAbnormallyLowLimits,
  BidInput,
  DisqualificationReason,
  MedianAbnormallyLowCheck,
  MedianAbnormallyLowFinding,
  MedianAbnormallyLowLimits,
} from './types.js';

/** A bid's id and price, read. Internal. */
export type PricedBid = { readonly id: string; readonly price: Decimal };

/** Where the median test comes from: said in each of its sentences. */
const MEDIAN_SOURCE = "median test of the handbook's current glossary";

/**
 * The two tests of a finding in words, after the price: `£700,000.00 is more than 15% below
 * the adjusted average … below the lowest other price £1,000,000.00`.
 */
function abnormallyLowClause(finding: AbnormallyLowFinding, limits: AbnormallyLowLimits): string {
  const not = (met: boolean) => (met ? '' : 'not ');
  const first =
    finding.basis === 'median' && limits.basis === 'median'
      ? `${not(finding.belowMedian)}more than ${percentText(limits.belowMedianShare)} below the median price ${amountText(finding.medianPrice)} (limit ${amountText(finding.medianLimit)})`
      : finding.basis === undefined && limits.basis === undefined
        ? `${not(finding.belowAverage)}more than ${percentText(limits.belowAverageShare)} below the adjusted average ${amountText(finding.adjustedAverage)} (limit ${amountText(finding.averageLimit)})`
        : '';
  return (
    `${amountText(finding.price)} is ${first} ` +
    `and ${not(finding.beyondProximity)}more than the proximity margin ${amountText(finding.proximityMargin ?? new Decimal(0))} below the lowest other price ${amountText(finding.lowestOther ?? finding.price)}`
  );
}

/**
 * Why a flagged bid is out when the model excludes abnormally low prices: `A was excluded as
 * abnormally low: its price £700,000.00 is more than 15% below …`, frozen. Internal:
 * `evaluateTenders` writes it and `revive` writes it again to check a stored one.
 */
export function exclusionReason(
  finding: AbnormallyLowFinding,
  limits: AbnormallyLowLimits,
): DisqualificationReason {
  return disqualification(
    'abnormally-low',
    `${idText(finding.bid)} was excluded as abnormally low: its price ${abnormallyLowClause(finding, limits)}.`,
  );
}

/** The proximity margin: `proximityShare` of the lowest other price, within its limits. Internal. */
export function marginOf(lowestOther: Decimal, limits: AbnormallyLowLimits): Decimal {
  return Decimal.min(
    limits.proximityMax,
    Decimal.max(limits.proximityMin, lowestOther.times(limits.proximityShare)),
  );
}

function verdict(finding: AbnormallyLowFinding, limits: AbnormallyLowLimits): string {
  if (finding.lowestOther === null)
    return `${idText(finding.bid)} is the only priced bid: nothing to compare with.`;
  const outcome = finding.flagged ? 'potentially abnormally low' : 'not abnormally low';
  const source = limits.basis === 'median' ? ` (${MEDIAN_SOURCE})` : '';
  return `${idText(finding.bid)} at ${abnormallyLowClause(finding, limits)}: ${outcome}${source}.`;
}

/**
 * A bid's finding from its test's figures (`test`: the adjusted average and its limit, or the
 * median price and its limit, in the order the finding lists them) and the lowest
 * other price: below the test's exact limit (`under`; `below` names that flag) and beyond the
 * proximity margin, it is flagged. Frozen, with its sentence.
 */
/**
 * The median of prices in order, the middle two of an even count settled by `even`. Internal:
 * also the graduated price's median (score-bids.ts).
 */
export function medianOf(
  sorted: readonly Decimal[],
  even: 'mean-of-middle-two' | 'lower-middle' | 'upper-middle',
): Decimal {
  const middle = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[middle]!;
  const lower = sorted[middle - 1]!;
  const upper = sorted[middle]!;
  if (even === 'lower-middle') return lower;
  if (even === 'upper-middle') return upper;
  // Half a decimal is exact: the median is no division, so the score made from it is one.
  return lower.plus(upper).times(0.5);
}

function findingOf(
  bid: PricedBid,
  lowestOther: Decimal | null,
  limits: AbnormallyLowLimits,
  below: 'belowAverage' | 'belowMedian',
  test: { readonly [figure: string]: unknown },
  under: boolean,
): AbnormallyLowFinding {
  const proximityMargin = lowestOther === null ? null : marginOf(lowestOther, limits);
  const beyondProximity = lowestOther?.minus(bid.price).gt(proximityMargin ?? 0) === true;
  const flagged = under && beyondProximity;
  const finding = {
    code:
      lowestOther === null ? 'no-other-price' : flagged ? 'abnormally-low' : 'not-abnormally-low',
    severity: flagged ? 'warning' : 'info',
    message: '',
    bid: bid.id,
    price: bid.price,
    flagged,
    ...test,
    lowestOther,
    proximityMargin,
    [below]: under,
    beyondProximity,
  } as unknown as AbnormallyLowFinding;
  return Object.freeze({ ...finding, message: verdict(finding, limits) });
}

/**
 * The average test, in one pass: the highest price, the sum, and the two lowest prices give
 * every bid's adjusted average and lowest other price, as the definition (each bid against all
 * the others) does.
 */
function averageFindings(
  bids: readonly PricedBid[],
  limits: AverageAbnormallyLowLimits,
): AverageAbnormallyLowFinding[] {
  let sum = new Decimal(0);
  let highest = bids[0]!.price;
  let lowestIndex = 0;
  for (let index = 0; index < bids.length; index += 1) {
    const price = bids[index]!.price;
    sum = sum.plus(price);
    if (price.gt(highest)) highest = price;
    if (price.lt(bids[lowestIndex]!.price)) lowestIndex = index;
  }
  // The lowest price of the bids other than the (first) lowest.
  let second: Decimal | null = null;
  bids.forEach((bid, index) => {
    if (index !== lowestIndex && (second === null || bid.price.lt(second))) second = bid.price;
  });
  const lowest = bids[lowestIndex]!.price;
  const others = bids.length - 1;
  const adjusted = others === 0 ? highest : sum.minus(highest);
  const adjustedAverage = others === 0 ? highest : divide(adjusted, others);
  const averageLimit = adjustedAverage.times(ONE.minus(limits.belowAverageShare));
  // A price is compared with the exact limit, before its division: 70% below 2,000,000 ÷ 3 is
  // 200,000, which the limit shown (from the average rounded to 34 digits) passes by 1e-29.
  const limit = adjusted.times(ONE.minus(limits.belowAverageShare));
  return bids.map((bid, index) =>
    findingOf(
      bid,
      index === lowestIndex ? second : lowest,
      limits,
      'belowAverage',
      { adjustedAverage, averageLimit },
      bid.price.times(others || 1).lt(limit),
    ),
  ) as AverageAbnormallyLowFinding[];
}

/**
 * The median test: each price against the median of all the prices (the mean of the two middle
 * ones when they are even in number), put in order once; the same figures for every bid.
 */
function medianFindings(
  bids: readonly PricedBid[],
  limits: MedianAbnormallyLowLimits,
): MedianAbnormallyLowFinding[] {
  const sorted = bids.map((bid) => bid.price).sort((a, b) => a.comparedTo(b));
  const medianPrice = medianOf(sorted, 'mean-of-middle-two');
  const medianLimit = medianPrice.times(ONE.minus(limits.belowMedianShare));
  const lowest = sorted[0]!;
  const second = sorted[1] ?? null;
  return bids.map((bid) =>
    // The lowest other price: the second lowest for (one of) the lowest, else the lowest.
    findingOf(
      bid,
      bid.price.eq(lowest) ? second : lowest,
      limits,
      'belowMedian',
      { basis: 'median', medianPrice, medianLimit },
      bid.price.lt(medianLimit),
    ),
  ) as MedianAbnormallyLowFinding[];
}

/**
 * The abnormally low findings of priced bids by the test of `limits` (already checked), one
 * per bid in input order, frozen. Internal.
 */
export function findAbnormallyLow(
  bids: readonly PricedBid[],
  limits: AbnormallyLowLimits,
): AbnormallyLowFinding[] {
  if (bids.length === 0) return [];
  return limits.basis === 'median' ? medianFindings(bids, limits) : averageFindings(bids, limits);
}

/**
 * Flags potentially abnormally low prices, by the rules of the Scottish Government's
 * Construction Procurement Handbook (chapter 8 and glossary). By default with the average test
 * of its first edition (2018): a price is flagged when it is more than 15% below the adjusted average
 * price (the mean of all prices without the highest) **and** more than the proximity margin
 * below the lowest other price (1% of it, kept between £1,000 and £100,000). With
 * `basis: 'median'`, the test of the handbook's current glossary: more than 15% below the median
 * price (`belowMedianShare`; 85% of the median is its "adjusted median boundary"), with the same
 * proximity margin. Every limit can be changed; shares are fractions (0.15 for 15%). A flagged
 * tender must be asked to explain its price before it is excluded. Either test takes one pass
 * over the prices (the median test puts them in order once), however many there are.
 *
 * @param bids - Each bid's id and price (above 0): the bids given to `evaluateTenders`
 * can be given as they are, typed as there ({@link BidInput}; their responses are checked for
 * shape as there, and not used). A bid without a price cannot be compared: it is refused.
 * @param options - The test (`basis`: `'average'` or `'median'`) and the limits:
 * `belowAverageShare` or `belowMedianShare` (0.15), `proximityShare` (0.01), `proximityMin`
 * (1000), `proximityMax` (100000).
 * @returns `{ kind: 'abnormally-low-check', findings, flagged, summary, … }`: one finding per
 * bid, in input order, with the figures of both tests; frozen.
 * @throws SocialValueError `invalid-input` for a missing or bad price (`bids[5].price`:
 * `missing: expected a price above 0 …`) or option (`options.belowAverageShare`:
 * a share above 1 is refused with the fraction it probably meant; the share of the other test
 * is refused with the one expected); `duplicate-bid` for an id used twice.
 *
 * @example
 * ```ts
 * import { flagAbnormallyLow } from 'social-value';
 *
 * const bids = [
 *   { id: 'A', price: 800000 },
 *   { id: 'B', price: 1000000 },
 *   { id: 'C', price: 1050000 },
 *   { id: 'D', price: 1100000 },
 *   { id: 'E', price: 1300000 },
 * ];
 * const check = flagAbnormallyLow(bids);
 * check.flagged; // => ['A']
 * check.adjustedAverage?.toString(); // => '987500'
 * check.findings[0]?.code; // => 'abnormally-low'
 *
 * const byMedian = flagAbnormallyLow(bids, { basis: 'median' });
 * byMedian.medianPrice?.toString(); // => '1050000'
 * byMedian.medianLimit?.toString(); // => '892500'
 * byMedian.flagged; // => ['A']
 * ```
 */
export function flagAbnormallyLow(
  bids: readonly BidInput[],
  options: AbnormallyLowOptions & { readonly basis: 'median' },
): MedianAbnormallyLowCheck;
export function flagAbnormallyLow(
  bids: readonly BidInput[],
  options?: AbnormallyLowOptions & { readonly basis?: 'average' | undefined },
): AverageAbnormallyLowCheck;
export function flagAbnormallyLow(
  bids: readonly BidInput[],
  options?: AbnormallyLowOptions,
): AbnormallyLowCheck;
export function flagAbnormallyLow(
  bids: readonly BidInput[],
  options?: AbnormallyLowOptions,
): AbnormallyLowCheck {
  const parsed = parseInput(pricedBidsSchema(), bids, 'bids', ['bids']);
  checkUniqueBids(parsed, ['bids']);
  const limits = parseInput(
    abnormallyLowOptionsSchema(),
    options === undefined ? {} : options,
    'options',
    ['options'],
  ) as AbnormallyLowLimits;
  return abnormallyLowCheck(parsed, limits);
}

/**
 * The check of priced bids by the test of `limits` (both already read): its findings, the
 * flagged ids, the test's figures and the summary, sealed. Internal: `revive` works a stored
 * check out again with it.
 */
export function abnormallyLowCheck(
  bids: readonly PricedBid[],
  limits: AbnormallyLowLimits,
): AbnormallyLowCheck {
  const findings = findAbnormallyLow(bids, limits);
  const flagged = findings.filter((finding) => finding.flagged).map((finding) => finding.bid);
  const test = limits.basis === 'median' ? ' by the median test' : '';
  const summary =
    findings.length === 0
      ? 'No prices to check.'
      : flagged.length === 0
        ? `None of ${plural(findings.length, 'price')} is potentially abnormally low${test}.`
        : `${listed(flagged.map(idText))} ${flagged.length === 1 ? 'is' : 'are'} potentially abnormally low${test} (of ${plural(findings.length, 'price')}): ask for an explanation before any exclusion.`;
  // Either test's figures are the same for every bid: the check gives them once.
  const first = findings[0];
  const figures =
    limits.basis === 'median'
      ? { medianPrice: first?.medianPrice ?? null, medianLimit: first?.medianLimit ?? null }
      : {
          adjustedAverage: first?.adjustedAverage ?? null,
          averageLimit: first?.averageLimit ?? null,
        };
  return seal(
    {
      kind: 'abnormally-low-check',
      schemaVersion: 1,
      limits,
      ...figures,
      findings,
      flagged,
      summary,
    } as AbnormallyLowCheck,
    'abnormally-low-check',
  );
}
