// The JSON Schema hints are read only by the JSON Schema build, which runs on the source: a
// bundle of the library must leave every one of them out (each `hintJsonSchema` call is a
// statement marked pure, with nothing in its hint that a bundler must keep).
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { choiceSchema } from '../../src/core/choice-schema.js';
import { jsonSchemaHints } from '../../src/core/json-schema-hints.js';
import { numericSchema } from '../../src/core/schemas.js';

/** The whole library (the root entry) bundled and minified for the browser, dependencies aside. */
async function rootBundle(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, '../../src/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
    external: ['decimal.js', 'zod', 'zod/*', 'postcode'],
  });
  return result.outputFiles[0]!.text;
}

describe('JSON Schema hints', () => {
  it('are recorded when the source runs (the JSON Schema build reads them)', () => {
    expect(jsonSchemaHints.get(numericSchema({ min: 0 }))).toEqual({
      kind: 'numeric',
      bounds: { min: 0 },
    });
    expect(jsonSchemaHints.get(choiceSchema(['a']))).toEqual({ kind: 'choice', values: ['a'] });
  });

  it('are left out of a bundle of the library', async () => {
    const code = await rootBundle();
    expect(code).toContain('SocialValueError');
    expect(code.match(/kind:"(?:json|numeric|union|default|record|choice)"/g)).toBeNull();
  }, 60_000);
});
