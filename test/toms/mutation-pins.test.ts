import { describe, expect, it } from 'vitest';
import {
  attendeeHours,
  attributionShare,
  defineFramework,
  extendFramework,
  fte,
  fteYears,
  getMeasure,
  reindexProxies,
} from '../../src/index.js';
import { measureIndex } from '../../src/toms/measure-index.js';
import { caught } from '../errors.js';
import { seedFramework, seedInput } from './fixtures.js';

// Behaviours of the toms area that mutation testing found unpinned: each result is built inside
// its test (per-test coverage counts only code run in a test).

const sentences = (run: () => unknown) => {
  const error = caught(run);
  return { code: error.code, message: error.message };
};

describe('defineFramework: references and duplicates, word for word', () => {
  it('refuses an outcome under a theme that does not exist, at the outcome', () => {
    // No measure refers to the outcome: only the outcome's own theme is wrong.
    expect(
      sentences(() =>
        defineFramework({ ...seedInput, outcomes: [{ id: 'o1', theme: 'nope', name: 'O' }] }),
      ),
    ).toEqual({
      code: 'unknown-reference',
      message:
        'Framework "seed-004": a measure or outcome refers to a theme or outcome that does not exist.\n  - framework.outcomes[0].theme: no theme "nope"',
    });
  });

  it('names an outcome that does not exist without a theme it is under', () => {
    expect(
      sentences(() =>
        defineFramework({
          ...seedInput,
          measures: [{ ...seedInput.measures[0]!, outcome: 'none' }],
        }),
      ),
    ).toEqual({
      code: 'unknown-reference',
      message:
        'Framework "seed-004": a measure or outcome refers to a theme or outcome that does not exist.\n  - framework.measures[0].outcome: no outcome "none"',
    });
  });

  it('refuses an outcome id used twice at the second one', () => {
    expect(
      sentences(() =>
        defineFramework({
          ...seedInput,
          outcomes: [
            { id: 'o1', theme: 'jobs', name: 'O' },
            { id: 'o1', theme: 'growth', name: 'P' },
          ],
        }),
      ),
    ).toEqual({
      code: 'duplicate-code',
      message:
        'Framework "seed-004": theme ids, outcome ids and measure codes must be unique.\n  - framework.outcomes[1].id: "o1" is already used by framework.outcomes[0]',
    });
  });

  it('makes every failure of a framework given to another function invalid-input', () => {
    // A hand-made framework with a code twice, given to getMeasure: the parameter is wrong.
    const handMade = JSON.parse(JSON.stringify(seedInput));
    const error = caught(() =>
      getMeasure({ ...handMade, measures: [handMade.measures[0], handMade.measures[0]] }, 'NT1'),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(
      'Framework "seed-004": theme ids, outcome ids and measure codes must be unique.\n  - framework.measures[1].code: "NT1" is already used by framework.measures[0]',
    );
  });

  it('names the theme of a short name nothing like its id', () => {
    // "Jobs" is the short name of theme t1: closeness to "t1" alone would suggest nothing.
    const error = caught(() =>
      defineFramework({
        ...seedInput,
        themes: [{ id: 't1', name: 'Skills and employment', shortName: 'Jobs' }],
        measures: [{ ...seedInput.measures[0]!, theme: 'Jobs' }],
      }),
    );
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['framework.measures[0].theme', 'no theme "Jobs" (did you mean "t1"?)'],
    ]);
  });

  it('folds measure codes by lower case: "STRASSE" and "straße" are two codes', () => {
    // Upper case would fold "ß" to "SS" and refuse the two as one code.
    const framework = defineFramework({
      ...seedInput,
      measures: [
        { ...seedInput.measures[0]!, code: 'STRASSE' },
        { ...seedInput.measures[1]!, code: 'straße' },
      ],
    });
    expect(framework.measures.map((measure) => measure.code)).toEqual(['STRASSE', 'straße']);
  });
});

describe('defineFramework: the fields it keeps', () => {
  it('keeps only the fields set, in one order', () => {
    const framework = defineFramework(seedInput);
    expect(Object.keys(framework)).toEqual([
      'kind',
      'schemaVersion',
      'id',
      'name',
      'edition',
      'priceYear',
      'currency',
      'themes',
      'outcomes',
      'measures',
    ]);
    expect(Object.keys(framework.measures[1]!)).toEqual([
      'code',
      'theme',
      'title',
      'unit',
      'proxyValue',
      'valueType',
      'maxYearsPerPerson',
    ]);
    // Optional fields given as undefined are left out, not kept as keys.
    const given = defineFramework({
      ...seedInput,
      measures: [{ ...seedInput.measures[0]!, outcome: undefined, edition: undefined }],
    });
    expect(Object.keys(given.measures[0]!)).toEqual([
      'code',
      'theme',
      'title',
      'unit',
      'proxyValue',
      'valueType',
    ]);
    // A framework's source is kept, after its measures.
    const sourced = defineFramework({ ...seedInput, source: 'Council sheet' });
    expect(sourced.source).toBe('Council sheet');
    expect(Object.keys(sourced).at(-1)).toBe('source');
  });

  it('gives a framework the library made back as it is, its measures the same objects', () => {
    expect(getMeasure(seedFramework, 'NT3')).toBe(seedFramework.measures[1]);
  });
});

