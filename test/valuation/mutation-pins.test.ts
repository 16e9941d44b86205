import { describe, expect, it } from 'vitest';
import {
  createValuationAccumulator,
  defineFramework,
  type PledgeInput,
  type PledgeSheetRow,
  type PresentValueOptions,
  presentValue,
  reconcilePledgeSheet,
  revive,
  toDecimal,
  valuePledges,
  type YearSeries,
} from '../../src/index.js';
import { caught } from '../errors.js';

// Pins found unpinned by mutation testing (npm run test:mutation -- --area valuation): every
// sentence, severity and total of the reconciliation, each result computed inside its test so
// that a mutant is active when it runs. Figures worked by hand below each case.

const sheet = (rows: [string, string | null, string | number | null, string | null][]) =>
  rows.map(
    ([measure, proxyValue, quantity, statedValue]): PledgeSheetRow => ({
      measure,
      proxyValue,
      quantity,
      statedValue,
    }),
  );

describe('reconcilePledgeSheet: findings of seed 004 (Social Value Portal example)', () => {
  it('words every finding, with its severity, row and figures', () => {
    // Six rows of seed 004's sheet; the stated total is £1,000 more than its rows.
    const result = reconcilePledgeSheet(
      sheet([
        ['NT1', '30782', '24', '738768.00'],
        ['NT13', '168.72', null, null],
        ['NT18', '0.963812', '650000', '6264776.71'],
        ['CBC5 RBC1', '0', '840000', '0'],
        ['NT19', '0.963812', '250000', '240952.95'],
        ['NT68', '0', '100', '0'],
      ]),
      { statedTotal: '7245497.66' },
    );
    expect(
      result.findings.map((finding) => [finding.row, finding.severity, finding.message]),
    ).toEqual([
      [2, 'info', 'Row 2 (NT13) has no answer: nothing is pledged against it.'],
      [
        3,
        'error',
        // 650,000 × 0.963812 = 626,477.8; 6,264,776.71 ÷ 10 = 626,477.671 = 650,000 × 0.9638118015…
        'Row 3 (NT18): 650,000 × £0.963812 is £626,477.80 but the sheet states £6,264,776.71, 10 times too large. Either the value is wrong or the answer should be 6,500,000; the corrected total takes the answer as right and counts £626,477.67 (the stated value ÷ 10, a proxy of £0.9638118015).',
      ],
      [
        4,
        'info',
        'Row 4 (CBC5 RBC1) has a proxy of £0: the answer (840,000) is recorded but not monetised.',
      ],
      [
        5,
        'info',
        // 250,000 × 0.963812 = 240,953; 240,952.95 ÷ 250,000 = 0.9638118, which rounds to 0.963812.
        'Row 5 (NT19): 250,000 × £0.963812 is £240,953.00 but the sheet states £240,952.95. The proxy is shown rounded to 6 decimal places; the stated value implies £0.9638118, which rounds to the one shown, so the stated value stands.',
      ],
      [
        6,
        'info',
        'Row 6 (NT68) has a proxy of £0: the answer (100) is recorded but not monetised.',
      ],
      [
        undefined,
        'error',
        // Rows: 738,768 + 6,264,776.71 + 0 + 240,952.95 + 0 = 7,244,497.66.
        'The sheet states a total of £7,245,497.66, but its rows add up to £7,244,497.66 (£1,000.00 difference).',
      ],
    ]);
    const total = result.findings.at(-1)!;
    expect([
      total.expected?.toString(),
      total.stated?.toString(),
      total.difference?.toString(),
    ]).toEqual(['7244497.66', '7245497.66', '1000']);
    expect(result.statedTotalMatchesRows).toBe(false);
    expect(result.statedRowsTotal.toString()).toBe('7244497.66');
    // 738,768 + 626,477.8 + 0 + 240,953 + 0.
    expect(result.computedTotal.toString()).toBe('1606198.8');
    // 738,768 + 0 + 626,477.671 + 0 + 240,952.95 + 0; minus the stated total.
    expect(result.correctedTotal.toString()).toBe('1606198.621');
    expect(result.correction.toString()).toBe('-5639299.039');
    expect(result.ok).toBe(false);
    expect(result.summary).toBe(
      '6 rows checked: 2 errors, no warnings, 4 notes; corrected total £1,606,198.62 against the stated £7,245,497.66.',
    );
    expect(result.rows.map((row) => [row.row, row.findingCodes])).toEqual([
      [1, []],
      [2, ['unanswered']],
      [3, ['likely-scale-error']],
      [4, ['not-monetised']],
      [5, ['proxy-rounding']],
      [6, ['not-monetised']],
    ]);
  });
});

