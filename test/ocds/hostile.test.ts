import { describe, expect, it } from 'vitest';
import { readOcdsAwardCriteria, toWeighting } from '../../src/ocds/index.js';
import { caught } from '../errors.js';
import { codes, oneLot, rows } from './helpers.js';

const BAD_TEXT = /NaN|Infinity|∞|undefined|\[object Object\]/;

describe('inputs that are not OCDS', () => {
  it.each([null, undefined, 42, 'ocds', true, [], [{ ocid: 'x' }]])(
    'refuses %j with invalid-input at input',
    (input) => {
      const error = caught(() => readOcdsAwardCriteria(input));
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]?.path).toBe('input');
    },
  );

  it('tells how to pass a list of releases', () => {
    expect(caught(() => readOcdsAwardCriteria([])).message).toContain('{ releases: [...] }');
  });

  it('an object that is not OCDS is a not-ocds finding, not a throw', () => {
    const result = readOcdsAwardCriteria({ hello: 'world' });
    expect(result.lots).toEqual([]);
    expect(result.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['not-ocds', 'error', 'input'],
    ]);
  });

  it('toWeighting refuses what is not a lot', () => {
    expect(caught(() => toWeighting(null as never)).code).toBe('invalid-input');
    expect(caught(() => toWeighting({} as never)).issues[0]?.path).toBe('lot');
  });

  it('toWeighting reads a lot revived from JSON, and refuses bad criteria at their path', () => {
    const [lot] = readOcdsAwardCriteria(
      oneLot([
        { type: 'quality', description: '60%' },
        { type: 'price', description: '40%' },
      ]),
    ).lots;
    const revived = JSON.parse(JSON.stringify(lot));
    expect(toWeighting(revived).weights?.price.toString()).toBe('40');
    const bad = (criteria: unknown[]) => caught(() => toWeighting({ ...revived, criteria }));
    expect(
      [bad([null]), bad([{ kind: 'bogus', weight: '40' }])].map((e) => [e.code, e.issues[0]?.path]),
    ).toEqual([
      ['invalid-input', 'lot.criteria[0]'],
      ['invalid-input', 'lot.criteria[0].kind'],
    ]);
    expect(bad([{ kind: '__proto__', weight: '40' }]).issues[0]?.message).toBe(
      'expected one of price, quality, social-value, environmental, other, received "__proto__"',
    );
    for (const weight of [undefined, 'abc', {}]) {
      const error = bad([{ kind: 'price', weight }]);
      expect([error.code, error.issues[0]?.path]).toEqual([
        'invalid-input',
        'lot.criteria[0].weight',
      ]);
    }
  });
});

describe('messy shapes give findings, never a TypeError', () => {
  it.each([
    ['tender is a string', { ocid: 'x', tender: 'closed' }],
    ['lots is an object', { ocid: 'x', tender: { lots: { id: '1' } } }],
    ['a lot is null', { ocid: 'x', tender: { lots: [null] } }],
    ['criteria is a string', oneLot('Quality 60%')],
    ['a criterion is a number', oneLot([7])],
    ['numbers is an object', oneLot([{ type: 'price', numbers: { number: 1 } }])],
    ['a number entry is a string', oneLot([{ type: 'price', numbers: ['70'] }])],
    [
      'weight code unknown',
      oneLot([{ type: 'price', numbers: [{ number: 70, weight: 'percent' }] }]),
    ],
    ['name is an object', oneLot([{ type: 'price', name: { en: 'Price' } }])],
    ['releases is a string', { releases: 'none' }],
    ['records hold junk', { records: [1, null, { releases: [2] }] }],
    ['awardCriteria is a number', { ocid: 'x', tender: { awardCriteria: 3 } }],
  ])('%s', (_name, input) => {
    const result = readOcdsAwardCriteria(input);
    expect(codes(result.findings).length).toBeGreaterThan(0);
    expect(JSON.stringify(result)).not.toMatch(BAD_TEXT);
    for (const lot of result.lots) expect(JSON.stringify(toWeighting(lot))).not.toMatch(BAD_TEXT);
  });
});

