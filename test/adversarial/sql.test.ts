import { describe, expect, it } from 'vitest';
import {
  defineFramework,
  presentValue,
  valuePledges,
  weightSensitivity,
  whatIf,
} from '../../src/index.js';
import { toRows } from '../../src/sql/index.js';
import { caught } from '../errors.js';
import { keys, results, valuation } from '../sql/results.js';
import { expectSane, frozenCopy, nothingFrozen, prototypeNames } from './sane.js';

// Adversarial inputs for the one public function of social-value/sql: toRows.

const STORED =
  'framework, valuation, pledge-sheet-reconciliation, tender-evaluation, maturity-assessment, action-plan, delivery-report, portfolio-summary, spend-analysis';

describe('toRows: the result', () => {
  it('refuses anything that is not a result it stores, naming the kinds it stores', () => {
    for (const value of [null, undefined, {}, [], 'valuation', 42, true, new Map(), () => 1]) {
      const error = caught(() => toRows(value as never));
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]?.path).toBe('result');
      expect(error.issues[0]?.message).toContain(`expected a result to store (${STORED})`);
    }
    expect(caught(() => toRows([valuation] as never)).issues[0]?.message).toMatch(/received \[/);
  });

  it('refuses results of kinds it does not store, with a did-you-mean for a slip', () => {
    const evaluation = results['tender-evaluation'];
    for (const other of [
      presentValue({ 2026: 100 }, { rate: '0.035', baseYear: 2026 }),
      weightSensitivity(
        {
          criteria: [
            { id: 'q', kind: 'quality', weight: 70, scoring: { method: 'scale', scale: '0-5' } },
            { id: 'p', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
          ],
        },
        [
          { id: 'A', price: 100, responses: { q: 4 } },
          { id: 'B', price: 120, responses: { q: 5 } },
        ],
      ),
    ]) {
      // Not even compiled (the kind is not one toRows stores): refused at run time too.
      const error = caught(() => toRows(other as never));
      expect(error.issues[0]?.message).toBe(
        `expected a result to store (${STORED}) or its JSON snapshot, received a result of kind ${JSON.stringify(other.kind)}`,
      );
    }
    expect(evaluation.kind).toBe('tender-evaluation');
    const typo = caught(() =>
      toRows({ ...JSON.parse(JSON.stringify(valuation)), kind: 'valuaton' }),
    );
    expect(typo.issues[0]?.message).toMatch(
      /received a result of kind "valuaton" \(did you mean "valuation"\?\)$/,
    );
    expect(typo.details).toMatchObject({ storedKinds: STORED.split(', ') });
  });

  it('validates a snapshot as its area does: a bad figure or an unknown key at its path', () => {
    const json = JSON.parse(JSON.stringify(valuation));
    const badTotal = caught(() => toRows({ ...json, total: 'abc' }));
    expect(badTotal.code).toBe('invalid-input');
    expect(badTotal.issues[0]?.path).toBe('result.total');
    const lines = json.lines.map((line: object, index: number) =>
      index === 2 ? { ...line, proxy: '1' } : line,
    );
    const unknownKey = caught(() => toRows({ ...json, lines }));
    expect(unknownKey.issues[0]).toMatchObject({
      path: 'result.lines[2].proxy',
      message: 'unknown key (renamed in 0.2: did you mean "proxyValue"?)',
    });
    // A copy (unsealed) is validated, then stored as the original.
    expect(toRows({ ...valuation }, { keys })).toStrictEqual(toRows(valuation, { keys }));
  });

  it('reads a deep-frozen snapshot, and freezes nothing of a snapshot it is given', () => {
    for (const [kind, result] of Object.entries(results)) {
      const json = JSON.parse(JSON.stringify(result));
      const rows = toRows(json, { keys });
      expect(nothingFrozen(json), kind).toBe(true);
      expect(toRows(frozenCopy(json), { keys }), kind).toStrictEqual(rows);
    }
  });
});

describe('toRows: the options', () => {
  it('refuses unknown and bad options at their path, with a did-you-mean', () => {
    const at = (options: unknown) => caught(() => toRows(valuation, options as never));
    expect(at('labels').issues[0]).toMatchObject({ path: 'options' });
    expect(at({ label: true }).issues[0]).toMatchObject({
      path: 'options.label',
      message: 'unknown key (did you mean "labels"?)',
    });
    expect(at({ keys: { valuaton: 'v-1' } }).issues[0]).toMatchObject({
      path: 'options.keys.valuaton',
      message: 'unknown key (did you mean "valuation"?)',
    });
    expect(at({ keys: { valuation: '' } }).issues[0]).toMatchObject({
      path: 'options.keys.valuation',
      message: 'expected non-empty text, received ""',
    });
    expect(at({ keys: { valuation: 7 } }).issues[0]?.path).toBe('options.keys.valuation');
    expect(at({ numbers: 'float' }).issues[0]).toMatchObject({
      path: 'options.numbers',
      message: 'expected one of "string", "number", received "float"',
    });
    expect(at({ labels: 'yes' }).issues[0]?.path).toBe('options.labels');
    for (const error of [at('labels'), at({ label: true }), at({ numbers: 'float' })]) {
      expect(error.code).toBe('invalid-input');
    }
  });

  it('accepts undefined for every option, as if absent', () => {
    expect(
      toRows(valuation, { keys: undefined, labels: undefined, numbers: undefined }),
    ).toStrictEqual(toRows(valuation));
    expect(toRows(valuation, { keys: { valuation: undefined } })).toStrictEqual(toRows(valuation));
  });
});

