import DecimalJs from 'decimal.js';
import { bench, describe } from 'vitest';
import {
  type BidInput,
  defineEvaluation,
  evaluateTenders,
  type TenderEvaluation,
  weightSensitivity,
} from '../src/index.js';

// Tender evaluation against baselines in the same process (issue #13):
// - the SAME-SCORES baseline computes, directly with decimal.js, every figure the library
//   returns: each criterion's score share and weighted score (divisions to 34 significant
//   digits, weighted scores as `lowest × weight ÷ price` as the library does), the totals (the
//   weighted scores added as exact fractions and divided once, as the library does), the
//   order and the competition ranks with ties (and the tie-break keys where the model has
//   rules, added the same way). It does not validate, explain or freeze: the ratio is the price
//   of that;
// - the BARE baseline (kept from 0.1) divides once per criterion at 40 digits and sums.
// Each group ends with a line that runs the pairs interleaved (rotating order, several rounds)
// and prints CPU-time ratios (process.cpuUsage), the median of the rounds: these machines are
// shared, so wall time alone misleads. Run: npx vitest bench --run bench/evaluation.bench.ts
// (the figures in docs/performance.md come from that command).

const Bare = DecimalJs.clone({ precision: 40 });
/** Sums and products as the library keeps them: exact (200 digits). */
const Exact = DecimalJs.clone({ precision: 200, rounding: DecimalJs.ROUND_HALF_UP });
/** Divisions as the library makes them: 34 significant digits, half-up. */
const Quotient = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_UP });
const divide = (a: DecimalJs, b: DecimalJs) => new Exact(new Quotient(a).div(b));
/**
 * Fractions as the library adds them, exactly: the bench's figures (prices of 6 digits, weights
 * of 2) keep every product of denominators far inside the 200-digit class.
 */
type Fraction = readonly [numerator: DecimalJs, denominator: DecimalJs];
const fraction = (n: DecimalJs, d: DecimalJs): Fraction => [n, d];
/** `a + b × scale`, exactly. */
function add([an, ad]: Fraction, [bn, bd]: Fraction, scale: DecimalJs | number = 1): Fraction {
  const n = scale === 1 ? bn : bn.times(scale);
  if (n.isZero()) return [an, ad];
  if (an.isZero()) return [n, bd];
  return ad.eq(bd) ? [an.plus(n), ad] : [an.times(bd).plus(n.times(ad)), ad.times(bd)];
}
const quotientOf = ([an, ad]: Fraction, [bn, bd]: Fraction) => divide(an.times(bd), ad.times(bn));

const QUALITY = ['q1', 'q2', 'q3', 'q4'] as const;
const WEIGHTS = { price: 30, q1: 15, q2: 15, q3: 15, q4: 15, sv: 10 } as const;
const WEIGHT_LIST = Object.values(WEIGHTS).map((weight) => new Exact(weight));

function criteriaOf() {
  return [
    {
      id: 'price',
      kind: 'price' as const,
      weight: WEIGHTS.price,
      scoring: { method: 'relative-to-lowest' as const },
    },
    ...QUALITY.map((id) => ({
      id,
      kind: 'quality' as const,
      weight: WEIGHTS[id],
      scoring: { method: 'scale' as const, scale: '0-5' as const },
    })),
    {
      id: 'sv',
      kind: 'social-value' as const,
      weight: WEIGHTS.sv,
      scoring: { method: 'relative-to-highest' as const },
    },
  ];
}
const model = defineEvaluation({ criteria: criteriaOf() });
const tieBreakModel = defineEvaluation({
  criteria: criteriaOf(),
  tieBreak: ['higher-quality', 'lower-price'],
});

function makeBids(count: number, seed: number): BidInput[] {
  return Array.from({ length: count }, (_, index) => {
    const n = seed * 131 + index * 7919;
    return {
      id: `bid-${index}`,
      price: String(500_000 + (n % 400_000)),
      responses: {
        q1: n % 6,
        q2: (n >> 1) % 6,
        q3: (n >> 2) % 6,
        q4: (n >> 3) % 6,
        sv: String((n * 31) % 250_000),
      },
    };
  });
}
/** Every bid the same: one tie of them all, which no tie-break rule separates. */
function tiedBids(count: number): BidInput[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `bid-${index}`,
    price: '750000',
    responses: { q1: 3, q2: 4, q3: 2, q4: 5, sv: '125000' },
  }));
}

