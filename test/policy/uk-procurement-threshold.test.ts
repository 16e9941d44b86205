import { describe, expect, it } from 'vitest';
import {
  type AuthorityKind,
  type ContractType,
  policies,
  requiresSocialValue,
  type ThresholdLevel,
  ukProcurementThreshold,
} from '../../src/index.js';
import { errorOf } from './helpers.js';

const at = (
  contractType: ContractType,
  authority: AuthorityKind,
  commencedOn: string,
  level: ThresholdLevel = 'threshold',
) => ukProcurementThreshold({ contractType, authority, commencedOn, level });

// PCR 2015 regime, by commencement period. Sources: PPN 18/15 (2016, net of VAT; figures as quoted
// by Mills & Reeve, CMS, Anthony Collins and Tenders Direct), PPN 04/17 (2018, net; MOD DCO, BiP
// Solutions, Devonshires), PPN 06/19 (2020, net), PPN 10/21 with SI 2021/1221 (2022, inc VAT;
// Department of Finance NI table), PPN 11/23 with SI 2023/1117 (2024, inc VAT; UCR reg. 16 on
// legislation.gov.uk). `null`: a figure the table leaves out (research: not confirmed).
type Row = readonly [ContractType, AuthorityKind, ...(number | null)[]];
const PCR: readonly Row[] = [
  //                                          2016       2018       2020       2022       2024
  ['supplies', 'central-government', 106_047, 118_133, 122_976, 138_760, 139_688],
  ['services', 'central-government', 106_047, 118_133, 122_976, 138_760, 139_688],
  ['supplies', 'sub-central', 164_176, 181_302, 189_330, 213_477, 214_904],
  ['services', 'sub-central', 164_176, 181_302, 189_330, 213_477, 214_904],
  ['works', 'sub-central', 4_104_394, 4_551_413, 4_733_252, 5_336_937, 5_372_609],
  ['light-touch', 'sub-central', 589_148, 615_278, 663_540, 663_540, 663_540],
  ['light-touch', 'central-government', 589_148, 615_278, 663_540, 663_540, 663_540],
  ['services', 'utility', 328_352, null, 378_660, 426_955, 429_809],
  ['works', 'utility', 4_104_394, 4_551_413, 4_733_252, 5_336_937, 5_372_609],
  ['light-touch', 'utility', 785_530, null, 884_720, 884_720, 884_720],
  ['defence-supplies-services', 'central-government', 328_352, null, 378_660, 426_955, null],
  ['defence-works', 'central-government', 4_104_394, null, 4_733_252, 5_336_937, null],
  // CCR 2016: every concession, light touch ones included (2016 from 18 April, see below).
  ['concession', 'sub-central', 4_104_394, 4_551_413, 4_733_252, 5_336_937, 5_372_609],
  ['light-touch-concession', 'utility', 4_104_394, 4_551_413, 4_733_252, 5_336_937, 5_372_609],
];
const PCR_DAYS = ['2016-06-01', '2018-01-01', '2021-12-31', '2022-01-01', '2025-02-23'] as const;

// Procurement Act 2023 Schedule 1, row by row: 24 February to 31 December 2025 (as amended by
// SI 2025/163; DAC Beachcroft, Irwin Mitchell, Womble Bond Dickinson, Devonshires) and from
// 1 January 2026 (SI 2025/1200, PPN 023; policy-wire, LUPC, DWF: rows 5, 7 and 8 unchanged).
const ACT: readonly (readonly [number, ContractType, AuthorityKind, number, number])[] = [
  [1, 'defence-works', 'central-government', 5_372_609, 5_193_000],
  [2, 'defence-concession', 'sub-central', 5_372_609, 5_193_000],
  [3, 'defence-supplies-services', 'central-government', 429_809, 415_440],
  [4, 'works', 'utility', 5_372_609, 5_193_000],
  [5, 'light-touch', 'utility', 884_720, 884_720],
  [5, 'light-touch-concession', 'utility', 884_720, 884_720],
  [6, 'supplies', 'utility', 429_809, 415_440],
  [7, 'light-touch-concession', 'sub-central', 5_372_609, 5_372_609],
  [8, 'light-touch', 'central-government', 663_540, 663_540],
  [9, 'concession', 'central-government', 5_372_609, 5_193_000],
  [10, 'works', 'sub-central', 5_372_609, 5_193_000],
  [11, 'services', 'central-government', 139_688, 135_018],
  [12, 'supplies', 'sub-central', 214_904, 207_720],
];

