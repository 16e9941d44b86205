import { describe, expect, it } from 'vitest';
import { readOcdsAwardCriteria } from '../../src/ocds/index.js';
import { weightFromNumbers } from '../../src/ocds/numbers-weight.js';
import { labelledWeights, weightFromText } from '../../src/ocds/text-weight.js';
import type { OcdsAwardCriteria } from '../../src/ocds/types.js';
import { caught } from '../errors.js';
import { oneLot } from './helpers.js';

// Behaviours of the ocds area that mutation testing found unpinned: each result is built inside
// its test (per-test coverage counts only code run in a test).

const PRICE = { criteria: [{ type: 'price', description: '100%' }] };

/** The entries as [ocid, level, lot, complete] and the findings as [code, severity, message, path]. */
const brief = (result: OcdsAwardCriteria) => ({
  lots: result.lots.map((lot) => [lot.ocid, lot.level, lot.lot, lot.complete]),
  findings: result.findings.map((f) => [f.code, f.severity, f.message, f.path]),
});

describe('readOcdsAwardCriteria, word for word', () => {
  it('refuses what is not an object, naming what it received', () => {
    const expected = 'expected a parsed OCDS release, record or package (an object), received';
    for (const [input, received] of [
      ['x', 'a string'],
      [null, 'null'],
      [42, 'a number'],
      [[], 'an array; wrap a list of releases as { releases: [...] }'],
    ] as const) {
      const error = caught(() => readOcdsAwardCriteria(input));
      expect(error.code).toBe('invalid-input');
      expect(error.message).toBe(`Invalid OCDS input.\n  - input: ${expected} ${received}`);
      expect(error.issues[0]?.segments).toEqual(['input']);
    }
  });

  it('names a tender that is not an object, and reads nothing from it', () => {
    for (const [tender, what] of [
      ['closed', 'a string'],
      [[], 'an array'],
      [null, 'null'],
      [5, 'a number'],
    ] as const) {
      expect(brief(readOcdsAwardCriteria({ ocid: 'x', tender }))).toEqual({
        lots: [['x', 'tender', null, false]],
        findings: [
          [
            'unexpected-shape',
            'warning',
            `The tender is ${what}, not an object; it was not read.`,
            'input.tender',
          ],
          [
            'no-award-criteria',
            'warning',
            'The tender publishes no award criteria that could be read.',
            'input.tender',
          ],
        ],
      });
    }
  });

  it('names a lot that is not an object, one without an id and one whose id is used again', () => {
    const result = readOcdsAwardCriteria({
      ocid: 'x',
      tender: { lots: [null, { title: 'No id' }, { id: '1', awardCriteria: PRICE }, { id: '1' }] },
    });
    expect(brief(result).findings).toEqual([
      [
        'unexpected-shape',
        'warning',
        'Entry 1 of lots is not an object; nothing could be read from it.',
        'input.tender.lots[0]',
      ],
      [
        'no-award-criteria',
        'warning',
        'Lot (no id) publishes no award criteria that could be read.',
        'input.tender.lots[0]',
      ],
      ['unexpected-shape', 'warning', 'Entry 2 of lots has no id.', 'input.tender.lots[1]'],
      [
        'no-award-criteria',
        'warning',
        'Lot (no id) publishes no award criteria that could be read.',
        'input.tender.lots[1]',
      ],
      [
        'duplicate-lot',
        'warning',
        'Lot id "1" is used again (first at lots[2]); both are read.',
        'input.tender.lots[3]',
      ],
      [
        'no-award-criteria',
        'warning',
        'Lot "1" publishes no award criteria that could be read.',
        'input.tender.lots[3]',
      ],
    ]);
  });

  it('reads the tender criteria from whichever block has some, with the other’s findings', () => {
    for (const [codes, details, read, junk] of [
      [{ criteria: 'junk' }, PRICE, 'awardCriteriaDetails', 'awardCriteria'],
      [PRICE, { criteria: 'junk' }, 'awardCriteria', 'awardCriteriaDetails'],
    ] as const) {
      const result = readOcdsAwardCriteria({
        ocid: 'x',
        tender: { awardCriteria: codes, awardCriteriaDetails: details },
      });
      expect(result.lots.map((lot) => lot.criteria.map((c) => c.path))).toEqual([
        [`input.tender.${read}.criteria[0]`],
      ]);
      expect(brief(result).findings).toEqual([
        [
          'unexpected-shape',
          'warning',
          'The criteria are a string, not a list; they were not read.',
          `input.tender.${junk}.criteria`,
        ],
      ]);
    }
  });

  it('gives no tender entry for criteria it could not read when lots have their own', () => {
    const result = readOcdsAwardCriteria({
      ocid: 'x',
      tender: { awardCriteria: { criteria: 'junk' }, lots: [{ id: '1', awardCriteria: PRICE }] },
    });
    expect(brief(result)).toEqual({
      lots: [['x', 'lot', '1', true]],
      findings: [
        [
          'unexpected-shape',
          'warning',
          'The criteria are a string, not a list; they were not read.',
          'input.tender.awardCriteria.criteria',
        ],
      ],
    });
    // An empty list of tender criteria: the lot has none of its own and none to inherit.
    const empty = readOcdsAwardCriteria({
      ocid: 'x',
      tender: { awardCriteria: { criteria: [] }, lots: [{ id: '1' }] },
    });
    expect(brief(empty).lots).toEqual([['x', 'lot', '1', false]]);
  });

  it('lets lots, not lot groups, inherit the tender criteria, and sorts the entries', () => {
    const result = readOcdsAwardCriteria({
      ocid: 'x',
      tender: {
        awardCriteria: PRICE,
        lotGroups: [{ id: 'g2' }, { id: 'g1' }],
        lots: [{ id: 'b' }, { id: 'a' }],
      },
    });
    expect(brief(result).lots).toEqual([
      ['x', 'tender', null, true],
      ['x', 'lot-group', 'g1', false],
      ['x', 'lot-group', 'g2', false],
      ['x', 'lot', 'a', true],
      ['x', 'lot', 'b', true],
    ]);
    expect(result.lots[3]?.criteria[0]?.path).toBe('input.tender.awardCriteria.criteria[0]');
    expect(result.summary).toBe(
      'Read 1 process and 5 entries (tender level and lots): 3 with every weight read and summing to 100, 2 without.',
    );
  });

  it('sorts processes by ocid, one without first, and names no ocid for several', () => {
    const result = readOcdsAwardCriteria({
      releases: [
        { ocid: 'b', id: '1', date: '2024-01-01', tender: { lots: [{ id: 'z' }] } },
        { id: '1', date: '2024-01-01', tender: { lots: [{ id: 'y' }] } },
        { ocid: 'a', id: '1', date: '2024-01-01', tender: { title: 'A' } },
      ],
    });
    expect(result.ocid).toBeNull();
    expect(brief(result).lots).toEqual([
      [null, 'lot', 'y', false],
      ['a', 'tender', null, false],
      ['b', 'lot', 'z', false],
    ]);
    expect(result.lots[1]?.lotName).toBe('A');
    expect(result.summary).toBe(
      'Read 3 processes and 3 entries (tender level and lots): 0 with every weight read and summing to 100, 3 without.',
    );
  });

  it('sums up one process of one entry, and no release', () => {
    const one = readOcdsAwardCriteria({ ocid: 'x', tender: { title: 5, awardCriteria: PRICE } });
    expect(one.summary).toBe(
      'Read 1 process and 1 entry (tender level and lots): 1 with every weight read and summing to 100, 0 without.',
    );
    expect(one.ocid).toBe('x');
    expect(one.lots[0]?.lotName).toBe('5');
    expect(readOcdsAwardCriteria({ releases: [] }).summary).toBe('No release could be read.');
    const titled = readOcdsAwardCriteria({
      ocid: 'x',
      tender: { title: {}, awardCriteria: PRICE },
    });
    expect(brief(titled).findings).toEqual([
      [
        'unexpected-shape',
        'warning',
        'The title is an object, not text; it was not read.',
        'input.tender.title',
      ],
    ]);
  });
});