describe('reconcilePledgeSheet: each kind of finding', () => {
  it('words blank cells, mismatches and slips, and what the corrected total keeps', () => {
    const result = reconcilePledgeSheet(
      [
        // Row 8: its line, apart from the 7 positions of the rows (a row number twice is a finding).
        { line: 8, measure: 'A', proxyValue: '16.09', quantity: 32, statedValue: '600' },
        ...sheet([
          ['B', '16.09', 32, '5.1488'],
          ['C', '16.09', null, '10'],
          ['D', null, 3, '10'],
          ['D2', null, 3, null],
          ['E', '2', 3, null],
          ['F', '2', 3, '6'],
        ]),
      ],
      { statedTotal: '100' },
    );
    expect(
      result.findings.map((finding) => [finding.code, finding.severity, finding.message]),
    ).toEqual([
      [
        'value-mismatch',
        'error',
        // 32 × 16.09 = 514.88; 600 − 514.88 = 85.12.
        'Row 8 (A): 32 × £16.09 is £514.88 but the sheet states £600.00 (£85.12 difference); the corrected total uses £514.88.',
      ],
      [
        'likely-scale-error',
        'error',
        // 5.1488 × 100 = 514.88: the value was written 100 times too small.
        'Row 2 (B): 32 × £16.09 is £514.88 but the sheet states £5.15, 100 times too small. Either the value is wrong or the answer should be 0.32; the corrected total takes the answer as right and counts £514.88 (the stated value ÷ 0.01, a proxy of £16.09).',
      ],
      [
        'missing-quantity',
        'warning',
        'Row 3 (C) states £10.00 but has no answer, so the value cannot be checked; the corrected total keeps the stated value.',
      ],
      [
        'missing-proxy',
        'error',
        'Row 4 (D) answers 3 but has no proxy value, so it cannot be valued; the corrected total keeps the stated £10.00.',
      ],
      [
        'missing-proxy',
        'error',
        'Row 5 (D2) answers 3 but has no proxy value, so it cannot be valued; the corrected total keeps £0.',
      ],
      [
        'missing-value',
        'warning',
        'Row 6 (E) states no value; 3 × £2 is £6.00, which the corrected total uses.',
      ],
      [
        'total-mismatch',
        'error',
        // Stated rows: 600 + 5.1488 + 10 + 10 + 6 = 631.1488.
        'The sheet states a total of £100.00, but its rows add up to £631.15 (-£531.15 difference).',
      ],
    ]);
    expect(result.findings[1]?.scale).toBe(-2);
    expect(Object.keys(result.findings[1]!).slice(-2)).toEqual(['impliedProxy', 'scale']);
    expect('row' in result.findings[6]!).toBe(false);
    expect('measure' in result.findings[6]!).toBe(false);
    expect('statedTotalMatchesRows' in result).toBe(true);
    expect(result.findings[1]?.impliedProxy?.toString()).toBe('16.09');
    expect(result.findings[0]?.expected?.toString()).toBe('514.88');
    expect(result.findings[0]?.stated?.toString()).toBe('600');
    expect(result.findings[0]?.difference?.toString()).toBe('85.12');
    expect(result.findings[2]?.expected).toBeNull();
    expect(result.findings[2]?.difference).toBeNull();
    expect(result.findings[5]?.expected?.toString()).toBe('6');
    expect(result.findings[5]?.stated).toBeNull();
    // Computed: A 514.88 + B 514.88 + E 6 + F 6; corrected adds C 10, D 10 and D2 0.
    expect(result.computedTotal.toString()).toBe('1041.76');
    expect(result.correctedTotal.toString()).toBe('1061.76');
    expect(result.correction.toString()).toBe('961.76');
    expect(
      result.rows.map((row) => [row.computed?.toString() ?? null, row.stated?.toString() ?? null]),
    ).toEqual([
      ['514.88', '600'],
      ['514.88', '5.1488'],
      [null, '10'],
      [null, '10'],
      [null, null],
      ['6', null],
      ['6', '6'],
    ]);
    expect(result.summary).toBe(
      '7 rows checked: 5 errors, 2 warnings, no notes; corrected total £1,061.76 against the stated £100.00.',
    );
  });

  it('counts one of each severity in the singular, and a clean sheet as ok', () => {
    const mixed = reconcilePledgeSheet(
      sheet([
        ['A', '16.09', 32, '600'],
        ['E', '2', 3, null],
        ['N', '2', null, null],
      ]),
    );
    // No stated total: the stated rows (600) stand for it, with a note; corrected 514.88 + 6 + 0.
    expect(mixed.summary).toBe(
      '3 rows checked: 1 error, 1 warning, 2 notes; corrected total £520.88 against the rows’ stated £600.00 (no stated total).',
    );
    expect(mixed.findings.at(-1)).toEqual({
      code: 'no-stated-total',
      severity: 'info',
      message:
        'No stated total to check: the sheet has no total row (or none was given as options.statedTotal), so only its rows are checked, and the stated total is taken as the sum of the stated rows, £600.00.',
      expected: toDecimal('600'),
      stated: null,
      difference: null,
    });
    expect(mixed.statedTotalMatchesRows).toBeUndefined();
    expect('statedTotalMatchesRows' in mixed).toBe(false);
    expect(Object.keys(mixed.findings[0]!)).toEqual([
      'code',
      'severity',
      'message',
      'row',
      'measure',
      'expected',
      'stated',
      'difference',
    ]);
    expect(mixed.statedTotal.toString()).toBe('600');
    const clean = reconcilePledgeSheet(sheet([['F', '2', 3, '6']]), { statedTotal: '6' });
    expect(clean.ok).toBe(true);
    expect(clean.findings).toEqual([]);
    expect(clean.statedTotalMatchesRows).toBe(true);
    expect(clean.summary).toBe(
      '1 row checked: no errors, no warnings, no notes; corrected total £6.00 against the stated £6.00.',
    );
    // A null stated total is no stated total.
    const unstated = reconcilePledgeSheet(sheet([['F', '2', 3, '6']]), {
      statedTotal: null,
    } as never);
    expect(unstated.statedTotalMatchesRows).toBeUndefined();
    expect(unstated.findings.map((finding) => finding.code)).toEqual(['no-stated-total']);
    expect(unstated.ok).toBe(true);
    expect(caught(() => reconcilePledgeSheet(sheet([['A', null, 'lots', null]]))).message).toBe(
      'Invalid pledge sheet rows: 1 problem.\n  - rows[0].quantity: expected a finite number, a decimal string, a bigint or a Decimal, received "lots"',
    );
    expect(caught(() => reconcilePledgeSheet([], { tolerance: -1 })).message).toBe(
      'Invalid options: 1 problem.\n  - options.tolerance: expected a number at least 0, received -1',
    );
    // Notes only: still ok.
    const notes = reconcilePledgeSheet(sheet([['N', '2', null, '0']]), { statedTotal: '0' });
    expect(notes.findings.map((finding) => finding.code)).toEqual(['unanswered']);
    expect(notes.ok).toBe(true);
    expect(notes.summary).toBe(
      '1 row checked: no errors, no warnings, 1 note; corrected total £0.00 against the stated £0.00.',
    );
  });

  it('finds slips up to a million times, either way', () => {
    // 2 × £3 = £6, stated £6,000,000 (×1,000,000) and £0.006 (÷1,000).
    const result = reconcilePledgeSheet(
      sheet([
        ['UP', '3', 2, '6000000'],
        ['DOWN', '3', 2, '0.006'],
        ['K', '3', 2, '6000'],
      ]),
      { statedTotal: '6006000.006' },
    );
    expect(result.findings.map((finding) => finding.scale)).toEqual([6, -3, 3]);
    expect(result.findings[0]?.message).toBe(
      'Row 1 (UP): 2 × £3 is £6.00 but the sheet states £6,000,000.00, 1,000,000 times too large. Either the value is wrong or the answer should be 2,000,000; the corrected total takes the answer as right and counts £6.00 (the stated value ÷ 1,000,000, a proxy of £3).',
    );
    expect(result.findings[1]?.message).toBe(
      'Row 2 (DOWN): 2 × £3 is £6.00 but the sheet states £0.01, 1,000 times too small. Either the value is wrong or the answer should be 0.002; the corrected total takes the answer as right and counts £6.00 (the stated value ÷ 0.001, a proxy of £3).',
    );
    expect(result.rows.map((row) => row.corrected.toString())).toEqual(['6', '6', '6']);
  });

  it('holds the edges of the tolerance and of a rounded proxy', () => {
    // 32 × 16.09 = 514.88. A proxy shown to 2 places is within 0.005 of the true one: the
    // stated value may be off by 32 × 0.005 = 0.16, plus the tolerance 0.005: 0.165.
    const codeOf = (stated: string, tolerance?: string) =>
      reconcilePledgeSheet(sheet([['A', '16.09', 32, stated]]), {
        statedTotal: stated,
        ...(tolerance === undefined ? {} : { tolerance }),
      }).findings.map((finding) => finding.code);
    expect(codeOf('514.885')).toEqual([]);
    expect(codeOf('514.8851')).toEqual(['proxy-rounding']);
    expect(codeOf('515.045')).toEqual(['proxy-rounding']);
    expect(codeOf('515.0451')).toEqual(['value-mismatch']);
    expect(codeOf('514.715')).toEqual(['proxy-rounding']);
    expect(codeOf('514.7149')).toEqual(['value-mismatch']);
    expect(codeOf('515', '0.12')).toEqual([]);
    expect(codeOf('515', '0.1199')).toEqual(['proxy-rounding']);
    // A zero answer with a non-zero stated value is a mismatch, never a rounding or a slip.
    expect(
      reconcilePledgeSheet(sheet([['Z', '16.09', 0, '5']])).findings.map((f) => f.code),
    ).toEqual(['value-mismatch', 'no-stated-total']);
  });
});

