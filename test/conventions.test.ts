import { describe, expect, it } from 'vitest';
import { contractTypes, Decimal } from '../src/index.js';
import { otherResults, prototypeSamples, sampleKinds, samples } from './samples.js';

// docs/conventions.md, checked on a sample of every kind the library returns or defines
// (test/samples.ts) and every object nested in it. Each rule below names the line of the
// conventions it enforces; `violations` lists every breach with its path, so a failure says
// where the vocabulary slipped.

/** One breach of the conventions: where, which rule, and what was found. */
interface Violation {
  readonly path: string;
  readonly rule: string;
  readonly found: string;
}

/** Field names that hold prose written by the library: one sentence, or a list of them. */
const proseFields = new Set(['reason', 'reasons', 'summary', 'message']);

/**
 * Fields whose text is data, not the library's prose: it comes from the caller, a source
 * document or a model, and is kept as given (so it may read as a sentence).
 */
const dataTextFields: Readonly<Record<string, string>> = {
  statement: 'a maturity criterion as the model (its source) states it',
  action: 'the action a maturity model gives for a criterion',
  guidance: "a maturity model's guidance on a criterion, from its source",
  description:
    'a maturity level or theme as the model describes it; an OCDS criterion as published',
  note: "the caller's note on a pledge, or a source's note on a model",
  evidence: 'the evidence a caller gives for a maturity criterion',
  question: 'a pledge-sheet row as the sheet words it',
  title: 'a measure title or a source title, as published',
  name: 'a label the caller or source gives a thing',
  label: 'the label a caller gives an assessment',
  source: 'a citation',
  effective: "the period a benchmark's source states for its figures",
  publisher: "a source's publisher",
  unit: "a measure's unit, as the framework gives it",
  theme: 'a pledge-sheet theme cell, as the sheet writes it',
  tags: 'tag values given by the caller or read from sheet columns',
  '…Name': 'the label of the thing referred to beside it (themeName, lotName, …)',
};

/** Names the conventions replaced: the field that should be used instead. */
const retiredNames: Readonly<Record<string, string>> = {
  proxy: 'proxyValue',
  explanation: 'reason or summary',
  explanations: 'reasons',
  sentence: 'reason or summary',
  sentences: 'reasons',
  text: 'reason, summary or message',
  attribution: 'attributionShare',
  decimals: 'places',
  wholePounds: "places: 'pound'",
};

/**
 * Where a field named `type` is data: OCDS award criteria keep the `type` the publisher wrote
 * (beside the `kind` the library read from it), as OCDS names it.
 */
const typeAllowedAt = [/\.criteria\[\d+\]\.type$/];

/**
 * Where `kind` names a kind of thing rather than the kind of a result: an evaluation or OCDS
 * criterion's kind (price, quality, social value, …).
 */
const attributeKindAt = [/\.criteria\[\d+\]\.kind$/];

/** `…Name` fields that are the thing's own short label, not a label beside a reference. */
const ownLabels = new Set(['shortName']);

const kebab = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const severities = new Set(['error', 'warning', 'info']);
const sentence = /^\S+(\s+\S+){3,}[.!?]$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const dateFields = new Set([
  'date',
  'asOf',
  'start',
  'end',
  'effectiveFrom',
  'effectiveTo',
  'commencedFrom',
  'commencedOn',
]);
const contractTypeNames = new Set<string>(contractTypes);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Decimal.isDecimal(value);
/** A record keyed by user strings: the library builds them without a prototype. */
const isRecord = (value: unknown) => isObject(value) && Object.getPrototypeOf(value) === null;

