import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { inBareContext } from './bare-context.js';
import { expectedFigures } from './figures.js';

// The single-file build (tsup's `social-value.iife.js` config: src/embed/index.ts, IIFE, global
// `SocialValue`, every dependency bundled, browser platform, minified) made here with the same
// options, so `npm test` checks it without a build; scripts/consumer-test.mjs runs the shipped
// file from the packed tarball the same way.
const root = resolve(import.meta.dirname, '../..');
const sheetText = readFileSync(resolve(root, 'examples/pledge-sheet.csv'), 'utf8');
let bundle = '';

beforeAll(async () => {
  const result = await build({
    entryPoints: [resolve(root, 'src/embed/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'SocialValue',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  bundle = result.outputFiles[0]!.text;
});

describe('the single-file build in a bare V8 context', () => {
  it('has no Node globals to lean on, and defines SocialValue', () => {
    const { globals } = inBareContext(bundle);
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      Buffer: 'undefined',
      console: 'object', // V8's own console (to the inspector), not Node's
      setTimeout: 'undefined',
      TextEncoder: 'undefined',
      window: 'undefined',
      Intl: 'object',
      SocialValue: 'object',
    });
  });

  it('values the example pledge sheet and scores a tender', () => {
    const { figures } = inBareContext(bundle, { run: true, sheetText });
    expect(figures).toEqual(expectedFigures);
  });

  it('refuses an engine without Intl with one clear error when it loads', () => {
    // Its presets are built, and every figure worded, with Intl (NumberFormat, Collator): an
    // engine without it is told so, not left with a ReferenceError from deep inside.
    expect(() => inBareContext(bundle, { withoutIntl: true })).toThrow(
      /^social-value needs the ECMAScript Internationalization API \(Intl\.NumberFormat and Intl\.Collator, English locale data\)/,
    );
  });
});
