import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { extractExamples, withAssertions } from './extract-examples.js';

// Every `@example` in src/ is run against the source, and every `expr; // => value` line in it
// is asserted, so the API docs cannot drift from the code.
const root = resolve(import.meta.dirname, '../..');
const workDir = join(root, '.doctest');
// Mutation runs (vitest.mutation.config.mjs) keep only the examples of the area being mutated.
const under = process.env.DOC_EXAMPLES_UNDER;
const examples = extractExamples(root).filter(
  (example) => !under || example.name.startsWith(under),
);

rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

// The examples import the package: load it once before them, so that no example is the one that
// happens to run every module's top-level code (mutation testing would count that code as
// covered by that example alone, and test its mutants with that example only).
beforeAll(async () => {
  await Promise.all([
    import('../../src/index.js'),
    import('../../src/csv/index.js'),
    import('../../src/ocds/index.js'),
    import('../../src/charts/index.js'),
  ]);
});

describe('TSDoc examples', () => {
  it('finds examples', () => {
    expect(examples.length).toBeGreaterThan(under ? 0 : 20);
  });

  it.each(examples.map((example) => [example.name, example.code] as const))(
    '%s runs and its documented results hold',
    async (name, code) => {
      const file = join(workDir, `${name.replace(/[^\w]/g, '_')}.ts`);
      const helper = join(import.meta.dirname, 'doc-helper.ts').replaceAll('\\', '/');
      writeFileSync(file, withAssertions(code).replace('__DOC_HELPER__', helper));
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      try {
        await import(/* @vite-ignore */ file);
      } finally {
        log.mockRestore();
      }
    },
  );
});
