import type { SocialValueError } from '../../src/index.js';

// The documented differences between the JSON Schemas and the library (docs/storage.md, "What a
// JSON Schema cannot check"): an input a schema takes that the library refuses, known by the
// error the library throws, and the one input a schema refuses that the library takes. Every
// disagreement the agreement test finds must be one of these.

/** What is known of a disagreement: the schema's name, the input, the error and the value at fault. */
export interface Disagreement {
  /** The JSON Schema's name. */
  readonly schema: string;
  /** The library's error. */
  readonly error: SocialValueError;
  /** The value at the path of the error's first issue (undefined when the path is not in the input). */
  readonly value: unknown;
  /** The values on the way to it, from the input down (to find a nested snapshot). */
  readonly ancestors: readonly unknown[];
}

/** One documented difference. */
export interface SchemaException {
  /** Its id, as docs/storage.md names it. */
  readonly id: string;
  /** What the library checks that the schema cannot. */
  readonly description: string;
  /** True when a disagreement (the library refusing what the schema takes) is this difference. */
  readonly covers: (disagreement: Disagreement) => boolean;
  /** True when the schema refusing `input`, which the library takes, is this difference. */
  readonly coversStricter?: (schema: string, input: unknown) => boolean;
}

const message = (disagreement: Disagreement) => disagreement.error.issues[0]?.message ?? '';
const isInvalid = (disagreement: Disagreement) =>
  disagreement.error.code === 'invalid-input' || disagreement.error.code === 'out-of-range';

/** Every documented difference, in the order of docs/storage.md. */
export const schemaExceptions: readonly SchemaException[] = [
  {
    id: 'domain-checks',
    description:
      'Checks of meaning with their own error codes: an unknown measure, theme, level or criterion, a duplicate code or bid, weights that do not sum to 100, a mark off the scale, a date outside the contract or the threshold tables.',
    covers: (disagreement) => !isInvalid(disagreement),
  },
  {
    id: 'unique-ids',
    description:
      'Ids (and level ranks) must be unique within a list; JSON Schema `uniqueItems` compares whole items only.',
    covers: (disagreement) =>
      isInvalid(disagreement) &&
      /is used twice|^duplicate .* id|is already the rank|expected a unique line index|expected one variation per pledge and day/.test(
        message(disagreement),
      ),
  },
  {
    id: 'references',
    description:
      "An id that must name something defined elsewhere: in the same input (a criterion's theme and level in a maturity model, a variation's new pledge taking its theme, value type or proxy value from options.framework, a measure's theme among options.framework's themes) or in another argument (a bid's responses keyed by the model's criteria, whatIf weights and prices keyed by criteria and bids, a new pledge for a measure the valuation does not pledge yet).",
    covers: (disagreement) =>
      isInvalid(disagreement) &&
      /^unknown (level|theme|criterion) |expected a criterion id of the model|expected the id of a top-level criterion|expected a bid id|expected a measure the contract does not pledge yet|, or options\.framework with a measure |^expected a theme of the framework/.test(
        message(disagreement),
      ),
  },
  {
    id: 'cross-field',
    description:
      'A relation between fields: zeroAt above fullMarksAt, the steep rate of a graduated price at least its gentle rate, proximityMax at least proximityMin, a maximum weighting at least the minimum, commencedTo after commencedFrom, no tag both in tags and withoutTags, a contract start with its end, a report date when nothing else gives one, no criteria at the lowest maturity level, a restated criterion of the same theme at a lower level and not itself a restatement, weights that all look like fractions (whatIf weights all below 1 with the rest rescaled, checkWeighting weights summing to 1 or less), a stored valuation figure that its lines do not give (a line value, a year value, the total, the ratio), a proxy value of 0 for a record-only measure or line.',
    covers: (disagreement) =>
      (isInvalid(disagreement) &&
        /expected zeroAt above fullMarksAt|expected at least pointsPerPercent|expected at least proximityMin|expected a maximum of at least the minimum|expected a fixed weight of at|expected both start and end|expected a date on or after commencedFrom|expected a tag the rule does not also require|^expected a report date|is where every theme starts and cannot have criteria|must be at a lower level than|belongs to another theme|itself restates|^expected 0 for a record-only measure|\(fractions\?\): did you mean|\(from its own figures\)/.test(
          message(disagreement),
        )) ||
      (disagreement.schema === 'what-if-changes' &&
        /^expected a weight in percentage points from 0 to 100, received \S+: as points that is /.test(
          message(disagreement),
        )),
  },
  {
    id: 'read-by-the-model',
    description:
      "A bid's bare figure is a mark or a £ offer as the model's scoring method reads it: an offer must be at least 0, and a response gives only what its criterion reads (no £ offer on a scale criterion, no marks on an offer method).",
    covers: (disagreement) =>
      disagreement.schema === 'bids' &&
      isInvalid(disagreement) &&
      /^expected a £ offer of at least 0|criterion reads no (£ offer|marks)/.test(
        message(disagreement),
      ),
  },
  {
    id: 'exponent-strings',
    description:
      'A decimal string in exponent notation (`"5e-1"`) is checked for its syntax and sign only: its bounds and the numeric domain (below 1e15, at most 40 decimal places) are checked by the library.',
    covers: (disagreement) =>
      isInvalid(disagreement) &&
      typeof disagreement.value === 'string' &&
      /[eE]/.test(disagreement.value),
  },
  {
    id: 'tiny-numbers',
    description:
      'A JSON number with more than 40 decimal places (such as 1e-41) is outside the numeric domain; JSON Schema cannot count the decimal places of a double.',
    covers: (disagreement) =>
      disagreement.error.code === 'out-of-range' &&
      typeof disagreement.value === 'number' &&
      /at most 40 digits after the decimal point/.test(message(disagreement)),
  },
  {
    id: 'nested-snapshots',
    description:
      "A result given inside an input (an assessment as a plan's present or target, an included policy, a valuation as a £ offer) is checked by its own snapshot reader; the schema checks its kind.",
    covers: (disagreement) =>
      disagreement.ancestors
        .slice(1)
        .some(
          (ancestor) =>
            ancestor !== null &&
            typeof ancestor === 'object' &&
            typeof (ancestor as { kind?: unknown }).kind === 'string',
        ) ||
      (disagreement.schema === 'maturity-model-input' &&
        (disagreement.ancestors[0] as { kind?: unknown } | undefined)?.kind === 'maturity-model'),
  },
  {
    id: 'reconcile-null-options',
    description:
      'reconcilePledgeSheet(rows, null) takes null as no options, where every other function wants an object or nothing; the schema wants an object.',
    covers: () => false,
    coversStricter: (schema, input) => schema === 'reconcile-options' && input === null,
  },
  {
    id: 'postcodes',
    description:
      'A locality entry must be a UK postcode area, district, sector, full postcode or district range of an area in use (checked with the postcode package).',
    covers: (disagreement) =>
      disagreement.schema === 'analyse-spend-options' &&
      /^expected a (postcode area|range of districts)/.test(message(disagreement)),
  },
];
