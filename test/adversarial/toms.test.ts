import { describe, expect, it } from 'vitest';
import { isSealed } from '../../src/core/brand.js';
import { ownValue } from '../../src/core/record.js';
import {
  attendeeHours,
  attributionShare,
  Decimal,
  defineFramework,
  extendFramework,
  type FrameworkInput,
  fte,
  fteYears,
  getMeasure,
  type MeasureInput,
  reindexProxies,
  valuePledges,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { seedFramework, seedInput } from '../toms/fixtures.js';
import { expectSane, frozenCopy, hostileNumbers, nothingFrozen, prototypeNames } from './sane.js';

// Adversarial inputs for every public function of toms: defineFramework, getMeasure,
// extendFramework, reindexProxies, fte, fteYears, attendeeHours, attributionShare.

const measure = (overrides: Partial<Record<keyof MeasureInput, unknown>> = {}) =>
  ({ ...seedInput.measures[0]!, ...overrides }) as MeasureInput;
const framework = (overrides: Partial<Record<keyof FrameworkInput, unknown>> = {}) =>
  ({ ...seedInput, ...overrides }) as FrameworkInput;

describe('defineFramework', () => {
  it('refuses every malformed proxy at its path, with the right code', () => {
    // null is a valid proxy (not monetised yet); every other hostile value is refused.
    for (const proxyValue of hostileNumbers.filter((value) => value !== null)) {
      const error = caught(() =>
        defineFramework(framework({ measures: [measure({ proxyValue })] })),
      );
      expect(['invalid-input', 'out-of-range']).toContain(error.code);
      expect(error.issues[0]?.path).toBe('framework.measures[0].proxyValue');
    }
    const huge = caught(() =>
      defineFramework(framework({ measures: [measure({ proxyValue: '1e9000000000000001' })] })),
    );
    expect(huge.code).toBe('out-of-range');
    expect(huge.issues[0]?.message).toBe(
      'expected a number below 1e15 in magnitude, received "1e9000000000000001"',
    );
    const places = caught(() =>
      defineFramework(framework({ measures: [measure({ proxyValue: `0.${'1'.repeat(41)}` })] })),
    );
    expect(places.code).toBe('out-of-range');
  });

  it('keeps a proxy at the edges of the numeric domain exact', () => {
    const forty = `0.${'9'.repeat(39)}7`;
    const edge = defineFramework(
      framework({
        measures: [
          measure({ code: 'BIG', proxyValue: '999999999999999.9' }),
          measure({ code: 'TINY', proxyValue: forty }),
        ],
      }),
    );
    expect(getMeasure(edge, 'BIG').proxyValue?.toString()).toBe('999999999999999.9');
    expect(getMeasure(edge, 'TINY').proxyValue?.toString()).toBe(forty);
    // A 40-digit proxy × 7, worked by hand: 0.99…97 × 7 = 6.99…79 (39 nines after the point).
    const valuation = valuePledges(edge, [{ measure: 'TINY', quantity: 7 }]);
    expect(valuation.total.toString()).toBe(`6.${'9'.repeat(38)}79`);
    expectSane(valuation);
  });

  it('refuses unknown and misspelt keys at their path, with a did-you-mean', () => {
    const group = caught(() =>
      defineFramework(
        framework({ measures: [{ ...measure(), exclusivitygroup: 'local spend' } as never] }),
      ),
    );
    expect(group.code).toBe('invalid-input');
    expect(group.issues).toEqual([
      {
        path: 'framework.measures[0].exclusivitygroup',
        segments: ['framework', 'measures', 0, 'exclusivitygroup'],
        message: 'unknown key (did you mean "exclusivityGroup"?)',
      },
    ]);
    const year = caught(() => defineFramework({ ...seedInput, pricYear: 2021 } as never));
    expect(year.issues.map((issue) => [issue.path, issue.message])).toContainEqual([
      'framework.pricYear',
      'unknown key (did you mean "priceYear"?)',
    ]);
    const theme = caught(() =>
      defineFramework(framework({ themes: [{ id: 'jobs', name: 'Jobs', shortname: 'J' }] })),
    );
    expect(theme.issues[0]).toMatchObject({
      path: 'framework.themes[0].shortname',
      message: 'unknown key (did you mean "shortName"?)',
    });
    const type = caught(() =>
      defineFramework(framework({ measures: [measure({ valueType: 'locale-economic' })] })),
    );
    expect(type.issues[0]?.path).toBe('framework.measures[0].valueType');
    expect(type.issues[0]?.message).toContain('(did you mean "local-economic"?)');
  });

  it('takes prototype-named ids and codes as ordinary ones', () => {
    const named = defineFramework(
      framework({
        themes: prototypeNames.map((id) => ({ id, name: `Theme ${id}` })),
        measures: prototypeNames.map((code, index) =>
          measure({
            code,
            theme: prototypeNames[(index + 1) % prototypeNames.length],
            proxyValue: index + 1,
          }),
        ),
      }),
    );
    for (const code of prototypeNames) expect(getMeasure(named, code).code).toBe(code);
    const valuation = valuePledges(
      named,
      prototypeNames.map((code) => ({ measure: code, quantity: 1 })),
    );
    expect(Object.getPrototypeOf(valuation.byTheme)).toBeNull();
    expect(Object.keys(valuation.byTheme)).toEqual(prototypeNames);
    // Theme of measure i is theme i + 1: measure __proto__ (proxy 1) is in theme constructor.
    expect(valuation.byTheme.constructor?.toString()).toBe('1');
    expect(ownValue(valuation.byTheme, '__proto__')?.toString()).toBe(
      String(prototypeNames.length),
    );
    expect(valuation.total.toString()).toBe('21');
    expectSane(valuation);
    const missing = caught(() => getMeasure(named, 'hasOwnPropertyX'));
    expect(missing.details.suggestions).toEqual(['hasOwnProperty']);
  });

  it('neither changes nor needs to change its input, and seals its result', () => {
    const input = frozenCopy(seedInput);
    const result = defineFramework(input);
    expect(isSealed(result, 'framework')).toBe(true);
    expect(result.kind).toBe('framework');
    const open = structuredClone(seedInput);
    defineFramework(open);
    expect(nothingFrozen(open)).toBe(true);
    expect(defineFramework(result)).toBe(result);
  });

  it('reads a stored framework back as it was, Decimal proxies included', () => {
    const json = JSON.parse(JSON.stringify(seedFramework));
    expect(json.measures[3].proxyValue).toBe('0.963812');
    const again = defineFramework(json);
    expect(Decimal.isDecimal(getMeasure(again, 'NT18').proxyValue)).toBe(true);
    expect(JSON.stringify(again)).toBe(JSON.stringify(seedFramework));
  });

  it('refuses values that are not frameworks, naming the parameter', () => {
    for (const value of [null, undefined, 5, 'framework', []]) {
      const error = caught(() => defineFramework(value as never));
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]?.path).toBe('framework');
    }
    const valuation = valuePledges(seedFramework, []);
    const wrong = caught(() => defineFramework(valuation as never));
    expect(wrong.issues[0]?.message).toBe(
      'expected a framework (from defineFramework) or its JSON form, received an object of kind "valuation"',
    );
  });
});

