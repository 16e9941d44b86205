import { describe, expect, it } from 'vitest';
import { assessMaturity, defineMaturityModel } from '../../src/index.js';
import { handSource as source, wideModel } from './fixtures.js';

// The "did you mean" of unknown criterion ids: the first 20 of the responses (across every
// theme, as the library counts the unknown names of one input) are compared with every level
// and criterion of their theme; later ones find only an id written otherwise in case or
// spacing. The count was kept per theme, so each of 5,000 themes compared its first unknown id
// with all 5,000 levels: 14 s from the built package (0.8 s now).

/** `count` themes `th0` …, each with one criterion `th<i>.basic.1` at Basic. */
const wide = (count: number) => wideModel(count, (i) => `th${i}.basic.1`);

const messages = (assessment: ReturnType<typeof assessMaturity>) =>
  assessment.warnings
    .filter((warning) => warning.code === 'unknown-criterion')
    .map((warning) => warning.message);

describe('assessMaturity: suggestions for unknown criterion ids', () => {
  it('compares the first 20 of the responses, whatever their themes', () => {
    // 22 themes, each with `basci` for `basic` (one swap: a slip of th<i>.basic.1). Themes are
    // read in the model's order, so th0 … th19 are compared and th20 and th21 are not (th21,
    // also in capitals, is a slip and not the same id in another case).
    const responses = Object.fromEntries(
      Array.from({ length: 22 }, (_, i) => [
        `th${i}`,
        { met: [i === 21 ? 'TH21.BASCI.1' : `th${i}.basci.1`] },
      ]),
    );
    const found = messages(assessMaturity(wide(22), responses));
    expect(found).toHaveLength(22);
    expect(found[0]).toBe(
      'Ignored: "th0.basci.1" is not a criterion of Wide (did you mean "th0.basic.1"?).',
    );
    expect(found[19]).toBe(
      'Ignored: "th19.basci.1" is not a criterion of Wide (did you mean "th19.basic.1"?).',
    );
    expect(found.slice(20)).toEqual([
      'Ignored: "th20.basci.1" is not a criterion of Wide.',
      'Ignored: "TH21.BASCI.1" is not a criterion of Wide.',
    ]);
  });

  it('suggests an id written otherwise in case or spacing past the 20th', () => {
    // th0: 20 unknown ids, then its own criterion in capitals and with spaces, and a level
    // written in capitals at which th0 has no criteria (Good), which the lookup reads too.
    const met = [
      ...Array.from({ length: 20 }, (_, i) => `x${i}`),
      'TH0.BASIC.1',
      'th0.Basic .1',
      'th0.GOOD.1',
      'th0.basci.1',
    ];
    const found = messages(assessMaturity(wide(1), { th0: { met } }));
    expect(found.slice(20)).toEqual([
      'Ignored: "TH0.BASIC.1" is not a criterion of Wide (did you mean "th0.basic.1"?).',
      'Ignored: "th0.Basic .1" is not a criterion of Wide (did you mean "th0.basic.1"?).',
      'Ignored: "th0.GOOD.1" is not a criterion of Wide: Theme 0 has no Good criteria.',
      'Ignored: "th0.basci.1" is not a criterion of Wide.',
    ]);
  });

  it('keeps a warning, with its path, for every unknown id of 5,000 themes and levels', () => {
    // 5,000 levels (l0 … l4999) and themes; each theme gives one id at L2 (the level l2 in
    // capitals), where it has no criteria: the first 20 compared with every level, the rest
    // found by lookup, every one warned about.
    const count = 5_000;
    const model = defineMaturityModel({
      id: 'tall-wide',
      name: 'Tall and wide',
      source,
      levels: Array.from({ length: count }, (_, rank) => ({
        id: `l${rank}`,
        name: `L${rank}`,
        rank,
        description: 'A level.',
      })),
      themes: Array.from({ length: count }, (_, i) => ({ id: `th${i}`, name: `T${i}` })),
      criteria: [{ id: 'th0.l1.1', theme: 'th0', level: 'l1', statement: 'S.', action: 'A.' }],
    });
    const responses = Object.fromEntries(
      Array.from({ length: count }, (_, i) => [`th${i}`, { met: [`th${i}.L2.1`] }]),
    );
    const assessment = assessMaturity(model, responses);
    const found = assessment.warnings.filter((warning) => warning.code === 'unknown-criterion');
    expect(found).toHaveLength(count);
    expect(found.at(-1)).toMatchObject({
      theme: 'th4999',
      criterion: 'th4999.L2.1',
      path: 'responses.th4999.met[0]',
      message:
        'Ignored: "th4999.L2.1" is not a criterion of Tall and wide: T4999 has no L2 criteria.',
    });
  });
});