// A framework made in each test: valuePledges caches per framework object, so a shared one would
// keep what was read before the test began.
const makeFramework = () =>
  defineFramework({
    id: 'f',
    name: 'F',
    edition: '2021',
    priceYear: 2021,
    themes: [{ id: 't', name: 'T', shortName: 'T' }],
    measures: [
      {
        code: 'A',
        theme: 't',
        title: 'A',
        unit: 'u',
        proxyValue: 2,
        valueType: 'social',
        edition: '2022',
      },
      {
        code: 'A2',
        theme: 't',
        title: 'A2',
        unit: 'u',
        proxyValue: 2,
        valueType: 'social',
        edition: '2022',
      },
      {
        code: 'B',
        theme: 't',
        title: 'B',
        unit: 'u',
        proxyValue: 3,
        valueType: 'social',
        edition: '2023',
      },
      {
        code: 'G1',
        theme: 't',
        title: 'G1',
        unit: 'u',
        proxyValue: 1,
        valueType: 'social',
        exclusivityGroup: 'g',
      },
      {
        code: 'G2',
        theme: 't',
        title: 'G2',
        unit: 'u',
        proxyValue: 1,
        valueType: 'social',
        exclusivityGroup: 'g',
      },
      {
        code: 'H1',
        theme: 't',
        title: 'H1',
        unit: 'u',
        proxyValue: 1,
        valueType: 'social',
        exclusivityGroup: 'h',
      },
      {
        code: 'P',
        theme: 't',
        title: 'P',
        unit: 'u',
        proxyValue: 5,
        valueType: 'social',
        maxYearsPerPerson: 2,
      },
      {
        code: 'Q',
        theme: 't',
        title: 'Q',
        unit: 'u',
        proxyValue: 7,
        valueType: 'social',
        maxYearsPerPerson: 1,
      },
      { code: 'N', theme: 't', title: 'N', unit: 'u', proxyValue: null, valueType: 'social' },
    ],
  });

