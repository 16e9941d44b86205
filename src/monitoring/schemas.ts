import type * as z from 'zod/mini';
import { anySchema } from '../core/any-schema.js';
import { choiceSchema } from '../core/choice-schema.js';
import { Decimal, type Numeric } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import { expectedSchema } from '../core/expected-schema.js';
import { figureSchema } from '../core/figure-schema.js';
import { fractionSchema } from '../core/fraction-schema.js';
import { intSchema } from '../core/int-schema.js';
import { hintJsonSchema } from '../core/json-schema-hints.js';
import { lazy } from '../core/lazy.js';
import { minLength } from '../core/min-length.js';
import { oneOf } from '../core/one-of.js';
import { parseInto } from '../core/parse-into.js';
import {
  type PledgeChannel,
  type PledgeEffect,
  type PledgerKind,
  pledgeChannels,
  pledgeEffects,
  pledgerKinds,
} from '../core/pledge-channel.js';
import { readerSchema } from '../core/reader-schema.js';
import { recordSchema } from '../core/record-schema.js';
import { recordedAtZero } from '../core/recorded-at-zero.js';
import {
  idSchema,
  isoDateSchema,
  numericSchema,
  type RenamedKey,
  strictObject,
  textSchema,
  trimmedTextSchema,
} from '../core/schemas.js';
import { didYouMean, suggest } from '../core/suggest.js';
import { type ValueType, valueTypes } from '../core/value-types.js';
import { withChecks } from '../core/with-checks.js';
import { listSchema, nullableSchema, optionalSchema } from '../core/wrapper-schema.js';

/**
 * A strict object (see `strictObject`, which refuses anything but a plain object); `what` names
 * it in the message (`'a delivery'`), `renamed` maps 0.1 key names to their 0.2 names (or to a
 * function wording the hint). Internal.
 */
export function plainObject<Shape extends z.core.$ZodLooseShape>(
  shape: Shape,
  what: string,
  renamed: Readonly<Record<string, RenamedKey>> = {},
) {
  return strictObject(shape, renamed, `${what} (an object)`);
}

/**
 * A finite number from `min` to `max`, with the issues of zod's `z.number()` with those bounds
 * (in less code). Internal.
 */
export function numberSchema(min = -Infinity, max = Infinity) {
  return expectedSchema<number>(
    (value) => typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max,
    (input) =>
      typeof input !== 'number' || !Number.isFinite(input)
        ? 'a number'
        : input < min
          ? `a number at least ${min}`
          : `a number at most ${max}`,
  );
}

/**
 * A status threshold (`onTrackRatio`, `atRiskRatio`): a fraction of what is due by the date, as
 * `fractionSchema` reads it, but a value above 1 and under 10 is no percentage ("did you mean
 * 0.015?" for 1.5 names a threshold nobody sets): it is delivered ÷ due, and the message says
 * that 1 is all of it. Internal.
 */
function thresholdSchema() {
  const fraction = fractionSchema('ratio', { positive: true });
  const schema = readerSchema<Decimal, Numeric>((value, issues) => {
    const at = issues.length;
    const read = parseInto(fraction, value, issues);
    const input = issues[at]?.input;
    if (Decimal.isDecimal(input) && input.gt(1) && input.lt(10)) {
      issues[at] = {
        ...issues[at]!,
        message: `expected a ratio from 0 to 1 (1: all that is due), received ${input.toString()}`,
      };
    }
    return read;
  });
  /* @__PURE__ */ hintJsonSchema(schema, { kind: 'json', json: {}, schema: fraction });
  return schema;
}

/**
 * The monitoring area's input schemas, built on first use (importing the area builds nothing).
 * Internal.
 */
