import DecimalJs from 'decimal.js';
import { bench, describe } from 'vitest';
import {
  type BidInput,
  defineEvaluation,
  evaluateTenders,
  weightSensitivity,
} from '../src/index.js';

// 10,000 tenders × 8 bids × 6 criteria (price relative to lowest, four quality questions on
// 0–5, social value relative to the highest offer), and the weight sensitivity of one tender
// with 100 bids. Each against the same arithmetic written directly with decimal.js: the ratio
// is the cost of validation, explanations and frozen results.
const Baseline = DecimalJs.clone({ precision: 40 });
const QUALITY = ['q1', 'q2', 'q3', 'q4'] as const;
const WEIGHTS = { price: 30, q1: 15, q2: 15, q3: 15, q4: 15, sv: 10 } as const;

const model = defineEvaluation({
  criteria: [
    {
      id: 'price',
      kind: 'price',
      weight: WEIGHTS.price,
      scoring: { method: 'relative-to-lowest' },
    },
    ...QUALITY.map((id) => ({
      id,
      kind: 'quality' as const,
      weight: WEIGHTS[id],
      scoring: { method: 'scale' as const, scale: '0-5' as const },
    })),
    {
      id: 'sv',
      kind: 'social-value',
      weight: WEIGHTS.sv,
      scoring: { method: 'relative-to-highest' },
    },
  ],
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

const tenders = Array.from({ length: 10_000 }, (_, seed) => makeBids(8, seed));
const large = makeBids(100, 42);

interface Row {
  id: string;
  price: DecimalJs;
  marks: DecimalJs[];
  sv: DecimalJs;
}
const rowsOf = (bids: BidInput[]): Row[] =>
  bids.map((bid) => {
    const responses = bid.responses as Record<string, number | string>;
    return {
      id: bid.id,
      price: new Baseline(bid.price as string),
      marks: QUALITY.map((id) => new Baseline(responses[id]!)),
      sv: new Baseline(responses.sv!),
    };
  });

/** Per-criterion scores (shares) and the total, straight decimal.js. */
function baselineScores(rows: Row[]) {
  let lowest = rows[0]!.price;
  let highest = rows[0]!.sv;
  for (const row of rows) {
    if (row.price.lt(lowest)) lowest = row.price;
    if (row.sv.gt(highest)) highest = row.sv;
  }
  return rows.map((row) => {
    const shares = [
      lowest.dividedBy(row.price),
      ...row.marks.map((mark) => mark.dividedBy(5)),
      highest.isZero() ? new Baseline(0) : row.sv.dividedBy(highest),
    ];
    const weights = Object.values(WEIGHTS);
    let total = new Baseline(0);
    shares.forEach((share, index) => {
      total = total.plus(share.times(weights[index]!));
    });
    return { id: row.id, shares, total };
  });
}

// Each sample of the first pair takes seconds: few samples, one warm-up.
const slow = { time: 0, iterations: 4, warmupTime: 0, warmupIterations: 1 };

describe('evaluate 10,000 tenders × 8 bids × 6 criteria', () => {
  bench(
    'baseline: decimal.js directly',
    () => {
      for (const bids of tenders) {
        const scored = baselineScores(rowsOf(bids));
        scored.sort((a, b) => b.total.comparedTo(a.total));
      }
    },
    slow,
  );
  bench(
    'social-value: evaluateTenders',
    () => {
      for (const bids of tenders) evaluateTenders(model, bids);
    },
    slow,
  );
});

describe('weight sensitivity, 100 bids × 6 criteria', () => {
  bench('baseline: decimal.js directly', () => {
    const scored = baselineScores(rowsOf(large));
    scored.sort((a, b) => b.total.comparedTo(a.total));
    const winner = scored[0]!;
    const weights = Object.values(WEIGHTS).map((weight) => new Baseline(weight));
    weights.forEach((weight, c) => {
      let from = new Baseline(0);
      let to = new Baseline(100);
      const line = (bid: (typeof scored)[number]) => {
        const rest = bid.total
          .minus(bid.shares[c]!.times(weight))
          .dividedBy(new Baseline(100).minus(weight));
        return { alpha: rest.times(100), beta: bid.shares[c]!.minus(rest) };
      };
      const w = line(winner);
      for (const other of scored.slice(1)) {
        const o = line(other);
        const a = w.alpha.minus(o.alpha);
        const m = w.beta.minus(o.beta);
        if (m.isZero()) continue;
        const root = a.negated().dividedBy(m);
        if (m.isPositive() && root.gt(from)) from = root;
        if (m.isNegative() && root.lt(to)) to = root;
      }
    });
  });
  bench('social-value: weightSensitivity', () => {
    weightSensitivity(model, large);
  });
});