describe('entries of several releases and processes', () => {
  it("points a tender's criteria and title into the release that gave them", () => {
    const result = readOcdsAwardCriteria({
      releases: [
        {
          ocid: 'x',
          id: '1',
          date: '2024-01-01',
          tender: { title: {}, awardCriteriaDetails: PRICE },
        },
        { ocid: 'x', id: '2', date: '2024-02-01', tender: { description: 'D' } },
      ],
    });
    expect(result.lots[0]?.criteria.map((c) => c.path)).toEqual([
      'input.releases[0].tender.awardCriteriaDetails.criteria[0]',
    ]);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ['unexpected-shape', 'input.releases[0].tender.title'],
    ]);
  });

  it('gives no tender entry to a tender without criteria but with a lot and a lot group', () => {
    const result = readOcdsAwardCriteria({
      ocid: 'x',
      tender: { lots: [{ id: '1' }], lotGroups: [{ id: 'g' }] },
    });
    expect(brief(result).lots).toEqual([
      ['x', 'lot-group', 'g', false],
      ['x', 'lot', '1', false],
    ]);
  });

  it('sorts entries without an ocid or a lot id first, the tender before lots', () => {
    // Processes without an ocid: the second's tender entry comes before the first's lots; a lot
    // without an id before lot "b"; ocid "A" after them all.
    const result = readOcdsAwardCriteria({
      releases: [
        { id: '1', tender: { lots: [{ id: 'b' }, {}] } },
        { id: '2', tender: { awardCriteria: PRICE } },
        { ocid: 'A', id: '3', tender: { lots: [{ id: 'A' }] } },
      ],
    });
    expect(brief(result).lots).toEqual([
      [null, 'tender', null, true],
      [null, 'lot', null, false],
      [null, 'lot', 'b', false],
      ['A', 'lot', 'A', false],
    ]);
  });
});

