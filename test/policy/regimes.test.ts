import { describe, expect, it } from 'vitest';
import { checkWeighting, policies, requiresSocialValue } from '../../src/index.js';
import { contract } from './helpers.js';

// Issue #14 item 6: the other UK regimes as presets, each rule with its source and dates.

describe('policies.scotland: Procurement Reform (Scotland) Act 2014', () => {
  // s. 3(2): £50,000 (public contracts other than works) and £2,000,000 (works), "equal to or
  // greater than" (s. 3(1)(b)), excluding VAT (s. 5(1)); in force 18 April 2016 (SSI 2016/30).
  // s. 25(1): community benefit requirements from £4,000,000; in force 1 June 2016.
  const scottish = (overrides: Parameters<typeof contract>[0]) =>
    requiresSocialValue(
      contract({
        contractType: 'supplies',
        value: '50000',
        vatBasis: 'exclusive',
        commencedOn: '2024-05-01',
        ...overrides,
      }),
      policies.scotland,
    );

  it('goods and services from £50,000 ex VAT', () => {
    expect(scottish({}).rules).toEqual(['scotland-regulated-goods-services']);
    expect(scottish({ value: '49999.99' }).required).toBe(false);
    // £60,000 inc VAT at 20% is exactly £50,000 ex VAT.
    expect(scottish({ value: '60000', vatBasis: 'inclusive' }).required).toBe(true);
    expect(scottish({ value: '59999.99', vatBasis: 'inclusive' }).required).toBe(false);
    expect(scottish({ contractType: 'light-touch' }).required).toBe(true);
  });

  it('works from £2,000,000 ex VAT', () => {
    expect(scottish({ contractType: 'works', value: '1999999.99' }).required).toBe(false);
    expect(scottish({ contractType: 'works', value: '2000000' }).rules).toEqual([
      'scotland-regulated-works',
    ]);
  });

  it('community benefits from £4,000,000 ex VAT, from 1 June 2016', () => {
    const big = scottish({ contractType: 'services', value: '4000000' });
    expect(big.rules).toEqual(['scotland-community-benefits', 'scotland-regulated-goods-services']);
    expect(scottish({ value: '3999999.99' }).rules).toEqual(['scotland-regulated-goods-services']);
    expect(scottish({ value: '4000000', commencedOn: '2016-05-31' }).rules).toEqual([
      'scotland-regulated-goods-services',
    ]);
    expect(scottish({ value: '4000000', commencedOn: '2016-06-01' }).rules).toContain(
      'scotland-community-benefits',
    );
  });

  it('applies from 18 April 2016, with no statutory threshold needed', () => {
    expect(scottish({ commencedOn: '2016-04-17' }).required).toBe(false);
    expect(scottish({ commencedOn: '2016-04-18' }).required).toBe(true);
    // The Scottish floors are fixed amounts of the Act; the UK threshold is only reported beside them.
    const early = scottish({ commencedOn: '2016-04-18' });
    expect(early.statutoryThreshold?.threshold.amount.toString()).toBe('164176');
    expect(policies.scotland.includes).toEqual([]);
  });

  it('leaves out what the Act was not confirmed to reach, and says so', () => {
    expect(scottish({ contractType: 'concession', value: '9000000' }).required).toBe(false);
    expect(scottish({ authority: 'utility', value: '9000000' }).required).toBe(false);
    for (const rule of policies.scotland.rules) {
      expect(rule.source).toContain('Procurement Reform (Scotland) Act 2014');
      expect(rule.note).toContain('not confirmed from a primary source');
      expect(rule.when.minimumValue?.vatBasis).toBe('exclusive');
    }
  });
});