describe('frameworks given to other functions, word for word', () => {
  it('names an object of kind framework without themes or measures as the wrong object', () => {
    expect(sentences(() => getMeasure({ kind: 'framework' } as never, 'A'))).toEqual({
      code: 'invalid-input',
      message:
        'Invalid framework: 1 problem.\n  - framework: expected a framework (from defineFramework) or its JSON form, received an object of kind "framework" without "themes" or "measures"',
    });
  });

  it('reads an object with themes only, or measures only, field by field', () => {
    for (const [given, missing] of [
      [{ themes: [] }, 'measures'],
      [{ measures: [] }, 'themes'],
    ] as const) {
      const error = caught(() => getMeasure(given as never, 'A'));
      expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
        ['framework.id', 'missing: expected text'],
        ['framework.name', 'missing: expected text'],
        ['framework.edition', 'missing: expected text'],
        ['framework.priceYear', 'missing: expected a number'],
        [`framework.${missing}`, 'missing: expected a list'],
      ]);
    }
  });

  it('words the problems of a framework it cannot read', () => {
    expect(sentences(() => defineFramework({ ...seedInput, priceYear: 1800 }))).toEqual({
      code: 'invalid-input',
      message:
        'Invalid framework: 1 problem.\n  - framework.priceYear: expected a number at least 1900, received 1800',
    });
    // A stored framework re-indexed from its own price year by a factor other than 1.
    const stored = JSON.parse(JSON.stringify(seedFramework));
    stored.reindexed = { fromPriceYear: 2021, factor: '1.5' };
    expect(sentences(() => defineFramework(stored))).toEqual({
      code: 'invalid-input',
      message:
        'Invalid framework: 1 problem.\n  - framework.reindexed.factor: expected 1 (proxies in the price year they were re-indexed from), received 1.5',
    });
  });
});