describe('releases of one process compiled, oldest first', () => {
  const release = (id: string, date: string, tender: unknown) => ({
    ocid: 'x',
    id,
    date,
    tender,
  });
  /** The entries as [level, lot, name, path, criteria paths]. */
  const entries = (result: OcdsAwardCriteria) =>
    result.lots.map((lot) => [
      lot.level,
      lot.lot,
      lot.lotName,
      lot.path,
      lot.criteria.map((c) => c.path),
    ]);

  it('merges lots by a numeric id, and keeps 1 and "1" apart', () => {
    const numeric = readOcdsAwardCriteria({
      releases: [
        release('1', '2024-01-01', { lots: [{ id: 1, title: 'A' }] }),
        release('2', '2024-02-01', { lots: [{ id: 1, awardCriteria: PRICE }] }),
      ],
    });
    expect(entries(numeric)).toEqual([
      [
        'lot',
        '1',
        'A',
        'input.releases[1].tender.lots[0]',
        ['input.releases[1].tender.lots[0].awardCriteria.criteria[0]'],
      ],
    ]);
    expect(numeric.findings).toEqual([]);
    const mixed = readOcdsAwardCriteria({
      releases: [
        release('1', '2024-01-01', { lots: [{ id: 1, title: 'A' }] }),
        release('2', '2024-02-01', { lots: [{ id: '1', awardCriteria: PRICE }] }),
      ],
    });
    expect(entries(mixed).map((entry) => entry.slice(0, 4))).toEqual([
      ['lot', '1', 'A', 'input.releases[0].tender.lots[0]'],
      ['lot', '1', null, 'input.releases[1].tender.lots[0]'],
    ]);
  });

  it('removes a field a later release gives as null, and keeps one it leaves out', () => {
    const title = readOcdsAwardCriteria({
      releases: [
        release('1', '2024-01-01', { title: 'T', awardCriteria: PRICE }),
        release('2', '2024-02-01', { title: null, description: undefined }),
      ],
    });
    expect(entries(title)).toEqual([
      [
        'tender',
        null,
        null,
        'input.releases[1].tender',
        ['input.releases[0].tender.awardCriteria.criteria[0]'],
      ],
    ]);
    const criteria = readOcdsAwardCriteria({
      releases: [
        release('1', '2024-01-01', { title: 'T', awardCriteria: PRICE }),
        release('2', '2024-02-01', { awardCriteria: null }),
      ],
    });
    expect(entries(criteria)).toEqual([['tender', null, 'T', 'input.releases[1].tender', []]]);
  });

  it('appends a new id, and replaces a list when an entry has no id or an id twice', () => {
    const appended = readOcdsAwardCriteria({
      releases: [
        release('1', '2024-01-01', { lots: [{ id: 'b', title: 'B' }] }),
        release('2', '2024-02-01', { lots: [{ id: 'a', title: 'A' }] }),
      ],
    });
    // Sorted by id: a (from release 2), then b (kept from release 1).
    expect(entries(appended).map((entry) => entry.slice(1, 4))).toEqual([
      ['a', 'A', 'input.releases[1].tender.lots[0]'],
      ['b', 'B', 'input.releases[0].tender.lots[0]'],
    ]);
    for (const [earlier, later, expected] of [
      [[{ id: 'a', title: 'A' }, { id: 'b' }], [{ title: 'new' }], [[null, 'new']]],
      [[{ title: 'A' }], [{ id: 'a', title: 'B' }], [['a', 'B']]],
      [
        [
          { id: 'a', title: 'A1' },
          { id: 'a', title: 'A2' },
        ],
        [{ id: 'a', awardCriteria: PRICE }],
        [['a', null]],
      ],
    ] as const) {
      const result = readOcdsAwardCriteria({
        releases: [
          release('1', '2024-01-01', { lots: earlier }),
          release('2', '2024-02-01', { lots: later }),
        ],
      });
      expect(result.lots.map((lot) => [lot.lot, lot.lotName])).toEqual(expected);
      expect(result.findings[0]?.code).toBe('release-skipped');
    }
  });

  it('merges into the first of a later id given twice; an entry that is no object replaces', () => {
    const twice = readOcdsAwardCriteria({
      releases: [
        release('1', '2024-01-01', { lots: [{ id: 'a', title: 'A1' }] }),
        release('2', '2024-02-01', {
          lots: [
            { id: 'a', awardCriteria: PRICE },
            { id: 'a', title: 'A2' },
          ],
        }),
      ],
    });
    expect(entries(twice).map((entry) => entry.slice(1, 4))).toEqual([
      ['a', 'A1', 'input.releases[1].tender.lots[0]'],
      ['a', 'A2', 'input.releases[1].tender.lots[1]'],
    ]);
    expect(twice.findings.map((f) => [f.code, f.path])).toEqual([
      ['duplicate-lot', 'input.releases[1].tender.lots[1]'],
      ['no-award-criteria', 'input.releases[1].tender.lots[1]'],
    ]);
    // With an entry that is no object, the list has an entry without an id: replaced, A1 gone.
    const hole = readOcdsAwardCriteria({
      releases: [
        release('1', '2024-01-01', { lots: [{ id: 'a', title: 'A1' }] }),
        release('2', '2024-02-01', { lots: [{ id: 'a', awardCriteria: PRICE }, 5] }),
      ],
    });
    expect(entries(hole).map((entry) => entry.slice(1, 4))).toEqual([
      [null, null, 'input.releases[1].tender.lots[1]'],
      ['a', null, 'input.releases[1].tender.lots[0]'],
    ]);
  });

  it('reads nothing from a later tender that is not an object, or lots that are not a list', () => {
    const closed = readOcdsAwardCriteria({
      releases: [
        release('1', '2024-01-01', { title: 'T', awardCriteria: PRICE }),
        release('2', '2024-02-01', 'closed'),
      ],
    });
    expect(entries(closed)).toEqual([
      [
        'tender',
        null,
        'T',
        'input.releases[0].tender',
        ['input.releases[0].tender.awardCriteria.criteria[0]'],
      ],
    ]);
    const lots = readOcdsAwardCriteria({
      releases: [
        release('1', '2024-01-01', { lots: [{ id: 'b', title: 'B' }] }),
        release('2', '2024-02-01', { lots: 'none' }),
      ],
    });
    expect(entries(lots)).toEqual([['tender', null, null, 'input.releases[1].tender', []]]);
    expect(lots.findings.map((f) => [f.code, f.path])).toEqual([
      ['release-skipped', 'input.releases[0]'],
      ['unexpected-shape', 'input.releases[1].tender.lots'],
      ['no-award-criteria', 'input.releases[1].tender'],
    ]);
  });
});