describe('text fields of the wrong shape', () => {
  it('are named with the right article: "an object", "a list", "a boolean"', () => {
    // `{ title: {} }` was "The title is a object, not text".
    const result = readOcdsAwardCriteria({
      ocid: 'x',
      tender: {
        lots: [
          { id: '1', title: {} },
          { id: '2', title: ['A'] },
          { id: '3', title: true },
        ],
      },
    });
    expect(
      result.findings.filter((f) => f.code === 'unexpected-shape').map((f) => [f.message, f.path]),
    ).toEqual([
      ['The title is an object, not text; it was not read.', 'input.tender.lots[0].title'],
      ['The title is a list, not text; it was not read.', 'input.tender.lots[1].title'],
      ['The title is a boolean, not text; it was not read.', 'input.tender.lots[2].title'],
    ]);
  });
});

describe('tender criteria in both blocks, neither readable', () => {
  it('reports the shape of each block, not only the first', () => {
    // awardCriteriaDetails' findings were reported only when awardCriteria had criteria: a
    // details block whose criteria are a number, next to an unreadable awardCriteria, was lost.
    const result = readOcdsAwardCriteria({
      ocid: 'x',
      tender: { awardCriteria: { criteria: 'junk' }, awardCriteriaDetails: { criteria: 5 } },
    });
    // The block not read first, as when the other has criteria.
    expect(result.findings.map((f) => [f.code, f.message, f.path])).toEqual([
      [
        'unexpected-shape',
        'The criteria are a number, not a list; they were not read.',
        'input.tender.awardCriteriaDetails.criteria',
      ],
      [
        'unexpected-shape',
        'The criteria are a string, not a list; they were not read.',
        'input.tender.awardCriteria.criteria',
      ],
      [
        'no-award-criteria',
        'The tender publishes no award criteria that could be read.',
        'input.tender',
      ],
    ]);
  });
});

describe('long runs of digits and spaces', () => {
  it('are read as the shorter texts are (the patterns are checked for linear time in test/adversarial)', () => {
    const digits = '1'.repeat(20_000);
    const [lot] = readOcdsAwardCriteria(
      oneLot([
        { type: 'price', description: `${digits}.` },
        { type: 'quality', description: `Weighting${' '.repeat(20_000)}: 60%` },
        { type: 'quality', name: 'Social value', description: `${digits}-40%` },
      ]),
    ).lots;
    expect(lot?.criteria.map((c) => [c.kind, c.weight?.toString() ?? null])).toEqual([
      ['price', null],
      ['quality', '60'],
      ['social-value', null],
    ]);
    expect(lot?.findings.map((f) => [f.code, f.path])).toEqual([
      ['ambiguous-weight', 'input.tender.lots[0].awardCriteria.criteria[0].description'],
      ['ambiguous-weight', 'input.tender.lots[0].awardCriteria.criteria[2].description'],
    ]);
  });
});

