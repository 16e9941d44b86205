import { describe, expect, it } from 'vitest';
import { type AuthorityKind, type ContractType, ukProcurementThreshold } from '../../src/index.js';
import { errorOf } from './helpers.js';

// Figures from DOMAIN.md §4 (PPN 06/19, PPN 10/21, PPN 11/23, Procurement Act 2023 Sch. 1 as
// amended by SI 2025/1200). One row per (type, authority); columns are the commencement periods.
const TABLE: readonly [ContractType, AuthorityKind, number, number, number, number][] = [
  //                                              2020      2022      2024      2026
  ['supplies', 'central-government', 122_976, 138_760, 139_688, 135_018],
  ['services', 'central-government', 122_976, 138_760, 139_688, 135_018],
  ['supplies', 'sub-central', 189_330, 213_477, 214_904, 207_720],
  ['services', 'sub-central', 189_330, 213_477, 214_904, 207_720],
  ['works', 'sub-central', 4_733_252, 5_336_937, 5_372_609, 5_193_000],
  ['works', 'utility', 4_733_252, 5_336_937, 5_372_609, 5_193_000],
  ['concession', 'central-government', 4_733_252, 5_336_937, 5_372_609, 5_193_000],
  ['light-touch', 'sub-central', 663_540, 663_540, 663_540, 663_540],
  ['light-touch', 'central-government', 663_540, 663_540, 663_540, 663_540],
  ['services', 'utility', 378_660, 426_955, 429_809, 415_440],
  ['light-touch', 'utility', 884_720, 884_720, 884_720, 884_720],
  ['defence-supplies-services', 'central-government', 378_660, 426_955, 429_809, 415_440],
  ['defence-works', 'central-government', 4_733_252, 5_336_937, 5_372_609, 5_193_000],
];

// Each change: [day before, day of, TABLE column in force the day before, column the day of].
const CHANGES = [
  ['2021-12-31', '2022-01-01', 2, 3],
  ['2023-12-31', '2024-01-01', 3, 4],
  ['2025-02-23', '2025-02-24', 4, 4],
  ['2025-12-31', '2026-01-01', 4, 5],
] as const;

const at = (type: ContractType, authority: AuthorityKind, commencedOn: string) =>
  ukProcurementThreshold({ contractType: type, authority, commencedOn });

describe('ukProcurementThreshold: the table', () => {
  it.each(TABLE)('%s for %s in every period', (type, authority, y2020, y2022, y2024, y2026) => {
    expect(at(type, authority, '2020-01-01').amount.toString()).toBe(String(y2020));
    expect(at(type, authority, '2022-01-01').amount.toString()).toBe(String(y2022));
    expect(at(type, authority, '2024-01-01').amount.toString()).toBe(String(y2024));
    expect(at(type, authority, '2025-02-24').amount.toString()).toBe(String(y2024));
    expect(at(type, authority, '2026-01-01').amount.toString()).toBe(String(y2026));
  });

  it.each(CHANGES)('changes between %s and %s for every row', (before, on, colBefore, colOn) => {
    for (const row of TABLE) {
      const [type, authority] = row;
      expect(at(type, authority, before).amount.toString()).toBe(String(row[colBefore]));
      expect(at(type, authority, on).amount.toString()).toBe(String(row[colOn]));
    }
  });

  it('switches from net of VAT to inclusive of VAT on 2022-01-01', () => {
    const before = at('services', 'sub-central', '2021-12-31');
    const on = at('services', 'sub-central', '2022-01-01');
    expect([before.vatBasis, before.effectiveFrom, before.effectiveTo]).toEqual([
      'exclusive',
      '2020-01-01',
      '2021-12-31',
    ]);
    expect([on.vatBasis, on.effectiveFrom, on.effectiveTo]).toEqual([
      'inclusive',
      '2022-01-01',
      '2023-12-31',
    ]);
    expect(before.source).toContain('PPN 06/19');
    expect(on.source).toContain('PPN 10/21');
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
    expect(latest.source).toContain('SI 2025/1200');
  });

  it('gives the notifiable below-threshold values from 2025-02-24 only', () => {
    const query = { authority: 'central-government', level: 'notifiable-below-threshold' } as const;
    const central = ukProcurementThreshold({
      ...query,
      contractType: 'services',
      commencedOn: '2025-02-24',
    });
    expect([central.amount.toString(), central.vatBasis]).toEqual(['12000', 'inclusive']);
    const council = ukProcurementThreshold({
      ...query,
      authority: 'sub-central',
      contractType: 'works',
      commencedOn: '2026-05-01',
    });
    expect(council.amount.toString()).toBe('30000');
    const error = errorOf(() =>
      ukProcurementThreshold({ ...query, contractType: 'services', commencedOn: '2025-02-23' }),
    );
    expect(error.code).toBe('no-threshold-for-date');
  });

  it('accepts a Date and freezes the result', () => {
    const threshold = at('services', 'sub-central', new Date(2022, 5, 1) as unknown as string);
    expect(threshold.amount.toString()).toBe('213477');
    expect(Object.isFrozen(threshold)).toBe(true);
  });
});

