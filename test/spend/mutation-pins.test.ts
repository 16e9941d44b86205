import { describe, expect, it } from 'vitest';
import {
  type AssessImpactInput,
  analyseSpend,
  assessImpact,
  estimateLocalImpact,
  type ImpactInput,
} from '../../src/spend/index.js';
import { caught } from '../errors.js';
import { impactFramework } from './impact-fixtures.js';

// Behaviours that mutation testing (docs/quality.md, "Mutation testing") found unpinned: which
// supplier types get a line, when spend of unknown location is reported, and the wording of
// findings and errors. Every result is built inside its test, so that per-test coverage sees the
// code it runs.

const source = 'Worked by hand';

/** £1,000 paid locally to an SME and £500 to a large firm with no postcode. */
function smallLedger() {
  return analyseSpend(
    [
      { supplier: 'A', amount: 1000, date: '2025-05-01', postcode: 'PO1 2AB', supplierType: 'sme' },
      { supplier: 'B', amount: 500, date: '2025-05-02', supplierType: 'large' },
    ],
    { locality: ['PO1-PO6'] },
  );
}

describe('estimateLocalImpact: lines, findings and errors', () => {
  it('gives a line only to the supplier types with payments', () => {
    const estimate = estimateLocalImpact(smallLedger(), {
      multiplier: { additional: 63, source },
    });
    expect(estimate.lines.map((line) => [line.supplierType, line.spend.toString()])).toEqual([
      ['sme', '1000'],
      ['large', '0'],
    ]);
  });

  it('reports spend of unknown location when any line, not every line, uses local spend', () => {
    const estimate = estimateLocalImpact(smallLedger(), {
      bySupplierType: {
        sme: { additional: 63, source },
        large: { total: '2.12', appliesTo: 'all-spend', source },
      },
    });
    expect(estimate.findings).toEqual([
      {
        code: 'unknown-location-spend',
        severity: 'info',
        message:
          '£500.00 of spend has no postcode that places it, so it is in no local-spend base: the estimate may be low.',
      },
    ]);
  });

  it('words local spend left without a multiplier as a warning', () => {
    const estimate = estimateLocalImpact(smallLedger(), {
      bySupplierType: { large: { total: '2.12', appliesTo: 'all-spend', source } },
    });
    expect(estimate.findings).toEqual([
      {
        code: 'no-multiplier',
        severity: 'warning',
        message:
          'SMEs: local spend of £1,000.00 has no multiplier and is left out of the estimate.',
        supplierType: 'sme',
      },
    ]);
  });

  it('names the options in its errors', () => {
    const none = caught(() => estimateLocalImpact(smallLedger(), {}));
    expect(none.code).toBe('invalid-input');
    expect(none.message).toBe(
      'Invalid options: 1 problem.\n  - options: expected a multiplier (options.multiplier) or multipliers by supplier type (options.bySupplierType)',
    );
    const bad = caught(() => estimateLocalImpact(smallLedger(), { multiplier: 5 } as never));
    expect(bad.message).toBe(
      'Invalid options: 1 problem.\n  - options.multiplier: expected a spend multiplier or its input, received 5',
    );
  });
});

/** An assessment of `impacts` with the impact demo framework. */
const withFramework = (...impacts: ImpactInput[]): AssessImpactInput => ({
  name: 'Pins',
  framework: impactFramework,
  impacts,
});

/** Carbon (NT31, £70 a tonne): a harm of `quantity` tonnes with `mitigations`. */
const carbon = (quantity: number, mitigations: ImpactInput['mitigations'] = []): ImpactInput => ({
  id: 'carbon',
  dimension: 'environmental',
  direction: 'negative',
  description: 'Deliveries',
  measure: 'NT31',
  quantity,
  mitigations,
});

/** The first line and the issues of the error `run` throws. */
function failure(run: () => unknown) {
  const error = caught(run);
  return {
    code: error.code,
    headline: error.message.split('\n')[0],
    issues: error.issues.map((issue) => `${issue.path}: ${issue.message}`),
  };
}

