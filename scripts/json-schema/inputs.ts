import * as z from 'zod/mini';
import { figureSchema } from '../../src/core/figure-schema.js';
import { numericSchema, VISIBLE } from '../../src/core/schemas.js';
import {
  abnormallyLowOptionForms,
  abnormallyLowOptionsSchema,
  abnormallyLowRuleForms,
  bidsSchema,
  changesSchema,
  evaluationModelSchema,
  pricedBidsSchema,
} from '../../src/evaluation/schemas.js';
import {
  assessMaturityOptionsSchema,
  maturityModelInputSchema,
  maturityResponsesSchema,
  planActionsInputSchema,
} from '../../src/maturity/schemas.js';
import { inputSchemas } from '../../src/monitoring/schemas.js';
import {
  contractSchema,
  policyInputSchema,
  thresholdQuerySchema,
  weightsSchema,
} from '../../src/policy/schemas.js';
import { analyseSpendOptionsSchema, paymentSchema } from '../../src/spend/schemas.js';
import { frameworkSchema } from '../../src/toms/schemas.js';
import {
  pledgeSchema,
  pledgeSheetRowsSchema,
  reconcileOptionsSchema,
  valuePledgesOptionsSchema,
} from '../../src/valuation/schemas.js';
import { toJsonSchema, UNREPRESENTABLE } from './convert.js';
import type { JsonSchema } from './numeric.js';

// Every public input that has a JSON form, with the zod/mini schema the library validates it
// with. Where a part of that schema is a transform or a custom check zod cannot describe (an
// area's own dispatch between forms, a whole number checked by a function, a renamed key), the
// input's `patch` writes its JSON Schema by hand, at its JSON Pointer; test/json-schema checks
// that ajv and the library agree on every fixture, so a patch cannot drift unseen.

/** One input of the library and how its JSON Schema is made. */
export interface JsonSchemaInput {
  /** The file name in `dist/json-schema/` (without `.json`). */
  readonly name: string;
  /** A title for people. */
  readonly title: string;
  /** Which function takes it, and as which parameter. */
  readonly description: string;
  /** The zod schema the library validates it with. */
  readonly schema: () => z.core.$ZodType;
  /** Writes by hand what zod cannot describe. */
  readonly patch?: (json: JsonSchema) => void;
}

/** The node at a JSON Pointer (`/items/properties/years`) of a schema; it must exist. */
export function nodeAt(json: JsonSchema, pointer: string): JsonSchema {
  let node: unknown = json;
  for (const key of pointer.split('/').slice(1)) {
    node = (node as Record<string, unknown> | undefined)?.[
      key.replaceAll('~1', '/').replaceAll('~0', '~')
    ];
  }
  if (node === null || typeof node !== 'object') throw new Error(`no schema at ${pointer}`);
  return node as JsonSchema;
}

/** Replaces the unrepresentable part at `pointer` (it must be one) with `schema`. */
function fill(json: JsonSchema, pointer: string, schema: JsonSchema): void {
  const node = nodeAt(json, pointer);
  if (!Object.hasOwn(node, UNREPRESENTABLE)) {
    throw new Error(
      `expected an unrepresentable part at ${pointer}, found ${JSON.stringify(node)}`,
    );
  }
  for (const key of Object.keys(node)) delete node[key];
  Object.assign(node, schema);
}

const json = (schema: z.core.$ZodType) => toJsonSchema(schema);
const wholeNumber = (minimum: number, maximum: number): JsonSchema => ({
  type: 'integer',
  minimum,
  maximum,
});
const record = (value: JsonSchema): JsonSchema => ({ type: 'object', additionalProperties: value });

/** A valuation given where a £ offer is read: its kind and total; other keys allowed. */
const valuationOffer: JsonSchema = {
  type: 'object',
  required: ['kind', 'total'],
  properties: {
    kind: { const: 'valuation' },
    schemaVersion: { const: 1 },
    total: json(figureSchema({ min: 0 })),
  },
};

/** A £ offer: an amount (at least 0), `{ total }`, or a valuation. */
const offer: JsonSchema = {
  anyOf: [
    json(numericSchema({ min: 0 })),
    valuationOffer,
    {
      type: 'object',
      required: ['total'],
      properties: { total: json(numericSchema({ min: 0 })) },
      additionalProperties: false,
    },
  ],
};

/** A bid's response to a criterion: a figure, a valuation (an offer) or marks and an offer. */
const response: JsonSchema = {
  anyOf: [
    json(numericSchema()),
    valuationOffer,
    {
      type: 'object',
      not: {
        anyOf: [
          { required: ['kind'] },
          { required: ['offer', 'total'] },
          { required: ['mark', 'marks'] },
        ],
      },
      properties: {
        offer,
        total: json(numericSchema({ min: 0 })),
        mark: json(numericSchema()),
        marks: { type: 'array', items: json(numericSchema()) },
        moderated: json(numericSchema()),
      },
      additionalProperties: false,
    },
  ],
};

