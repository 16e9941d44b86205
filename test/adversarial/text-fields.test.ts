import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/index.js';
import { parsePledgeSheet, parseSpendLedger } from '../../src/csv/index.js';
import {
  breakevenPeriod,
  defineMaturityModel,
  definePolicy,
  lm3,
  revive,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { samples } from '../samples.js';

// Every field that takes non-empty text (a name, an id in a snapshot, a header, a comment
// marker, a chart title) reads a list as one problem: "expected text". zod's `z.string()` with a
// `z.minLength(1)` check ran the length check on a list too, and gave a second problem
// ("expected at least 1 entry, received []") for the same field.

/** A snapshot (its JSON) with `change` made to a copy. */
function edited(kind: keyof typeof samples, change: (json: ReturnType<typeof JSON.parse>) => void) {
  const json = JSON.parse(JSON.stringify(samples[kind]()));
  change(json);
  return json;
}

const rule = { id: 'r', name: 'Rule', outcome: { socialValue: 'required' } };

/** Each call, with the value given where non-empty text is expected, and the path reported. */
const fields: readonly [string, (value: unknown) => unknown, string][] = [
  ['a policy name', (name) => definePolicy({ id: 'p', name, rules: [] } as never), 'policy.name'],
  [
    'a policy rule name',
    (name) => definePolicy({ id: 'p', name: 'P', rules: [{ ...rule, name }] } as never),
    'policy.rules[0].name',
  ],
  [
    'the name in a policy snapshot',
    (name) => revive(edited('policy', (json) => (json.name = name))),
    'json.name',
  ],
  [
    'a bid id in a tender evaluation snapshot',
    (bid) => revive(edited('tender-evaluation', (json) => (json.ranking[0].bid = bid))),
    'json.ranking[0].bid',
  ],
  [
    'a supplier in a spend ledger snapshot',
    (supplier) => revive(edited('spend-ledger', (json) => (json.payments[0].supplier = supplier))),
    'json.payments[0].supplier',
  ],
  [
    'the comment marker of a spend ledger',
    (comments) => parseSpendLedger('Supplier,Amount,Date\n', { comments } as never),
    'options.comments',
  ],
  [
    'the comment marker of a pledge sheet',
    (comments) => parsePledgeSheet('Measure,Quantity\n', { comments } as never),
    'options.comments',
  ],
  [
    'a column name of a pledge sheet',
    (theme) => parsePledgeSheet('Measure,Quantity\n', { columns: { theme } } as never),
    'options.columns.theme',
  ],
  [
    'a chart title',
    (title) => barChart({ title, bars: [{ label: 'A', value: 1 }] } as never),
    'chart.title',
  ],
];

describe('non-empty text fields', () => {
  it.each(fields)('%s: a list is one problem, "expected text"', (_, call, path) => {
    for (const [value, received] of [
      [[], '[]'],
      [['a'], '["a"]'],
      [{ length: 0 }, '{"length":0}'],
    ] as const) {
      const error = caught(() => call(value));
      expect(error.code).toBe('invalid-input');
      expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
        [path, `expected text, received ${received}`],
      ]);
    }
  });

  it.each(fields)('%s: empty text and a number word as before', (_, call, path) => {
    expect(caught(() => call('')).issues.map((issue) => [issue.path, issue.message])).toEqual([
      [path, 'expected non-empty text, received ""'],
    ]);
    expect(caught(() => call(5)).issues.map((issue) => [issue.path, issue.message])).toEqual([
      [path, 'expected text, received 5'],
    ]);
  });
});

// The same for a list with a length check (at least 1 or 2 entries) given text: one problem,
// "expected a list", not also "expected non-empty text" or "expected text of at least 2
// characters" (the length check ran on the text).
describe('lists of a least length', () => {
  const lists: readonly [string, (value: unknown) => unknown, string][] = [
    ['the rounds of lm3', (rounds) => lm3(rounds as never), 'rounds'],
    [
      'the benefits of breakevenPeriod',
      (benefits) => breakevenPeriod({ cost: 100, benefits } as never),
      'input.benefits',
    ],
    [
      'the contract types of a policy rule',
      (contractTypes) =>
        definePolicy({
          id: 'p',
          name: 'P',
          rules: [{ ...rule, when: { contractTypes } }],
        } as never),
      'policy.rules[0].when.contractTypes',
    ],
  ];

  it.each(lists)('%s: text is one problem, "expected a list"', (_, call, path) => {
    for (const [value, received] of [
      ['', '""'],
      ['ab', '"ab"'],
    ] as const) {
      expect(caught(() => call(value)).issues.map((issue) => [issue.path, issue.message])).toEqual([
        [path, `expected a list, received ${received}`],
      ]);
    }
  });

  it('the levels of a maturity model: text is one problem among the others', () => {
    const issues = caught(() =>
      defineMaturityModel({ id: 'm', name: 'M', levels: 'a', themes: '' } as never),
    ).issues.map((issue) => [issue.path, issue.message]);
    expect(issues.filter(([path]) => path === 'model.levels' || path === 'model.themes')).toEqual([
      ['model.levels', 'expected a list, received "a"'],
      ['model.themes', 'expected a list, received ""'],
    ]);
  });
});
