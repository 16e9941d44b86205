import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseSpend,
  defineFramework,
  definePolicy,
  evaluateTenders,
  flagAbnormallyLow,
  getMeasure,
  isSocialValueError,
  requiresSocialValue,
  valuePledges,
  weightSensitivity,
  whatIf,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { contract } from '../policy/helpers.js';
import { hasRawInvisible, userText } from '../raw-text.js';
import { seedFramework, seedInput } from '../toms/fixtures.js';

// Ids, names and tags users give are quoted in sentences with line breaks, tabs, controls and
// invisible characters escaped (`"A\nB"`, `"Delta\u200b"`): a message stays on one line, in
// order, and shows what is there. The results' data fields keep the ids as given.

/** Every sentence of a result: the strings under `message`, `reason`, `reasons`, `summary`. */
function sentences(value: unknown, out: string[] = []): string[] {
  if (value === null || typeof value !== 'object') return out;
  for (const [key, inner] of Object.entries(value)) {
    if (typeof inner === 'string' && /^(message|reason|summary|detail)$/.test(key)) out.push(inner);
    else if (key === 'reasons' && Array.isArray(inner)) {
      out.push(...inner.filter((entry): entry is string => typeof entry === 'string'));
    }
    sentences(inner, out);
  }
  return out;
}

/** The sentences of what `run` returns, or of the SocialValueError it throws. */
function sentencesOf(run: () => unknown): string[] {
  try {
    return sentences(run());
  } catch (error) {
    if (!isSocialValueError(error)) throw error;
    // The message lists the issues a line each, after `\n  - `: those line breaks are its own.
    return [error.message.replaceAll('\n  - ', ' | '), ...error.issues.map((i) => i.message)];
  }
}

const model = {
  criteria: [
    {
      id: 'quality',
      name: 'Qual\u200bity',
      kind: 'quality',
      weight: 60,
      scoring: { method: 'scale', scale: '0-5' },
    },
    { id: 'price', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } },
  ],
} as const;
// By hand: the lower price (100) scores all 40 price points and 5 of 5 all 60 quality points:
// 100. The other: 40 × 100 / 200 = 20 and 60 × 4 / 5 = 48: 68.
const bids = (first: string) => [
  { id: first, price: 100, responses: { quality: 5 } },
  { id: 'C', price: 200, responses: { quality: 4 } },
];

describe('ids with control or invisible characters, in sentences', () => {
  it('a bid id with a line break: one line, escaped; the ranking keeps the id', () => {
    const result = evaluateTenders(model as never, bids('A\nB') as never);
    expect(result.summary).toBe(String.raw`"A\nB" wins with 100 of 100.`);
    expect(result.ranking.map((bid) => bid.bid)).toEqual(['A\nB', 'C']);
    const sensitivity = weightSensitivity(model as never, bids('A\nB') as never);
    expect(sensitivity.summary).toBe(String.raw`"A\nB" wins whatever the weights.`);
    expect(sensitivity.criteria[0]?.reason).toBe(
      String.raw`"A\nB" stays the winner while "Qual\u200bity" weighs from 0 to 100 points (now 60, other weights rescaled in proportion).`,
    );
  });

  it('a bid id with a tab, a NUL, a right-to-left override or a lone surrogate', () => {
    const summary = (id: string) => evaluateTenders(model as never, bids(id) as never).summary;
    expect(summary('A\tB')).toBe(String.raw`"A\tB" wins with 100 of 100.`);
    expect(summary('A\u0000')).toBe(String.raw`"A\u0000" wins with 100 of 100.`);
    expect(summary('\u202eA')).toBe(String.raw`"\u202eA" wins with 100 of 100.`);
    expect(summary('A\ud800')).toBe(String.raw`"A\ud800" wins with 100 of 100.`);
  });

  it('ordinary ids, accents, Welsh, £, emoji and other scripts included, read as before', () => {
    const summary = (id: string) => evaluateTenders(model as never, bids(id) as never).summary;
    expect(summary('A')).toBe('A wins with 100 of 100.');
    expect(summary('Pont-y-pŵl Ltd')).toBe('Pont-y-pŵl Ltd wins with 100 of 100.');
    expect(summary('Llŷn & Môn £ 😀 東京')).toBe('Llŷn & Môn £ 😀 東京 wins with 100 of 100.');
  });

  it('a measure code with a zero-width space differs visibly from the code it looks like', () => {
    const framework = defineFramework({
      ...seedInput,
      measures: [...seedInput.measures, { ...seedInput.measures[0]!, code: 'NT1\u200b' }],
    });
    const valuation = valuePledges(framework, [
      { measure: 'NT1\u200b', quantity: 1 },
      { measure: 'NT1\u200b', quantity: 2 },
    ]);
    expect(valuation.warnings.map((warning) => warning.message)).toEqual([
      String.raw`"NT1\u200b" is pledged 2 times (pledges 0 and 1): check that nothing is counted twice.`,
    ]);
    expect(valuation.warnings[0]?.measures).toEqual(['NT1\u200b']);
    expect(caught(() => getMeasure(seedFramework, 'NT1\u200b')).message).toBe(
      String.raw`No measure "NT1\u200b" in Seed 004 council sheet (edition 2021) (did you mean "NT1", "NT13" or "NT18"?).` +
        '\n' +
        String.raw`  - code: unknown measure code "NT1\u200b" (did you mean "NT1", "NT13" or "NT18"?)`,
    );
  });

  it('a policy and rule id with a bidi override, a rule name with a tab', () => {
    const policy = definePolicy({
      id: 'p\u202e',
      name: 'Policy',
      rules: [
        {
          id: 'r\u202e1',
          name: 'Over £100,000\t',
          when: { minimumValue: { amount: '100000', vatBasis: 'exclusive' } },
          outcome: { socialValue: 'required' },
        },
      ],
    });
    const result = requiresSocialValue(contract(), policy);
    expect(result.summary).toBe(
      String.raw`Under policy "p\u202e" ("Policy"), social value is required (rule "r\u202e1").`,
    );
    expect(result.reasons[1]).toBe(
      String.raw`Rule "r\u202e1" ("Over £100,000\t") applies: value £177,897.00 ex VAT is at or above the floor of £100,000.00 ex VAT. Social value is required.`,
    );
  });

  it('a ward, a department and a supplier with controls; the records keep the keys', () => {
    const analysis = analyseSpend(
      [
        {
          supplier: 'Acme\u0085Ltd',
          amount: 100,
          date: '2025-04-01',
          ward: 'Ward\t1',
          department: 'Dept\u2066',
        },
      ],
      { locality: ['PO'] },
    );
    expect(Object.keys(analysis.byWard)).toEqual(['Ward\t1']);
    expect(analysis.byWard['Ward\t1']?.reason).toBe(
      String.raw`Ward "Ward\t1": £100.00 in 1 payment (100% of all spend), of which £0.00 (0%) local to PO.`,
    );
    expect(analysis.byDepartment['Dept\u2066']?.reason).toBe(
      String.raw`Department "Dept\u2066": £100.00 in 1 payment (100% of all spend), of which £0.00 (0%) local to PO.`,
    );
    expect(analysis.findings[0]?.message).toBe(
      String.raw`Row 1 ("Acme\u0085Ltd", £100.00): no postcode, so its location is unknown: it is counted neither local nor non-local.`,
    );
  });
});

