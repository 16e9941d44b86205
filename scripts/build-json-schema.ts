// Writes the JSON Schema (draft 2020-12) of every public input to dist/json-schema/<name>.json,
// generated from the library's zod/mini schemas (scripts/json-schema/). Run after tsup by
// `npm run build`; the package exports them as `social-value/json-schema/<name>.json`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toJsonSchema, unrepresentableAt } from './json-schema/convert.js';
import { jsonSchemaInputs } from './json-schema/inputs.js';
import type { JsonSchema } from './json-schema/numeric.js';

/** The JSON Schema of every input, by file name. */
export function buildJsonSchemas(): Record<string, JsonSchema> {
  const schemas: Record<string, JsonSchema> = {};
  for (const input of jsonSchemaInputs) {
    const body = toJsonSchema(input.schema());
    input.patch?.(body);
    const left = unrepresentableAt(body);
    if (left.length > 0) {
      throw new Error(
        `${input.name}: no JSON Schema for ${left.join(', ')} (patch it in inputs.ts)`,
      );
    }
    schemas[input.name] = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: input.title,
      description: input.description,
      ...body,
    };
  }
  return schemas;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = resolve(import.meta.dirname, '../dist/json-schema');
  mkdirSync(out, { recursive: true });
  const schemas = buildJsonSchemas();
  for (const [name, schema] of Object.entries(schemas)) {
    writeFileSync(resolve(out, `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
  }
  console.log(`JSON Schema: ${Object.keys(schemas).length} files in dist/json-schema`);
}