describe('a criterion read, word for word', () => {
  const LOT = 'input.tender.lots[0].awardCriteria.criteria';
  /** The criteria's weights, codes and reasons, and the findings, of one lot of `criteria`. */
  const read = (criteria: unknown[]) => {
    const result = readOcdsAwardCriteria(oneLot(criteria));
    return {
      criteria: result.lots[0]!.criteria.map((c) => [
        c.weight?.toString() ?? null,
        c.weightSource,
        c.weightCode,
        c.publishedWeight?.toString() ?? null,
        c.reason,
      ]),
      findings: result.findings.map((f) => [f.code, f.severity, f.message, f.path]),
    };
  };

  it('names an entry that is not an object, and criteria without a weight, by their position', () => {
    expect(read([null, { description: '100%' }]).findings).toEqual(
      read([7, { description: '100%' }]).findings,
    );
    expect(read([7, { description: '100%' }]).findings).toEqual([
      [
        'unexpected-shape',
        'warning',
        'Criterion 1 is not an object; nothing could be read from it.',
        `${LOT}[0]`,
      ],
      [
        'no-weight',
        'warning',
        'Criterion 1 has no weight in its numbers, name or description.',
        `${LOT}[0]`,
      ],
    ]);
    expect(read([{ type: 'price' }, { name: 'Quality' }, {}])).toEqual({
      criteria: [
        [
          null,
          null,
          null,
          null,
          'The price criterion is price (type "price", a price criterion); no weight.',
        ],
        [
          null,
          null,
          null,
          null,
          'Criterion "Quality" is quality (no type; its words name a quality criterion); no weight.',
        ],
        [
          null,
          null,
          null,
          null,
          'Criterion 3 is other (no type and no words that name a kind); no weight.',
        ],
      ],
      findings: [
        [
          'no-weight',
          'warning',
          'The price criterion has no weight in its numbers, name or description.',
          `${LOT}[0]`,
        ],
        [
          'no-weight',
          'warning',
          'Criterion "Quality" has no weight in its numbers, name or description.',
          `${LOT}[1]`,
        ],
        [
          'no-weight',
          'warning',
          'Criterion 3 has no weight in its numbers, name or description.',
          `${LOT}[2]`,
        ],
      ],
    });
  });

  it('warns of a criterion whose type and words name different kinds', () => {
    expect(read([{ type: 'price', name: 'Social value', description: '100' }]).findings).toEqual([
      [
        'kind-conflict',
        'warning',
        'Criterion "Social value" is read as price from its type "price", a price criterion, but its words name a social-value criterion.',
        `${LOT}[0]`,
      ],
    ]);
  });

  it('takes the numbers over a name that says otherwise, and says so', () => {
    expect(
      read([
        {
          type: 'price',
          name: 'Price 30%',
          numbers: [{ number: 40, weight: 'percentageExact' }],
        },
        { type: 'quality', description: '60%' },
      ]),
    ).toEqual({
      criteria: [
        [
          '40',
          'numbers',
          'percentageExact',
          '40',
          'Criterion "Price 30%" is price (type "price", a price criterion); weight 40 points: .numbers[0] gives 40 (percentageExact).',
        ],
        [
          '60',
          'description',
          null,
          null,
          'The quality criterion is quality (type "quality"); weight 60 points from the text "60%".',
        ],
      ],
      findings: [
        [
          'conflicting-weights',
          'info',
          'Criterion "Price 30%": its name says 30 (the percentage in "Price 30%") but its numbers give 40; the numbers were used.',
          `${LOT}[0].name`,
        ],
      ],
    });
  });

  it('keeps points for the lot to convert, with their code', () => {
    expect(
      read([
        { type: 'price', numbers: [{ number: 30, weight: 'pointsExact' }] },
        { type: 'quality', description: '70%' },
      ]).criteria[0],
    ).toEqual([
      null,
      null,
      'pointsExact',
      '30',
      'The price criterion is price (type "price", a price criterion); 30 points at .numbers[0], converted only if the whole lot is weighted in points totalling 100.',
    ]);
  });

  it('words a range, a weight above 100 and a name and description that disagree', () => {
    const quality = { type: 'quality', description: '70%' };
    // A range alone is a warning; next to a clear weight, an info.
    expect(read([{ type: 'price', name: 'Price 20-30%' }, quality]).findings).toEqual([
      [
        'ambiguous-weight',
        'warning',
        'Criterion "Price 20-30%": the text "Price 20-30%" gives a range; no weight was taken from its name.',
        `${LOT}[0].name`,
      ],
    ]);
    expect(
      read([{ type: 'price', name: 'Price 20-30%', description: '30%' }, quality]).findings,
    ).toEqual([
      [
        'ambiguous-weight',
        'info',
        'Criterion "Price 20-30%": the text "Price 20-30%" gives a range; no weight was taken from its name.',
        `${LOT}[0].name`,
      ],
    ]);
    expect(read([{ type: 'price', description: '130%' }, quality]).findings).toEqual([
      [
        'weight-out-of-range',
        'warning',
        'The price criterion: the text "130%", above 100; it is not a weight in percentage points.',
        `${LOT}[0].description`,
      ],
    ]);
    expect(
      read([
        { type: 'price', name: 'Price 30%', description: '40%' },
        { type: 'quality', description: '60%' },
      ]),
    ).toMatchObject({
      criteria: [
        [
          null,
          null,
          null,
          null,
          'Criterion "Price 30%" is price (type "price", a price criterion); no weight: its name and description disagree.',
        ],
        expect.anything(),
      ],
      findings: [
        [
          'conflicting-weights',
          'warning',
          'Criterion "Price 30%": its name and description give different weights (30 and 40); none was taken.',
          `${LOT}[0]`,
        ],
      ],
    });
  });
});