describe('ukProcurementThreshold: the PCR 2015 regime from 2016', () => {
  it.each(PCR)('%s for %s in every period', (...row) => {
    const [type, authority, ...amounts] = row as unknown as [
      ContractType,
      AuthorityKind,
      ...(number | null)[],
    ];
    amounts.forEach((amount, index) => {
      const day = PCR_DAYS[index]!;
      if (amount === null) {
        const error = errorOf(() => at(type, authority, day));
        expect(error.code).toBe('no-threshold-for-date');
        expect(error.message).toContain('could be confirmed');
      } else {
        const threshold = at(type, authority, day);
        expect(threshold.amount.toString()).toBe(String(amount));
        expect(threshold.regime).toBe('pcr-2015');
        expect(threshold.vatBasis).toBe(day < '2022-01-01' ? 'exclusive' : 'inclusive');
      }
    });
  });

  it('names the PPN of each period', () => {
    expect(at('services', 'sub-central', '2016-01-01').source).toContain('PPN 18/15');
    expect(at('services', 'sub-central', '2017-12-31').source).toContain('PPN 18/15');
    expect(at('services', 'sub-central', '2018-01-01').source).toContain('PPN 04/17');
    expect(at('services', 'sub-central', '2019-12-31').source).toContain('PPN 04/17');
    expect(at('services', 'sub-central', '2020-01-01').source).toContain('PPN 06/19');
    expect(at('services', 'sub-central', '2022-01-01').source).toContain('PPN 10/21');
    expect(at('services', 'sub-central', '2024-01-01').source).toContain('PPN 11/23');
    expect(at('services', 'utility', '2016-03-01').source).toContain(
      'Utilities Contracts Regulations 2006 until 17 April 2016',
    );
  });

  it('starts concessions on 18 April 2016, when the Concession Contracts Regulations came in', () => {
    const before = errorOf(() => at('concession', 'sub-central', '2016-04-17'));
    expect(before.code).toBe('no-threshold-for-date');
    expect(before.message).toContain('from 2016-04-18');
    const first = at('concession', 'sub-central', '2016-04-18');
    expect([first.amount.toString(), first.id, first.vatBasis]).toEqual([
      '4104394',
      'concession@2016-04-18',
      'exclusive',
    ]);
  });

  it("starts utilities' light touch on 18 April 2016, when the UCR 2016 brought the regime in", () => {
    // The Utilities Contracts Regulations 2006 had Part B services, not a light touch regime with
    // its own €1,000,000 (£785,530) figure: that came with the UCR 2016 (reg. 16(1)(c)), in force
    // 18 April 2016. Before then the figure was given, its source naming the 2006 regulations.
    const before = errorOf(() => at('light-touch', 'utility', '2016-04-17'));
    expect(before.code).toBe('no-threshold-for-date');
    expect(before.issues[0]?.path).toBe('query.commencedOn');
    expect(before.message).toContain('from 2016-04-18');
    expect(errorOf(() => at('light-touch', 'utility', '2016-01-01')).code).toBe(
      'no-threshold-for-date',
    );
    const first = at('light-touch', 'utility', '2016-04-18');
    expect([first.amount.toString(), first.id, first.effectiveFrom, first.source]).toEqual([
      '785530',
      'utilities-light-touch@2016-04-18',
      '2016-04-18',
      'Utilities Contracts Regulations 2016 reg. 16(1)(c); PPN 18/15 New Threshold Levels 2016 (from 1 January 2016, net of VAT)',
    ]);
    // Supplies and services of a utility had the same figure under both regulations.
    expect(at('services', 'utility', '2016-04-17').amount.toString()).toBe('328352');
  });

  it('gives the PCR 2015 small-lots figures (reg. 6)', () => {
    // PPN 18/15 (€80,000 / €1,000,000), PPN 04/17, PPN 06/19, then unchanged (PPN 11/23 para 5).
    const lots: readonly [string, number, number][] = [
      ['2016-01-01', 62_842, 785_530],
      ['2018-01-01', 65_630, 820_370],
      ['2020-01-01', 70_778, 884_720],
      ['2022-01-01', 70_778, 884_720],
      ['2025-02-23', 70_778, 884_720],
    ];
    for (const [day, services, works] of lots) {
      expect(at('services', 'sub-central', day, 'small-lot').amount.toString()).toBe(
        String(services),
      );
      expect(at('supplies', 'central-government', day, 'small-lot').amount.toString()).toBe(
        String(services),
      );
      expect(at('works', 'sub-central', day, 'small-lot').amount.toString()).toBe(String(works));
    }
    expect(at('works', 'sub-central', '2016-01-01', 'small-lot').source).toContain('reg. 6');
    const act = errorOf(() => at('services', 'sub-central', '2025-02-24', 'small-lot'));
    expect(act.code).toBe('no-threshold-for-date');
    expect(act.message).toContain('sets no small-lots figure');
    const utility = errorOf(() => at('services', 'utility', '2020-01-01', 'small-lot'));
    expect(utility.code).toBe('impossible-combination');
    const concession = errorOf(() => at('concession', 'sub-central', '2020-01-01', 'small-lot'));
    expect(concession.code).toBe('impossible-combination');
  });

  it('has no threshold before 2016 (the day before the table)', () => {
    expect(at('services', 'sub-central', '2016-01-01').amount.toString()).toBe('164176');
    const error = errorOf(() => at('services', 'sub-central', '2015-12-31'));
    expect(error.code).toBe('no-threshold-for-date');
    expect(error.message).toBe(
      // The headline, then the field on a line of its own.
      'No threshold for services contracts of a sub-central authority commenced on 2015-12-31: the table starts on 2016-01-01.\n  - query.commencedOn: expected a date from 2016-01-01, received "2015-12-31"',
    );
  });

  it('has no PCR-regime defence concession row', () => {
    const error = errorOf(() => at('defence-concession', 'central-government', '2024-06-01'));
    expect(error.code).toBe('no-threshold-for-date');
    expect(error.message).toContain('set no concession threshold');
  });
});