describe('hostile values', () => {
  it('toWeighting checks every field it reads of a hand-made lot, and never freezes the caller’s objects', () => {
    const [lot] = readOcdsAwardCriteria(
      oneLot([
        { type: 'price', description: '40%' },
        { type: 'quality', description: '60%' },
      ]),
    ).lots;
    const revived = JSON.parse(JSON.stringify(lot));
    // An ocid object was copied into the result and frozen there, and its sentence read
    // "[object Object]"; price -40 and quality 140 were given as a weighting summing to 100; an
    // index "1" was written as position 11.
    const ocid = { scheme: 'ocds' };
    const [price, quality] = revived.criteria;
    const cases: [unknown, string, string, string][] = [
      [
        { ...revived, ocid },
        'invalid-input',
        'lot.ocid',
        'expected text or null, received {"scheme":"ocds"}',
      ],
      [
        { ...revived, lot: ['1'] },
        'invalid-input',
        'lot.lot',
        'expected text or null, received ["1"]',
      ],
      [
        { ...revived, level: 'contract' },
        'invalid-input',
        'lot.level',
        'expected tender, lot-group, lot, received "contract"',
      ],
      [
        {
          ...revived,
          criteria: [
            { ...price, weight: '-40' },
            { ...quality, weight: '140' },
          ],
        },
        'out-of-range',
        'lot.criteria[0].weight',
        'expected percentage points from 0 to 100, received "-40"',
      ],
      [
        { ...revived, criteria: [price, { ...quality, weight: null, name: null, index: '1' }] },
        'invalid-input',
        'lot.criteria[1].index',
        'expected a position from 0, received "1"',
      ],
    ];
    for (const [input, code, path, message] of cases) {
      const error = caught(() => toWeighting(input as never));
      expect([error.code, error.issues[0]?.path, error.issues[0]?.message]).toEqual([
        code,
        path,
        message,
      ]);
    }
    expect(Object.isFrozen(ocid)).toBe(false);
    // The bounds themselves are weights: 0 and 100.
    const bounds = toWeighting({
      ...revived,
      criteria: [
        { ...price, weight: '0' },
        { ...quality, weight: 100 },
      ],
    });
    expect([bounds.weights?.price.toString(), bounds.weights?.quality.toString()]).toEqual([
      '0',
      '100',
    ]);
  });

  it('__proto__, constructor and toString are ordinary lot ids', () => {
    const input = JSON.parse(
      '{"ocid":"x","tender":{"lots":[{"id":"__proto__","awardCriteria":{"criteria":[{"type":"price","description":"100"}]}},{"id":"constructor"},{"id":"toString","__proto__":{"awardCriteria":{"criteria":[{"type":"price"}]}}}]}}',
    );
    const result = readOcdsAwardCriteria(input);
    expect(result.lots.map((lot) => lot.lot)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(rows(result.lots[0])).toEqual([['price', '100', 'description']]);
    // An own "__proto__" key in parsed JSON is data: it is not read as the lot's award criteria.
    expect(result.lots[2]?.criteria).toEqual([]);
    expect(({} as Record<string, unknown>).awardCriteria).toBeUndefined();
  });

  it('a JSON number too large (1e400 parses to Infinity) is a finding', () => {
    const input = JSON.parse(
      '{"ocid":"x","tender":{"lots":[{"id":"1","awardCriteria":{"criteria":[{"type":"price","numbers":[{"number":1e400,"weight":"percentageExact"}]}]}}]}}',
    );
    const lot = readOcdsAwardCriteria(input).lots[0]!;
    expect(lot.criteria[0]?.weight).toBeNull();
    expect(codes(lot.findings)).toContain('unexpected-shape');
    expect(JSON.stringify(lot)).not.toMatch(BAD_TEXT);
  });

  it('a NaN given from JavaScript is a finding that says so, not "too large"', () => {
    const lot = readOcdsAwardCriteria(
      oneLot([{ type: 'price', numbers: [{ number: Number.NaN, weight: 'percentageExact' }] }]),
    ).lots[0]!;
    expect(lot.criteria[0]?.weight).toBeNull();
    expect(lot.findings[0]?.message).toBe(
      'The price criterion: The number is not a number (a JavaScript value, not JSON); it was not read.',
    );
    expect(JSON.stringify(lot)).not.toMatch(BAD_TEXT);
  });

  it('weights as strings are read exactly, with a finding; "1e400" is out of range', () => {
    const lot = readOcdsAwardCriteria(
      oneLot([
        { type: 'quality', numbers: [{ number: '0.70', weight: 'decimalExact' }] },
        { type: 'price', numbers: [{ number: '1e400', weight: 'percentageExact' }] },
      ]),
    ).lots[0]!;
    expect(rows(lot)).toEqual([
      ['quality', '70', 'numbers'],
      ['price', null, null],
    ]);
    expect(lot.findings.map((f) => [f.code, f.severity])).toEqual([
      ['unexpected-shape', 'info'],
      ['unexpected-shape', 'info'],
      ['weight-out-of-range', 'warning'],
    ]);
    expect(JSON.stringify(lot)).not.toMatch(BAD_TEXT);
  });

  it('negative and huge text weights are findings', () => {
    const lot = readOcdsAwardCriteria(
      oneLot([
        { type: 'quality', numbers: [{ number: -5, weight: 'percentageExact' }] },
        { type: 'price', description: '99999999999999999999999999999999999' },
      ]),
    ).lots[0]!;
    expect(codes(lot.findings)).toEqual(['weight-out-of-range', 'weight-out-of-range']);
  });

  it('writes a huge or tiny number in its findings with every digit, as the rest of the area does', () => {
    // toString() wrote "-1e+40" and "1e+40"; -1e40 is -1 and 40 zeros.
    const messages = (number: string, weight: string) =>
      readOcdsAwardCriteria(
        oneLot([{ type: 'price', numbers: [{ number, weight }] }]),
      ).lots[0]!.findings.map((f) => f.message);
    const [read, negative] = messages('-1e40', 'percentageExact');
    expect(read).toBe(
      `The price criterion: The number is published as the text "-1e40"; OCDS asks for a JSON number, it was read as -1${'0'.repeat(40)}.`,
    );
    expect(negative).toBe(
      `The price criterion: The weight -1${'0'.repeat(40)} (percentageExact) is negative; it was not read.`,
    );
    expect(messages('1e40', 'percentageRangeMiddle')[1]).toBe(
      `The price criterion: The numbers give 1${'0'.repeat(40)} as the middle of a range (percentageRangeMiddle), not an exact weight.`,
    );
    // -1e-35: 34 zeros after the point, then 1.
    expect(messages('-1e-35', 'percentageExact')[1]).toBe(
      `The price criterion: The weight -0.${'0'.repeat(34)}1 (percentageExact) is negative; it was not read.`,
    );
    for (const [number, weight] of [
      ['1e40', 'order'],
      ['1e40', 'decimalExact'],
      ['1e-45', 'percentageExact'],
    ]) {
      expect(messages(number!, weight!).join(' ').replaceAll(`"${number}"`, '')).not.toMatch(
        /e[+-]/,
      );
    }
    // An exponent of 900 million would be as many digits: written as decimal.js writes it.
    expect(messages('-1e900000000', 'percentageExact')[1]).toBe(
      'The price criterion: The weight -1e+900000000 (percentageExact) is negative; it was not read.',
    );
  });

  it('-0 is a weight of 0, not a negative one', () => {
    // JSON.parse gives -0 for "-0"; it was refused as "The weight 0 (percentageExact) is negative".
    const lot = readOcdsAwardCriteria(
      oneLot(
        JSON.parse(
          '[{"type":"price","numbers":[{"number":-0,"weight":"percentageExact"}]},{"type":"quality","numbers":[{"number":"-0.0","weight":"decimalExact"}]},{"type":"quality","name":"Technical","numbers":[{"number":100,"weight":"percentageExact"}]}]',
        ),
      ),
    ).lots[0]!;
    expect(rows(lot)).toEqual([
      ['price', '0', 'numbers'],
      ['quality', '0', 'numbers'],
      ['quality', '100', 'numbers'],
    ]);
    expect(lot.complete).toBe(true);
    expect(lot.findings.map((f) => [f.code, f.severity])).toEqual([['unexpected-shape', 'info']]);
  });

  it('a text exponent beyond what decimal.js holds is out of range, never read as 0 or Infinity', () => {
    // decimal.js reads "1e-99999999999999999" as 0 (it was taken as a weight of 0) and
    // "1e99999999999999999" as Infinity (named so in the findings).
    const lot = readOcdsAwardCriteria(
      oneLot([
        { type: 'price', numbers: [{ number: '1e-99999999999999999', weight: 'percentageExact' }] },
        {
          type: 'quality',
          numbers: [{ number: '1e99999999999999999', weight: 'percentageExact' }],
        },
        { type: 'quality', numbers: [{ number: '-1e99999999999999999', weight: 'decimalExact' }] },
      ]),
    ).lots[0]!;
    expect(rows(lot)).toEqual([
      ['price', null, null],
      ['quality', null, null],
      ['quality', null, null],
    ]);
    expect(lot.findings.map((f) => [f.code, f.severity, f.path])).toEqual(
      [0, 1, 2].map((i) => [
        'weight-out-of-range',
        'warning',
        `input.tender.lots[0].awardCriteria.criteria[${i}].numbers[0].number`,
      ]),
    );
    expect(lot.findings[0]?.message).toBe(
      'The price criterion: The number "1e-99999999999999999" is too large or too small to hold exactly; it was not read.',
    );
    expect(JSON.stringify(lot)).not.toMatch(BAD_TEXT);
  });

  it('does not change or freeze its input, and freezes its result', () => {
    const input = oneLot([{ type: 'price', description: '100' }]);
    const before = JSON.stringify(input);
    const result = readOcdsAwardCriteria(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(result.lots[0]?.criteria[0])).toBe(true);
  });

  it('duplicate lot ids are both read, with a finding', () => {
    const result = readOcdsAwardCriteria({
      ocid: 'x',
      tender: { lots: [{ id: '1', awardCriteria: { criteria: [{ type: 'price' }] } }, { id: 1 }] },
    });
    expect(result.lots.map((lot) => lot.lot)).toEqual(['1', '1']);
    expect(codes(result.findings)).toContain('duplicate-lot');
  });

  it('a lot id given twice alike in one release is two lots too, never one merged', () => {
    const price = { id: '1', awardCriteria: { criteria: [{ type: 'price' }] } };
    const quality = { id: '1', awardCriteria: { criteria: [{ type: 'quality' }] } };
    const result = readOcdsAwardCriteria({ ocid: 'x', tender: { lots: [price, quality] } });
    // Each its sole criterion at 100 points: the price lot's is not replaced by the quality's.
    expect(
      result.lots.map((lot) => [lot.lot, lot.criteria.map((c) => [c.kind, c.weight?.toString()])]),
    ).toEqual([
      ['1', [['price', '100']]],
      ['1', [['quality', '100']]],
    ]);
    expect(codes(result.findings)).toContain('duplicate-lot');
    // Restated by a later release, the two lots stay two (the list is replaced, not merged).
    const release = (date: string, lots: unknown[]) => ({
      ocid: 'x',
      id: date,
      date,
      tender: { lots },
    });
    const later = readOcdsAwardCriteria({
      releases: [release('2024-01-01', [price, quality]), release('2024-02-01', [quality, price])],
    });
    expect(later.lots.map((lot) => lot.criteria.map((c) => c.kind))).toEqual([
      ['quality'],
      ['price'],
    ]);
  });
});

describe('records with nothing to read', () => {
  it('a record of only a versionedRelease, or with no releases, says so', () => {
    const versioned = {
      ocid: 'x',
      versionedRelease: { tender: { awardCriteria: [{ releaseID: 'r1', value: 'priceOnly' }] } },
    };
    const alone = readOcdsAwardCriteria(versioned);
    expect(alone.lots).toEqual([]);
    expect(alone.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['unexpected-shape', 'warning', 'input'],
    ]);
    expect(alone.findings[0]?.message).toContain('versionedRelease is not read');
    const packaged = readOcdsAwardCriteria({ records: [versioned, { ocid: 'y', releases: [] }] });
    expect(packaged.findings.map((f) => [f.code, f.path])).toEqual([
      ['unexpected-shape', 'input.records[0]'],
      ['unexpected-shape', 'input.records[1]'],
    ]);
  });
});