describe('weights in text, word for word', () => {
  /** What a text says for a criterion of `kind`, the weight as text. */
  const reading = (text: string, kind: Parameters<typeof weightFromText>[1]) => {
    const read = weightFromText(text, kind);
    return 'value' in read ? { ...read, value: read.value.toString() } : read;
  };

  it('words a weight above 100, past 40 decimal places, or given to another kind', () => {
    expect(reading('100.5%', 'price')).toEqual({
      status: 'out-of-range',
      value: '100.5',
      detail: 'the text "100.5%", above 100',
    });
    const places = `0.${'1'.repeat(41)}`;
    expect(reading(`${places}%`, 'price')).toEqual({
      status: 'out-of-range',
      value: places,
      detail: `the text "${places}%", with more than 40 digits after the decimal point`,
    });
    expect(reading(`0.${'1'.repeat(40)}%`, 'price').status).toBe('weight');
    expect(reading('Quality 20%', 'price')).toEqual({
      status: 'ambiguous',
      detail: 'the text "Quality 20%" gives 20% to a quality criterion, not to this price one',
    });
    // A quality label is any criterion's but price's.
    expect(reading('Quality 20%', 'social-value')).toEqual({
      status: 'weight',
      value: '20',
      detail: 'the percentage in "Quality 20%"',
    });
    expect(reading('Lot 3, 2 questions', 'price')).toEqual({
      status: 'ambiguous',
      detail:
        'the text "Lot 3, 2 questions" has numbers but no percentage that is clearly a weight',
    });
    expect(reading('  ', 'price')).toEqual({ status: 'none' });
  });

  it('reads a trimmed text, a percentage whose label names no kind, and several labelled', () => {
    expect(reading(' 70 ', 'price')).toEqual({
      status: 'weight',
      value: '70',
      detail: 'the text "70"',
    });
    expect(reading('Health and safety 20%', 'price')).toEqual({
      status: 'weight',
      value: '20',
      detail: 'the percentage in "Health and safety 20%"',
    });
    expect(reading('Quality 60% / Price 40%', 'environmental')).toEqual({
      status: 'ambiguous',
      detail:
        'the text "Quality 60% / Price 40%" gives 2 percentages and none is labelled as this environmental criterion',
    });
    expect(reading('Quality 30% / Quality 30% / Price 40%', 'quality')).toEqual({
      status: 'ambiguous',
      detail:
        'the text "Quality 30% / Quality 30% / Price 40%" gives 3 percentages and more than one is labelled as this quality criterion',
    });
    // "and" is trimmed at a label's ends only.
    expect(labelledWeights('Health and safety 10%, price 90%')?.map((w) => w.label)).toEqual([
      'Health and safety',
      'price',
    ]);
  });

  it('quotes a text of more than 80 characters by its first 77 and "..."', () => {
    const detail = (text: string) =>
      `the text "${text}" has numbers but no percentage that is clearly a weight`;
    const eighty = `${'x'.repeat(78)} 5`;
    expect(reading(eighty, 'price')).toEqual({ status: 'ambiguous', detail: detail(eighty) });
    expect(reading(`x${eighty}`, 'price')).toEqual({
      status: 'ambiguous',
      detail: detail(`${'x'.repeat(77)}...`),
    });
  });

  it('trims the separators and joining words around each label', () => {
    const labels = (text: string) =>
      labelledWeights(text)?.map((weight) => [weight.label, weight.value.toString()]);
    expect(labels('Quality and 60%; and Price & 40%')).toEqual([
      ['Quality', '60'],
      ['Price', '40'],
    ]);
    expect(labels('- Price, 40% ; Quality  &  60% |')).toEqual([
      ['Price', '40'],
      ['Quality', '60'],
    ]);
    expect(labels('60% quality and  40% price  and')).toEqual([
      ['quality', '60'],
      ['price', '40'],
    ]);
    expect(labels('  Quality 60%  ')).toEqual([['Quality', '60']]);
    expect(labelledWeights('Price 40 to 60%')).toBeNull();
    expect(labelledWeights('No percentages')).toBeNull();
  });
});