/**
 * The abnormally low limits, by test: the average form (where `basis: 'average'`, the default,
 * may be named) or the median form (`basis: 'median'`). The library picks the form by `basis`.
 */
function byBasisJson(forms: { average: z.core.$ZodType; median: z.core.$ZodType }): JsonSchema {
  const average = json(forms.average);
  (average.properties as Record<string, JsonSchema>).basis = { const: 'average' };
  return { anyOf: [average, json(forms.median)] };
}

/** A maturity response for a theme: a level id, or the criteria met, a level, evidence, a note. */
const themeResponse: JsonSchema = {
  anyOf: [
    { type: 'string' },
    {
      type: 'object',
      properties: {
        met: {
          anyOf: [{ type: 'array', items: { type: 'string' } }, record({ type: 'boolean' })],
        },
        // `null` is none, as an assessed theme writes `declaredLevel` and `note`.
        level: { type: ['string', 'null'] },
        evidence: record({ type: 'string' }),
        note: { type: ['string', 'null'] },
      },
      additionalProperties: false,
      // Criteria met, or a level declared (a `null` level declares none).
      anyOf: [
        { required: ['met'] },
        { required: ['level'], properties: { level: { type: 'string' } } },
      ],
    },
  ],
};

/** The JSON snapshot of a result of `kind`: its kind is checked here, the rest by the library. */
const snapshotOf = (kind: string): JsonSchema => ({
  type: 'object',
  required: ['kind'],
  properties: { kind: { const: kind } },
});

/** A present or target position: a level id per theme id, or an assessment's JSON snapshot. */
const position: JsonSchema = {
  anyOf: [
    { ...record({ type: 'string' }), not: { required: ['kind'] } },
    snapshotOf('maturity-assessment'),
  ],
};

