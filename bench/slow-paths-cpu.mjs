// CPU time of four paths that were slow (docs/performance.md, "Four slow paths"), on a built
// package: the median of several rounds in one process. To compare two builds, run this on each
// in turn, alternating (these machines are shared), e.g. a worktree of the commit before:
//
//   npm run build
//   node bench/slow-paths-cpu.mjs reconcile [dist] [rows = 100000] [rounds = 3]
//   node bench/slow-paths-cpu.mjs what-if   [dist] [bids = 1000]   [rounds = 7]
//   node bench/slow-paths-cpu.mjs track     [dist] [lines = 1000]  [rounds = 3] [years = 40]
//   node bench/slow-paths-cpu.mjs policy    [dist] [links = 2000]  [rounds = 3]
//
// reconcile: `reconcilePledgeSheet` of rows that each have a finding (a slip by ten, a value
// mismatch, a missing answer, in turn), and `revive` of its JSON. what-if: `whatIf` (price 30 →
// 40 points) of the evaluation bench's model and bids, and `revive` of its JSON, beside
// `revive` of its two evaluations alone, `evaluateTenders` and its revive. track: `trackDelivery` of lines over a contract of `years`
// financial years, reported at its end. policy: a chain of policies, each including the one
// before and adding one rule, defined one by one; the last link alone; `revive` of the last.
import { resolve } from 'node:path';
import { cpuUsage } from 'node:process';
import { pathToFileURL } from 'node:url';

const [what = 'reconcile', dist = 'dist', size, rounds, extra] = process.argv.slice(2);
const sv = await import(pathToFileURL(resolve(dist, 'index.js')).href);
const ROUNDS = Number(rounds ?? (what === 'what-if' ? 7 : 3));
const cpu = (run) => {
  const start = cpuUsage();
  run();
  const used = cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
/** Each run's median CPU time in ms over the rounds, the runs interleaved, order rotating. */
function timed(runs) {
  const names = Object.keys(runs);
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) times[name].push(cpu(runs[name]));
  }
  return names.map((name) => `${name} ${median(times[name]).toFixed(1)} ms`).join(', ');
}

if (what === 'reconcile') {
  const count = Number(size ?? 100_000);
  const rows = Array.from({ length: count }, (_, i) => {
    const quantity = (i % 97) + 1;
    const proxy = ((i % 50) * 13.37 + 1).toFixed(2);
    const value = Number(proxy) * quantity;
    const kind = i % 3;
    return {
      measure: `M${i % 50}`,
      proxyValue: proxy,
      quantity: kind === 2 ? null : String(quantity),
      statedValue: kind === 0 ? (value * 10).toFixed(2) : (value + 3).toFixed(2),
    };
  });
  const options = { statedTotal: '1' };
  const json = JSON.parse(JSON.stringify(sv.reconcilePledgeSheet(rows, options)));
  console.log(
    `${count} rows: ${timed({
      reconcilePledgeSheet: () => sv.reconcilePledgeSheet(rows, options),
      revive: () => sv.revive(json, 'pledge-sheet-reconciliation'),
    })}`,
  );
} else if (what === 'what-if') {
  const count = Number(size ?? 1000);
  const quality = (id) => ({
    id,
    kind: 'quality',
    weight: 15,
    scoring: { method: 'scale', scale: '0-5' },
  });
  const model = sv.defineEvaluation({
    criteria: [
      { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
      ...['q1', 'q2', 'q3', 'q4'].map(quality),
      { id: 'sv', kind: 'social-value', weight: 10, scoring: { method: 'relative-to-highest' } },
    ],
  });
  const bids = Array.from({ length: count }, (_, index) => {
    const n = 7 * 131 + index * 7919;
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
  const changes = { weights: { price: 40 } };
  const json = JSON.parse(JSON.stringify(sv.whatIf(model, bids, changes)));
  const evaluation = JSON.parse(JSON.stringify(sv.evaluateTenders(model, bids)));
  console.log(
    `${count} bids: ${timed({
      whatIf: () => sv.whatIf(model, bids, changes),
      'revive what-if': () => sv.revive(json, 'what-if'),
      // What a what-if holds: two evaluations, each read back with every check.
      'revive its before and after': () => {
        sv.revive(json.before, 'tender-evaluation');
        sv.revive(json.after, 'tender-evaluation');
      },
      evaluateTenders: () => sv.evaluateTenders(model, bids),
      'revive evaluation': () => sv.revive(evaluation, 'tender-evaluation'),
    })}`,
  );
} else if (what === 'track') {
  const count = Number(size ?? 1000);
  const years = Number(extra ?? 40);
  const lines = Array.from({ length: count }, (_, i) => ({
    measure: `M${i}`,
    theme: 't',
    valueType: 'social',
    quantity: 10 + (i % 7),
    proxyValue: 100 + i,
  }));
  const deliveries = lines.map((line) => ({
    measure: line.measure,
    date: '2021-06-30',
    quantity: 3,
  }));
  const end = `${2020 + years}-03-31`;
  const options = { start: '2020-04-01', end, asOf: end };
  console.log(
    `${count} lines × ${years} years: ${timed({
      trackDelivery: () => sv.trackDelivery({ lines }, deliveries, options),
    })}`,
  );
} else if (what === 'policy') {
  const count = Number(size ?? 2000);
  const rule = (i) => ({
    id: `r${i}`,
    name: `Rule ${i}`,
    when: { minimumValue: { amount: 1000 + i, vatBasis: 'exclusive' } },
    outcome: { socialValue: 'required', minimumWeighting: { percent: 10, of: 'total' } },
  });
  const chain = (links) => {
    let policy;
    for (let i = 0; i < links; i += 1) {
      const include = policy === undefined ? {} : { include: [policy] };
      policy = sv.definePolicy({ id: `p${i}`, name: `P${i}`, ...include, rules: [rule(i)] });
    }
    return policy;
  };
  const before = chain(count - 1);
  const json = JSON.parse(JSON.stringify(chain(count)));
  const last = { id: 'x', name: 'X', include: [before], rules: [rule(count)] };
  console.log(
    `chain of ${count}: ${timed({
      'every link': () => chain(count),
      'the last link': () => sv.definePolicy(last),
      'revive the last': () => sv.revive(json, 'policy'),
    })}`,
  );
} else {
  console.error(`unknown path ${what}: reconcile, what-if, track or policy`);
  process.exit(2);
}