describe('ukProcurementThreshold: Procurement Act 2023 Schedule 1', () => {
  it.each(ACT)('row %i: %s for %s', (row, type, authority, y2025, y2026) => {
    const first = at(type, authority, '2025-02-24');
    const last = at(type, authority, '2025-12-31');
    const now = at(type, authority, '2026-01-01');
    expect(first.amount.toString()).toBe(String(y2025));
    expect(last.amount.toString()).toBe(String(y2025));
    expect(now.amount.toString()).toBe(String(y2026));
    expect(now.source).toContain(`Procurement Act 2023 Sch. 1 row ${row};`);
    expect(first.source).toContain('SI 2025/163');
    expect(now.source).toContain('SI 2025/1200');
    expect([now.regime, now.vatBasis, now.effectiveTo]).toEqual([
      'procurement-act-2023',
      'inclusive',
      null,
    ]);
  });

  it('a concession for 2026 is row 9; a light touch concession row 7 (issue #14)', () => {
    const concession = at('concession', 'sub-central', '2026-06-01');
    const lightTouch = at('light-touch-concession', 'sub-central', '2026-06-01');
    expect([concession.amount.toString(), concession.id]).toEqual([
      '5193000',
      'concession@2026-01-01',
    ]);
    expect([lightTouch.amount.toString(), lightTouch.id]).toEqual([
      '5372609',
      'light-touch-concession@2026-01-01',
    ]);
    // Before 2026 the two rows had the same figure.
    expect(
      at('concession', 'sub-central', '2025-06-01').amount.eq(
        at('light-touch-concession', 'sub-central', '2025-06-01').amount,
      ),
    ).toBe(true);
  });

  it('asks which row a utilities concession is', () => {
    const error = errorOf(() => at('concession', 'utility', '2026-01-01'));
    expect(error.code).toBe('impossible-combination');
    expect(error.message).toContain('row 4 when it is a works contract and in row 6 otherwise');
    // Under the PCR regime every concession was under the CCR 2016.
    expect(at('concession', 'utility', '2024-06-01').amount.toString()).toBe('5372609');
  });

  it('switches regime on 2025-02-24 with the same amount', () => {
    const before = at('works', 'sub-central', '2025-02-23');
    const on = at('works', 'sub-central', '2025-02-24');
    expect([before.regime, before.effectiveTo]).toEqual(['pcr-2015', '2025-02-23']);
    expect([on.regime, on.effectiveFrom, on.effectiveTo]).toEqual([
      'procurement-act-2023',
      '2025-02-24',
      '2025-12-31',
    ]);
    expect(before.amount.eq(on.amount)).toBe(true);
    const latest = at('works', 'sub-central', '2030-06-30');
    expect([latest.effectiveFrom, latest.effectiveTo, latest.id]).toEqual([
      '2026-01-01',
      null,
      'works@2026-01-01',
    ]);
  });

  it('gives the notifiable below-threshold values from 2025-02-24 only', () => {
    const central = at(
      'services',
      'central-government',
      '2025-02-24',
      'notifiable-below-threshold',
    );
    expect([central.amount.toString(), central.vatBasis]).toEqual(['12000', 'inclusive']);
    const council = at('works', 'sub-central', '2026-05-01', 'notifiable-below-threshold');
    expect(council.amount.toString()).toBe('30000');
    const early = errorOf(() =>
      at('services', 'central-government', '2025-02-23', 'notifiable-below-threshold'),
    );
    expect(early.code).toBe('no-threshold-for-date');
  });
});