/** Every input with a JSON form, in the order of the docs. */
export const jsonSchemaInputs: readonly JsonSchemaInput[] = [
  {
    name: 'framework-input',
    title: 'TOMs framework',
    description: 'defineFramework(input): a TOMs framework, or the JSON of a defined one.',
    schema: () => frameworkSchema,
  },
  {
    name: 'pledges',
    title: 'Pledges',
    description: 'valuePledges(framework, pledges): the pledges, each with quantity or years.',
    schema: () => z.array(pledgeSchema),
    patch: (schema) => {
      const quantity = json(numericSchema({ min: 0 }));
      // No years is no pledge (the library refuses `years: []` and `years: {}`).
      fill(schema, '/items/properties/years', {
        anyOf: [
          { type: 'array', items: quantity, minItems: 1 },
          { ...record(quantity), propertyNames: { pattern: VISIBLE }, minProperties: 1 },
        ],
      });
      nodeAt(schema, '/items').oneOf = [{ required: ['quantity'] }, { required: ['years'] }];
    },
  },
  {
    name: 'value-pledges-options',
    title: 'Options of valuePledges',
    description: 'valuePledges(framework, pledges, options).',
    schema: () => valuePledgesOptionsSchema,
  },
  {
    name: 'pledge-sheet-rows',
    title: 'Pledge-sheet rows',
    description: 'reconcilePledgeSheet(rows): the rows of a pledge sheet, blank cells null.',
    schema: () => pledgeSheetRowsSchema,
  },
  {
    name: 'reconcile-options',
    title: 'Options of reconcilePledgeSheet',
    description: 'reconcilePledgeSheet(rows, options).',
    schema: () => reconcileOptionsSchema,
  },
  {
    name: 'evaluation-model-input',
    title: 'Evaluation model',
    description: 'defineEvaluation(model): the criteria, weights and scoring methods of a tender.',
    schema: () => evaluationModelSchema,
    patch: (schema) => {
      fill(schema, '/properties/abnormallyLow', byBasisJson(abnormallyLowRuleForms));
      // A criterion is scored (weight and scoring) or split into sub-criteria, not both.
      nodeAt(schema, '/properties/criteria/items').anyOf = [
        { required: ['weight', 'scoring'], not: { required: ['subCriteria'] } },
        { required: ['subCriteria'], not: { required: ['scoring'] } },
      ];
    },
  },
  {
    name: 'bids',
    title: 'Bids',
    description: 'evaluateTenders(model, bids): each bid with its price and responses.',
    schema: () => bidsSchema,
    patch: (schema) => fill(schema, '/items/properties/responses/additionalProperties', response),
  },
  {
    name: 'what-if-changes',
    title: 'Changes of whatIf',
    description: 'whatIf(model, bids, changes): new weights and prices.',
    schema: changesSchema,
  },
  {
    name: 'priced-bids',
    title: 'Priced bids',
    description:
      'flagAbnormallyLow(bids): each bid with its price (and, as given to evaluateTenders, its responses).',
    schema: pricedBidsSchema,
    patch: (schema) => fill(schema, '/items/properties/responses/additionalProperties', response),
  },
  {
    name: 'abnormally-low-options',
    title: 'Options of flagAbnormallyLow',
    description:
      'flagAbnormallyLow(bids, options): the test and limits of the abnormally low check.',
    schema: abnormallyLowOptionsSchema,
    patch: (schema) => {
      fill(schema, '', byBasisJson(abnormallyLowOptionForms()));
    },
  },
  {
    name: 'policy-input',
    title: 'Policy',
    description: 'definePolicy(input): rules on when social value applies and how it is weighted.',
    schema: () => policyInputSchema(),
    patch: (schema) => {
      // A rule's outcome says at least one thing.
      nodeAt(schema, '/properties/rules/items/properties/outcome').minProperties = 1;
      nodeAt(schema, '/properties/include').items = {
        anyOf: [{ $ref: '#' }, snapshotOf('policy')],
      };
    },
  },
  {
    name: 'contract',
    title: 'Contract',
    description: 'requiresSocialValue(contract, policy) and checkWeighting(…, contract, policy).',
    schema: () => contractSchema(),
  },
  {
    name: 'threshold-query',
    title: 'Threshold query',
    description: 'ukProcurementThreshold(query).',
    schema: () => thresholdQuerySchema(),
  },
  {
    name: 'criterion-weights',
    title: 'Criterion weights by group',
    description: 'checkWeighting(weights, contract, policy): weights in percentage points.',
    schema: () => weightsSchema(),
  },
  {
    name: 'maturity-model-input',
    title: 'Maturity model',
    description: 'defineMaturityModel(model): levels, themes, criteria and rules.',
    schema: () => maturityModelInputSchema,
    patch: (schema) => {
      fill(schema, '/properties/source/properties/year', wholeNumber(1900, 2200));
      fill(schema, '/properties/levels/items/properties/rank', wholeNumber(0, 1_000_000));
      // A defined model's JSON snapshot is taken too.
      const input = { ...schema };
      for (const key of Object.keys(schema)) delete schema[key];
      schema.anyOf = [input, snapshotOf('maturity-model')];
    },
  },
  {
    name: 'maturity-responses',
    title: 'Maturity responses',
    description: 'assessMaturity(model, responses): per theme id, a level id or a response.',
    schema: () => maturityResponsesSchema,
    patch: (schema) => {
      fill(schema, '/additionalProperties', themeResponse);
      schema.minProperties = 1;
    },
  },
  {
    name: 'assess-maturity-options',
    title: 'Options of assessMaturity',
    description: 'assessMaturity(model, responses, options).',
    schema: () => assessMaturityOptionsSchema,
  },
  {
    name: 'plan-actions-input',
    title: 'Input of planActions',
    description: 'planActions(model, input): the present and target positions and the years.',
    schema: () => planActionsInputSchema,
    patch: (schema) => {
      fill(schema, '/properties/years/anyOf/0', wholeNumber(1, 50));
      Object.assign(nodeAt(schema, '/properties/present'), position);
      Object.assign(nodeAt(schema, '/properties/target'), position);
      // spreadBy spreads a schedule over years: refused without them (`null` is none of either).
      schema.anyOf = [
        { not: { required: ['spreadBy'], properties: { spreadBy: { type: 'string' } } } },
        { required: ['years'], properties: { years: { type: 'integer' } } },
      ];
    },
  },
  {
    name: 'deliveries',
    title: 'Deliveries',
    description: 'trackDelivery(valuation, deliveries): dated quantities delivered.',
    schema: () => z.array(inputSchemas().delivery),
  },
  {
    name: 'track-delivery-options',
    title: 'Options of trackDelivery',
    description: 'trackDelivery(valuation, deliveries, options): the contract period, profile…',
    schema: () => inputSchemas().trackDeliveryOptions,
    patch: (schema) => {
      Object.assign(nodeAt(schema, '/properties/framework'), json(inputSchemas().framework));
    },
  },
  {
    name: 'monitored-valuation',
    title: 'Valuation monitored',
    description: 'trackDelivery(valuation, …): a valuation snapshot, or its lines by hand.',
    schema: () => inputSchemas().valuation,
  },
  {
    name: 'spend-ledger',
    title: 'Spend ledger',
    description: 'analyseSpend(ledger, options): the payments of a ledger.',
    schema: () => z.array(paymentSchema),
  },
  {
    name: 'analyse-spend-options',
    title: 'Options of analyseSpend',
    description: 'analyseSpend(ledger, options): the locality as a list of postcode areas.',
    schema: () => analyseSpendOptionsSchema,
    patch: (schema) =>
      fill(schema, '/properties/locality', {
        type: 'array',
        items: { type: 'string' },
        minItems: 1,
      }),
  },
];