describe('weights in numbers, word for word', () => {
  /** The problems of `numbers` as [code, severity, message, at], and the status. */
  const problems = (numbers: unknown) => {
    const read = weightFromNumbers(numbers);
    return [read.status, ...read.problems.map((p) => [p.code, p.severity, p.message, p.at])];
  };
  const unreadable = (message: string, at = '.numbers[0].number', code = 'unexpected-shape') => [
    'unreadable',
    [code, 'warning', message, at],
  ];

  it('names a number that is missing or not a number', () => {
    expect(problems([{ weight: 'percentageExact' }])).toEqual(
      unreadable('The number is missing; it was not read.'),
    );
    for (const [number, shown] of [
      [{}, '{}'],
      [true, 'true'],
      ['seventy', '"seventy"'],
      [() => 1, 'function'],
    ] as const) {
      expect(problems([{ number, weight: 'percentageExact' }])).toEqual(
        unreadable(`The number is not a number (${shown}); it was not read.`),
      );
    }
  });

  it('names a weight code that is not text', () => {
    for (const [weight, shown] of [
      [7, '7'],
      [{}, '{}'],
      [() => 1, 'function'],
    ] as const) {
      expect(problems([{ number: 1, weight }])).toEqual(
        unreadable(
          `The weight code ${shown} is not one of the OCDS criterionWeight codes; it was not read.`,
          '.numbers[0].weight',
        ),
      );
    }
  });

  it('takes no weight from several, listing them', () => {
    expect(
      problems([
        { number: 30, weight: 'percentageExact' },
        { number: 0.3, weight: 'decimalExact' },
      ]),
    ).toEqual(
      unreadable(
        'The numbers give 2 weights (30 percentageExact and 0.3 decimalExact); none was taken.',
        '.numbers',
        'ambiguous-weight',
      ),
    );
    expect(problems([])).toEqual(['none']);
    expect(problems([5])).toEqual(
      unreadable('A numbers entry is not an object; it was not read.', '.numbers[0]'),
    );
  });

  it('words weights out of range', () => {
    for (const [number, weight, message] of [
      [-1, 'percentageExact', 'The weight -1 (percentageExact) is negative; it was not read.'],
      [1.5, 'decimalExact', 'The weight 1.5 (decimalExact) is above 1; it was not read.'],
      [150, 'percentageExact', 'The weight 150 (percentageExact) is above 100; it was not read.'],
    ] as const) {
      expect(problems([{ number, weight }])).toEqual(
        unreadable(message, '.numbers[0]', 'weight-out-of-range'),
      );
    }
  });
});