describe('getMeasure', () => {
  it('names the parameter for anything that is not a framework', () => {
    const valuation = valuePledges(seedFramework, []);
    for (const value of [
      null,
      undefined,
      {},
      [],
      'NT1',
      7,
      valuation,
      JSON.parse(JSON.stringify(valuation)),
    ]) {
      const error = caught(() => getMeasure(value as never, 'A'));
      expect(error.code).toBe('invalid-input');
      expect(error.issues).toHaveLength(1);
      expect(error.issues[0]?.path).toBe('framework');
      expect(error.issues[0]?.message).toMatch(
        value === undefined
          ? /^missing: expected a framework \(from defineFramework\) or its JSON form$/
          : /^expected a framework \(from defineFramework\) or its JSON form, received /,
      );
    }
    const code = caught(() => getMeasure(seedFramework, 18 as never));
    expect(code.issues[0]).toMatchObject({
      path: 'code',
      message: 'expected a measure code (text), received 18',
    });
  });

  it('validates a hand-made framework as defineFramework would', () => {
    const handMade = JSON.parse(JSON.stringify(seedInput));
    expect(getMeasure(handMade, 'NT18').proxyValue?.toString()).toBe('0.963812');
    expect(nothingFrozen(handMade)).toBe(true);
    const badTheme = { ...handMade, measures: [{ ...handMade.measures[0], theme: 'jobz' }] };
    const theme = caught(() => getMeasure(badTheme, 'NT1'));
    expect(theme.code).toBe('invalid-input');
    expect(theme.issues[0]).toMatchObject({
      path: 'framework.measures[0].theme',
      message: 'no theme "jobz" (did you mean "jobs"?)',
    });
    // A theme written by its short name or name names its id (closeness alone found nothing).
    const named = {
      ...handMade,
      measures: [
        { ...handMade.measures[0], theme: 'Jobs' },
        { ...handMade.measures[1], theme: 'promote local skills and employment' },
      ],
    };
    expect(caught(() => getMeasure(named, 'NT1')).issues).toEqual([
      expect.objectContaining({
        path: 'framework.measures[0].theme',
        message: 'no theme "Jobs" (did you mean "jobs"?)',
      }),
      expect.objectContaining({
        path: 'framework.measures[1].theme',
        message: 'no theme "promote local skills and employment" (did you mean "jobs"?)',
      }),
    ]);
    const badType = { ...handMade, measures: [{ ...handMade.measures[0], valueType: 'economic' }] };
    const type = caught(() => getMeasure(badType, 'NT1'));
    expect(type.code).toBe('invalid-input');
    expect(type.issues[0]?.path).toBe('framework.measures[0].valueType');
  });
});