/** Every breach of the conventions in `value`, a top-level result when `topLevel`. */
function violations(value: unknown, root: string, topLevel = true): Violation[] {
  const found: Violation[] = [];
  const report = (path: string, rule: string, what: unknown) =>
    found.push({ path, rule, found: typeof what === 'string' ? what : String(what) });

  if (topLevel) {
    if (!isObject(value) || typeof value.kind !== 'string' || !kebab.test(value.kind)) {
      report(root, 'a result has a kebab-case kind', isObject(value) ? value.kind : value);
    }
    if (!isObject(value) || value.schemaVersion !== 1) {
      report(root, 'a result has schemaVersion 1', isObject(value) ? value.schemaVersion : value);
    }
  }

  const fraction = (path: string, field: string, item: unknown, upTo: Decimal | null): void => {
    if (item === null) return;
    if (isObject(item) && !Array.isArray(item)) {
      // A record of fractions (socialValueShare by base).
      for (const [key, inner] of Object.entries(item))
        fraction(`${path}.${key}`, field, inner, upTo);
      return;
    }
    if (!Decimal.isDecimal(item)) {
      report(path, `${field} is a Decimal`, item);
      return;
    }
    const decimal = item as Decimal;
    if (upTo !== null && (decimal.lt(0) || decimal.gt(upTo))) {
      report(path, `${field} lies from 0 to ${upTo.toString()}`, decimal.toString());
    }
  };

  /** Checks a value held by the field `field` (for a record's values: the record's field). */
  const walk = (item: unknown, path: string, field: string): void => {
    if (typeof item === 'number' && !Number.isFinite(item)) report(path, 'finite numbers', item);
    if (Decimal.isDecimal(item) && !(item as Decimal).isFinite()) {
      report(path, 'finite numbers', item);
    }
    if (typeof item === 'string') {
      const data = Object.hasOwn(dataTextFields, field) || field.endsWith('Name');
      if (sentence.test(item) && !proseFields.has(field) && !data) {
        report(path, 'prose only in reason, reasons, summary or message', item);
      }
      if (contractTypeNames.has(item) && field !== 'contractType' && field !== 'contractTypes') {
        report(path, 'a contract type is under contractType', item);
      }
      // (A sheet's `columns` map each role, `date` too, to the header that held it.)
      const header = /\.columns\.[^.]+$/.test(path);
      if (dateFields.has(field) && !header && !isoDate.test(item)) {
        report(path, 'dates are ISO', item);
      }
      return;
    }
    if (Array.isArray(item)) {
      if (['findings', 'warnings', 'problems'].includes(field)) {
        item.forEach((entry, index) => {
          if (!isObject(entry)) report(`${path}[${index}]`, 'findings are objects', entry);
        });
      }
      if (field === 'reasons') {
        item.forEach((entry, index) => {
          if (typeof entry !== 'string')
            report(`${path}[${index}]`, 'reasons are sentences', entry);
        });
      }
      item.forEach((entry, index) => {
        walk(entry, `${path}[${index}]`, field);
      });
      return;
    }
    if (!isObject(item)) return;
    if (isRecord(item)) {
      // Keys are the caller's (ids, tags, years): only the values follow the conventions.
      for (const [key, inner] of Object.entries(item))
        walk(inner, `${path}[${JSON.stringify(key)}]`, field);
      return;
    }
    checkObject(item, path);
  };

  const checkObject = (object: Record<string, unknown>, path: string): void => {
    const isFinding = 'severity' in object || 'message' in object;
    if (isFinding) {
      if (typeof object.code !== 'string' || !kebab.test(object.code)) {
        report(path, 'a finding has a kebab-case code', object.code);
      }
      if (!severities.has(object.severity as string)) {
        report(path, "a finding's severity is error, warning or info", object.severity);
      }
      if (typeof object.message !== 'string')
        report(path, 'a finding has a message', object.message);
      if ('kind' in object) report(path, 'a finding has a code, not a kind', object.kind);
    }
    if ('kind' in object && path !== root && !('schemaVersion' in object)) {
      if (!attributeKindAt.some((where) => where.test(`${path}.kind`))) {
        report(`${path}.kind`, 'kind names a result (with schemaVersion)', object.kind);
      }
    }
    if ('schemaVersion' in object && path !== root) {
      if (object.schemaVersion !== 1) report(path, 'schemaVersion is 1', object.schemaVersion);
      if (typeof object.kind !== 'string' || !kebab.test(object.kind)) {
        report(path, 'a nested result has a kebab-case kind', object.kind);
      }
    }
    for (const [field, inner] of Object.entries(object)) {
      const at = `${path}.${field}`;
      if (Object.hasOwn(retiredNames, field)) {
        report(at, `${field} is now ${retiredNames[field]}`, field);
      }
      if (field === 'type' && !typeAllowedAt.some((where) => where.test(at))) {
        report(at, 'no field named type (contractType, kind, valueType, …)', inner);
      }
      if (field === 'contractType' && !contractTypeNames.has(inner as string)) {
        report(at, 'contractType holds a contract type', inner);
      }
      if ((field === 'reason' || field === 'summary') && typeof inner !== 'string') {
        report(at, `${field} is a sentence`, inner);
      }
      if (field.endsWith('Name') && field !== 'Name' && !ownLabels.has(field)) {
        const reference = field.slice(0, -'Name'.length);
        if (!(reference in object)) report(at, `${field} sits beside ${reference}`, field);
      }
      if (/(Share|Rate)$/.test(field) || field === 'share' || field === 'rate') {
        fraction(at, field, inner, new Decimal(1));
      } else if (/Ratio$/.test(field) || field === 'ratio') {
        fraction(at, field, inner, null);
      } else if (/(^weight|Weight|^percent|Percent)$/.test(field)) {
        fraction(at, field, inner, new Decimal(100));
      } else if (field === 'weights' && isObject(inner) && !Array.isArray(inner)) {
        fraction(at, 'weights', inner, new Decimal(100));
      }
      walk(inner, at, field);
    }
  };

  walk(value, root, '');
  return found;
}

