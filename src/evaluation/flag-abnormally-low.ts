import { seal } from '../core/brand.js';
import { Decimal, type Numeric } from '../core/decimal.js';
import { listed } from '../core/listing.js';
import { divide } from '../core/numeric-domain.js';
import { plural } from '../core/text.js';
import { moneyText, percentText } from '../core/wording.js';
import { parseInput } from '../core/zod-error.js';
import { checkUniqueBids } from './read-bids.js';
import { abnormallyLowOptionsSchema, pricedBidsSchema } from './schemas.js';
import type {
  AbnormallyLowCheck,
  AbnormallyLowFinding,
  AbnormallyLowLimits,
  AbnormallyLowOptions,
} from './types.js';

const ONE = new Decimal(1);

/**
 * The two tests of a finding in words, after the price: `£700,000.00 is more than 15% below
 * the adjusted average … below the lowest other price £1,000,000.00`. Internal.
 */
export function abnormallyLowClause(
  finding: AbnormallyLowFinding,
  limits: AbnormallyLowLimits,
): string {
  const not = (met: boolean) => (met ? '' : 'not ');
  return (
    `${moneyText(finding.price)} is ${not(finding.belowAverage)}more than ${percentText(limits.belowAverageShare)} below the adjusted average ${moneyText(finding.adjustedAverage)} (limit ${moneyText(finding.averageLimit)}) ` +
    `and ${not(finding.beyondProximity)}more than the proximity margin ${moneyText(finding.proximityMargin ?? new Decimal(0))} below the lowest other price ${moneyText(finding.lowestOther ?? finding.price)}`
  );
}

/**
 * The abnormally low findings of priced bids, limits already checked, in one pass: the highest
 * price, the sum, and the two lowest prices give every bid's adjusted average and lowest other
 * price, as the definition (each bid against all the others) does. Internal.
 */
export function findAbnormallyLow(
  bids: readonly { readonly id: string; readonly price: Decimal }[],
  limits: AbnormallyLowLimits,
): AbnormallyLowFinding[] {
  if (bids.length === 0) return [];
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
  const adjustedAverage = bids.length === 1 ? highest : divide(sum.minus(highest), bids.length - 1);
  const averageLimit = adjustedAverage.times(ONE.minus(limits.belowAverageShare));
  return bids.map((bid, index) => {
    const lowestOther = index === lowestIndex ? second : lowest;
    const proximityMargin =
      lowestOther === null
        ? null
        : Decimal.min(
            limits.proximityMax,
            Decimal.max(limits.proximityMin, lowestOther.times(limits.proximityShare)),
          );
    const belowAverage = bid.price.lt(averageLimit);
    const beyondProximity = lowestOther?.minus(bid.price).gt(proximityMargin ?? 0) === true;
    const flagged = belowAverage && beyondProximity;
    const finding = {
      code:
        lowestOther === null ? 'no-other-price' : flagged ? 'abnormally-low' : 'not-abnormally-low',
      severity: flagged ? 'warning' : 'info',
      message: '',
      bid: bid.id,
      price: bid.price,
      flagged,
      adjustedAverage,
      averageLimit,
      lowestOther,
      proximityMargin,
      belowAverage,
      beyondProximity,
    } satisfies AbnormallyLowFinding;
    return {
      ...finding,
      message:
        lowestOther === null
          ? `${bid.id} is the only priced bid: nothing to compare with.`
          : `${bid.id} at ${abnormallyLowClause(finding, limits)}: ${flagged ? 'potentially abnormally low' : 'not abnormally low'}.`,
    };
  });
}

/**
 * Flags potentially abnormally low prices with the rule of the Scottish Government's
 * Construction Procurement Handbook (chapter 8 and glossary, 2018): a price is flagged when it
 * is more than 15% below the adjusted average price (the mean of all prices without the
 * highest) **and** more than the proximity margin below the lowest other price (1% of it, kept
 * between £1,000 and £100,000). Every limit can be changed; shares are fractions (0.15 for
 * 15%). A flagged tender must be asked to explain its price before it is excluded. The check
 * takes one pass over the prices, however many there are.
 *
 * @param bids - Each bid's id and price (above 0).
 * @param options - The limits: `belowAverageShare` (0.15), `proximityShare` (0.01),
 * `proximityMin` (1000), `proximityMax` (100000).
 * @returns `{ kind: 'abnormally-low-check', findings, flagged, summary, … }`: one finding per
 * bid, in input order, with the figures of both tests; frozen.
 * @throws SocialValueError `invalid-input` for a bad price or option (`options.belowAverageShare`:
 * a share above 1 is refused with the fraction it probably meant); `duplicate-bid` for an id used
 * twice.
 *
 * @example
 * ```ts
 * import { flagAbnormallyLow } from 'social-value';
 *
 * const check = flagAbnormallyLow([
 *   { id: 'A', price: 800000 },
 *   { id: 'B', price: 1000000 },
 *   { id: 'C', price: 1050000 },
 *   { id: 'D', price: 1100000 },
 *   { id: 'E', price: 1300000 },
 * ]);
 * check.flagged; // => ['A']
 * check.adjustedAverage?.toString(); // => '987500'
 * check.findings[0]?.code; // => 'abnormally-low'
 * ```
 */
export function flagAbnormallyLow(
  bids: readonly { readonly id: string; readonly price: Numeric }[],
  options?: AbnormallyLowOptions,
): AbnormallyLowCheck {
  const parsed = parseInput(pricedBidsSchema(), bids, 'bids', ['bids']);
  checkUniqueBids(parsed, ['bids']);
  const limits = parseInput(
    abnormallyLowOptionsSchema(),
    options === undefined ? {} : options,
    'options',
    ['options'],
  );
  const findings = findAbnormallyLow(parsed, limits);
  const flagged = findings.filter((finding) => finding.flagged).map((finding) => finding.bid);
  const summary =
    findings.length === 0
      ? 'No prices to check.'
      : flagged.length === 0
        ? `None of ${plural(findings.length, 'price')} is potentially abnormally low.`
        : `${listed(flagged)} ${flagged.length === 1 ? 'is' : 'are'} potentially abnormally low (of ${plural(findings.length, 'price')}): ask for an explanation before any exclusion.`;
  return seal(
    {
      kind: 'abnormally-low-check',
      schemaVersion: 1,
      limits,
      adjustedAverage: findings[0]?.adjustedAverage ?? null,
      averageLimit: findings[0]?.averageLimit ?? null,
      findings,
      flagged,
      summary,
    },
    'abnormally-low-check',
  );
}