describe('ukProcurementThreshold: the result', () => {
  it('carries kind, schemaVersion and a summary, and is sealed', () => {
    const threshold = at('services', 'sub-central', '2022-06-01');
    expect([threshold.kind, threshold.schemaVersion]).toEqual(['procurement-threshold', 1]);
    expect(threshold.summary).toBe(
      'The threshold for services contracts of a sub-central authority is £213,477.00 inc VAT for procurements commenced 2022-01-01 to 2023-12-31 (Public Contracts Regulations 2015 reg. 5(1)(b); PPN 10/21 and PPN 09/21, SI 2021/1221 (thresholds from 1 January 2022, inclusive of VAT)).',
    );
    expect(Object.isFrozen(threshold)).toBe(true);
  });

  it('cautions that the figures may have been revised from 2028, and keeps them', () => {
    // The figures are revised every two years on 1 January (2016, 2018, … 2026): the table's
    // latest row is in force from 2026-01-01 and the next revision is due on 2028-01-01. Up to
    // 2027-12-31 the 2026 figures stand without a caution; from 2028-01-01 they are still given
    // (£5,193,000 for works), with a warning.
    const last = at('works', 'sub-central', '2027-12-31');
    expect(last.warnings).toEqual([]);
    const later = at('works', 'sub-central', '2028-01-01');
    expect([later.amount.toString(), later.id, later.effectiveTo]).toEqual([
      '5193000',
      'works@2026-01-01',
      null,
    ]);
    expect(later.warnings).toEqual([
      {
        code: 'figures-may-be-revised',
        severity: 'warning',
        message:
          'The threshold shown is the one in force from 2026-01-01; thresholds are revised every two years and the next revision was due on 2028-01-01, so for a procurement commenced on 2028-01-01 it may have been revised: check the amounts in force on that day.',
      },
    ]);
    expect(later.summary.endsWith(`). ${later.warnings[0]!.message}`)).toBe(true);
    // requiresSocialValue says so where it gives the threshold.
    const requirement = requiresSocialValue(
      {
        contractType: 'works',
        authority: 'sub-central',
        value: 6_000_000,
        vatBasis: 'inclusive',
        commencedOn: '2028-01-01',
      },
      policies.statutory,
    );
    expect(requirement.statutoryThreshold?.threshold.warnings).toEqual(later.warnings);
    expect(requirement.reasons[0]).toContain(later.warnings[0]!.message);
    // Earlier periods, and the notifiable values (fixed by the Act, not revised every two
    // years), carry none.
    expect(at('works', 'sub-central', '2024-06-01').warnings).toEqual([]);
    expect(at('works', 'sub-central', '2030-06-30', 'notifiable-below-threshold').warnings).toEqual(
      [],
    );
  });

  it('accepts a Date', () => {
    const threshold = at('services', 'sub-central', new Date(2022, 5, 1) as unknown as string);
    expect(threshold.amount.toString()).toBe('213477');
  });
});