describe('policies.northernIreland: PPN 01/21 Scoring Social Value', () => {
  // Department of Finance NI (finance-ni.gov.uk/node/52522): "from 1 June 2022 tenders must
  // include a minimum of 10% of the total award criteria to social value", at the PCR thresholds
  // ("service contracts valued above £138,760 and construction contracts valued above £5,336,937").
  const ni = (overrides: Parameters<typeof contract>[0]) =>
    requiresSocialValue(
      contract({
        authority: 'central-government',
        value: '138760',
        vatBasis: 'inclusive',
        commencedOn: '2022-06-01',
        ...overrides,
      }),
      policies.northernIreland,
    );

  it('10% of the total award criteria from 1 June 2022 at the thresholds', () => {
    const services = ni({});
    expect(services.required).toBe(true);
    expect(services.minimumWeighting).toMatchObject({ rule: 'ni-ppn-01-21', of: 'total' });
    expect(services.minimumWeighting?.percent.toString()).toBe('10');
    expect(ni({ commencedOn: '2022-05-31' }).required).toBe(false);
    expect(ni({ value: '138759.99' }).required).toBe(false);
    expect(ni({ contractType: 'works', value: '5336937' }).required).toBe(true);
    expect(ni({ contractType: 'works', value: '5336936.99' }).required).toBe(false);
  });

  it('follows the thresholds in force (2026: £135,018 for central government services)', () => {
    expect(ni({ value: '135018', commencedOn: '2026-02-01' }).required).toBe(true);
    expect(ni({ value: '135017.99', commencedOn: '2026-02-01' }).required).toBe(false);
  });

  it('checks a tender weighting, and leaves supplies and the unapproved 20% out', () => {
    const check = checkWeighting(
      { price: 60, quality: 31, socialValue: 9 },
      contract({
        authority: 'central-government',
        value: '500000',
        vatBasis: 'inclusive',
        commencedOn: '2023-01-01',
      }),
      policies.northernIreland,
    );
    expect(check.findings[0]).toMatchObject({ rule: 'ni-ppn-01-21', ok: false });
    expect(ni({ contractType: 'supplies', value: '500000' }).required).toBe(false);
    expect(policies.northernIreland.rules).toHaveLength(1);
    expect(policies.northernIreland.rules[0]?.source).toContain('PPN 01/21');
  });
});

describe('policies.wales: Social Partnership and Public Procurement (Wales) Act 2023', () => {
  // ss. 24 and 25 in force 25 March 2026 (WSI 2025/1353); prescribed contracts: WSI 2026/75;
  // major construction: works of £2,000,000 or more inclusive of VAT (s. 25, EN para 67).
  const welsh = (overrides: Parameters<typeof contract>[0]) =>
    requiresSocialValue(
      contract({ value: '207720', vatBasis: 'inclusive', commencedOn: '2026-04-01', ...overrides }),
      policies.wales,
    );

  it('prescribed contracts at or above the Schedule 1 thresholds from 25 March 2026', () => {
    expect(welsh({}).statutory.rules).toEqual([
      'social-value-act-2012',
      'wales-sppp-prescribed-contracts',
    ]);
    expect(welsh({ contractType: 'supplies' }).statutory.rules).toEqual([
      'wales-sppp-prescribed-contracts',
    ]);
    expect(welsh({ commencedOn: '2026-03-24' }).statutory.rules).toEqual(['social-value-act-2012']);
    expect(welsh({ value: '207719.99' }).required).toBe(false);
    expect(welsh({ tags: ['sppp-excluded'] }).statutory.rules).toEqual(['social-value-act-2012']);
  });

  it('major construction contracts from £2,000,000 inc VAT', () => {
    const works = (value: string, vatBasis: 'inclusive' | 'exclusive' = 'inclusive') =>
      welsh({ contractType: 'works', value, vatBasis }).rules;
    expect(works('2000000')).toEqual(['wales-sppp-major-construction']);
    expect(works('1999999.99')).toEqual([]);
    // £1,666,666.67 ex VAT is £2,000,000.004 inc VAT.
    expect(works('1666666.67', 'exclusive')).toEqual(['wales-sppp-major-construction']);
    expect(works('1666666.66', 'exclusive')).toEqual([]);
  });

  it('sets no weighting, and builds on the statutory duty', () => {
    expect(policies.wales.includes).toEqual(['statutory']);
    for (const rule of policies.wales.rules) {
      expect(rule.outcome.minimumWeighting).toBeUndefined();
      expect(rule.source).toBeTruthy();
    }
  });
});
