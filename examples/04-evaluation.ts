// Tender evaluation: quality 60, price 30, social value 10. Three bids, in which social value
// changes the winner; the full breakdown, the weight sensitivity and a what-if.
import {
  defineEvaluation,
  type EvaluationModel,
  evaluateTenders,
  flagAbnormallyLow,
  formatGBP,
  type TenderEvaluation,
  weightSensitivity,
  whatIf,
} from 'social-value';
import { heading, table } from './print.js';

const model: EvaluationModel = defineEvaluation({
  name: 'Highways maintenance 2026',
  criteria: [
    {
      id: 'quality',
      kind: 'quality',
      name: 'Quality',
      weight: 60,
      scoring: { method: 'scale', scale: '0-5' },
      minimumMark: 2,
    },
    {
      id: 'price',
      kind: 'price',
      name: 'Price',
      weight: 30,
      scoring: { method: 'relative-to-lowest' },
    },
    {
      id: 'sv',
      kind: 'social-value',
      name: 'Social value',
      weight: 10,
      scoring: { method: 'relative-to-highest' },
    },
  ],
  tieBreak: ['higher-quality', 'lower-price'],
});

// Bid C's social value offer is given as `{ total }`; a Valuation returned by valuePledges (or its
// JSON snapshot) is accepted the same way, its total read.
const bids = [
  {
    id: 'A',
    price: '1000000',
    responses: { quality: { marks: [4, 4, 3], moderated: 4 }, sv: '50000' },
  },
  {
    id: 'B',
    price: '1200000',
    responses: { quality: { marks: [5, 5, 4], moderated: 5 }, sv: '20000' },
  },
  {
    id: 'C',
    price: '1050000',
    responses: { quality: { marks: [4, 3, 4], moderated: 4 }, sv: { total: '300000' } },
  },
];

const fixed = (value: { toFixed(places: number): string }) => value.toFixed(2);

function breakdown(result: TenderEvaluation): void {
  const columns = result.ranking[0]?.criteria ?? [];
  const weight = (value: { toDecimalPlaces(places: number): { toString(): string } }) =>
    value.toDecimalPlaces(2).toString();
  table([
    [
      'rank',
      'bid',
      ...columns.map((score) => `${score.criterionName} (${weight(score.weight)})`),
      'total',
    ],
    ...result.ranking.map((bid) => [
      String(bid.rank ?? '-'),
      bid.bid,
      ...bid.criteria.map((score) => fixed(score.weightedScore)),
      fixed(bid.total),
    ]),
  ]);
  console.log(`\n${result.summary}`);
}

heading(`${model.name}: quality 60 / price 30 / social value 10`);
const result = evaluateTenders(model, bids);
breakdown(result);

heading('Why: every score with its formula inputs');
for (const bid of result.ranking) {
  console.log(`${bid.bid} (${formatGBP(bid.price ?? 0)})`);
  for (const score of bid.criteria) console.log(`  ${score.reason}`);
}

heading('Without social value (its 10 points shared in proportion), B would win');
const withoutSocialValue = whatIf(model, bids, { weights: { sv: 0 } });
breakdown(withoutSocialValue.after);
console.log(withoutSocialValue.summary.replace('changes', 'would change'));

heading('How robust is the award? Weight ranges that keep the winner');
const sensitivity = weightSensitivity(model, bids);
table([
  ['criterion', 'weight', 'winner kept from', 'to', 'below, winner', 'above, winner'],
  ...sensitivity.criteria.map((entry) => [
    entry.criterionName,
    entry.weight.toString(),
    entry.range === null ? '-' : fixed(entry.range.from),
    entry.range === null ? '-' : fixed(entry.range.to),
    entry.winnerBelow ?? '-',
    entry.winnerAbove ?? '-',
  ]),
]);
console.log(`\n${sensitivity.summary}`);

heading('Abnormally low check (Scottish construction handbook rule)');
const check = flagAbnormallyLow([
  ...bids.map((bid) => ({ id: bid.id, price: bid.price })),
  { id: 'D', price: '780000' },
]);
for (const finding of check.findings) {
  console.log(`${finding.flagged ? 'FLAG' : 'ok  '} ${finding.message}`);
}
console.log(`\n${check.summary}`);