export const inputSchemas = /* @__PURE__ */ lazy(() => {
  /**
   * Tags (`{ name: value }`, both text) read into a null-prototype record, so that `__proto__` or
   * `constructor` is an ordinary tag name. Internal.
   */
  const tags = recordSchema(idSchema, { nonEmptyKeys: true });

  /** The month (1–12) a financial year starts in. Internal. */
  const startMonth = intSchema(1, 12);

  /** A measure code: text with a character one can see, surrounding spaces ignored (output trimmed). Internal. */
  const code = trimmedTextSchema;

  /** A value type of a measure. Internal. */
  const valueType = choiceSchema(valueTypes as [ValueType, ...ValueType[]]);

  const ignored = optionalSchema(anySchema);

  // A figure a stored valuation wrote: checked against the figures it comes from (see
  // core/stored-valuation.ts), never used itself.
  const storedFigure = optionalSchema(figureSchema());

  /** The channel a pledge or delivery came through. */
  const channel = choiceSchema(pledgeChannels as [PledgeChannel, ...PledgeChannel[]]);

  // At least a penny, as valuePledges takes it: social value added then stays inside the figures
  // the library can print, store and read back (below 1e60).
  const contractValue = numericSchema({ min: '0.01' });

  /** What a pledge says of where it comes from and who follows it up (all optional). */
  const pledgeOrigin = {
    channel: optionalSchema(channel),
    pledgerKind: optionalSchema(choiceSchema(pledgerKinds as [PledgerKind, ...PledgerKind[]])),
    pledger: optionalSchema(textSchema),
    followUpOn: optionalSchema(isoDateSchema),
    barriers: optionalSchema(listSchema(textSchema)),
    effect: optionalSchema(choiceSchema(pledgeEffects as [PledgeEffect, ...PledgeEffect[]])),
  };

  /**
   * A valuation line as monitoring reads it: the 0.2 `ValuationLine`, other fields ignored; a
   * record-only one has a proxy value of 0.
   */
  const valuationLine = withChecks(
    plainObject(
      {
        index: optionalSchema(intSchema(0)),
        measure: code,
        title: optionalSchema(textSchema),
        unit: optionalSchema(textSchema),
        theme: idSchema,
        themeName: optionalSchema(textSchema),
        valueType,
        quantity: numericSchema({ min: 0 }),
        attributionShare: optionalSchema(fractionSchema('share')),
        proxyValue: numericSchema({ min: 0 }),
        value: storedFigure,
        years: optionalSchema(
          listSchema(
            plainObject(
              { year: idSchema, quantity: numericSchema({ min: 0 }), value: storedFigure },
              'a pledge year',
            ),
          ),
        ),
        tags: optionalSchema(tags),
        note: optionalSchema(textSchema),
        ...pledgeOrigin,
      },
      'a valuation line',
      { proxy: 'proxyValue', attribution: 'attributionShare' },
    ),
    recordedAtZero,
  );

  /**
   * A valuation as monitoring reads it: the 0.2 `Valuation` (its JSON snapshot, or a hand-made
   * object with the lines), only the framework's identity, the lines and the contract value used
   * (the stored figures read are checked, not used).
   */
  const valuation = plainObject(
    {
      kind: optionalSchema(choiceSchema(['valuation'])),
      schemaVersion: optionalSchema(choiceSchema([1])),
      framework: optionalSchema(
        plainObject(
          {
            id: idSchema,
            name: optionalSchema(textSchema),
            edition: optionalSchema(textSchema),
            priceYear: optionalSchema(intSchema()),
          },
          "the framework's identity",
        ),
      ),
      lines: listSchema(valuationLine),
      total: storedFigure,
      byTheme: optionalSchema(recordSchema(figureSchema())),
      byValueType: ignored,
      byTag: ignored,
      byYear: ignored,
      benefitTotal: ignored,
      disbenefitTotal: ignored,
      byChannel: ignored,
      contractValue: optionalSchema(contractValue),
      socialValueAddedRatio: storedFigure,
      warnings: ignored,
      summary: ignored,
    },
    'a valuation',
    { socialValueAdded: 'socialValueAddedRatio' },
  );

  /** A framework as monitoring reads it: its themes' names and its measures, other fields ignored. */
  const framework = plainObject(
    {
      kind: optionalSchema(choiceSchema(['framework'])),
      schemaVersion: optionalSchema(choiceSchema([1])),
      id: ignored,
      name: ignored,
      edition: ignored,
      priceYear: ignored,
      currency: ignored,
      themes: optionalSchema(
        listSchema(
          plainObject(
            { id: idSchema, name: optionalSchema(textSchema), shortName: ignored },
            'a theme',
          ),
        ),
      ),
      outcomes: ignored,
      measures: listSchema(
        withChecks(
          plainObject(
            {
              code: code,
              theme: idSchema,
              outcome: ignored,
              title: optionalSchema(textSchema),
              unit: optionalSchema(textSchema),
              proxyValue: nullableSchema(numericSchema({ min: 0 })),
              valueType,
              exclusivityGroup: ignored,
              maxYearsPerPerson: ignored,
              edition: ignored,
              source: ignored,
              provenance: ignored,
            },
            'a measure',
            { proxy: 'proxyValue' },
          ),
          recordedAtZero,
        ),
      ),
      source: ignored,
      extends: ignored,
      reindexed: ignored,
    },
    'a framework',
  );

  /** One delivery record. */
  const delivery = plainObject(
    {
      measure: code,
      date: isoDateSchema,
      quantity: numericSchema({ min: 0 }),
      line: optionalSchema(intSchema(0)),
      verification: optionalSchema(choiceSchema(['verified', 'claimed'], ['verified', 'claimed'])),
      evidence: optionalSchema(textSchema),
      note: optionalSchema(textSchema),
      channel: optionalSchema(channel),
    },
    'a delivery',
    // A delivery names its measure by code and gives what was delivered as its quantity.
    { code: () => 'did you mean "measure"?', delivered: () => 'did you mean "quantity"?' },
  );

  /** One period of an expected delivery profile. */
  const profilePeriod = plainObject(
    { from: isoDateSchema, to: isoDateSchema, share: fractionSchema('share') },
    'a profile period',
  );

  /** An expected delivery profile: linear, or periods with shares (read by the form given). */
  const periods = withChecks(listSchema(profilePeriod), minLength(1));
  const linear = expectedSchema<'linear'>(
    (value) => value === 'linear',
    () => '"linear" or a list of periods ({ from, to, share })',
    (input) =>
      describeValue(input) +
      (typeof input === 'string' ? didYouMean(suggest(input, ['linear'])) : ''),
  );
  /* @__PURE__ */ hintJsonSchema(linear, {
    kind: 'json',
    json: { type: 'string', const: 'linear' },
  });
  const profile = oneOf<'linear' | z.output<typeof periods>>((value) =>
    Array.isArray(value) ? periods : linear,
  );
  /* @__PURE__ */ hintJsonSchema(profile, {
    kind: 'union',
    options: [linear, periods],
    exclusive: true,
  });

  /** The pledge line a variation adds: a valuation line's fields, each optional, and a profile. */
  const newPledge = plainObject(
    {
      index: optionalSchema(intSchema(0)),
      theme: optionalSchema(idSchema),
      themeName: optionalSchema(textSchema),
      valueType: optionalSchema(valueType),
      proxyValue: optionalSchema(numericSchema({ min: 0 })),
      attributionShare: optionalSchema(fractionSchema('share')),
      title: optionalSchema(textSchema),
      unit: optionalSchema(textSchema),
      tags: optionalSchema(tags),
      ...pledgeOrigin,
      profile: optionalSchema(profile),
    },
    'a new pledge',
    { proxy: 'proxyValue', attribution: 'attributionShare' },
  );

  /** A dated change to a pledge, or a measure added from a date. */
  const variation = plainObject(
    {
      measure: code,
      line: optionalSchema(intSchema(0)),
      date: isoDateSchema,
      quantity: numericSchema({ min: 0 }),
      reason: optionalSchema(textSchema),
      reference: optionalSchema(textSchema),
      newPledge: optionalSchema(newPledge),
    },
    'a variation',
  );

  /** Status thresholds on the delivery ratio (delivered ÷ expected to date). */
  const thresholds = plainObject(
    {
      onTrackRatio: optionalSchema(thresholdSchema()),
      atRiskRatio: optionalSchema(thresholdSchema()),
    },
    'thresholds',
    { onTrack: 'onTrackRatio', atRisk: 'atRiskRatio' },
  );

  /** Options of trackDelivery (the framework is read apart: trusted when sealed). */
  const trackDeliveryOptions = plainObject(
    {
      asOf: optionalSchema(isoDateSchema),
      start: optionalSchema(isoDateSchema),
      end: optionalSchema(isoDateSchema),
      profile: optionalSchema(profile),
      variations: optionalSchema(listSchema(variation)),
      thresholds: optionalSchema(thresholds),
      framework: ignored,
      count: optionalSchema(choiceSchema(['all', 'verified'])),
      contractValue: optionalSchema(contractValue),
      financialYearStartMonth: optionalSchema(startMonth),
    },
    'options',
    // OCDS's name for a contract's dates, too far from these for a did-you-mean.
    { contractPeriod: () => 'did you mean "start" and "end"?' },
  );
  return {
    tags,
    startMonth,
    contractValue,
    code,
    valueType,
    channel,
    valuationLine,
    valuation,
    framework,
    delivery,
    thresholds,
    trackDeliveryOptions,
  };
});

/** The schemas of {@link inputSchemas}. Internal. */
type InputSchemas = ReturnType<typeof inputSchemas>;

/** Validated thresholds. Internal. */
export type ThresholdsRead = z.output<InputSchemas['thresholds']>;

/** The validated options of trackDelivery. Internal. */
export type TrackDeliveryOptionsRead = z.output<InputSchemas['trackDeliveryOptions']>;

/** A validated delivery. Internal. */
export type DeliveryRead = z.output<InputSchemas['delivery']>;

/** A validated variation. Internal. */
export type VariationRead = z.output<InputSchemas['trackDeliveryOptions']>['variations'] extends
  | readonly (infer V)[]
  | undefined
  ? V
  : never;
