import { describe, expect, it } from 'vitest';
import {
  defineFramework,
  extendFramework,
  getMeasure,
  reindexProxies,
  revive,
  valuePledges,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { seedFramework, seedInput } from './fixtures.js';

describe('defineFramework', () => {
  it('keeps proxies exact, fills defaults and freezes', () => {
    expect(getMeasure(seedFramework, 'NT18').proxyValue?.toString()).toBe('0.963812');
    expect(getMeasure(seedFramework, 'CBC5 RBC1').proxyValue?.toString()).toBe('0');
    expect(getMeasure(seedFramework, 'NTX').proxyValue).toBeNull();
    expect(seedFramework.currency).toBe('GBP');
    expect(seedFramework.outcomes).toEqual([]);
    expect(Object.isFrozen(seedFramework.measures[0])).toBe(true);
    expect(
      defineFramework({ ...seedInput, themes: [{ id: 'jobs', name: 'Jobs' }], measures: [] })
        .themes[0]?.shortName,
    ).toBe('Jobs');
  });

  it('rejects a negative proxy at its path', () => {
    const error = caught(() =>
      defineFramework({
        ...seedInput,
        measures: [{ ...seedInput.measures[0]!, proxyValue: '-1' }],
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toBe('framework.measures[0].proxyValue');
  });

  it('rejects duplicate codes and unknown references', () => {
    const duplicate = caught(() =>
      defineFramework({ ...seedInput, measures: [seedInput.measures[0]!, seedInput.measures[0]!] }),
    );
    expect(duplicate.code).toBe('duplicate-code');
    expect(duplicate.issues[0]?.path).toBe('framework.measures[1].code');
    expect(duplicate.issues[0]?.message).toBe('"NT1" is already used by framework.measures[0]');
    // Codes differing only in case are one code: a pledge of "nt1" would otherwise value
    // another measure than "NT1" (themes and outcomes keep exact ids).
    const cased = caught(() =>
      defineFramework({
        ...seedInput,
        measures: [seedInput.measures[0]!, { ...seedInput.measures[1]!, code: 'nt1' }],
      }),
    );
    expect(cased.code).toBe('duplicate-code');
    expect(cased.issues).toEqual([
      expect.objectContaining({
        path: 'framework.measures[1].code',
        message: '"nt1" is already used by framework.measures[0] (as "NT1")',
      }),
    ]);
    const unknown = caught(() =>
      defineFramework({ ...seedInput, measures: [{ ...seedInput.measures[0]!, theme: 'jobz' }] }),
    );
    expect(unknown.code).toBe('unknown-reference');
    expect(unknown.issues[0]?.path).toBe('framework.measures[0].theme');
    const outcome = caught(() =>
      defineFramework({ ...seedInput, measures: [{ ...seedInput.measures[0]!, outcome: 'none' }] }),
    );
    expect(outcome.issues[0]?.path).toBe('framework.measures[0].outcome');
  });

  it('refuses ids and codes that differ only in Unicode form, which messages write alike', () => {
    // "café" with é (NFC) and with e and a combining accent (NFD) were two codes, and two
    // themes: `getMeasure(framework, 'cafe')` said 'did you mean "café" or "café"?'.
    const [nfc, nfd] = ['caf\u00e9', 'cafe\u0301'];
    const codes = caught(() =>
      defineFramework({
        ...seedInput,
        measures: [
          { ...seedInput.measures[0]!, code: nfc },
          { ...seedInput.measures[1]!, code: nfd.toUpperCase() },
        ],
      }),
    );
    expect(codes.code).toBe('duplicate-code');
    expect(codes.issues).toEqual([
      expect.objectContaining({
        path: 'framework.measures[1].code',
        message: `"${nfd.toUpperCase()}" is already used by framework.measures[0] (as "${nfc}" in another Unicode form)`,
      }),
    ]);
    const theme = seedInput.themes[0]!;
    const themes = caught(() =>
      defineFramework({
        ...seedInput,
        themes: [...seedInput.themes, { ...theme, id: nfc }, { ...theme, id: nfd }],
      }),
    );
    expect(themes.code).toBe('duplicate-code');
    expect(themes.issues.map((issue) => issue.path)).toEqual([
      `framework.themes[${seedInput.themes.length + 1}].id`,
    ]);
    // A theme written in either form alone is referred to exactly as written.
    const framework = defineFramework({
      ...seedInput,
      themes: [{ ...theme, id: nfd }],
      measures: [{ ...seedInput.measures[0]!, theme: nfd }],
    });
    expect(framework.measures[0]!.theme).toBe(nfd);
  });

  it('refuses a measure whose outcome is under another theme, in defineFramework and revive', () => {
    const input = {
      id: 'c',
      name: 'C',
      edition: '1',
      priceYear: 2024,
      themes: [
        { id: 'jobs', name: 'Jobs' },
        { id: 'green', name: 'Environment' },
      ],
      outcomes: [{ id: 'carbon', theme: 'green', name: 'Carbon reduced' }],
      measures: [
        {
          code: 'J1',
          theme: 'jobs',
          outcome: 'carbon',
          title: 'Local jobs',
          unit: 'FTE',
          proxyValue: '1',
          valueType: 'social' as const,
        },
      ],
    };
    const error = caught(() => defineFramework(input));
    expect(error.code).toBe('unknown-reference');
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'framework.measures[0].outcome',
        'no outcome "carbon" under theme "jobs" (it is under "green")',
      ],
    ]);
    const matching = { ...input, measures: [{ ...input.measures[0]!, theme: 'green' }] };
    const stored = JSON.parse(JSON.stringify(defineFramework(matching)));
    stored.measures[0].theme = 'jobs';
    const revived = caught(() => revive(stored, 'framework'));
    expect(revived.code).toBe('invalid-input');
    expect(revived.issues[0]?.path).toBe('json.measures[0].outcome');
  });
});

describe('getMeasure', () => {
  it('suggests close codes for an unknown one', () => {
    const wrongCase = caught(() => getMeasure(seedFramework, 'nt18'));
    expect(wrongCase.code).toBe('unknown-measure');
    expect(wrongCase.details.suggestions).toEqual(['NT18']);
    const typo = caught(() => getMeasure(seedFramework, 'NT81'));
    expect(typo.details.suggestions).toContain('NT18');
    expect(caught(() => getMeasure(seedFramework, 'ZZZZZZ')).details.suggestions).toEqual([]);
  });

  it('says a code meant differs in Unicode form, where the message writes the two alike', () => {
    // A pledge of "café" written with e and a combining accent, in a framework whose code has
    // é: 'unknown measure code "café" (did you mean "café"?)' named the same text twice.
    const framework = defineFramework({
      ...seedInput,
      measures: [{ ...seedInput.measures[0]!, code: 'caf\u00e9' }],
    });
    const error = caught(() => valuePledges(framework, [{ measure: 'cafe\u0301', quantity: 1 }]));
    expect(error.code).toBe('unknown-measure');
    expect(error.issues[0]!.message).toBe(
      'unknown measure code "cafe\u0301" (did you mean "caf\u00e9", in another Unicode form?)',
    );
    expect(caught(() => getMeasure(framework, 'cafe')).issues[0]!.message).toBe(
      'unknown measure code "cafe" (did you mean "caf\u00e9"?)',
    );
  });

  it('names the code that differs only in Unicode form, even when another is closer in code units', () => {
    // Codes "café" (é) and "cafe": "café" written with e and a combining accent is one code unit
    // from "cafe" and two from "café", so only "cafe" was suggested ('did you mean "cafe"?'),
    // not the code the message writes exactly as the one given.
    const framework = defineFramework({
      ...seedInput,
      measures: [
        { ...seedInput.measures[0]!, code: 'caf\u00e9' },
        { ...seedInput.measures[1]!, code: 'cafe' },
      ],
    });
    const error = caught(() => getMeasure(framework, 'cafe\u0301'));
    expect(error.details.suggestions).toEqual(['caf\u00e9']);
    expect(error.issues[0]!.message).toBe(
      'unknown measure code "cafe\u0301" (did you mean "caf\u00e9", in another Unicode form?)',
    );
    const pledged = caught(() => valuePledges(framework, [{ measure: 'cafe\u0301', quantity: 1 }]));
    expect(pledged.details.suggestions).toEqual(['caf\u00e9']);
  });

  it('suggests the code of a measure written by its title', () => {
    // seed 004's NT18 is "Local supply chain spend"; by closeness alone no code was near.
    const byTitle = caught(() => getMeasure(seedFramework, 'local supply chain spend'));
    expect(byTitle.details.suggestions).toEqual(['NT18']);
    expect(byTitle.message).toBe(
      'No measure "local supply chain spend" in Seed 004 council sheet (edition 2021) (did you mean "NT18"?).\n  - code: unknown measure code "local supply chain spend" (did you mean "NT18"?)',
    );
    const pledged = caught(() =>
      valuePledges(seedFramework, [{ measure: 'Paid work placements', quantity: 3 }]),
    );
    expect(pledged.issues).toEqual([
      expect.objectContaining({
        path: 'pledges[0].measure',
        message: 'unknown measure code "Paid work placements" (did you mean "NT13"?)',
      }),
    ]);
  });

  it('names three codes at most, in code-unit order, when more measures share the title', () => {
    // Five measures titled "Hours", given in the order H5, H4, …, H1: the message and details
    // both list H1, H2 and H3 (code-unit order, as suggest breaks ties), not all five.
    const hours = defineFramework({
      ...seedInput,
      measures: ['H5', 'H4', 'H3', 'H2', 'H1'].map((code) => ({
        ...seedInput.measures[0]!,
        code,
        title: 'Hours',
      })),
    });
    const error = caught(() => getMeasure(hours, 'hours'));
    expect(error.issues[0]?.message).toBe(
      'unknown measure code "hours" (did you mean "H1", "H2" or "H3"?)',
    );
    expect(error.details.suggestions).toEqual(['H1', 'H2', 'H3']);
  });

  it('keeps an unknown-measure error small when 20,000 measures share the title', () => {
    // 20,000 measures titled "Same title" (M0 … M19999): three codes in details, as in the
    // message; in code-unit order M0, M1, M10 ("M10" < "M100" < "M2").
    const many = defineFramework({
      ...seedInput,
      measures: Array.from({ length: 20_000 }, (_, i) => ({
        ...seedInput.measures[0]!,
        code: `M${i}`,
        title: 'Same title',
      })),
    });
    const error = caught(() => valuePledges(many, [{ measure: 'same title', quantity: 1 }]));
    expect(error.details.suggestions).toEqual(['M0', 'M1', 'M10']);
    expect(JSON.stringify(error.details).length).toBeLessThan(200);
  });
});

describe('extendFramework', () => {
  // Built in the test that reads it: per-test coverage (mutation testing) counts only code run
  // inside a test.
  const localFramework = () =>
    extendFramework(seedFramework, {
      id: 'local',
      name: 'Local',
      themes: [{ id: 'innovation', name: 'Promoting Social Innovation', shortName: 'Innovation' }],
      measures: [
        { ...seedInput.measures[3]!, proxyValue: '0.9638118' },
        {
          code: 'LOC1',
          theme: 'innovation',
          title: 'Local pilot',
          unit: 'no.',
          proxyValue: 100,
          valueType: 'social',
        },
      ],
      remove: ['NTX'],
    });

  it('overrides in place, appends additions, removes, and keeps provenance', () => {
    const local = localFramework();
    const codes = local.measures.map((measure) => measure.code);
    expect(codes.indexOf('NT18')).toBe(3);
    expect(codes.at(-1)).toBe('LOC1');
    expect(codes).not.toContain('NTX');
    const nt18 = getMeasure(local, 'NT18');
    expect(nt18.proxyValue?.toString()).toBe('0.9638118');
    expect(nt18.provenance?.change).toBe('overridden');
    expect(nt18.provenance?.baseProxyValue?.toString()).toBe('0.963812');
    expect(getMeasure(local, 'LOC1').provenance).toEqual({
      change: 'added',
      base: 'seed-004 2021',
    });
    expect(getMeasure(local, 'NT1').provenance).toBeUndefined();
    expect(local.extends).toBe('seed-004 2021');
    expect(local.edition).toBe('2021');
  });

  it('keeps the base edition on base measures when the edition changes', () => {
    // The seed's proxies are 2021 figures: relabelled as 2024 they would be added to 2024
    // proxies with no warning.
    const newer = extendFramework(seedFramework, {
      id: 'local-2024',
      name: 'Local 2024',
      edition: '2024',
      measures: [{ ...seedInput.measures[6]!, proxyValue: '17.20' }],
    });
    expect(newer.edition).toBe('2024');
    expect(getMeasure(newer, 'NT1').edition).toBe('2021');
    expect(getMeasure(newer, 'NT29').edition).toBeUndefined();
    const valuation = valuePledges(newer, [
      { measure: 'NT1', quantity: 1 },
      { measure: 'NT29', quantity: 10 },
    ]);
    // By hand: 1 × £30,782 + 10 × £17.20 = £30,954.
    expect(valuation.total.toString()).toBe('30954');
    expect(valuation.warnings.map((warning) => warning.code)).toEqual(['mixed-editions']);
    expect(valuation.warnings[0]!.measures).toEqual(['NT1']);
    // A base measure already of another edition keeps it.
    const older = extendFramework(
      defineFramework({
        ...seedInput,
        measures: [{ ...seedInput.measures[0]!, edition: '2019' }, seedInput.measures[1]!],
      }),
      { id: 'x', name: 'X', edition: '2024' },
    );
    expect(older.measures.map((measure) => measure.edition)).toEqual(['2019', '2021']);
  });

  it('refuses a new price year while base proxies stay at the old one', () => {
    const error = caught(() =>
      extendFramework(seedFramework, { id: 'x', name: 'X', priceYear: 2024 }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toBe('changes.priceYear');
    expect(error.issues[0]?.message).toContain('reindexProxies');
    // Every proxy measure re-priced or removed (NTX has none, CBC5 RBC1 is £0): accepted.
    const repriced = extendFramework(seedFramework, {
      id: 'x',
      name: 'X',
      priceYear: 2024,
      measures: seedInput.measures
        .filter((measure) => !['NTX', 'CBC5 RBC1', 'NT32'].includes(measure.code))
        .map((measure) => ({ ...measure, proxyValue: '1' })),
      remove: ['NT32'],
    });
    expect(repriced.priceYear).toBe(2024);
    // Reindexed first, as the message says: accepted.
    const reindexed = reindexProxies(seedFramework, { factor: '1.1', toPriceYear: 2024 });
    expect(extendFramework(reindexed, { id: 'y', name: 'Y', priceYear: 2024 }).priceYear).toBe(
      2024,
    );
  });

  it("keeps a re-indexed base's record, so the kept proxies still lead back to the edition's", () => {
    const in2024 = reindexProxies(seedFramework, { factor: '1.1', toPriceYear: 2024 });
    const local = extendFramework(in2024, { id: 'local', name: 'Local', remove: ['NT32'] });
    expect(local.priceYear).toBe(2024);
    expect(local.reindexed?.fromPriceYear).toBe(2021);
    expect(local.reindexed?.factor.toString()).toBe('1.1');
    // NT29's proxy, 16.09 at 2021 prices: 17.699 at 2024's, 16.09 again back at 2021's, and the
    // way back must undo the factor recorded (a factor of 2 is refused).
    expect(getMeasure(local, 'NT29').proxyValue?.toString()).toBe('17.699');
    const back = reindexProxies(local, { index: { from: 110, to: 100 }, toPriceYear: 2021 });
    expect(getMeasure(back, 'NT29').proxyValue?.toString()).toBe('16.09');
    expect(caught(() => reindexProxies(local, { factor: 2, toPriceYear: 2021 })).code).toBe(
      'invalid-input',
    );
    expect(defineFramework(JSON.parse(JSON.stringify(local))).reindexed?.factor.toString()).toBe(
      '1.1',
    );
    // At another price year, every kept proxy re-priced or removed: the record no longer applies.
    const repriced = extendFramework(in2024, {
      id: 'x',
      name: 'X',
      priceYear: 2025,
      measures: seedInput.measures
        .filter((measure) => !['NTX', 'CBC5 RBC1', 'NT32'].includes(measure.code))
        .map((measure) => ({ ...measure, proxyValue: '1' })),
      remove: ['NT32'],
    });
    expect(repriced.reindexed).toBeUndefined();
  });

  it('rejects removing an unknown code', () => {
    const error = caught(() =>
      extendFramework(seedFramework, { id: 'x', name: 'X', remove: ['NT99'] }),
    );
    expect(error.code).toBe('unknown-measure');
    expect(error.issues[0]?.path).toBe('changes.remove[0]');
    expect(error.details.suggestions).toEqual(['NT19', 'NT29']);
  });
});

describe('reindexProxies', () => {
  it('multiplies every proxy by the factor, keeping null and 0', () => {
    // By hand: 16.09 × 1.05 = 16.8945; 30782 × 1.05 = 32321.1.
    const reindexed = reindexProxies(seedFramework, { factor: '1.05', toPriceYear: 2023 });
    expect(getMeasure(reindexed, 'NT29').proxyValue?.toString()).toBe('16.8945');
    expect(getMeasure(reindexed, 'NT1').proxyValue?.toString()).toBe('32321.1');
    expect(getMeasure(reindexed, 'NTX').proxyValue).toBeNull();
    expect(getMeasure(reindexed, 'CBC5 RBC1').proxyValue?.toString()).toBe('0');
    expect(reindexed.priceYear).toBe(2023);
    expect(reindexed.reindexed?.fromPriceYear).toBe(2021);
  });

  it('re-indexed again, records the first price year and the factors multiplied', () => {
    // 2021 → 2023 by 1.05, then 2023 → 2024 by 1.1: 16.09 × 1.05 = 16.8945, × 1.1 = 18.58395;
    // from 2021 by 1.05 × 1.1 = 1.155 (16.09 × 1.155 = 18.58395 too).
    const in2023 = reindexProxies(seedFramework, { factor: '1.05', toPriceYear: 2023 });
    const in2024 = reindexProxies(in2023, { factor: '1.1', toPriceYear: 2024 });
    expect(getMeasure(in2024, 'NT29').proxyValue?.toString()).toBe('18.58395');
    expect(in2024.priceYear).toBe(2024);
    expect(in2024.reindexed?.fromPriceYear).toBe(2021);
    expect(in2024.reindexed?.factor.toString()).toBe('1.155');
    // Read back from its JSON and re-indexed again by an index: 1.155 × 121 / 110 = 1.2705.
    const again = reindexProxies(defineFramework(JSON.parse(JSON.stringify(in2024))), {
      index: { from: 110, to: 121 },
      toPriceYear: 2025,
    });
    expect(again.reindexed?.fromPriceYear).toBe(2021);
    expect(again.reindexed?.factor.toString()).toBe('1.2705');
  });

  it('refuses to record factors multiplied past 1e60, which a stored framework cannot hold', () => {
    // Proxies all 0 stay in the domain however often they are re-indexed; the factors do not:
    // 1e14 four times is 1e56, five times 1e70.
    let zeros = defineFramework({
      ...seedInput,
      measures: seedInput.measures.map((measure) => ({ ...measure, proxyValue: 0 })),
    });
    for (const year of [2022, 2023, 2024, 2025]) {
      zeros = reindexProxies(zeros, { factor: '1e14', toPriceYear: year });
    }
    expect(zeros.reindexed?.factor.toString()).toBe('1e+56');
    const error = caught(() => reindexProxies(zeros, { factor: '1e14', toPriceYear: 2026 }));
    expect(error.code).toBe('out-of-range');
    expect(error.issues[0]?.path).toBe('options.factor');
    expect(error.issues[0]?.message).toContain('the factor from 2021');
  });

  it('refuses a factor other than 1 to the price year the proxies are already in', () => {
    // seedFramework's price year is 2021: 2021 → 2021 can only keep the proxies as they are.
    const factor = caught(() =>
      reindexProxies(seedFramework, { factor: '1.1', toPriceYear: 2021 }),
    );
    expect(factor.code).toBe('invalid-input');
    expect(factor.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'options.factor',
        "expected a factor of 1 when toPriceYear is the framework's price year, received a factor of 1.1; give toPriceYear the year the proxies are re-priced to",
      ],
    ]);
    // An index of 100 and 110 at the same year: a factor of 110 ÷ 100 = 1.1, at options.index.
    const index = caught(() =>
      reindexProxies(seedFramework, { index: { from: 100, to: 110 }, toPriceYear: 2021 }),
    );
    expect(index.issues[0]?.path).toBe('options.index');
    expect(index.issues[0]?.message).toContain('received from 100 to 110, a factor of 1.1;');
    // A factor of 1 (or an index equal at both years) keeps the proxies: 16.09 stays 16.09.
    for (const options of [
      { factor: 1, toPriceYear: 2021 },
      { index: { from: 120, to: '120.0' }, toPriceYear: 2021 },
    ] as const) {
      const same = reindexProxies(seedFramework, options);
      expect(getMeasure(same, 'NT29').proxyValue?.toString()).toBe('16.09');
      expect(same.priceYear).toBe(2021);
    }
  });

  it('back to the price year first re-indexed from, takes only the factor undoing the recorded one', () => {
    // 2021 → 2024 by 1.1 (16.09 × 1.1 = 17.699), then back to 2021 by 2: the proxies would be
    // the edition's 2021 proxies × 2.2 while claiming to be in 2021 prices. Refused, naming the
    // factor that undoes 1.1: 1 ÷ 1.1 = 0.90909…, 34 significant digits, half-up.
    const in2024 = reindexProxies(seedFramework, { factor: '1.1', toPriceYear: 2024 });
    const doubled = caught(() => reindexProxies(in2024, { factor: 2, toPriceYear: 2021 }));
    expect(doubled.code).toBe('invalid-input');
    expect(doubled.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'options.factor',
        "expected a factor of 0.9090909090909090909090909090909091 when toPriceYear is the framework's first price year, received a factor of 2; give toPriceYear the year the proxies are re-priced to",
      ],
    ]);
    // The same from its JSON, and by an index (110 → 121 is 1.1 again, not its inverse).
    const stored = JSON.parse(JSON.stringify(in2024));
    const byIndex = caught(() =>
      reindexProxies(stored, { index: { from: 110, to: 121 }, toPriceYear: 2021 }),
    );
    expect(byIndex.issues[0]?.path).toBe('options.index');
    // The index the other way round undoes it: 17.699 × 100 / 110 = 16.09 (the division's
    // rounding, 1.6e-34, is below the last of 34 digits); 1.1 × 0.9090…91 is 1 to 34 digits.
    const back = reindexProxies(in2024, { index: { from: 110, to: 100 }, toPriceYear: 2021 });
    expect(getMeasure(back, 'NT29').proxyValue?.toString()).toBe('16.09');
    expect(getMeasure(back, 'NT1').proxyValue?.toString()).toBe('30782');
    expect(back.priceYear).toBe(2021);
    expect(back.reindexed?.fromPriceYear).toBe(2021);
    expect(back.reindexed?.factor.toString()).toBe('1');
    // A factor of 3 undone by 1 ÷ 3 rounded: 3 × 0.333…3 (34 threes) = 0.999…9 (34 nines), 1
    // up to the rounding; the proxies round back to the edition's (16.09 × 3 = 48.27), so the
    // factor recorded is 1, not 0.999…9 (which would say 16.09 × 0.999…9 = 16.0899…9839).
    const tripled = reindexProxies(seedFramework, { factor: 3, toPriceYear: 2022 });
    const undone = reindexProxies(tripled, { index: { from: 3, to: 1 }, toPriceYear: 2021 });
    expect(undone.reindexed?.factor.toString()).toBe('1');
    expect(getMeasure(undone, 'NT29').proxyValue?.toString()).toBe('16.09');
    // 2021 → 2024 by an index of 3 to 7 (× 2.333…3) and back by 7 to 3 (× 0.428…6): 1 again.
    const bySevenThirds = reindexProxies(seedFramework, {
      index: { from: 3, to: 7 },
      toPriceYear: 2024,
    });
    const backFrom = reindexProxies(bySevenThirds, {
      index: { from: 7, to: 3 },
      toPriceYear: 2021,
    });
    expect(backFrom.reindexed?.factor.toString()).toBe('1');
    expect(getMeasure(backFrom, 'NT29').proxyValue?.toString()).toBe('16.09');
    // Another year than the first one stays free: back to 2023 after 2021 → 2023 → 2024.
    const in2023 = reindexProxies(seedFramework, { factor: '1.05', toPriceYear: 2023 });
    const later = reindexProxies(in2023, { factor: '1.1', toPriceYear: 2024 });
    expect(
      reindexProxies(later, { factor: 2, toPriceYear: 2023 }).reindexed?.factor.toString(),
    ).toBe('2.31');
  });

  it('reads back a framework re-indexed back to its first price year only with a factor of 1', () => {
    // 2021 → 2024 by 1.1, back by 100/110: the factors multiplied are 1 (a factor of 3 undone by
    // 1 ÷ 3 to 34 digits is 0.999…9, 1 up to the rounding, as 0.2's first builds stored it):
    // both read back.
    const in2024 = reindexProxies(seedFramework, { factor: '1.1', toPriceYear: 2024 });
    const back = reindexProxies(in2024, { index: { from: 110, to: 100 }, toPriceYear: 2021 });
    const undone = JSON.parse(JSON.stringify(back));
    undone.reindexed.factor = `0.${'9'.repeat(34)}`;
    for (const framework of [back, undone]) {
      const json = JSON.stringify(framework);
      expect(JSON.stringify(revive(JSON.parse(json), 'framework'))).toBe(json);
    }
    // A record edited to 2.2 would say the 2021 proxies are the edition's 2021 proxies × 2.2.
    const edited = JSON.parse(JSON.stringify(back));
    edited.reindexed.factor = '2.2';
    const error = caught(() => revive(edited));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'json.reindexed.factor',
        'expected 1 (proxies in the price year they were re-indexed from), received 2.2',
      ],
    ]);
  });

  it('refuses a stored re-indexing record of factor 0, which no re-indexing makes', () => {
    // reindexProxies takes factors above 0 only; a record edited to 0 was read back, and
    // re-indexing back to its first price year then asked for "a factor of Infinity" (1 ÷ 0).
    const stored = JSON.parse(
      JSON.stringify(reindexProxies(seedFramework, { factor: '1.1', toPriceYear: 2024 })),
    );
    stored.reindexed.factor = '0';
    for (const run of [() => defineFramework(stored), () => revive(stored, 'framework')]) {
      const error = caught(run);
      expect(error.code).toBe('invalid-input');
      expect(
        error.issues.map((issue) => [issue.path.replace(/^json/, 'framework'), issue.message]),
      ).toEqual([['framework.reindexed.factor', 'expected a number above 0, received "0"']]);
    }
    const back = caught(() => reindexProxies(stored, { factor: 2, toPriceYear: 2021 }));
    expect(back.issues[0]?.path).toBe('framework.reindexed.factor');
    expect(back.message).not.toContain('Infinity');
  });

  it('derives the factor from an index and rejects a zero index', () => {
    // 16.09 × 120 / 100 = 19.308.
    const reindexed = reindexProxies(seedFramework, {
      index: { from: 100, to: 120 },
      toPriceYear: 2024,
    });
    expect(getMeasure(reindexed, 'NT29').proxyValue?.toString()).toBe('19.308');
    const error = caught(() => reindexProxies(seedFramework, { factor: 0, toPriceYear: 2024 }));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.path)).toContain('options.factor');
  });
});
