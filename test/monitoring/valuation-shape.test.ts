import { describe, expect, it } from 'vitest';
import {
  Decimal,
  type MonitoredValuation,
  trackDelivery,
  type ValueType,
} from '../../src/index.js';

// The 0.2 Valuation contract shared by valuation, monitoring and evaluation (the lead's brief),
// written out here so that monitoring's input type is checked against it at compile time: a
// Valuation must be accepted wherever a monitored valuation is expected.
interface ValuationLine02 {
  readonly index: number;
  readonly measure: string;
  readonly title: string;
  readonly unit: string;
  readonly theme: string;
  readonly themeName: string;
  readonly valueType: ValueType;
  readonly quantity: Decimal;
  readonly attributionShare: Decimal;
  readonly proxyValue: Decimal;
  readonly value: Decimal;
  readonly years?: readonly { year: string; quantity: Decimal; value: Decimal }[];
  readonly tags: Readonly<Record<string, string>>;
  readonly note?: string;
}
interface Valuation02 {
  readonly kind: 'valuation';
  readonly schemaVersion: 1;
  readonly framework: { id: string; name: string; edition: string; priceYear: number };
  readonly lines: readonly ValuationLine02[];
  readonly total: Decimal;
  readonly byTheme: Readonly<Record<string, Decimal>>;
  readonly byValueType: Readonly<Record<ValueType, Decimal>>;
  readonly byTag: Readonly<Record<string, Readonly<Record<string, Decimal>>>>;
  readonly byYear?: Readonly<Record<string, Decimal>>;
  readonly contractValue?: Decimal;
  readonly socialValueAddedRatio?: Decimal;
  readonly warnings: readonly {
    code: string;
    severity: 'error' | 'warning' | 'info';
    message: string;
    measures: string[];
    lines: number[];
  }[];
  readonly summary: string;
}

const monitored = (valuation: Valuation02): MonitoredValuation => valuation;

describe('the 0.2 Valuation shape', () => {
  it('is a monitored valuation, to the type checker and at run time', () => {
    const d = (value: string) => new Decimal(value);
    const valuation: Valuation02 = {
      kind: 'valuation',
      schemaVersion: 1,
      framework: { id: 'seed-004', name: 'Seed 004', edition: 'seed-004', priceYear: 2022 },
      lines: [
        {
          index: 0,
          measure: 'NT29',
          title: 'Volunteering hours',
          unit: 'no. hours',
          theme: 'social',
          themeName: 'Healthier, Safer and more Resilient Communities',
          valueType: 'social',
          quantity: d('32'),
          attributionShare: d('1'),
          proxyValue: d('16.09'),
          value: d('514.88'),
          tags: {},
        },
      ],
      total: d('514.88'),
      byTheme: { social: d('514.88') },
      byValueType: {
        'local-economic': d('0'),
        social: d('514.88'),
        environmental: d('0'),
        'record-only': d('0'),
      },
      byTag: {},
      warnings: [],
      summary: 'One pledge.',
    };
    // 32 hours × £16.09 = £514.88, all delivered.
    const report = trackDelivery(monitored(valuation), [
      { measure: 'NT29', date: '2025-03-31', quantity: 32 },
    ]);
    expect(report.totals.delivered.toString()).toBe('514.88');
    expect(report.lines[0]?.themeName).toBe('Healthier, Safer and more Resilient Communities');
  });
});