describe('valuePledges: warnings', () => {
  it('warns about mixed editions when only measures of other editions are pledged', () => {
    const result = valuePledges(makeFramework(), [
      { measure: 'A', quantity: 1 },
      { measure: 'B', quantity: 1 },
    ]);
    expect(result.warnings).toEqual([
      {
        code: 'mixed-editions',
        severity: 'warning',
        message:
          'The total adds proxy values of more than one edition: 2022 (A) and 2023 (B). Re-index them to one price year before comparing totals.',
        measures: ['A', 'B'],
        lines: [0, 1],
      },
    ]);
    // 1 × £2 + 1 × £3.
    expect(result.summary).toBe(
      '2 pledges valued at £5.00 with F (edition 2021, 2021 prices); 1 warning to check.',
    );
  });

  it('groups measures by edition, each edition once', () => {
    const result = valuePledges(makeFramework(), [
      { measure: 'B', quantity: 1 },
      { measure: 'A2', quantity: 1 },
      { measure: 'A', quantity: 1 },
    ]);
    expect(
      result.warnings.map((warning) => [warning.message, warning.measures, warning.lines]),
    ).toEqual([
      [
        'The total adds proxy values of more than one edition: 2022 (A and A2) and 2023 (B). Re-index them to one price year before comparing totals.',
        ['A', 'A2', 'B'],
        [0, 1, 2],
      ],
    ]);
  });

  it('warns about measures that can warn alone, each pledged once', () => {
    const framework = makeFramework();
    const codesOf = (pledges: PledgeInput[]) =>
      valuePledges(framework, pledges).warnings.map((warning) => warning.code);
    expect(
      codesOf([
        { measure: 'G1', quantity: 1 },
        { measure: 'G2', quantity: 1 },
      ]),
    ).toEqual(['exclusivity-group']);
    expect(codesOf([{ measure: 'Q', years: [1, 1] }])).toEqual(['max-years-per-person']);
    expect(codesOf([{ measure: 'Q', years: [1, 0] }])).toEqual([]);
  });

  it('orders warnings of one kind by group name and measure code', () => {
    const framework = defineFramework({
      id: 'o',
      name: 'O',
      edition: '2021',
      priceYear: 2021,
      themes: [{ id: 't', name: 'T', shortName: 'T' }],
      measures: ['A1', 'A2', 'B1', 'B2'].map((code) => ({
        code,
        theme: 't',
        title: code,
        unit: 'u',
        proxyValue: 1,
        valueType: 'social' as const,
        // A-measures in group "z", B-measures in group "a": names sort the other way round.
        exclusivityGroup: code.startsWith('A') ? 'z' : 'a',
        maxYearsPerPerson: 1,
      })),
    });
    const result = valuePledges(framework, [
      { measure: 'B2', years: [1, 1] },
      { measure: 'A1', years: [1, 1] },
      { measure: 'B1', quantity: 1 },
      { measure: 'A2', quantity: 1 },
    ]);
    expect(result.warnings.map((warning) => [warning.code, warning.measures])).toEqual([
      ['exclusivity-group', ['B1', 'B2']],
      ['exclusivity-group', ['A1', 'A2']],
      ['max-years-per-person', ['A1']],
      ['max-years-per-person', ['B2']],
    ]);
  });

  it('warns about an exclusivity group only when two of its measures are pledged', () => {
    const framework = makeFramework();
    expect(
      valuePledges(framework, [
        { measure: 'G1', quantity: 1 },
        { measure: 'H1', quantity: 1 },
      ]).warnings,
    ).toEqual([]);
    const pledges = Array.from({ length: 12 }, () => ({ measure: 'H1', quantity: 1 }));
    pledges[2] = { measure: 'G2', quantity: 1 };
    pledges[10] = { measure: 'G1', quantity: 1 };
    const result = valuePledges(framework, pledges);
    expect(
      result.warnings.map((warning) => [warning.code, warning.measures, warning.lines]),
    ).toEqual([
      ['duplicate-measure', ['H1'], [0, 1, 3, 4, 5, 6, 7, 8, 9, 11]],
      // Pledge indexes in numeric order (10 after 2).
      ['exclusivity-group', ['G1', 'G2'], [2, 10]],
    ]);
    expect(result.warnings[1]?.message).toBe(
      'G1 and G2 are in exclusivity group "g": the same spend or person must not be counted in more than one of them.',
    );
  });

  it('counts only the years with a quantity against the years-per-person limit', () => {
    const result = valuePledges(makeFramework(), [
      { measure: 'P', years: [1, 0, 1] },
      { measure: 'P', years: [1, 1, 1] },
      { measure: 'P', years: [1, 1, 1, 1] },
      { measure: 'Q', years: [1, 1] },
      { measure: 'Q', years: [0, 1] },
    ]);
    expect(result.warnings).toEqual([
      {
        code: 'duplicate-measure',
        severity: 'warning',
        message: 'P is pledged 3 times (pledges 0, 1 and 2): check that nothing is counted twice.',
        measures: ['P'],
        lines: [0, 1, 2],
      },
      {
        code: 'duplicate-measure',
        severity: 'warning',
        message: 'Q is pledged 2 times (pledges 3 and 4): check that nothing is counted twice.',
        measures: ['Q'],
        lines: [3, 4],
      },
      {
        // Pledge 0 has two years with a quantity: within P's limit of 2.
        code: 'max-years-per-person',
        severity: 'warning',
        message:
          'P counts a person for at most 2 years, but 2 pledges (1 and 2) spread it over more years, up to 4: only count people new in each year.',
        measures: ['P'],
        lines: [1, 2],
      },
      {
        code: 'max-years-per-person',
        severity: 'warning',
        message:
          'Q counts a person for at most 1 year, but pledge 3 spreads it over 2 years: only count people new in each year.',
        measures: ['Q'],
        lines: [3],
      },
    ]);
    // (2 + 3 + 4) × £5 + (2 + 1) × £7.
    expect(result.total.toString()).toBe('66');
  });
});