describe('reindexProxies, word for word', () => {
  it('refuses a factor and an index together, or neither', () => {
    for (const options of [
      { factor: 1, index: { from: 1, to: 2 }, toPriceYear: 2024 },
      { toPriceYear: 2024 },
    ]) {
      const error = caught(() => reindexProxies(seedFramework, options as never));
      expect(error.code).toBe('invalid-input');
      expect(error.message).toBe(
        'Invalid options: 1 problem.\n  - options.factor: expected exactly one of factor or index',
      );
    }
    expect(
      sentences(() => reindexProxies(seedFramework, { factr: 2, toPriceYear: 2024 } as never)),
    ).toEqual({
      code: 'invalid-input',
      message:
        'Invalid options: 1 problem.\n  - options.factr: unknown key (did you mean "factor"?)',
    });
  });

  it("names the price year kept: the framework's own, or the first it was re-indexed from", () => {
    const in2024 = reindexProxies(seedFramework, { factor: '1.1', toPriceYear: 2024 });
    expect(caught(() => reindexProxies(in2024, { factor: 2, toPriceYear: 2021 })).message).toBe(
      "Invalid options: proxies re-expressed in their first price year (2021) keep their value.\n  - options.factor: expected a factor of 0.9090909090909090909090909090909091 when toPriceYear is the framework's first price year, received a factor of 2; give toPriceYear the year the proxies are re-priced to",
    );
    // Back at 2021, the first price year is its own: a factor of 1 is expected, as its own.
    const back = reindexProxies(in2024, { index: { from: 110, to: 100 }, toPriceYear: 2021 });
    expect(caught(() => reindexProxies(back, { factor: 2, toPriceYear: 2021 })).message).toBe(
      "Invalid options: proxies re-expressed in their own price year (2021) keep their value.\n  - options.factor: expected a factor of 1 when toPriceYear is the framework's price year, received a factor of 2; give toPriceYear the year the proxies are re-priced to",
    );
  });

  it('words a proxy or a recorded factor taken out of the numeric domain', () => {
    // NT1: £30,782 × 1e14 = £3,078,200,000,000,000,000, past 1e15.
    expect(
      sentences(() => reindexProxies(seedFramework, { factor: '1e14', toPriceYear: 2024 })),
    ).toEqual({
      code: 'out-of-range',
      message:
        'Re-indexing would take the proxy value of NT1 out of the numeric domain.\n  - options.factor: expected a number below 1e15 in magnitude: NT1 would be 3,078,200,000,000,000,000',
    });
    let zeros = defineFramework({
      ...seedInput,
      measures: seedInput.measures.map((measure) => ({ ...measure, proxyValue: 0 })),
    });
    for (const year of [2022, 2023, 2024, 2025]) {
      zeros = reindexProxies(zeros, { factor: '1e14', toPriceYear: year });
    }
    // 1e56 × 1e14 = 1e70.
    expect(caught(() => reindexProxies(zeros, { factor: '1e14', toPriceYear: 2026 })).message).toBe(
      `Re-indexing would take the factor the framework records out of the numeric domain.\n  - options.factor: expected a figure below 1e60 in magnitude: the factor from 2021 would be 10${',000'.repeat(23)}`,
    );
  });

  it('rounds a re-indexed proxy to 40 decimal places', () => {
    // 0.0000001 ÷ 3 to 34 significant digits has 41 places: 40 kept, half-up (33 threes).
    const small = defineFramework({
      ...seedInput,
      measures: [{ ...seedInput.measures[0]!, proxyValue: '0.0000001' }],
    });
    const third = reindexProxies(small, { index: { from: 3, to: 1 }, toPriceYear: 2024 });
    expect(getMeasure(third, 'NT1').proxyValue?.toString()).toBe(`0.0000000${'3'.repeat(33)}`);
  });

  it("keeps a framework's outcomes", () => {
    const withOutcomes = defineFramework({
      ...seedInput,
      outcomes: [{ id: 'o1', theme: 'jobs', name: 'More local jobs' }],
      measures: [{ ...seedInput.measures[0]!, outcome: 'o1' }],
    });
    const doubled = reindexProxies(withOutcomes, { factor: 2, toPriceYear: 2024 });
    expect(doubled.outcomes).toEqual([{ id: 'o1', theme: 'jobs', name: 'More local jobs' }]);
    expect(doubled.measures[0]?.outcome).toBe('o1');
    expect(doubled.measures[0]?.proxyValue?.toString()).toBe('61564');
  });
});

