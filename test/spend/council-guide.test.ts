import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withAssertions } from '../docs/extract-examples.js';

// Every ```ts block of docs/council.md runs as written, and every `expression; // => value`
// line in it is asserted, so the guide's figures are the library's.
const root = resolve(import.meta.dirname, '../..');
const workDir = join(root, '.doctest', 'council');
const guide = readFileSync(join(root, 'docs/council.md'), 'utf8');
const blocks = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);

mkdirSync(workDir, { recursive: true });
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('docs/council.md', () => {
  it('has code blocks with documented results', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    expect(blocks.every((block) => block.includes('// => '))).toBe(true);
  });

  it.each(blocks.map((code, index) => [index + 1, code] as const))(
    'block %i runs and its documented results hold',
    async (index, code) => {
      const file = join(workDir, `block-${index}.ts`);
      const helper = resolve(import.meta.dirname, '../docs/doc-helper.ts').replaceAll('\\', '/');
      writeFileSync(file, withAssertions(code).replace('__DOC_HELPER__', helper));
      await import(/* @vite-ignore */ file);
    },
  );
});
