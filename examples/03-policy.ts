// Thresholds and social value policies: is social value required, and with what weighting?
import {
  type ContractInput,
  checkWeighting,
  definePolicy,
  formatGBP,
  type Policy,
  policies,
  requiresSocialValue,
  ukProcurementThreshold,
} from 'social-value';
import { heading, table } from './print.js';

heading('Statutory threshold for council services, by commencement date');
table([
  ['commenced', 'threshold', 'VAT basis', 'regime', 'in force'],
  ...[
    '2017-06-01',
    '2019-06-01',
    '2021-12-31',
    '2022-01-01',
    '2024-01-01',
    '2025-02-24',
    '2026-01-01',
  ].map((commencedOn) => {
    const t = ukProcurementThreshold({
      contractType: 'services',
      authority: 'sub-central',
      commencedOn,
    });
    return [
      commencedOn,
      formatGBP(t.amount, { places: 'pound' }),
      t.vatBasis,
      t.regime,
      `${t.effectiveFrom} to ${t.effectiveTo ?? 'now'}`,
    ];
  }),
]);

heading('Concessions from 2026: Procurement Act 2023 Schedule 1 rows 9 and 7');
for (const contractType of ['concession', 'light-touch-concession'] as const) {
  const t = ukProcurementThreshold({
    contractType,
    authority: 'sub-central',
    commencedOn: '2026-03-01',
  });
  console.log(`${contractType}: ${formatGBP(t.amount, { places: 'pound' })} (${t.source})`);
}

const contracts: (ContractInput & { name: string })[] = [
  {
    name: 'Home care support, £177,897 plus VAT',
    contractType: 'services',
    authority: 'sub-central',
    value: '177897',
    vatBasis: 'exclusive',
    durationMonths: 36,
    commencedOn: '2022-06-01',
  },
  {
    name: 'Highways resurfacing, £1.5M plus VAT over 18 months',
    contractType: 'works',
    authority: 'sub-central',
    value: '1500000',
    vatBasis: 'exclusive',
    durationMonths: 18,
    commencedOn: '2023-04-01',
  },
  {
    name: 'Seafront works, £1.2M inc VAT, duration not yet known',
    contractType: 'works',
    authority: 'sub-central',
    value: '1200000',
    vatBasis: 'inclusive',
    commencedOn: '2023-04-01',
  },
  {
    name: 'Supported living (light touch), £700,000 inc VAT',
    contractType: 'light-touch',
    authority: 'sub-central',
    value: '700000',
    vatBasis: 'inclusive',
    durationMonths: 48,
    commencedOn: '2024-09-01',
  },
];

heading('Each contract: statutory scope and Southend policy side by side');
table([
  ['contract', 'statutory', 'southend2021', 'minimum weighting'],
  ...contracts.map((contract) => {
    const statute = requiresSocialValue(contract, policies.statutory);
    const southend = requiresSocialValue(contract, policies.southend2021);
    const weighting = southend.minimumWeighting;
    const local = southend.local.required
      ? 'required'
      : southend.local.undetermined.length > 0
        ? 'undetermined'
        : 'not required';
    return [
      contract.name,
      statute.required ? 'required' : 'not required',
      local,
      weighting ? `${weighting.percent.toString()}% of ${weighting.of}` : '-',
    ];
  }),
]);

for (const contract of contracts) {
  const result = requiresSocialValue(contract, policies.southend2021);
  heading(`${contract.name}: southend2021`);
  for (const reason of result.reasons) console.log(`- ${reason}`);
}

heading(`${contracts[0]!.name}: statutory`);
for (const reason of requiresSocialValue(contracts[0]!, policies.statutory).reasons) {
  console.log(`- ${reason}`);
}

heading('Weighting checks');
const central: ContractInput = {
  contractType: 'services',
  authority: 'central-government',
  value: '2000000',
  vatBasis: 'inclusive',
  commencedOn: '2025-11-03',
};
// Weights are percentage points, as tender documents state them; the evaluation model itself can
// be checked too (its criteria's weights are summed by kind).
const checks = [
  ['ppn002, 60/32/8', { price: 60, quality: 32, socialValue: 8 }, central],
  [
    'ppn002, price per quality point',
    { price: 0, quality: 88, socialValue: 12 },
    { ...central, tags: ['absolute-price-method'] },
  ],
  [
    'ppn002, the evaluation model',
    {
      criteria: [
        { kind: 'quality', weight: 55 },
        { kind: 'price', weight: 35 },
        { kind: 'social-value', weight: 10 },
      ],
    },
    central,
  ],
] as const;
for (const [label, weights, contract] of checks) {
  const check = checkWeighting(weights, contract, policies.ppn002);
  console.log(`${label}: ${check.ok ? 'OK' : 'NOT OK'}`);
  console.log(`  ${check.summary}`);
  for (const finding of check.findings)
    console.log(`  ${finding.ok ? '✓' : '✗'} ${finding.message}`);
}

heading('A council writes its own policy');
const myCouncil = definePolicy({
  id: 'my-council-2026',
  name: 'My council: social value from £100,000 plus VAT, 15% minimum',
  include: [policies.statutory],
  rules: [
    {
      id: 'over-100k',
      name: 'Every contract from £100,000 plus VAT',
      source: 'Social Value Policy 2026 §4.1',
      when: {
        minimumValue: { amount: 100_000, vatBasis: 'exclusive' },
        commencedFrom: '2026-04-01',
      },
      outcome: { socialValue: 'required', minimumWeighting: { percent: 15, of: 'total' } },
    },
  ],
});
const small: ContractInput = {
  contractType: 'supplies',
  authority: 'sub-central',
  value: '150000',
  vatBasis: 'inclusive',
  commencedOn: '2026-05-01',
};
const mine = requiresSocialValue(small, myCouncil);
console.log(mine.summary);
for (const reason of mine.reasons) console.log(`- ${reason}`);

heading('A range: "between 5% and 20%" flags 25%');
const range = definePolicy({
  id: 'range-2026',
  name: 'Social value between 5% and 20% of the total',
  rules: [
    {
      id: 'between-5-and-20',
      name: 'Between 5% and 20% of the total award criteria',
      outcome: {
        minimumWeighting: { percent: 5, of: 'total' },
        maximumWeighting: { percent: 20, of: 'total' },
      },
    },
  ],
});
const heavy = checkWeighting({ price: 60, quality: 15, socialValue: 25 }, small, range);
console.log(heavy.summary);
for (const finding of heavy.findings) console.log(`  ${finding.ok ? '✓' : '✗'} ${finding.message}`);

heading('The other UK regimes');
const regional: [string, ContractInput, Policy][] = [
  [
    'Scotland: goods, £60,000 inc VAT',
    {
      contractType: 'supplies',
      authority: 'sub-central',
      value: '60000',
      vatBasis: 'inclusive',
      commencedOn: '2026-05-01',
    },
    policies.scotland,
  ],
  [
    'Northern Ireland: department services, £150,000 inc VAT',
    {
      contractType: 'services',
      authority: 'central-government',
      value: '150000',
      vatBasis: 'inclusive',
      commencedOn: '2026-05-01',
    },
    policies.northernIreland,
  ],
  [
    'Wales: school building, £2,400,000 inc VAT',
    {
      contractType: 'works',
      authority: 'sub-central',
      value: '2400000',
      vatBasis: 'inclusive',
      commencedOn: '2026-05-01',
    },
    policies.wales,
  ],
];
for (const [label, contract, policy] of regional) {
  console.log(`${label}: ${requiresSocialValue(contract, policy).summary}`);
}
