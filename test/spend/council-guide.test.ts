import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as csv from '../../src/csv/index.js';
import * as root from '../../src/index.js';
import * as spend from '../../src/spend/index.js';
import { __expectDoc } from '../docs/doc-helper.js';
import { withAssertions } from '../docs/extract-examples.js';

// Every ```ts block of docs/council.md runs as written, and every `expression; // => value`
// line in it is asserted, so the guide's figures are the library's. Blocks are compiled in
// memory (no files, so nothing races the other doc tests) and their imports are served from
// the source.
const guide = readFileSync(resolve(import.meta.dirname, '../../docs/council.md'), 'utf8');
const blocks = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
const modules: Readonly<Record<string, unknown>> = {
  'social-value': root,
  'social-value/spend': spend,
  'social-value/csv': csv,
  __DOC_HELPER__: { __expectDoc },
};

function run(code: string): void {
  const { outputText } = ts.transpileModule(withAssertions(code), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const require = (name: string) => {
    if (!Object.hasOwn(modules, name)) throw new Error(`the guide imports ${name}`);
    return modules[name];
  };
  new Function('require', 'exports', outputText)(require, {});
}

describe('docs/council.md', () => {
  it('has code blocks with documented results', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    expect(blocks.every((block) => block.includes('// => '))).toBe(true);
  });

  it.each(blocks.map((code, index) => [index + 1, code] as const))(
    'block %i runs and its documented results hold',
    (_index, code) => run(code),
  );
});