describe('assessImpact: figures, framework and errors', () => {
  it('values a mitigation given in units exactly, not as a rounded share of the impact', () => {
    // 3 tonnes of which 1 avoided: £70 exactly, where 1/3 × £210 to 34 digits is not.
    const result = assessImpact(
      withFramework(
        carbon(3, [{ change: 'specification', description: 'Electric vans', quantity: 1 }]),
      ),
    );
    expect(result.impacts[0]?.mitigations[0]?.mitigated?.toString()).toBe('70');
    expect(result.impacts[0]?.net?.toString()).toBe('-140');
  });

  it('leaves a mitigation described in words unvalued', () => {
    const result = assessImpact(
      withFramework(carbon(3, [{ change: 'specification', description: 'Fewer deliveries' }])),
    );
    expect(result.impacts[0]?.mitigations[0]?.mitigated).toBeNull();
    expect(result.impacts[0]?.mitigated?.toString()).toBe('0');
  });

  it('names the framework that monetises the impacts', () => {
    expect(assessImpact(withFramework(carbon(1))).framework).toEqual({
      id: 'impact-demo',
      name: 'Impact demo TOMs',
      edition: '2024',
      priceYear: 2024,
    });
  });

  it('words an unknown measure and a measure without a proxy value', () => {
    expect(failure(() => assessImpact(withFramework({ ...carbon(1), measure: 'NT99' })))).toEqual({
      code: 'unknown-measure',
      headline:
        'No measure "NT99" in Impact demo TOMs (edition 2024) (did you mean "NT1", "NT28" or "NT31"?).',
      issues: [
        'input.impacts[0].measure: unknown measure code "NT99" (did you mean "NT1", "NT28" or "NT31"?)',
      ],
    });
    const error = caught(() => assessImpact(withFramework({ ...carbon(1), measure: 'NT68' })));
    expect(error.code).toBe('missing-proxy');
    expect(error.message).toBe(
      'Measure NT68 has no proxy value in Impact demo TOMs: the impact cannot be monetised.\n  - input.impacts[0].measure: measure "NT68" has no proxy value, so it cannot monetise the impact (leave out measure and quantity to weigh it in words)',
    );
    expect(error.details).toEqual({ measure: 'NT68', framework: 'impact-demo' });
  });

  it('words the errors of quantities and mitigations', () => {
    const words = { change: 'specification', description: 'Less' } as const;
    expect([
      failure(() => assessImpact({ name: 'Pins', impacts: 5 } as never)),
      failure(() => assessImpact(withFramework({ ...carbon(1), quantity: undefined }))),
      failure(() =>
        assessImpact(
          withFramework({
            ...carbon(1),
            direction: 'positive',
            mitigations: [{ ...words, mitigatedShare: 0.5 }],
          }),
        ),
      ),
      failure(() =>
        assessImpact(withFramework(carbon(4, [{ ...words, mitigatedShare: 0.5, quantity: 1 }]))),
      ),
      failure(() =>
        assessImpact({
          name: 'Pins',
          impacts: [
            {
              ...carbon(1),
              measure: undefined,
              quantity: undefined,
              mitigations: [{ ...words, quantity: 1 }],
            },
          ],
        }),
      ),
      failure(() => assessImpact(withFramework(carbon(4, [{ ...words, quantity: -1 }])))),
      failure(() =>
        assessImpact(
          withFramework(
            carbon(4, [
              { ...words, quantity: 3 },
              { ...words, quantity: 2 },
            ]),
          ),
        ),
      ),
      failure(() =>
        assessImpact(
          withFramework(
            carbon(4, [
              { ...words, mitigatedShare: 0.75 },
              { ...words, mitigatedShare: 0.5 },
            ]),
          ),
        ),
      ),
    ]).toEqual([
      {
        code: 'invalid-input',
        headline: 'Invalid impact assessment: 1 problem.',
        issues: ['input.impacts: expected a list, received 5'],
      },
      {
        code: 'invalid-input',
        headline: 'Invalid impact assessment: 1 problem.',
        issues: [
          'input.impacts[0].quantity: missing: expected the quantity of measure "NT31" (how many units)',
        ],
      },
      {
        code: 'invalid-input',
        headline: 'Invalid impact assessment: 1 problem.',
        issues: [
          'input.impacts[0].mitigations: expected no mitigations on a positive impact (mitigations reduce a negative impact)',
        ],
      },
      {
        code: 'invalid-input',
        headline: 'Invalid impact assessment: 1 problem.',
        issues: [
          'input.impacts[0].mitigations[0].quantity: expected mitigatedShare or quantity, not both (the share of the impact it avoids, or the units)',
        ],
      },
      {
        code: 'invalid-input',
        headline: 'Invalid impact assessment: 1 problem.',
        issues: [
          'input.impacts[0].mitigations[0].quantity: expected mitigatedShare (the impact has no measure to count a quantity in)',
        ],
      },
      {
        code: 'invalid-input',
        headline: 'Invalid impact assessment: 1 problem.',
        issues: [
          'input.impacts[0].mitigations[0].quantity: expected a quantity at least 0, received -1 (give the size: a harm is direction "negative", not a negative quantity)',
        ],
      },
      {
        code: 'invalid-input',
        headline: 'Invalid impact assessment: 1 problem.',
        issues: [
          'input.impacts[0].mitigations[1].quantity: expected the mitigations of impact "carbon" to avoid at most the whole impact, but with this one they avoid more than all of it',
        ],
      },
      {
        code: 'invalid-input',
        headline: 'Invalid impact assessment: 1 problem.',
        issues: [
          'input.impacts[0].mitigations[1].mitigatedShare: expected the mitigations of impact "carbon" to avoid at most the whole impact, but with this one they avoid more than all of it',
        ],
      },
    ]);
  });
});

describe('analyseSpend: its errors name the ledger and the options', () => {
  it('words a bad payment and a bad option', () => {
    expect(failure(() => analyseSpend(5 as never, { locality: ['PO1'] }))).toEqual({
      code: 'invalid-input',
      headline: 'Invalid ledger: 1 problem.',
      issues: ['ledger: expected a list, received 5'],
    });
    expect(failure(() => analyseSpend([], { locality: 'PO1' } as never))).toEqual({
      code: 'invalid-input',
      headline: 'Invalid options: 1 problem.',
      issues: [
        'options.locality: expected a list of postcode areas, districts or sectors (such as ["PO1-PO6"]) or a function of a postcode, received "PO1"',
      ],
    });
  });
});