describe('toRows: ids named like Object.prototype members', () => {
  it('writes them as ordinary ids, tags and keys', () => {
    const framework = defineFramework({
      id: 'f',
      name: 'F',
      edition: '1',
      priceYear: 2026,
      themes: prototypeNames.map((id) => ({ id, name: `Theme ${id}` })),
      measures: prototypeNames.map((id, index) => ({
        code: id,
        theme: id,
        title: `Measure ${index}`,
        unit: 'u',
        proxyValue: index + 1,
        valueType: 'social' as const,
      })),
    });
    const result = valuePledges(
      framework,
      prototypeNames.map((id) => ({ measure: id, quantity: 2, tags: { [id]: id } })),
    );
    const { tables } = toRows(result, { labels: true });
    expect(tables.valuation_lines.rows.map((row) => row.measure_code)).toEqual(prototypeNames);
    expect(tables.valuation_lines.rows[0]?.tags).toBe('{"__proto__":"__proto__"}');
    const themes = tables.valuation_totals.rows.filter((row) => row.breakdown === 'theme');
    expect(themes.map((row) => [row.key, row.total, row.theme_name])).toEqual(
      prototypeNames.map((id, index) => [id, String(2 * (index + 1)), `Theme ${id}`]),
    );
    const tags = tables.valuation_totals.rows.filter((row) => row.breakdown === 'tag');
    expect(tags.map((row) => [row.tag, row.key])).toEqual(
      [...prototypeNames].sort().map((id) => [id, id]),
    );
    const measures = toRows(framework, { labels: true }).tables.framework_measures.rows;
    expect(measures.map((row) => row.theme_name)).toEqual(
      prototypeNames.map((id) => `Theme ${id}`),
    );
  });
});

describe('toRows: magnitudes', () => {
  it('writes figures from 1e-40 to 1e30 in plain notation, and as finite JS numbers', () => {
    const framework = defineFramework({
      id: 'f',
      name: 'F',
      edition: '1',
      priceYear: 2026,
      themes: [{ id: 't', name: 'T' }],
      measures: [
        {
          code: 'BIG',
          theme: 't',
          title: 'B',
          unit: 'u',
          proxyValue: '999999999999999.9',
          valueType: 'social',
        },
        {
          code: 'TINY',
          theme: 't',
          title: 'T',
          unit: 'u',
          proxyValue: `0.${'0'.repeat(39)}1`,
          valueType: 'social',
        },
      ],
    });
    const result = valuePledges(framework, [
      { measure: 'BIG', quantity: '999999999999999.9' },
      { measure: 'TINY', quantity: '1' },
      ...Array.from({ length: 10 }, () => ({ measure: 'BIG', quantity: '999999999999999.9' })),
    ]);
    const { tables } = toRows(result);
    const [big, tiny] = tables.valuation_lines.rows;
    // 999999999999999.9² = 999999999999999800000000000000.01 exactly (a 30-digit whole part).
    expect(big?.value).toBe('999999999999999800000000000000.01');
    expect(tiny?.value).toBe(`0.${'0'.repeat(39)}1`);
    // 11 of them: a total Decimal.toString() would write with an exponent, toRows does not.
    expect(result.total.toString()).toMatch(/e\+31$/);
    expect(tables.valuations.rows[0]?.total).toBe(
      '10999999999999997800000000000000.1100000000000000000000000000000000000001',
    );
    const numbers = toRows(result, { numbers: 'number' }).tables.valuation_lines.rows;
    expect(numbers[0]?.value).toBe(Number('999999999999999800000000000000.01'));
    expect(numbers[1]?.value).toBe(1e-40);
  });

  it('gives sane rows for every kind, as strings and as numbers', () => {
    for (const result of Object.values(results)) {
      for (const numbers of ['string', 'number'] as const) {
        expect(expectSane(toRows(result, { keys, numbers, labels: true }))).toBeGreaterThan(10);
      }
    }
  });

  it('refuses a what-if, whose evaluations are stored one by one', () => {
    const model = {
      criteria: [
        { id: 'q', kind: 'quality', weight: 70, scoring: { method: 'scale', scale: '0-5' } },
        { id: 'p', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
      ],
    } as const;
    const bids = [
      { id: 'A', price: 100, responses: { q: 4 } },
      { id: 'B', price: 120, responses: { q: 5 } },
    ];
    const result = whatIf(model, bids, { weights: { q: 60 } });
    expect(caught(() => toRows(result as never)).code).toBe('invalid-input');
    expect(toRows(result.after).resultKind).toBe('tender-evaluation');
  });
});