describe('extendFramework', () => {
  it('leaves the base and the changes as they were', () => {
    const base = structuredClone(seedInput);
    const changes = {
      id: 'x',
      name: 'X',
      themes: [{ id: 'new', name: 'New' }],
      measures: [measure({ code: 'NEW', theme: 'new' })],
      remove: ['NTX'],
    };
    const result = extendFramework(base as never, changes);
    expect(nothingFrozen(base)).toBe(true);
    expect(nothingFrozen(changes)).toBe(true);
    expect(result.measures.map((m) => m.code)).toContain('NEW');
    expect(isSealed(result, 'framework')).toBe(true);
    const frozen = extendFramework(frozenCopy(seedInput) as never, frozenCopy(changes));
    expect(frozen.measures).toHaveLength(result.measures.length);
  });

  it('reports every kind of bad change at its path', () => {
    const removed = caught(() =>
      extendFramework(seedFramework, {
        id: 'x',
        name: 'X',
        measures: [measure({ code: 'NT13' })],
        remove: ['NT13'],
      }),
    );
    expect(removed.code).toBe('invalid-input');
    expect(removed.issues[0]?.path).toBe('changes.measures[0].code');
    const twice = caught(() =>
      extendFramework(seedFramework, {
        id: 'x',
        name: 'X',
        measures: [measure({ code: 'NEW' }), measure({ code: 'NEW' })],
      }),
    );
    expect(twice.code).toBe('duplicate-code');
    expect(twice.issues[0]).toMatchObject({
      path: 'changes.measures[1].code',
      message: '"NEW" is already used by changes.measures[0]',
    });
    const theme = caught(() =>
      extendFramework(seedFramework, {
        id: 'x',
        name: 'X',
        themes: [{ id: 'jobs', name: 'Jobs' }],
      }),
    );
    expect(theme.issues[0]?.path).toBe('changes.themes[0].id');
    const key = caught(() =>
      extendFramework(seedFramework, { id: 'x', name: 'X', remmove: [] } as never),
    );
    expect(key.issues[0]).toMatchObject({
      path: 'changes.remmove',
      message: 'unknown key (did you mean "remove"?)',
    });
    const base = caught(() => extendFramework(null as never, { id: 'x', name: 'X' }));
    expect(base.issues[0]?.path).toBe('base');
  });
});