describe('valuePledges: the shape of a valuation', () => {
  it('has optional keys only when they have a value', () => {
    const framework = makeFramework();
    const plain = valuePledges(framework, [{ measure: 'P', quantity: 1 }]);
    expect(Object.keys(plain)).toEqual([
      'kind',
      'schemaVersion',
      'framework',
      'lines',
      'total',
      'benefitTotal',
      'disbenefitTotal',
      'byTheme',
      'byValueType',
      'byChannel',
      'byTag',
      'warnings',
      'summary',
    ]);
    expect(Object.keys(plain.lines[0]!)).toEqual([
      'index',
      'measure',
      'title',
      'unit',
      'theme',
      'themeName',
      'valueType',
      'quantity',
      'attributionShare',
      'proxyValue',
      'value',
      'tags',
      'channel',
      'effect',
    ]);
    expect(plain.summary).toBe('1 pledge valued at £5.00 with F (edition 2021, 2021 prices).');
    const full = valuePledges(framework, [{ measure: 'P', years: { 2025: 1 }, note: 'n' }], {
      contractValue: 50,
    });
    expect(Object.keys(full)).toEqual([
      'kind',
      'schemaVersion',
      'framework',
      'lines',
      'total',
      'benefitTotal',
      'disbenefitTotal',
      'byTheme',
      'byValueType',
      'byChannel',
      'byTag',
      'byYear',
      'contractValue',
      'socialValueAddedRatio',
      'warnings',
      'summary',
    ]);
    expect(Object.keys(full.lines[0]!).slice(-2)).toEqual(['years', 'note']);
    // £5 of £50.
    expect(full.socialValueAddedRatio?.toString()).toBe('0.1');
    expect(full.summary).toBe(
      '1 pledge valued at £5.00 with F (edition 2021, 2021 prices): 10% of the contract value of £50.00.',
    );
    expect(Object.keys(valuePledges(framework, [], {})).includes('contractValue')).toBe(false);
  });

  it('keeps the note of every pledge, whatever else it carries', () => {
    const result = valuePledges(makeFramework(), [
      { measure: 'P', quantity: 1, note: 'plain' },
      { measure: 'P', quantity: 1, tags: { a: 'b' }, note: 'tagged' },
      { measure: 'P', quantity: 1, attributionShare: '0.5', note: 'shared' },
      { measure: 'P', years: [1], note: 'yearly' },
      { measure: 'P', quantity: 1, tags: { a: 'b' } },
    ]);
    expect(result.lines.map((line) => line.note)).toEqual([
      'plain',
      'tagged',
      'shared',
      'yearly',
      undefined,
    ]);
    expect(result.lines.map((line) => 'note' in line)).toEqual([true, true, true, true, false]);
    // 1 × £5, 1 × £5, 1 × 0.5 × £5, 1 × £5, 1 × £5.
    expect(result.lines.map((line) => line.value.toString())).toEqual(['5', '5', '2.5', '5', '5']);
    expect(result.lines[2]?.quantity.toString()).toBe('1');
    expect(result.byTag.a?.b?.toString()).toBe('10');
  });
});