describe('no sentence made from arbitrary ids holds a raw control or invisible character', () => {
  const id = userText({ minLength: 1, maxLength: 12 });

  it('evaluation: bid ids, criterion ids and names', () => {
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 2, maxLength: 3 }), id, id, (ids, sub, name) => {
        const evaluation = {
          criteria: [
            { ...model.criteria[0], id: sub, name },
            { ...model.criteria[1], id: `${sub}-price` },
          ],
          tieBreak: [],
        };
        const tender = ids.map((bid, index) => ({
          id: bid,
          price: 100 + (index % 2) * 100,
          responses: { [sub]: index % 2 === 0 ? 5 : 4 },
        }));
        const all = [
          ...sentencesOf(() => evaluateTenders(evaluation as never, tender as never)),
          ...sentencesOf(() => weightSensitivity(evaluation as never, tender as never)),
          ...sentencesOf(() =>
            whatIf(evaluation as never, tender as never, { weights: { [sub]: 50 } }),
          ),
          ...sentencesOf(() =>
            flagAbnormallyLow(tender.map((bid) => ({ bid: bid.id, price: bid.price })) as never),
          ),
        ];
        expect(all.length).toBeGreaterThan(0);
        for (const sentence of all) expect(hasRawInvisible(sentence), sentence).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('valuation and TOMs: measure codes, theme names, tags', () => {
    fc.assert(
      fc.property(id, id, id, id, (code, theme, tag, value) => {
        const measure = { ...seedInput.measures[0]!, code, theme: 'jobs' };
        const input = {
          ...seedInput,
          themes: [{ ...seedInput.themes[0]!, name: theme }],
          measures: [measure],
        };
        const pledges = [
          { measure: code, quantity: 1, tags: { [tag]: value } },
          { measure: code, quantity: 2 },
        ];
        const all = [
          ...sentencesOf(() => valuePledges(defineFramework(input as never), pledges as never)),
          ...sentencesOf(() => valuePledges(seedFramework, pledges as never)),
          ...sentencesOf(() => getMeasure(seedFramework, code)),
        ];
        for (const sentence of all) expect(hasRawInvisible(sentence), sentence).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('policy and spend: rule ids and names, wards, departments, suppliers', () => {
    fc.assert(
      fc.property(id, id, id, id, (ruleId, name, ward, supplier) => {
        const policy = () =>
          definePolicy({
            id: ruleId,
            name,
            rules: [{ id: ruleId, name, outcome: { socialValue: 'required' } }],
          } as never);
        const payments = [
          { supplier, amount: 100, date: '2025-04-01', ward, department: ward, postcode: name },
        ];
        const all = [
          ...sentencesOf(() => requiresSocialValue(contract(), policy())),
          ...sentencesOf(() => analyseSpend(payments as never, { locality: ['PO'] })),
        ];
        expect(all.length).toBeGreaterThan(0);
        for (const sentence of all) expect(hasRawInvisible(sentence), sentence).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
