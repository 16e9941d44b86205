import { execFileSync, spawnSync } from 'node:child_process';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildJsonSchemas } from '../../scripts/build-json-schema.js';
import { validInputs } from './fixtures.js';
import { nearValidInputs } from './mutations.js';

// Validators in other languages read the JSON Schemas as ajv does: Python's `jsonschema`
// (draft 2020-12, formats asserted, as docs/storage.md shows it) gives ajv's verdict on every
// valid fixture and on every near-valid input, among them text with the characters that
// regular-expression engines read differently (Unicode digits, U+FEFF, U+001C, U+0085, a final
// line break). ajv and the library agree on the same inputs (agreement.test.ts).

/** A Python that has `jsonschema` 4 (draft 2020-12): the first on the PATH, else Debian's. */
const python = ['python3', '/usr/bin/python3'].find(
  (command) =>
    spawnSync(command, ['-c', 'from jsonschema import Draft202012Validator'], { stdio: 'ignore' })
      .status === 0,
);
if (python === undefined && process.env.CI) {
  throw new Error('No Python with jsonschema: .ci/run installs Debian python3-jsonschema.');
}

/** Reads `{ schemas, cases }` on standard input and writes each case's verdict as JSON. */
const validate = `
import json, sys
from jsonschema import Draft202012Validator
data = json.load(sys.stdin)
checker = Draft202012Validator.FORMAT_CHECKER
validators = {name: Draft202012Validator(schema, format_checker=checker) for name, schema in data["schemas"].items()}
json.dump([validators[name].is_valid(instance) for name, instance in data["cases"]], sys.stdout)
`;

describe.skipIf(python === undefined)('JSON Schemas read by Python jsonschema', () => {
  it('give the verdict ajv gives on every valid and near-valid input', () => {
    const schemas = buildJsonSchemas();
    const ajv = new Ajv2020({ strict: true, strictRequired: false });
    addFormats.default(ajv);
    const near = nearValidInputs(validInputs);
    const cases = Object.entries(validInputs).flatMap(([name, inputs]) =>
      [...inputs, ...(near[name] ?? [])].map((input) => [name, input] as const),
    );
    const output = execFileSync(python!, ['-c', validate], {
      input: JSON.stringify({ schemas, cases }),
      maxBuffer: 1 << 28,
    });
    const verdicts = JSON.parse(output.toString()) as boolean[];
    const validators = new Map(
      Object.entries(schemas).map(([name, schema]) => [name, ajv.compile(schema)]),
    );
    const differing = cases
      .filter(([name, input], index) => verdicts[index] !== validators.get(name)!(input))
      .map(([name, input]) => `${name}: ${JSON.stringify(input).slice(0, 200)}`);
    expect(differing.slice(0, 10)).toEqual([]);
    expect(verdicts).toHaveLength(cases.length);
    expect(cases.length).toBeGreaterThan(10_000);
  }, 180_000);
});
