// Gives the same hostile inputs to two builds of the package and prints every input whose
// outcome differs (the result's JSON, or the error's code, message and issues): a check that a
// change meant to keep behaviour (a schema rewritten for size or speed) kept it, word for word.
// Usage: node scripts/compare-builds.mjs <dist before> <dist after>
// It prints the first 15 differences and a count per call; SHOW=<call name> prints all of one call.
// (e.g. a worktree of the commit before, built with `npm run build`, against this one's dist).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [before, after] = process.argv.slice(2);
if (after === undefined) {
  console.error('usage: node scripts/compare-builds.mjs <dist before> <dist after>');
  process.exit(2);
}
const load = (dist) => import(pathToFileURL(resolve(dist, 'index.js')).href);
const [a, b] = await Promise.all([load(before), load(after)]);
const hostile = [
  undefined,
  null,
  true,
  'abc',
  '',
  '  ',
  '-1',
  -1,
  0,
  '1e400',
  'NaN',
  NaN,
  Infinity,
  12.5,
  0.5,
  '0.5',
  150,
  {},
  [],
  [1],
  new Map(),
  new Date(NaN),
  new Date('2026-01-01T00:00:00Z'),
  10n,
  '2026-02-30',
  '2026-01-01',
  'linaer',
  ['x'],
  { total: 5 },
];
const fwIn = {
  id: 'f',
  name: 'F',
  edition: '1',
  priceYear: 2026,
  themes: [
    { id: 'jobs', name: 'Jobs' },
    { id: 'env', name: 'Env' },
  ],
  measures: [
    { code: 'NT1', theme: 'jobs', title: 't', unit: 'u', proxyValue: '10', valueType: 'social' },
    {
      code: 'NT2',
      theme: 'env',
      title: 't2',
      unit: 'u',
      proxyValue: '5.5',
      valueType: 'environmental',
      maxYearsPerPerson: 2,
    },
  ],
};
const pledges = [
  {
    measure: 'NT1',
    quantity: 10,
    attributionShare: 0.5,
    tags: { site: 'A' },
    note: 'n',
    channel: 'internal',
    pledgerKind: 'officer',
    pledger: 'P',
    followUpOn: '2026-05-01',
    barriers: ['b'],
    effect: 'benefit',
  },
  { measure: 'NT2', years: { 2026: 3, 2027: '4' } },
];
const model = {
  name: 'M',
  criteria: [
    {
      id: 'quality',
      kind: 'quality',
      name: 'Q',
      weight: 60,
      scoring: { method: 'scale', scale: '0-5' },
      minimumMark: 2,
    },
    {
      id: 'price',
      kind: 'price',
      name: 'P',
      weight: 30,
      scoring: { method: 'relative-to-lowest' },
    },
    {
      id: 'sv',
      kind: 'social-value',
      name: 'S',
      weight: 10,
      scoring: { method: 'relative-to-highest' },
    },
  ],
  tieBreak: ['higher-quality', 'lower-price'],
};
const bids = [
  {
    id: 'A',
    price: '1000000',
    responses: { quality: { marks: [4, 4, 3], moderated: 4 }, sv: '50000' },
  },
  {
    id: 'B',
    price: '1200000',
    responses: { quality: { marks: [5, 5, 4], moderated: 5 }, sv: { total: '300000' } },
  },
];
const contract = {
  contractType: 'services',
  authority: 'sub-central',
  commencedOn: '2026-03-01',
  value: 500000,
  vatBasis: 'exclusive',
};
const policyIn = {
  id: 'p',
  name: 'P',
  rules: [
    {
      id: 'r',
      name: 'R',
      source: 'S',
      when: {
        minimumValue: { amount: 100000, vatBasis: 'exclusive' },
        commencedFrom: '2026-04-01',
      },
      outcome: {
        socialValue: 'required',
        minimumWeighting: { percent: 15, of: 'total' },
        maximumWeighting: { percent: 20, of: 'total' },
      },
    },
  ],
};
const deliveries = [{ measure: 'NT1', date: '2026-02-01', quantity: 2, verification: 'verified' }];
const trackOpts = { start: '2026-01-01', end: '2026-12-31', asOf: '2026-06-30', profile: 'linear' };
const series = [
  { year: 2026, value: '100' },
  { year: 2027, value: 110 },
];
const payments = [{ supplier: 'S', amount: '1000', postcode: 'PO1 1AA', date: '2026-01-05' }];
const templates = [
  ['defineFramework', (sv, x) => sv.defineFramework(x), fwIn],
  [
    'valuePledges',
    (sv, x) => sv.valuePledges(sv.defineFramework(fwIn), x, { contractValue: 1000 }),
    pledges,
  ],
  [
    'valuePledges options',
    (sv, x) => sv.valuePledges(sv.defineFramework(fwIn), pledges, x),
    { contractValue: '1000' },
  ],
  ['defineEvaluation', (sv, x) => sv.defineEvaluation(x), model],
  ['evaluateTenders', (sv, x) => sv.evaluateTenders(sv.defineEvaluation(model), x), bids],
  [
    'checkWeighting',
    (sv, x) => sv.checkWeighting(x, contract, sv.policies.ppn002),
    { price: 60, quality: 30, socialValue: 10 },
  ],
  ['requiresSocialValue', (sv, x) => sv.requiresSocialValue(x, sv.policies.statutory), contract],
  ['definePolicy', (sv, x) => sv.definePolicy(x), policyIn],
  [
    'trackDelivery',
    (sv, x) => sv.trackDelivery(sv.valuePledges(sv.defineFramework(fwIn), pledges), x, trackOpts),
    deliveries,
  ],
  [
    'trackDelivery options',
    (sv, x) => sv.trackDelivery(sv.valuePledges(sv.defineFramework(fwIn), pledges), deliveries, x),
    trackOpts,
  ],
  ['presentValue', (sv, x) => sv.presentValue(x), series],
  [
    'analyseSpend',
    (sv, x) => sv.analyseSpend(x, { locality: ['PO1-PO6'], localityName: 'P' }),
    payments,
  ],
  [
    'flagAbnormallyLow',
    (sv, x) => sv.flagAbnormallyLow(x),
    [
      { id: 'a', price: 100 },
      { id: 'b', price: 60 },
      { id: 'c', price: 110 },
    ],
  ],
  [
    'assessMaturity',
    (sv, x) => sv.assessMaturity(sv.svmiPublicSector, x, { label: 'P' }),
    {
      'policy-and-scope': 'leader',
      'measurement-toms': { met: ['measurement-toms.mature.1'] },
      commissioning: 'mature',
    },
  ],
  ['whatIf', (sv, x) => sv.whatIf(model, bids, x), { weights: { sv: 20, price: 20, quality: 60 } }],
  ['weightSensitivity', (sv, x) => sv.weightSensitivity(x, bids), model],
  [
    'revive valuation',
    (sv, x) => sv.revive(x),
    JSON.parse(JSON.stringify(a.valuePledges(a.defineFramework(fwIn), pledges))),
  ],
  [
    'revive evaluation',
    (sv, x) => sv.revive(x),
    JSON.parse(JSON.stringify(a.evaluateTenders(a.defineEvaluation(model), bids))),
  ],
  [
    'summarisePortfolio',
    (sv, x) => sv.summarisePortfolio(x),
    [
      {
        id: 'c1',
        report: JSON.parse(
          JSON.stringify(
            a.trackDelivery(
              a.valuePledges(a.defineFramework(fwIn), pledges),
              deliveries,
              trackOpts,
            ),
          ),
        ),
      },
    ],
  ],
];
function outcome(sv, fn, x) {
  try {
    return (
      'OK ' +
      JSON.stringify(fn(sv, x), (_k, v) =>
        typeof v === 'bigint' ? `${v}n` : v instanceof Map ? [...v] : v,
      )?.slice(0, 3000)
    );
  } catch (e) {
    return `ERR ${e.code ?? e.name} ${e.message} ${JSON.stringify(e.issues ?? null)}`;
  }
}
function* paths(x, at = []) {
  yield at;
  if (x !== null && typeof x === 'object')
    for (const k of Object.keys(x)) yield* paths(x[k], [...at, k]);
}
const clone = (x) => (x === undefined ? undefined : structuredClone(x));
function setAt(root, path, value, mode) {
  if (path.length === 0) return value;
  const copy = clone(root);
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k];
  const last = path.at(-1);
  if (mode === 'delete') delete node[last];
  else if (mode === 'typo') {
    node[`${last}x`] = node[last];
    delete node[last];
  } else if (mode === 'extra' && node[last] !== null && typeof node[last] === 'object')
    Object.defineProperty(node[last], '__proto__', {
      value: 1,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  else node[last] = value;
  return copy;
}
let cases = 0,
  diffs = 0;
const byCall = new Map();
for (const [name, fn, base] of templates) {
  for (const path of paths(base)) {
    const variants = [
      ...hostile.map((h) => setAt(base, path, h, 'set')),
      setAt(base, path, null, 'delete'),
      setAt(base, path, null, 'typo'),
      setAt(base, path, null, 'extra'),
    ];
    for (const input of variants) {
      cases++;
      const x = outcome(a, fn, input),
        y = outcome(b, fn, input);
      if (x !== y) {
        diffs++;
        byCall.set(name, (byCall.get(name) ?? 0) + 1);
        if (diffs <= 15 || process.env.SHOW === name)
          console.log(
            `DIFF ${name} @${path.join('.')}\n  base: ${x.slice(0, 400)}\n  new:  ${y.slice(0, 400)}`,
          );
      }
    }
  }
}
console.log(`${cases} cases, ${diffs} differences`);
for (const [name, count] of byCall) console.log(`  ${name}: ${count}`);
for (const [name, fn, base] of templates) {
  // A template must itself be valid, or its variants test nothing.
  if (!outcome(b, fn, base).startsWith('OK ')) console.log(`template ${name} is refused: fix it`);
}
if (diffs > 0) process.exit(1);