const tenders = Array.from({ length: 10_000 }, (_, seed) => makeBids(8, seed));
const untied1000 = makeBids(1000, 7);
const tied1000 = tiedBids(1000);
const sensitivity100 = makeBids(100, 42);
const sensitivity1000 = makeBids(1000, 42);

// ---------------------------------------------------------------------------------------------
// The bare baseline (0.1's): shares at 40 digits and the total.

function bareScores(bids: readonly BidInput[]) {
  const rows = bids.map((bid) => {
    const responses = bid.responses as Record<string, number | string>;
    return {
      id: bid.id,
      price: new Bare(bid.price as string),
      marks: QUALITY.map((id) => new Bare(responses[id]!)),
      sv: new Bare(responses.sv!),
    };
  });
  let lowest = rows[0]!.price;
  let highest = rows[0]!.sv;
  for (const row of rows) {
    if (row.price.lt(lowest)) lowest = row.price;
    if (row.sv.gt(highest)) highest = row.sv;
  }
  const weights = Object.values(WEIGHTS);
  const scored = rows.map((row) => {
    const shares = [
      lowest.dividedBy(row.price),
      ...row.marks.map((mark) => mark.dividedBy(5)),
      highest.isZero() ? new Bare(0) : row.sv.dividedBy(highest),
    ];
    let total = new Bare(0);
    shares.forEach((share, index) => {
      total = total.plus(share.times(weights[index]!));
    });
    return { id: row.id, shares, total };
  });
  return scored.sort((a, b) => b.total.comparedTo(a.total));
}

// ---------------------------------------------------------------------------------------------
// The same-scores baseline: every figure of the result, written directly with decimal.js.

const ONE = new Exact(1);
const FIVE = new Exact(5);
const ZERO = new Exact(0);

interface Scored {
  id: string;
  price: DecimalJs;
  shares: DecimalJs[];
  weighted: DecimalJs[];
  /** Each share and weighted score as a fraction, and the total's. */
  shareFractions: Fraction[];
  weightedFractions: Fraction[];
  totalFraction: Fraction;
  total: DecimalJs;
  quality: DecimalJs | null;
  rank: number;
}

/**
 * share = n ÷ d within [0, 1]; weighted = n × weight ÷ d (exact when the division is); and the
 * two as fractions (n ÷ d is within [0, 1] for every criterion here).
 */
function scoreOf(
  n: DecimalJs,
  d: DecimalJs,
  weight: DecimalJs,
): [DecimalJs, DecimalJs, Fraction, Fraction] {
  const raw = divide(n, d);
  const share = raw.gt(ONE) ? ONE : raw.isNegative() ? ZERO : raw;
  return [
    share,
    share.eq(ONE) || share.isZero() ? share.times(weight) : divide(n.times(weight), d),
    fraction(n, d),
    fraction(n.times(weight), d),
  ];
}
const NONE = fraction(ZERO, ONE);
type Pair = ReturnType<typeof scoreOf>;

