// What a bundle of the library (the root entry, minified for the browser, its dependencies left
// as imports) must not carry: code the library never runs there.
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

let code = '';

beforeAll(async () => {
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
  code = result.outputFiles[0]!.text;
}, 60_000);

describe('a bundle of the library', () => {
  it('is the library', () => {
    expect(code).toContain('SocialValueError');
    expect(code).toContain('from"zod/v4/core"');
  });

  it('leaves out the JSON Schema hints (each call is a statement marked pure)', () => {
    expect(code.match(/kind:"(?:json|numeric|union|default|record|choice)"/g)).toBeNull();
  });

  it("imports nothing from zod/mini: the library's own schemas are zod core types", () => {
    expect(code).not.toMatch(/from"zod\/mini"/);
  });
});