describe('ukProcurementThreshold: errors', () => {
  it('has no threshold before 2020-01-01 (day before the table)', () => {
    expect(at('services', 'sub-central', '2020-01-01').amount.toString()).toBe('189330');
    const error = errorOf(() => at('services', 'sub-central', '2019-12-31'));
    expect(error.code).toBe('no-threshold-for-date');
    expect(error.message).toContain('2019-12-31');
  });

  it('refuses a regime outside its dates', () => {
    const late = errorOf(() =>
      ukProcurementThreshold({
        contractType: 'works',
        authority: 'sub-central',
        commencedOn: '2025-02-24',
        regime: 'pcr-2015',
      }),
    );
    expect(late.code).toBe('no-threshold-for-date');
    const early = errorOf(() =>
      ukProcurementThreshold({
        contractType: 'works',
        authority: 'sub-central',
        commencedOn: '2025-02-23',
        regime: 'procurement-act-2023',
      }),
    );
    expect(early.code).toBe('no-threshold-for-date');
    expect(
      ukProcurementThreshold({
        contractType: 'works',
        authority: 'sub-central',
        commencedOn: '2025-02-23',
        regime: 'pcr-2015',
      }).regime,
    ).toBe('pcr-2015');
  });

  it('names an unknown contract type', () => {
    const error = errorOf(() =>
      ukProcurementThreshold({
        contractType: 'goods' as ContractType,
        authority: 'sub-central',
        commencedOn: '2022-01-01',
      }),
    );
    expect(error.code).toBe('unknown-contract-type');
    expect(error.issues[0]?.path).toBe('contractType');
    expect(error.message).toContain('"goods"');
  });

  it('refuses an impossible combination', () => {
    for (const [contractType, authority] of [
      ['services', 'utility'],
      ['concession', 'sub-central'],
      ['defence-works', 'central-government'],
    ] as const) {
      const error = errorOf(() =>
        ukProcurementThreshold({
          contractType,
          authority,
          commencedOn: '2026-01-01',
          level: 'notifiable-below-threshold',
        }),
      );
      expect(error.code).toBe('impossible-combination');
    }
  });

  it('reports malformed input with its path', () => {
    const badDate = errorOf(() => at('services', 'sub-central', '2022-02-30'));
    expect(badDate.code).toBe('invalid-input');
    expect(badDate.issues[0]?.path).toBe('commencedOn');
    const badAuthority = errorOf(() => at('services', 'council' as AuthorityKind, '2022-01-01'));
    expect(badAuthority.code).toBe('invalid-input');
    expect(badAuthority.issues[0]?.path).toBe('authority');
  });
});