describe('ukProcurementThreshold: errors', () => {
  it('refuses a regime outside its dates', () => {
    const query = { contractType: 'works', authority: 'sub-central' } as const;
    const late = errorOf(() =>
      ukProcurementThreshold({ ...query, commencedOn: '2025-02-24', regime: 'pcr-2015' }),
    );
    expect(late.code).toBe('no-threshold-for-date');
    const early = errorOf(() =>
      ukProcurementThreshold({
        ...query,
        commencedOn: '2025-02-23',
        regime: 'procurement-act-2023',
      }),
    );
    expect(early.code).toBe('no-threshold-for-date');
    expect(
      ukProcurementThreshold({ ...query, commencedOn: '2025-02-23', regime: 'pcr-2015' }).regime,
    ).toBe('pcr-2015');
  });

  it('names an unknown contract type, with a suggestion', () => {
    const error = errorOf(() => at('light touch' as ContractType, 'sub-central', '2022-01-01'));
    expect(error.code).toBe('unknown-contract-type');
    expect(error.issues[0]?.path).toBe('query.contractType');
    expect(error.details.known).toEqual([
      'supplies',
      'services',
      'works',
      'concession',
      'light-touch',
      'light-touch-concession',
      'defence-supplies-services',
      'defence-works',
      'defence-concession',
    ]);
    expect(error.message).toBe(
      'Unknown contract type "light touch" (did you mean "light-touch"?).\n  - query.contractType: expected one of "supplies", "services", "works", "concession", "light-touch", "light-touch-concession", "defence-supplies-services", "defence-works", "defence-concession", received "light touch" (did you mean "light-touch"?)',
    );
  });

  it('names the type meant by another word for it: goods are supplies, construction is works', () => {
    for (const [word, type] of [
      ['goods', 'supplies'],
      ['Goods', 'supplies'],
      ['supply', 'supplies'],
      ['construction', 'works'],
    ] as const) {
      const error = errorOf(() => at(word as ContractType, 'sub-central', '2026-01-01'));
      expect(error.message.split('\n')[0]).toBe(
        `Unknown contract type "${word}" (did you mean "${type}"?).`,
      );
    }
    const proto = errorOf(() => at('__proto__' as ContractType, 'sub-central', '2026-01-01'));
    expect(proto.message.split('\n')[0]).toBe('Unknown contract type "__proto__".');
  });

  it('refuses an impossible combination', () => {
    for (const [contractType, authority] of [
      ['services', 'utility'],
      ['concession', 'sub-central'],
      ['defence-works', 'central-government'],
    ] as const) {
      const error = errorOf(() =>
        at(contractType, authority, '2026-01-01', 'notifiable-below-threshold'),
      );
      expect(error.code).toBe('impossible-combination');
    }
  });

  it('names the field to blame when there is no figure', () => {
    const blamed = (query: Parameters<typeof ukProcurementThreshold>[0]) => {
      const error = errorOf(() => ukProcurementThreshold(query));
      return [error.code, ...error.issues.map((issue) => `${issue.path}: ${issue.message}`)];
    };
    const council = { contractType: 'services', authority: 'sub-central' } as const;
    // The table starts on 1 January 2016 (PPN 18/15).
    expect(blamed({ ...council, commencedOn: '2015-12-31' })).toEqual([
      'no-threshold-for-date',
      'query.commencedOn: expected a date from 2016-01-01, received "2015-12-31"',
    ]);
    // The Procurement Act 2023 governs procurements commenced from 24 February 2025.
    expect(blamed({ ...council, commencedOn: '2026-03-01', regime: 'pcr-2015' })).toEqual([
      'no-threshold-for-date',
      'query.regime: expected the regime in force on 2026-03-01, "procurement-act-2023", received "pcr-2015"',
    ]);
    // A utility's concession is a works or services row of Schedule 1.
    expect(
      blamed({ contractType: 'concession', authority: 'utility', commencedOn: '2026-03-01' }),
    ).toEqual([
      'impossible-combination',
      'query.contractType: expected a contract type with such a figure, received "concession"',
    ]);
    // No notifiable value for a utility: the level asked for is to blame.
    expect(
      blamed({
        ...council,
        authority: 'utility',
        commencedOn: '2026-03-01',
        level: 'notifiable-below-threshold',
      }),
    ).toEqual([
      'impossible-combination',
      'query.level: expected a level with such a figure, received "notifiable-below-threshold"',
    ]);
    // The Act sets no small-lots figure; the first concession threshold is from 18 April 2016.
    expect(blamed({ ...council, commencedOn: '2026-03-01', level: 'small-lot' })).toEqual([
      'no-threshold-for-date',
      'query.level: expected a level the table has a figure for, received "small-lot"',
    ]);
    expect(blamed({ ...council, contractType: 'concession', commencedOn: '2016-04-17' })).toEqual([
      'no-threshold-for-date',
      'query.commencedOn: expected a date the table has a figure for, received "2016-04-17"',
    ]);
  });

  it('reports malformed input with its path, and a `type` key as renamed', () => {
    const badDate = errorOf(() => at('services', 'sub-central', '2022-02-30'));
    expect([badDate.code, badDate.issues[0]?.path]).toEqual(['invalid-input', 'query.commencedOn']);
    const badAuthority = errorOf(() => at('services', 'council' as AuthorityKind, '2022-01-01'));
    expect([badAuthority.code, badAuthority.issues[0]?.path]).toEqual([
      'invalid-input',
      'query.authority',
    ]);
    const renamed = errorOf(() =>
      ukProcurementThreshold({
        type: 'services',
        authority: 'sub-central',
        commencedOn: '2022-01-01',
      } as never),
    );
    expect(renamed.issues.find((issue) => issue.path === 'query.type')?.message).toBe(
      'unknown key (renamed in 0.2: did you mean "contractType"?)',
    );
  });

  it('names commencedOn for contractPeriod, OCDS’s name for a contract’s dates', () => {
    const ocds = errorOf(() =>
      ukProcurementThreshold({
        contractType: 'services',
        authority: 'sub-central',
        contractPeriod: { startDate: '2022-01-01' },
      } as never),
    );
    expect(ocds.issues.find((issue) => issue.path === 'query.contractPeriod')?.message).toBe(
      'unknown key (did you mean "commencedOn"?)',
    );
  });
});