function sameScores(bids: readonly BidInput[], tieBreak: boolean): Scored[] {
  const rows = bids.map((bid) => {
    const responses = bid.responses as Record<string, number | string>;
    return {
      id: bid.id,
      price: new Exact(bid.price as string),
      marks: QUALITY.map((id) => new Exact(responses[id]!)),
      sv: new Exact(responses.sv!),
    };
  });
  let lowest = rows[0]!.price;
  let highest = rows[0]!.sv;
  for (const row of rows) {
    if (row.price.lt(lowest)) lowest = row.price;
    if (row.sv.gt(highest)) highest = row.sv;
  }
  const scored: Scored[] = rows.map((row) => {
    const pairs = [
      scoreOf(lowest, row.price, WEIGHT_LIST[0]!),
      ...row.marks.map((mark, index) => scoreOf(mark, FIVE, WEIGHT_LIST[index + 1]!)),
      highest.isZero()
        ? ([ZERO, ZERO, NONE, NONE] as Pair)
        : scoreOf(row.sv, highest, WEIGHT_LIST[5]!),
    ];
    // The total as one fraction over price × 5 × highest offer, divided once.
    let marks = ZERO;
    row.marks.forEach((mark, index) => {
      marks = marks.plus(mark.times(WEIGHT_LIST[index + 1]!));
    });
    const offer = highest.isZero() ? ONE : highest;
    const offered = highest.isZero() ? ZERO : row.sv.times(WEIGHT_LIST[5]!);
    const total: Fraction = [
      lowest
        .times(WEIGHT_LIST[0]!)
        .times(FIVE)
        .times(offer)
        .plus(marks.times(row.price).times(offer))
        .plus(offered.times(row.price).times(FIVE)),
      row.price.times(FIVE).times(offer),
    ];
    const quality = tieBreak ? divide(marks, FIVE) : null;
    return {
      id: row.id,
      price: row.price,
      shares: pairs.map((pair) => pair[0]),
      weighted: pairs.map((pair) => pair[1]),
      shareFractions: pairs.map((pair) => pair[2]),
      weightedFractions: pairs.map((pair) => pair[3]),
      totalFraction: total,
      total: divide(total[0], total[1]),
      quality,
      rank: 0,
    };
  });
  const byRules = (a: Scored, b: Scored) =>
    tieBreak ? b.quality!.comparedTo(a.quality!) || a.price.comparedTo(b.price) : 0;
  scored.sort(
    (a, b) =>
      b.total.comparedTo(a.total) || byRules(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  // Competition ranks: equal on the total and every rule share a rank.
  scored.forEach((bid, index) => {
    const previous = scored[index - 1];
    bid.rank =
      previous?.total.eq(bid.total) && byRules(previous, bid) === 0 ? previous.rank : index + 1;
  });
  return scored;
}

/** Same-figures weight sensitivity: the evaluation, then each criterion's crossing points. */
function sameSensitivity(bids: readonly BidInput[]) {
  const scored = sameScores(bids, false);
  const winner = scored[0]!;
  const HUNDRED = new Exact(100);
  return WEIGHT_LIST.map((weight, c) => {
    let from = ZERO;
    let to = HUNDRED;
    let below: string | null = null;
    let above: string | null = null;
    // Each total as (alpha + beta × w) ÷ (100 − weight), in fractions of the exact scores: one
    // division, the crossing point's.
    const line = (bid: Scored) => {
      const rest = add(bid.totalFraction, bid.weightedFractions[c]!, -1);
      const [sn, sd] = bid.shareFractions[c]!;
      return {
        alpha: [rest[0].times(HUNDRED), rest[1]] as const,
        beta: add([sn.times(HUNDRED.minus(weight)), sd], rest, -1),
      };
    };
    const w = line(winner);
    for (const other of scored.slice(1)) {
      const o = line(other);
      const a = add(w.alpha, o.alpha, -1);
      const m = add(w.beta, o.beta, -1);
      if (m[0].isZero()) continue;
      const root = quotientOf([a[0].negated(), a[1]], m);
      if (m[0].isPositive() && root.gt(from)) {
        from = root;
        below = other.id;
      }
      if (m[0].isNegative() && root.lt(to)) {
        to = root;
        above = other.id;
      }
    }
    return { from, to, below, above };
  });
}

// ---------------------------------------------------------------------------------------------
// The baselines must compute the library's figures: checked once, before any timing.

function checkSame(result: TenderEvaluation, scored: readonly Scored[], what: string): void {
  const same =
    result.ranking.length === scored.length &&
    result.ranking.every((bid, index) => {
      const mine = scored[index]!;
      return (
        bid.bid === mine.id &&
        bid.rank === mine.rank &&
        bid.total.eq(mine.total) &&
        bid.criteria.every(
          (score, c) =>
            score.scoreShare.eq(mine.shares[c]!) && score.weightedScore.eq(mine.weighted[c]!),
        )
      );
    });
  if (!same) throw new Error(`bench: the same-scores baseline differs from the library (${what})`);
}
for (const bids of tenders.slice(0, 50)) {
  checkSame(evaluateTenders(model, bids), sameScores(bids, false), 'tenders');
}
checkSame(evaluateTenders(tieBreakModel, untied1000), sameScores(untied1000, true), 'untied');
checkSame(evaluateTenders(tieBreakModel, tied1000), sameScores(tied1000, true), 'tied');
{
  const mine = sameSensitivity(sensitivity100);
  const theirs = weightSensitivity(model, sensitivity100);
  const same = theirs.criteria.every(
    (entry, c) => entry.range?.from.eq(mine[c]!.from) && entry.range.to.eq(mine[c]!.to),
  );
  if (!same) throw new Error('bench: the sensitivity baseline differs from the library');
}

// ---------------------------------------------------------------------------------------------
// CPU-time ratios, interleaved.

type Runs = Record<string, () => void>;

function cpuOf(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * Runs every line once per round, in an order that rotates from round to round, and prints
 * each line's median CPU time and the median of the per-round ratios asked for.
 */
function printRatios(
  title: string,
  runs: Runs,
  ratios: readonly (readonly [string, string])[],
  rounds: number,
): void {
  const names = Object.keys(runs);
  const times = new Map(names.map((name) => [name, [] as number[]]));
  for (const name of names) runs[name]!(); // warm-up
  for (let round = 0; round < rounds; round += 1) {
    for (let step = 0; step < names.length; step += 1) {
      const name = names[(round + step) % names.length]!;
      times.get(name)!.push(cpuOf(runs[name]!));
    }
  }
  const lines = [`\n${title} (CPU time, median of ${rounds} interleaved rounds)`];
  for (const name of names) lines.push(`  ${name}: ${median(times.get(name)!).toFixed(1)} ms`);
  for (const [over, under] of ratios) {
    const perRound = times.get(over)!.map((time, round) => time / times.get(under)![round]!);
    lines.push(`  ${over} / ${under}: ${median(perRound).toFixed(2)}×`);
  }
  console.log(lines.join('\n'));
}

/**
 * A bench line that measures the ratios and prints them, on its first call only (vitest calls a
 * bench more than once whatever its options; the later calls do nothing).
 */
function ratioLine(
  title: string,
  runs: Runs,
  ratios: readonly (readonly [string, string])[],
  rounds: number,
) {
  let done = false;
  bench(
    `CPU-time ratios, ${rounds} interleaved rounds (printed)`,
    () => {
      if (!done) printRatios(title, runs, ratios, rounds);
      done = true;
    },
    { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
}

const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };

const manyTenders: Runs = {
  evaluateTenders: () => {
    for (const bids of tenders) evaluateTenders(model, bids);
  },
  'same-scores baseline': () => {
    for (const bids of tenders) sameScores(bids, false);
  },
  'bare baseline': () => {
    for (const bids of tenders) bareScores(bids);
  },
};

describe('evaluate 10,000 tenders × 8 bids × 6 criteria', () => {
  for (const [name, run] of Object.entries(manyTenders)) bench(name, run, once);
  ratioLine(
    '10,000 tenders × 8 bids × 6 criteria',
    manyTenders,
    [
      ['evaluateTenders', 'same-scores baseline'],
      ['evaluateTenders', 'bare baseline'],
      ['same-scores baseline', 'bare baseline'],
    ],
    5,
  );
});

const oneTender: Runs = {
  'evaluateTenders, 1,000 bids all tied': () => evaluateTenders(tieBreakModel, tied1000),
  'evaluateTenders, 1,000 bids untied': () => evaluateTenders(tieBreakModel, untied1000),
  'same-scores baseline, tied': () => sameScores(tied1000, true),
  'same-scores baseline, untied': () => sameScores(untied1000, true),
};

describe('one tender of 1,000 bids, all tied or untied (tie-break: quality, then price)', () => {
  for (const [name, run] of Object.entries(oneTender)) bench(name, run);
  ratioLine(
    'one tender of 1,000 bids',
    oneTender,
    [
      ['evaluateTenders, 1,000 bids all tied', 'evaluateTenders, 1,000 bids untied'],
      ['evaluateTenders, 1,000 bids all tied', 'same-scores baseline, tied'],
      ['evaluateTenders, 1,000 bids untied', 'same-scores baseline, untied'],
    ],
    15,
  );
});

const sensitivity: Runs = {
  'weightSensitivity, 100 bids': () => weightSensitivity(model, sensitivity100),
  'same-figures baseline, 100 bids': () => sameSensitivity(sensitivity100),
  'weightSensitivity, 1,000 bids': () => weightSensitivity(model, sensitivity1000),
  'same-figures baseline, 1,000 bids': () => sameSensitivity(sensitivity1000),
};

describe('weight sensitivity, 100 and 1,000 bids × 6 criteria', () => {
  for (const [name, run] of Object.entries(sensitivity)) bench(name, run);
  ratioLine(
    'weight sensitivity',
    sensitivity,
    [
      ['weightSensitivity, 100 bids', 'same-figures baseline, 100 bids'],
      ['weightSensitivity, 1,000 bids', 'same-figures baseline, 1,000 bids'],
    ],
    15,
  );
});