describe('valuePledges: codes with spaces and bad pledges', () => {
  it('reads a measure code with spaces around it as the code', () => {
    const framework = makeFramework();
    for (const measure of [' P', 'P ', '\u00a0P', 'P\u00a0', '\tP']) {
      const result = valuePledges(framework, [{ measure, quantity: 1 }]);
      expect(result.lines[0]?.measure).toBe('P');
      expect(result.total.toString()).toBe('5');
    }
  });

  it('names the field and the value of a bad pledge', () => {
    const framework = makeFramework();
    const cases: [unknown, string, string][] = [
      [{ measure: '', quantity: 1 }, 'pledges[0].measure', 'expected non-empty text, received ""'],
      [{ measure: 5, quantity: 1 }, 'pledges[0].measure', 'expected text, received 5'],
      [
        { measure: 'P', quantity: 1, tags: { a: 5 } },
        'pledges[0].tags.a',
        'expected text, received 5',
      ],
      [{ measure: 'P', quantity: 1, note: 5 }, 'pledges[0].note', 'expected text, received 5'],
      [
        { measure: 'P', quantity: 1, tags: new Map() },
        'pledges[0].tags',
        'expected a plain object of names and values, received a Map',
      ],
    ];
    for (const [pledge, path, message] of cases) {
      const error = caught(() => valuePledges(framework, [pledge as PledgeInput]));
      expect(error.code).toBe('invalid-input');
      expect(error.message).toBe(`Invalid pledge: 1 problem.\n  - ${path}: ${message}`);
    }
    const list = caught(() => valuePledges(framework, 'P' as never));
    expect(list.message).toBe(
      'Invalid pledges: expected a list.\n  - pledges: expected a list of pledges, received "P"',
    );
    // One pledge given alone, to valuePledges or to an accumulator's add, says to list it.
    const alone =
      'expected a list of pledges, received {"measure":"P","quantity":1} (one pledge: give it as [pledge])';
    expect(
      caught(() => valuePledges(framework, { measure: 'P', quantity: 1 } as never)).issues[0]
        ?.message,
    ).toBe(alone);
    const accumulator = createValuationAccumulator(framework);
    expect(
      caught(() => accumulator.add({ measure: 'P', quantity: 1 } as never)).issues[0]?.message,
    ).toBe(alone);
    const proxy = caught(() => valuePledges(framework, [{ measure: 'N', quantity: 1 }]));
    expect(proxy.code).toBe('missing-proxy');
    expect(proxy.message).toBe(
      'Measure N has no proxy value (not monetised yet), so pledge 0 cannot be valued.\n  - pledges[0].measure: measure "N" has a null proxy value',
    );
    expect(proxy.details).toEqual({ code: 'N' });
    expect(caught(() => valuePledges(framework, [], { contractValue: 0 })).message).toBe(
      'Invalid options: 1 problem.\n  - options.contractValue: expected a number at least 0.01, received 0',
    );
  });
});