describe('sparse lists', () => {
  // A hole ([, x]) reads as an entry that is no object, as null does: a hole in the criteria threw
  // "Cannot read properties of undefined", and holes elsewhere were skipped without a finding.
  const HOLE = undefined;
  const sparse = (...entries: unknown[]) => {
    const list = [HOLE, ...entries];
    delete list[0];
    expect(0 in list).toBe(false);
    return list;
  };

  it('a hole in the criteria is a criterion that is no object', () => {
    const lot = readOcdsAwardCriteria(oneLot(sparse({ type: 'price', description: '100%' })))
      .lots[0]!;
    expect(rows(lot)).toEqual([
      ['other', null, null],
      ['price', '100', 'description'],
    ]);
    expect(lot.findings.map((f) => [f.code, f.path])).toEqual([
      ['unexpected-shape', 'input.tender.lots[0].awardCriteria.criteria[0]'],
      ['no-weight', 'input.tender.lots[0].awardCriteria.criteria[0]'],
    ]);
    expect(
      caught(() => toWeighting({ ...lot, criteria: sparse(...lot.criteria) as never })).issues[0]
        ?.path,
    ).toBe('lot.criteria[0]');
  });

  it('a hole in lots, releases or numbers is a finding at its path', () => {
    const lots = readOcdsAwardCriteria({
      ocid: 'x',
      tender: { lots: sparse({ id: '2', awardCriteria: { criteria: [{ type: 'price' }] } }) },
    });
    expect(lots.lots.map((lot) => lot.lot)).toEqual([null, '2']);
    expect(lots.findings[0]).toMatchObject({
      code: 'unexpected-shape',
      path: 'input.tender.lots[0]',
      message: 'Entry 1 of lots is not an object; nothing could be read from it.',
    });
    const releases = readOcdsAwardCriteria({ releases: sparse({ ocid: 'x', tender: {} }) });
    const record = readOcdsAwardCriteria({
      ocid: 'x',
      releases: sparse({ ocid: 'x', tender: {} }),
    });
    expect([releases.findings[0], record.findings[0]].map((f) => [f?.code, f?.path])).toEqual([
      ['unexpected-shape', 'input.releases[0]'],
      ['unexpected-shape', 'input.releases[0]'],
    ]);
    const numbers = readOcdsAwardCriteria(
      oneLot([{ type: 'price', numbers: sparse({ number: 100, weight: 'percentageExact' }) }]),
    ).lots[0]!;
    expect(rows(numbers)).toEqual([['price', '100', 'numbers']]);
    expect(numbers.findings.map((f) => [f.code, f.path])).toEqual([
      ['unexpected-shape', 'input.tender.lots[0].awardCriteria.criteria[0].numbers[0]'],
    ]);
  });
});

