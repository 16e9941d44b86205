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

  it('streams a pledge sheet of text; refuses bytes, without a TextDecoder, as such', async () => {
    // Text needs no TextDecoder (not ECMAScript): the stream made one at its end all the same,
    // a ReferenceError in bare V8. Bytes do: a SocialValueError says to give text.
    const code = `(async () => {
      const read = [];
      const sheet = SocialValue.streamPledgeSheet(['Reference,Quantity\\n', 'NT1,5\\n']);
      for await (const batch of sheet) read.push(...batch.rows.map((row) => row.quantity));
      try {
        for await (const batch of SocialValue.streamPledgeSheet([new Uint8Array([78, 84])])) read.push(batch);
      } catch (error) {
        read.push([SocialValue.isSocialValueError(error), error.code, error.issues[0].path, error.issues[0].message]);
      }
      return JSON.stringify(read);
    })()`;
    const { result } = inBareContext(bundle, { code });
    expect(JSON.parse(await (result as Promise<string>))).toEqual([
      '5',
      [
        true,
        'invalid-input',
        'source',
        'expected chunks of text (bytes need a TextDecoder, which this engine does not have), received bytes',
      ],
    ]);
  });

  it("reads a maturity model's source URL without the URL parser (not ECMAScript)", () => {
    // A model of the Surrey SVMI preset with a source URL: refused as "expected a URL" when the
    // check needed the URL parser; the form alone is checked here (a host, no spaces).
    const code = `(() => {
      const { kind, schemaVersion, ...model } = JSON.parse(JSON.stringify(SocialValue.svmiPublicSector));
      const read = (url) => {
        try {
          return SocialValue.defineMaturityModel({ ...model, source: { ...model.source, url } }).source.url;
        } catch (error) {
          return [error.code, error.issues[0].path, error.issues[0].message];
        }
      };
      return JSON.stringify([read(' https://example.org/svmi.pdf'), read('https://exa mple.org'), read('ftp://example.org')]);
    })()`;
    expect(JSON.parse(inBareContext(bundle, { code }).result as string)).toEqual([
      'https://example.org/svmi.pdf',
      ['invalid-input', 'model.source.url', 'expected a URL, received "https://exa mple.org"'],
      ['invalid-input', 'model.source.url', 'expected a URL, received "ftp://example.org"'],
    ]);
  });

  it('refuses an engine without Intl with one clear error when it loads', () => {
    // Its presets are built, and every figure worded, with Intl (NumberFormat, Collator): an
    // engine without it is told so, not left with a ReferenceError from deep inside.
    expect(() => inBareContext(bundle, { withoutIntl: true })).toThrow(
      /^social-value needs the ECMAScript Internationalization API \(Intl\.NumberFormat and Intl\.Collator, English locale data\)/,
    );
  });
});