/** Every object a sample holds, for the tests that look at all of them. */
const everySample: [string, () => unknown][] = [
  ...sampleKinds.map((kind): [string, () => unknown] => [kind, samples[kind]]),
  ...sampleKinds
    .filter((kind) => prototypeSamples[kind] !== undefined)
    .map((kind): [string, () => unknown] => [
      `${kind} (prototype-named keys)`,
      prototypeSamples[kind]!,
    ]),
];

/**
 * Public functions that return an object without a kind, and why. Any other object a public
 * function returns has one (see otherResults in test/samples.ts).
 */
const withoutKind: Readonly<Record<string, string>> = {
  measure:
    "getMeasure returns the framework's own measure, a part of the framework (kind 'framework')",
};

describe('the conventions (docs/conventions.md) hold for', () => {
  it.each(everySample)('%s', (name, sample) => {
    expect(violations(sample(), name)).toEqual([]);
  });

  it.each(Object.entries(otherResults))('%s (no snapshot kind)', (name, result) => {
    expect(violations(result(), name, !Object.hasOwn(withoutKind, name))).toEqual([]);
  });

  it('every kind the samples hold matches its name', () => {
    for (const kind of sampleKinds) expect(samples[kind]().kind).toBe(kind);
    expect(Object.keys(withoutKind)).toEqual(['measure']);
  });
});

describe('the conventions test', () => {
  it('finds every breach in a result written against the conventions', () => {
    const made = Object.create(null) as Record<string, unknown>;
    Object.defineProperty(made, 'constructor', { value: new Decimal('1.5'), enumerable: true });
    const wrong = {
      kind: 'Valuation',
      schemaVersion: 2,
      type: 'services',
      proxy: new Decimal(5),
      explanation: 'The value is worth a great deal of money.',
      localShare: new Decimal('1.5'),
      deliveryRatio: '0.5',
      weight: new Decimal(150),
      themeName: 'Jobs',
      asOf: '31/03/2026',
      warnings: [{ kind: 'duplicate-measure', severity: 'fatal', message: 'Twice.' }, 'a code'],
      lines: [{ total: new Decimal(Number.NaN), reason: ['one'], byYear: made }],
      model: { kind: 'evaluation-model' },
    };
    const rules = violations(wrong, 'wrong').map(({ path, rule }) => `${path}: ${rule}`);
    expect(rules).toEqual([
      'wrong: a result has a kebab-case kind',
      'wrong: a result has schemaVersion 1',
      'wrong.type: no field named type (contractType, kind, valueType, …)',
      'wrong.type: a contract type is under contractType',
      'wrong.proxy: proxy is now proxyValue',
      'wrong.explanation: explanation is now reason or summary',
      'wrong.explanation: prose only in reason, reasons, summary or message',
      'wrong.localShare: localShare lies from 0 to 1',
      'wrong.deliveryRatio: deliveryRatio is a Decimal',
      'wrong.weight: weight lies from 0 to 100',
      'wrong.themeName: themeName sits beside theme',
      'wrong.asOf: dates are ISO',
      'wrong.warnings[1]: findings are objects',
      'wrong.warnings[0]: a finding has a kebab-case code',
      "wrong.warnings[0]: a finding's severity is error, warning or info",
      'wrong.warnings[0]: a finding has a code, not a kind',
      'wrong.warnings[0].kind: kind names a result (with schemaVersion)',
      'wrong.lines[0].total: finite numbers',
      'wrong.lines[0].reason: reason is a sentence',
      'wrong.model.kind: kind names a result (with schemaVersion)',
    ]);
  });

  it('takes the keys of a record as data', () => {
    const byTheme = Object.create(null) as Record<string, unknown>;
    byTheme.type = new Decimal(1);
    byTheme.proxy = new Decimal(2);
    Object.defineProperty(byTheme, '__proto__', { value: new Decimal(3), enumerable: true });
    expect(violations({ kind: 'x', schemaVersion: 1, byTheme }, 'x')).toEqual([]);
    // A record's values are held to the record field's rules.
    const byTag = Object.create(null) as Record<string, unknown>;
    byTag.department = { localShare: new Decimal(2) };
    expect(violations({ kind: 'x', schemaVersion: 1, byTag }, 'x')).toEqual([
      { path: 'x.byTag["department"].localShare', rule: 'localShare lies from 0 to 1', found: '2' },
    ]);
  });
});