describe('release dates', () => {
  // Two releases of one process: the later one's lot weighs price 30, the earlier one's 20.
  const release = (id: string, date: unknown, price: number) => ({
    ocid: 'ocds-dates-1',
    id,
    date,
    tender: {
      lots: [
        {
          id: '1',
          awardCriteria: {
            criteria: [
              { type: 'price', description: String(price) },
              { type: 'quality', description: String(100 - price) },
            ],
          },
        },
      ],
    },
  });
  const price = (releases: unknown[]) =>
    readOcdsAwardCriteria({ releases }).lots[0]?.criteria[0]?.weight?.toString();

  it('a release skipped for another of the same id quotes the id once and names the one kept', () => {
    // Two copies of release "a" (OCDS ids are unique within a process): the one of 20 January is
    // kept, its price weight 30; the one of 15 January is skipped, as is one without an id.
    const twice = readOcdsAwardCriteria({
      releases: [release('a', '2025-01-15', 20), release('a', '2025-01-20', 30)],
    });
    expect(price([release('a', '2025-01-15', 20), release('a', '2025-01-20', 30)])).toBe('30');
    expect(twice.findings.map((f) => [f.code, f.severity, f.path, f.message])).toEqual([
      [
        'release-skipped',
        'warning',
        'input.releases[0]',
        'Release "a" of ocds-dates-1 was not read: its id is given again at input.releases[1] (OCDS gives each release of a process its own id), and the one there, dated later, was read in its place.',
      ],
    ]);
    const { id: _, ...untitled } = release('a', '2025-01-20', 30);
    const noIds = readOcdsAwardCriteria({ releases: [untitled, untitled] });
    expect(noIds.findings.map((f) => f.message)).toEqual([
      'Release (no id) of ocds-dates-1 was not read: the one at input.releases[1] is the latest with a tender, and later releases give every field it has.',
    ]);
  });

  it('of two releases with one id, only the later by date is read, and a warning says so', () => {
    // Release "a" of 15 January has lots 1 and 2; release "a" again, of 20 January, only lot 1.
    // Both were compiled (lot 2 read from the copy the later one replaces), with no finding.
    const early = release('a', '2025-01-15', 20);
    const withLot2 = {
      ...early,
      tender: { lots: [...early.tender.lots, { ...early.tender.lots[0]!, id: '2' }] },
    };
    const result = readOcdsAwardCriteria({
      releases: [release('a', '2025-01-20', 30), withLot2],
    });
    expect(result.lots.map((lot) => [lot.lot, lot.release, rows(lot)[0]?.[1]])).toEqual([
      ['1', 'a', '30'],
    ]);
    expect(result.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['release-skipped', 'warning', 'input.releases[1]'],
    ]);
    expect(result.findings[0]?.message).toContain('its id is given again at input.releases[0]');
    // Dated alike (or both undated), the later in the input is read, and the warning says why.
    const alike = readOcdsAwardCriteria({
      releases: [withLot2, release('a', '2025-01-15', 30)],
    });
    expect(alike.lots.map((lot) => [lot.lot, rows(lot)[0]?.[1]])).toEqual([['1', '30']]);
    expect(alike.findings[0]?.message).toContain('dated alike and later in the input');
  });

  it('a release skipped for having no tender says so, not that later releases repeat it', () => {
    // The OCDS fictional example (open-contracting/sample-data, fictional-example/1.1): the
    // contract and implementation releases come after the award release and have no tender;
    // "later releases give every field it has" was said of them, and "the latest with a tender"
    // of a release with none when no release of the process had one.
    const contract = {
      ocid: 'ocds-dates-1',
      id: 'c',
      date: '2025-02-01T00:00:00Z',
      tag: ['contract'],
    };
    const after = readOcdsAwardCriteria({ releases: [release('a', '2025-01-15', 20), contract] });
    expect(after.lots[0]?.release).toBe('a');
    expect(after.findings.map((f) => [f.code, f.path, f.message])).toEqual([
      [
        'release-skipped',
        'input.releases[1]',
        'Release "c" of ocds-dates-1 was not read: it has no tender (release "a" is the latest with one).',
      ],
    ]);
    const planning = { ...contract, id: 'p', date: '2025-01-01T00:00:00Z', tag: ['planning'] };
    const none = readOcdsAwardCriteria({ releases: [planning, contract] });
    expect(none.lots[0]?.release).toBe('c');
    expect(none.findings.map((f) => [f.code, f.path, f.message])).toEqual([
      [
        'release-skipped',
        'input.releases[0]',
        'Release "p" of ocds-dates-1 was not read: no release of ocds-dates-1 has a tender, and release "c" is the latest.',
      ],
      [
        'no-award-criteria',
        'input.releases[1].tender',
        'The tender publishes no award criteria that could be read.',
      ],
    ]);
  });

  it('a release whose tender is missing or not an object is skipped for having none', () => {
    // An award release after the tender release, and one whose tender is a word: they were
    // "not read: release "t" is the latest with a tender, and later releases give every field
    // it has", though neither has a tender and no release is later.
    const result = readOcdsAwardCriteria({
      releases: [
        release('t', '2025-01-15', 30),
        { ocid: 'ocds-dates-1', id: 'award', date: '2025-03-01', awards: [{ id: 'A1' }] },
        { ocid: 'ocds-dates-1', id: 'tender-2', date: '2025-03-02', tender: 'cancelled' },
      ],
    });
    expect(result.lots[0]?.release).toBe('t');
    expect(result.findings.map((f) => [f.code, f.path, f.message])).toEqual([
      [
        'release-skipped',
        'input.releases[1]',
        'Release "award" of ocds-dates-1 was not read: it has no tender (release "t" is the latest with one).',
      ],
      [
        'release-skipped',
        'input.releases[2]',
        'Release "tender-2" of ocds-dates-1 was not read: it has no tender (release "t" is the latest with one).',
      ],
    ]);
  });

  it('a date that is not ISO 8601 is a finding, never read as another day', () => {
    // "02/01/2025" (2 January, as a UK publisher means it) was read by Date.parse as 1 February,
    // later than 15 January, so the earlier release was taken for the latest.
    const result = readOcdsAwardCriteria({
      releases: [release('a', '02/01/2025', 20), release('b', '2025-01-15', 30)],
    });
    expect(result.lots[0]?.release).toBe('b');
    expect(result.findings.map((f) => [f.code, f.severity, f.path, f.message])).toEqual([
      [
        'unexpected-shape',
        'warning',
        'input.releases[0].date',
        'The date "02/01/2025" is not an ISO 8601 date and time (such as "2025-01-15T10:00:00Z"); the release is ordered as undated, before every dated release of its process.',
      ],
      [
        'release-skipped',
        'info',
        'input.releases[0]',
        'Release "a" of ocds-dates-1 was not read: release "b" is the latest with a tender, and later releases give every field it has.',
      ],
    ]);
    for (const date of [
      '15/01/2025',
      'soon',
      1736899200000,
      '2025-02-30',
      '2025-01-15T24:00:00Z',
    ]) {
      const read = readOcdsAwardCriteria({ releases: [release('a', date, 20)] });
      expect(codes(read.findings), String(date)).toEqual(['unexpected-shape']);
    }
  });

  it('a Date (releases built in code) is the instant it holds; an invalid one is a finding', () => {
    // A Date was "not an ISO 8601 date and time", quoting its own ISO form, and taken as undated:
    // the later release below was skipped for the earlier one.
    const result = readOcdsAwardCriteria({
      releases: [
        release('a', new Date('2025-01-15T10:00:00Z'), 20),
        release('b', '2025-01-15T09:00:00Z', 30),
      ],
    });
    expect(result.lots[0]?.release).toBe('a');
    expect(codes(result.findings)).toEqual(['release-skipped']);
    const invalid = readOcdsAwardCriteria({ releases: [release('a', new Date('soon'), 20)] });
    expect(invalid.findings[0]?.message).toBe(
      'The date Invalid Date is not an ISO 8601 date and time (such as "2025-01-15T10:00:00Z"); the release is ordered as undated, before every dated release of its process.',
    );
  });

  it('reads offsets, and a time without one as UTC whatever the machine’s time zone', () => {
    // 10:00 at +01:00 is 09:00Z, before 09:30Z.
    expect(
      price([
        release('a', '2025-06-01T10:00:00+01:00', 20),
        release('b', '2025-06-01T09:30:00Z', 30),
      ]),
    ).toBe('30');
    // 10:00 with no offset is 10:00Z, after 09:30Z, in Tokyo as in London.
    const zone = process.env.TZ;
    try {
      for (const tz of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        expect(
          price([
            release('a', '2025-01-15T10:00:00', 20),
            release('b', '2025-01-15T09:30:00Z', 30),
          ]),
          tz,
        ).toBe('20');
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    // Fractions of a second and a date alone.
    expect(
      price([
        release('a', '2025-01-15T09:30:00.250Z', 20),
        release('b', '2025-01-15T09:30:00.2Z', 30),
      ]),
    ).toBe('20');
    expect(price([release('a', '2025-01-16', 20), release('b', '2025-01-15T23:59:59Z', 30)])).toBe(
      '20',
    );
  });
});

describe('releases without an ocid', () => {
  const release = (id: string, date: string, price: number) => ({
    id,
    date,
    tender: {
      lots: [
        {
          id: '1',
          awardCriteria: {
            criteria: [
              { type: 'price', description: String(price) },
              { type: 'quality', description: String(100 - price) },
            ],
          },
        },
      ],
    },
  });

  it('are each a process of their own, not merged into one and skipped', () => {
    // Before: both went into one process "with no ocid", and release a was skipped.
    const result = readOcdsAwardCriteria({
      releases: [release('a', '2025-01-15', 20), release('b', '2025-01-16', 30)],
    });
    expect(result.lots.map((lot) => [lot.ocid, lot.release, rows(lot)[0]])).toEqual([
      [null, 'a', ['price', '20', 'description']],
      [null, 'b', ['price', '30', 'description']],
    ]);
    expect(result.findings).toEqual([]);
    expect(result.summary).toBe(
      'Read 2 processes and 2 entries (tender level and lots): 2 with every weight read and summing to 100, 0 without.',
    );
  });

  it('are one process when a record holds them', () => {
    const result = readOcdsAwardCriteria({
      records: [{ releases: [release('a', '2025-01-15', 20), release('b', '2025-01-16', 30)] }],
    });
    expect(result.lots.map((lot) => [lot.release, rows(lot)[0]])).toEqual([
      ['b', ['price', '30', 'description']],
    ]);
  });
});