describe('presentValue: summaries, warnings and errors', () => {
  const summaryOf = (series: YearSeries, options?: PresentValueOptions) =>
    presentValue(series, options).summary;
  const messagesOf = (series: YearSeries, options?: PresentValueOptions) =>
    presentValue(series, options).warnings.map((warning) => [warning.code, warning.message]);

  it('names the span of years and the rate or the bands reached', () => {
    // No year to name as the base (never "in 0"), given or not.
    expect(summaryOf({})).toBe('No years to discount: £0.00 nominal, worth £0.00.');
    expect(summaryOf([], { baseYear: 2025, rate: '0.05' })).toBe(
      'No years to discount: £0.00 nominal, worth £0.00.',
    );
    expect(summaryOf({ 2025: 100 })).toBe(
      '1 year (2025), £100.00 nominal, is worth £100.00 in 2025 at 3.5% a year (Green Book 2022 standard schedule).',
    );
    // 100 + 100 ÷ 1.05 = 195.238…
    expect(summaryOf({ 2025: 100, 2026: 100 }, { rate: '0.05' })).toBe(
      '2 years from 2025 to 2026, £200.00 nominal, are worth £195.24 in 2025 at 5% a year.',
    );
    // Year 30 is the first band's last: the rate is still one.
    expect(presentValue({ 0: 0, 30: 1 }).rate?.toString()).toBe('0.035');
    expect(presentValue({ 0: 0, 31: 1 }).rate).toBeNull();
    // 1 ÷ (1.035^30 × 1.03^45) = 0.0942; year 76 adds the third band (× 1.025).
    expect(summaryOf({ 0: 0, 75: 1 })).toBe(
      '2 years from 0 to 75, £1.00 nominal, are worth £0.09 in 0 under the Green Book 2022 standard schedule: 3.5% to year 30, then 3% from year 31 to 75.',
    );
    expect(summaryOf({ 0: 0, 76: 1 })).toBe(
      '2 years from 0 to 76, £1.00 nominal, are worth £0.09 in 0 under the Green Book 2022 standard schedule: 3.5% to year 30, then 3% from year 31 to 75, then 2.5% from year 76 on.',
    );
    // 1 ÷ (1.015^30 × 1.0129^45 × 1.0107^55) = 0.2001; the health schedule's rates end at year 125.
    expect(summaryOf({ 0: 0, 130: 1 }, { schedule: 'green-book-2022-health' })).toBe(
      '2 years from 0 to 130, £1.00 nominal, are worth £0.20 in 0 under the Green Book 2022 health schedule: 1.5% to year 30, then 1.29% from year 31 to 75, then 1.07% from year 76 on.',
    );
    // The health schedule's last band ends at year 125: a series up to it does not run on.
    expect(summaryOf({ 0: 0, 125: 1 }, { schedule: 'green-book-2022-health' })).toBe(
      '2 years from 0 to 125, £1.00 nominal, are worth £0.21 in 0 under the Green Book 2022 health schedule: 1.5% to year 30, then 1.29% from year 31 to 75, then 1.07% from year 76 to 125.',
    );
    // Past its last band a year is discounted at the last band's rate; year 76 of the standard
    // schedule compounds its third band: 1 ÷ (1.035^30 × 1.03^45 × 1.025) = 0.0919158757.
    const health = presentValue({ 0: 0, 130: 1 }, { schedule: 'green-book-2022-health' });
    expect(health.years[1]?.rate.toString()).toBe('0.0107');
    expect(health.years[1]?.discountFactor.toDecimalPlaces(8).toString()).toBe('0.20012365');
    const standard = presentValue({ 0: 0, 76: 1 });
    expect(standard.years[1]?.rate.toString()).toBe('0.025');
    expect(standard.years[1]?.discountFactor.toDecimalPlaces(8).toString()).toBe('0.09191588');
    expect(presentValue({ 0: 1 }, { rate: '0.05' }).schedule.name).toBe(
      'Flat rate chosen by the caller',
    );
    // 1 ÷ √1.035 = 0.98295.
    expect(summaryOf({ 0: 100, 1: 1 }, { timing: 'mid-year' })).toBe(
      '2 years from 0 to 1, £101.00 nominal, are worth £100.98 in 0 at 3.5% a year (Green Book 2022 standard schedule), discounting from mid-year.',
    );
  });

  it('words every warning', () => {
    expect(messagesOf({ 2025: 100, 2056: 100 }, { rate: '0.05' })).toEqual([
      [
        'flat-rate-long-series',
        "A flat rate of 5% is applied beyond year 30 (2056), where the Green Book's rates decline: leave out the rate to use its schedule.",
      ],
    ]);
    expect(messagesOf({ 2025: 100, 2055: 100 }, { rate: '0.05' })).toEqual([]);
    expect(messagesOf({ 0: 100, 2: 1 }, { schedule: 'green-book-2003' })).toEqual([
      [
        'historic-schedule',
        'The Green Book 2003 six-band schedule is superseded: the current Green Book (Annex A6, Table 8) has three bands, with 2.5% from year 76 on.',
      ],
    ]);
    expect(messagesOf({ 0: 100, 1: 1 }, { timing: 'mid-year' })).toEqual([
      [
        'mid-year-timing',
        "Each year after the base year is discounted from its middle (t − ½ years): a common convention, not one the Green Book's tables use.",
      ],
    ]);
    expect(messagesOf({ 0: 0, 130: 1 }, { schedule: 'green-book-2022-health' })).toEqual([
      [
        'beyond-schedule',
        '1 year (130) lies beyond year 125, the last year the Green Book 2022 health schedule gives a rate for: it is discounted at 1.07%, its last rate, by analogy, not by the source.',
      ],
    ]);
    expect(messagesOf({ 0: 0, 130: 1, 131: 1 }, { schedule: 'green-book-2022-health' })).toEqual([
      [
        'beyond-schedule',
        '2 years (130 to 131) lie beyond year 125, the last year the Green Book 2022 health schedule gives a rate for: they are discounted at 1.07%, its last rate, by analogy, not by the source.',
      ],
    ]);
    expect(messagesOf({ 0: 0, 125: 1 }, { schedule: 'green-book-2022-health' })).toEqual([]);
  });

  it('names the field of a bad series', () => {
    const messageOf = (run: () => unknown) => caught(run).message;
    expect(messageOf(() => presentValue({ 2025: 100 }, { baseYear: 2026 }))).toBe(
      'Invalid series: year 2025 is before the base year 2026.\n  - series["2025"]: expected a year from the base year 2026 on, received 2025',
    );
    expect(
      messageOf(() =>
        presentValue([
          { year: 2025, value: 1 },
          { year: 2025, value: 2 },
        ]),
      ),
    ).toBe(
      'Invalid series: year 2025 is given twice.\n  - series[1].year: year 2025 is already given',
    );
    expect(messageOf(() => presentValue(5 as never))).toBe(
      'Invalid series: 1 problem.\n  - series: expected a list or a plain object of values, received 5',
    );
    expect(messageOf(() => presentValue(null as never))).toBe(
      'Invalid series: 1 problem.\n  - series: expected a list or a plain object of values, received null',
    );
    expect(
      messageOf(() => presentValue({ 2025: 1 }, { rate: '0.03', schedule: 'green-book-2003' })),
    ).toBe(
      'Invalid options: 1 problem.\n  - options.schedule: expected either a flat rate (options.rate) or a schedule (options.schedule), received both: rate 0.03 and schedule "green-book-2003"',
    );
    expect(messageOf(() => presentValue({ x: 1 } as never))).toBe(
      'Invalid series: 1 problem.\n  - series.x: expected a whole year such as "2026" or "1" as the key, received "x"',
    );
    expect(messageOf(() => presentValue({ 0: 1 }, { rate: 'x' } as never))).toBe(
      'Invalid options: 1 problem.\n  - options.rate: expected a finite number, a decimal string, a bigint or a Decimal, received "x"',
    );
    const twice = [
      { year: 1, value: 1 },
      { year: 1, value: 1 },
    ];
    expect(caught(() => presentValue(twice)).code).toBe('invalid-input');
    expect(caught(() => presentValue({ x: 1 } as never)).code).toBe('invalid-input');
    expect(caught(() => presentValue({ 2025: 'x' } as never)).issues[0]?.path).toBe(
      'series["2025"]',
    );
    expect(caught(() => presentValue({}, { rate: 'x' } as never)).issues[0]?.path).toBe(
      'options.rate',
    );
  });
});