describe('reindexProxies', () => {
  it('leaves the framework given as it was', () => {
    const plain = JSON.parse(JSON.stringify(seedFramework));
    const result = reindexProxies(plain, { factor: 2, toPriceYear: 2024 });
    expect(nothingFrozen(plain)).toBe(true);
    expect(getMeasure(result, 'NT29').proxyValue?.toString()).toBe('32.18');
  });

  it('rounds re-indexed proxies like a division and refuses ones out of the domain', () => {
    // 16.09 × 7 / 3 = 37.543333…: 34 significant digits, half-up.
    const third = reindexProxies(seedFramework, { index: { from: 3, to: 7 }, toPriceYear: 2024 });
    expect(getMeasure(third, 'NT29').proxyValue?.toString()).toBe(
      '37.54333333333333333333333333333333',
    );
    expect(third.reindexed?.factor.toString()).toBe('2.333333333333333333333333333333333');
    const huge = caught(() => reindexProxies(seedFramework, { factor: '1e14', toPriceYear: 2024 }));
    expect(huge.code).toBe('out-of-range');
    expect(huge.issues[0]?.path).toBe('options.factor');
    for (const factor of hostileNumbers) {
      const error = caught(() =>
        reindexProxies(seedFramework, { factor: factor as never, toPriceYear: 2024 }),
      );
      expect(['invalid-input', 'out-of-range']).toContain(error.code);
      expect(error.issues[0]?.path).toBe('options.factor');
    }
    const both = caught(() =>
      reindexProxies(seedFramework, {
        factor: 1,
        index: { from: 1, to: 2 },
        toPriceYear: 2024,
      } as never),
    );
    expect(both.issues[0]?.message).toBe('expected exactly one of factor or index');
    const key = caught(() =>
      reindexProxies(seedFramework, { factr: 2, toPriceYear: 2024 } as never),
    );
    expect(key.issues[0]).toMatchObject({
      path: 'options.factr',
      message: 'unknown key (did you mean "factor"?)',
    });
  });
});

describe('counting rules', () => {
  it('refuse every malformed number at its path', () => {
    for (const value of hostileNumbers) {
      for (const [run, path] of [
        [() => fte({ fullTime: value as never }), 'staff.fullTime'],
        [() => fteYears(value as never, 1), 'fte'],
        [() => fteYears(1, value as never), 'years'],
        [() => attendeeHours(value as never, 1), 'hours'],
        [() => attendeeHours(1, value as never), 'attendees'],
        [() => attributionShare(value as never, 1), 'onContract'],
        [() => attributionShare(1, value as never), 'total'],
      ] as const) {
        const error = caught(run);
        expect(['invalid-input', 'out-of-range']).toContain(error.code);
        expect(error.issues[0]?.path).toBe(path);
      }
    }
  });

  it('refuse unknown keys and keep exact figures at the edges', () => {
    const key = caught(() => fte({ fulltime: 3 } as never));
    expect(key.issues[0]).toMatchObject({
      path: 'staff.fulltime',
      message: 'unknown key (did you mean "fullTime"?)',
    });
    expect(fteYears('999999999999999', '999999999999999').toString()).toBe(
      '999999999999998000000000000001',
    );
    expect(attributionShare(`0.${'0'.repeat(39)}1`, 3).toString()).toBe(
      `3.333333333333333333333333333333333e-41`,
    );
    expect(attributionShare(2, 3).toString()).toBe('0.6666666666666666666666666666666667');
    expect(caught(() => attributionShare(4, 3)).issues[0]).toMatchObject({
      path: 'onContract',
      message: 'expected at most the total (3), received 4',
    });
  });
});

describe('a whole file given as a code', () => {
  // 100,000 characters where a measure code belongs: the message quotes the first 60 and says
  // how long the text was, instead of quoting it whole (twice: message and issue).
  const long = `NT${'9'.repeat(99_998)}`;
  const cut = `"NT${'9'.repeat(58)}"... (100000 characters)`;

  it('is quoted by its first 60 characters and its length in getMeasure and valuePledges', () => {
    const unknown = caught(() => getMeasure(seedFramework, long));
    expect(unknown.message).toContain(`No measure ${cut} in`);
    expect(unknown.issues[0]?.message).toContain(`unknown measure code ${cut}`);
    expect(unknown.message.length).toBeLessThan(1_000);
    const pledged = caught(() => valuePledges(seedFramework, [{ measure: long, quantity: 1 }]));
    expect(pledged.message.length).toBeLessThan(1_000);
    expect(pledged.message).toContain(cut);
  });
});
