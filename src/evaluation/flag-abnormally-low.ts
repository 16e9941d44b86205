import { Decimal, type Numeric } from '../core/decimal.js';
import { formatGBP } from '../core/format-gbp.js';
import { deepFreeze } from '../core/freeze.js';
import { sumDecimals } from '../core/sum.js';
import { parseInput } from '../core/zod-error.js';
import { abnormallyLowOptionsSchema, pricedBidsSchema } from './schemas.js';
import { show } from './score-leaf.js';
import type { AbnormallyLowFinding, AbnormallyLowLimits, AbnormallyLowOptions } from './types.js';
import { checkUniqueBids } from './unique-bids.js';

const ONE = new Decimal(1);

/** The abnormally low findings of priced bids, options already checked. Internal. */
export function findAbnormallyLow(
  bids: readonly { readonly id: string; readonly price: Decimal }[],
  limits: AbnormallyLowLimits,
): AbnormallyLowFinding[] {
  if (bids.length === 0) return [];
  const prices = bids.map((bid) => bid.price);
  const highest = Decimal.max(...prices);
  const highestIndex = prices.findIndex((price) => price.eq(highest));
  const rest = prices.filter((_, index) => index !== highestIndex);
  const adjustedAverage = rest.length === 0 ? highest : sumDecimals(rest).dividedBy(rest.length);
  const averageLimit = adjustedAverage.times(ONE.minus(limits.belowAverage));
  return bids.map((bid, index) => {
    const others = prices.filter((_, other) => other !== index);
    const lowestOther = others.length === 0 ? null : Decimal.min(...others);
    const proximityMargin =
      lowestOther === null
        ? null
        : Decimal.min(
            limits.proximityMax,
            Decimal.max(limits.proximityMin, lowestOther.times(limits.proximityShare)),
          );
    const belowAverage = bid.price.lt(averageLimit);
    const gap = lowestOther?.minus(bid.price);
    const beyondProximity = gap?.gt(proximityMargin ?? 0) === true;
    const flagged = belowAverage && beyondProximity;
    const explanation =
      lowestOther === null
        ? `${bid.id} is the only priced bid: nothing to compare with.`
        : `${bid.id} at ${formatGBP(bid.price)} is ${belowAverage ? '' : 'not '}more than ${show(limits.belowAverage.times(100))}% below the adjusted average ${formatGBP(adjustedAverage)} (limit ${formatGBP(averageLimit)}) and ${beyondProximity ? '' : 'not '}more than the proximity margin ${formatGBP(proximityMargin ?? 0)} below the lowest other price ${formatGBP(lowestOther)}: ${flagged ? 'potentially abnormally low' : 'not abnormally low'}.`;
    return {
      bid: bid.id,
      price: bid.price,
      flagged,
      adjustedAverage,
      averageLimit,
      lowestOther,
      proximityMargin,
      belowAverage,
      beyondProximity,
      explanation,
    };
  });
}

/**
 * Flags potentially abnormally low prices with the rule of the Scottish Government's
 * Construction Procurement Handbook (chapter 8 and glossary, 2018): a price is flagged when it
 * is more than 15% below the adjusted average price (the mean of all prices without the
 * highest) **and** more than the proximity margin below the lowest other price (1% of it, kept
 * between £1,000 and £100,000). Every limit can be changed. A flagged tender must be asked to
 * explain its price before it is excluded.
 *
 * @param bids - Each bid's id and price (above 0).
 * @param options - The limits: `belowAverage` (0.15), `proximityShare` (0.01),
 * `proximityMin` (1000), `proximityMax` (100000).
 * @returns One finding per bid, in input order, with the figures of both tests.
 * @throws SocialValueError `invalid-input` for a bad price; `duplicate-bid` for an id used
 * twice.
 *
 * @example
 * ```ts
 * import { flagAbnormallyLow } from 'social-value';
 *
 * const findings = flagAbnormallyLow([
 *   { id: 'A', price: 800000 },
 *   { id: 'B', price: 1000000 },
 *   { id: 'C', price: 1050000 },
 *   { id: 'D', price: 1100000 },
 *   { id: 'E', price: 1300000 },
 * ]);
 * findings.filter((finding) => finding.flagged).map((finding) => finding.bid); // => ['A']
 * findings[0]?.adjustedAverage.toString(); // => '987500'
 * ```
 */
export function flagAbnormallyLow(
  bids: readonly { readonly id: string; readonly price: Numeric }[],
  options: AbnormallyLowOptions = {},
): readonly AbnormallyLowFinding[] {
  const parsed = parseInput(pricedBidsSchema, bids, 'bids', ['bids']);
  checkUniqueBids(parsed);
  const limits = parseInput(abnormallyLowOptionsSchema, options, 'abnormally low options', [
    'options',
  ]);
  return deepFreeze(findAbnormallyLow(parsed, limits));
}