describe('revive: valuation results', () => {
  it('names the result expected and the first fields missing', () => {
    const messageOf = (
      json: unknown,
      kind: 'valuation' | 'pledge-sheet-reconciliation' | 'present-value',
    ) =>
      caught(() => revive(json, kind))
        .message.split('\n')
        .slice(0, 3);
    expect(messageOf({ kind: 'valuation' }, 'valuation')).toEqual([
      'Invalid valuation: 1 problem.',
      '  - json: expected a valuation (from valuePledges) or its JSON form, received an object of kind "valuation" without "lines"',
    ]);
    expect(messageOf({ kind: 'valuation', schemaVersion: 1, lines: 5 }, 'valuation')).toEqual([
      'Invalid valuation: 11 problems.',
      '  - json.framework: missing: expected an object (keys id, name, edition, priceYear)',
      '  - json.lines: expected a list, received 5',
    ]);
    expect(
      messageOf({ kind: 'pledge-sheet-reconciliation' }, 'pledge-sheet-reconciliation'),
    ).toEqual([
      'Invalid pledge sheet reconciliation: 1 problem.',
      '  - json: expected a pledge-sheet reconciliation (from reconcilePledgeSheet) or its JSON form, received an object of kind "pledge-sheet-reconciliation" without "findings"',
    ]);
    expect(
      messageOf(
        { kind: 'pledge-sheet-reconciliation', schemaVersion: 1, findings: 5 },
        'pledge-sheet-reconciliation',
      ),
    ).toEqual([
      'Invalid pledge-sheet reconciliation: 9 problems.',
      '  - json.ok: missing: expected true or false',
      '  - json.findings: expected a list, received 5',
    ]);
    expect(messageOf({ kind: 'present-value' }, 'present-value')).toEqual([
      'Invalid present value: 1 problem.',
      '  - json: expected a present value (from presentValue) or its JSON form, received an object of kind "present-value" without "years"',
    ]);
    expect(
      messageOf({ kind: 'present-value', schemaVersion: 1, years: 5 }, 'present-value'),
    ).toEqual([
      'Invalid present value: 9 problems.',
      '  - json.total: missing: expected a number',
      '  - json.nominal: missing: expected a number',
    ]);
  });

  it('revives each result from its JSON form', () => {
    const framework = makeFramework();
    const valuation = valuePledges(framework, [{ measure: 'P', quantity: 1, note: 'n' }], {
      contractValue: 10,
    });
    const back = revive(JSON.parse(JSON.stringify(valuation)), 'valuation');
    expect(back.summary).toBe(valuation.summary);
    expect(back.lines[0]?.note).toBe('n');
    expect(back.socialValueAddedRatio?.toString()).toBe('0.5');
    const pv = presentValue({ 2025: 1 });
    expect(revive(JSON.parse(JSON.stringify(pv)), 'present-value').summary).toBe(
      '1 year (2025), £1.00 nominal, is worth £1.00 in 2025 at 3.5% a year (Green Book 2022 standard schedule).',
    );
    const empty = reconcilePledgeSheet([]);
    expect(revive(JSON.parse(JSON.stringify(empty)), 'pledge-sheet-reconciliation').summary).toBe(
      '0 rows checked: no errors, 1 warning, 1 note; corrected total £0.00 against the rows’ stated £0.00 (no stated total).',
    );
  });
});