describe('extendFramework, word for word', () => {
  const measures = seedInput.measures;

  it('overrides a base measure in place, with its provenance', () => {
    const local = extendFramework(seedFramework, {
      id: 'x',
      name: 'X',
      measures: [{ ...measures[3]!, proxyValue: '0.9638118' }],
    });
    expect(local.measures.map((measure) => measure.code)).toEqual(
      measures.map((measure) => measure.code),
    );
    expect(getMeasure(local, 'NT18').provenance).toEqual({
      change: 'overridden',
      base: 'seed-004 2021',
      baseProxyValue: seedFramework.measures[3]!.proxyValue,
    });
    // A kept base measure of the same edition gets no edition of its own.
    expect(Object.keys(getMeasure(local, 'NT1'))).toEqual([
      'code',
      'theme',
      'title',
      'unit',
      'proxyValue',
      'valueType',
    ]);
  });

  it('refuses a base code overridden twice at the second override', () => {
    expect(
      sentences(() =>
        extendFramework(seedFramework, {
          id: 'x',
          name: 'X',
          measures: [
            { ...measures[3]!, proxyValue: 1 },
            { ...measures[3]!, proxyValue: 2 },
          ],
        }),
      ),
    ).toEqual({
      code: 'duplicate-code',
      message:
        'Framework "x": theme ids, outcome ids and measure codes must be unique.\n  - changes.measures[1].code: "NT18" is already used by changes.measures[0]',
    });
  });

  it("names the base's theme, outcome or measure a change collides with", () => {
    const base = defineFramework({
      ...seedInput,
      outcomes: [{ id: 'o1', theme: 'jobs', name: 'More local jobs' }],
    });
    const collisions = [
      [
        { themes: [{ id: 'jobs', name: 'Jobs' }] },
        'changes.themes[0].id: "jobs" is already used by base.themes[0]',
      ],
      [
        { outcomes: [{ id: 'o1', theme: 'growth', name: 'Growth' }] },
        'changes.outcomes[0].id: "o1" is already used by base.outcomes[0]',
      ],
      [
        { measures: [{ ...measures[0]!, code: 'nt1' }] },
        'changes.measures[0].code: "nt1" is already used by base.measures[0] (as "NT1")',
      ],
    ] as const;
    for (const [changes, issue] of collisions) {
      expect(sentences(() => extendFramework(base, { id: 'x', name: 'X', ...changes }))).toEqual({
        code: 'duplicate-code',
        message: `Framework "x": theme ids, outcome ids and measure codes must be unique.\n  - ${issue}`,
      });
    }
  });

  it("keeps the base's outcomes and source, adding the changes'", () => {
    const base = defineFramework({
      ...seedInput,
      source: 'Seed 004',
      outcomes: [{ id: 'o1', theme: 'jobs', name: 'More local jobs' }],
    });
    const local = extendFramework(base, {
      id: 'x',
      name: 'X',
      outcomes: [{ id: 'o2', theme: 'growth', name: 'Growth' }],
    });
    expect(local.outcomes).toEqual([
      { id: 'o1', theme: 'jobs', name: 'More local jobs' },
      { id: 'o2', theme: 'growth', name: 'Growth' },
    ]);
    expect(local.source).toBe('Seed 004');
    expect(extendFramework(base, { id: 'x', name: 'X', source: 'Local sheet' }).source).toBe(
      'Local sheet',
    );
  });

  it('words its refusals', () => {
    expect(
      sentences(() =>
        extendFramework(seedFramework, {
          id: 'x',
          name: 'X',
          measures: [measures[2]!],
          remove: ['NT13'],
        }),
      ),
    ).toEqual({
      code: 'invalid-input',
      message:
        'Invalid framework changes: NT13 is both removed and changed.\n  - changes.measures[0].code: "NT13" is also in changes.remove: remove it or change it, not both',
    });
    expect(
      sentences(() => extendFramework(seedFramework, { id: 'x', name: 'X', priceYear: 2024 })),
    ).toEqual({
      code: 'invalid-input',
      message:
        'Invalid framework changes: NT1 keeps its 2021 proxy value in a framework at 2024 prices.\n  - changes.priceYear: base proxies are at 2021 prices: reindex the base with reindexProxies first, or override or remove NT1',
    });
    expect(
      sentences(() => extendFramework(seedFramework, { id: 'x', name: 'X', remmove: [] } as never)),
    ).toEqual({
      code: 'invalid-input',
      message:
        'Invalid framework changes: 1 problem.\n  - changes.remmove: unknown key (did you mean "remove"?)',
    });
  });
});

describe('getMeasure, word for word', () => {
  it('refuses a code that is not text', () => {
    expect(sentences(() => getMeasure(seedFramework, 18 as never))).toEqual({
      code: 'invalid-input',
      message: 'Invalid measure code.\n  - code: expected a measure code (text), received 18',
    });
  });

  it('says "in another Unicode form" once, at the end, of a code with "?)" in it', () => {
    const framework = defineFramework({
      ...seedInput,
      measures: [{ ...seedInput.measures[0]!, code: 'caf\u00e9?)' }],
    });
    expect(caught(() => getMeasure(framework, 'cafe\u0301?)')).issues[0]!.message).toBe(
      'unknown measure code "cafe\u0301?)" (did you mean "caf\u00e9?)", in another Unicode form?)',
    );
  });

  it("indexes a framework's measures once; an unfrozen one afresh each time", () => {
    const framework = defineFramework(seedInput);
    expect(measureIndex(framework)).toBe(measureIndex(framework));
    const open = { ...framework, measures: [...framework.measures] };
    expect(measureIndex(open).has('NEW')).toBe(false);
    open.measures.push({ ...framework.measures[0]!, code: 'NEW' });
    expect(measureIndex(open).get('NEW')?.code).toBe('NEW');
  });
});

describe('counting rules, word for word', () => {
  it('name what they could not read', () => {
    const cases = [
      [
        () => fte({ fullTime: -1 }),
        'Invalid staff: 1 problem.\n  - staff.fullTime: expected a number at least 0, received -1',
      ],
      [
        () => fteYears(-1, 2),
        'Invalid FTE-years: 1 problem.\n  - fte: expected a number at least 0, received -1',
      ],
      [
        () => attendeeHours(-1, 2),
        'Invalid hours × attendees: 1 problem.\n  - hours: expected a number at least 0, received -1',
      ],
      [
        () => attributionShare(-1, 2),
        'Invalid attribution share: 1 problem.\n  - onContract: expected a number at least 0, received -1',
      ],
      [
        () => attributionShare(4, 3),
        'Invalid attribution share: 1 problem.\n  - onContract: expected at most the total (3), received 4',
      ],
    ] as const;
    for (const [run, message] of cases) {
      expect(sentences(run)).toEqual({ code: 'invalid-input', message });
    }
  });
});
