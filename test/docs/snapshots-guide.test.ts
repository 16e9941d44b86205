import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it, vi } from 'vitest';
import * as charts from '../../src/charts/index.js';
import * as csv from '../../src/csv/index.js';
import * as main from '../../src/index.js';
import { sampleKinds } from '../samples.js';
import { withAssertions } from './extract-examples.js';

// docs/snapshots.md: every ```ts block compiles under strict settings as a consumer would write
// it, runs, and its documented results (`expr; // => value`) hold; a ```json block right after a
// block (below "prints") is exactly what that block prints. Its table of kinds lists every kind
// `revive` reads, made by functions the package exports.

const root = resolve(import.meta.dirname, '../..');
const guide = readFileSync(join(root, 'docs/snapshots.md'), 'utf8');
const workDir = mkdtempSync(join(tmpdir(), 'snapshots-guide-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The fenced blocks of the guide, in order, with their language. */
const blocks = [...guide.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((match) => ({
  language: match[1]!,
  code: match[2]!,
}));
const helper = join(import.meta.dirname, 'doc-helper.ts').replaceAll('\\', '/');
const examples = blocks.flatMap((block, index) => {
  if (block.language !== 'ts') return [];
  const next = blocks[index + 1];
  const file = join(workDir, `block-${index}.ts`);
  writeFileSync(file, withAssertions(block.code).replace('__DOC_HELPER__', helper));
  return [{ index, file, code: block.code, prints: next?.language === 'json' ? next.code : null }];
});

let program: ts.Program | undefined;

/** Type errors of `file`, compiled as a strict consumer would (the package mapped to src). */
function typeErrors(file: string): string[] {
  program ??= ts.createProgram(
    examples.map((example) => example.file),
    {
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: ['node'],
      skipLibCheck: true,
      noEmit: true,
      allowImportingTsExtensions: true,
      paths: {
        'social-value': [join(root, 'src/index.ts')],
        'social-value/*': [join(root, 'src/*/index.ts')],
      },
    },
  );
  const source = program.getSourceFile(file)!;
  return [
    ...program.getSyntacticDiagnostics(source),
    ...program.getSemanticDiagnostics(source),
  ].map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('docs/snapshots.md', () => {
  it('has its examples in ts blocks, and what the first prints in a json block', () => {
    expect(examples).toHaveLength(3);
    expect(examples[0]?.prints).not.toBeNull();
    expect(examples.flatMap((example) => example.code.match(/\/\/ => /g) ?? []).length).toBe(10);
  });

  it.each(examples.map((example) => [example.index, example] as const))(
    'block %i compiles under strict settings',
    (_, example) => {
      expect(typeErrors(example.file)).toEqual([]);
    },
  );

  it.each(examples.map((example) => [example.index, example] as const))(
    'block %i runs, its documented results hold, and it prints what the guide shows',
    async (_, example) => {
      const printed: string[] = [];
      const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => {
        printed.push(parts.join(' '));
      });
      try {
        await import(/* @vite-ignore */ example.file);
      } finally {
        log.mockRestore();
      }
      if (example.prints !== null) expect(`${printed.join('\n')}\n`).toBe(example.prints);
    },
  );

  it('lists every kind revive reads, each made by exported functions', () => {
    const section = guide.slice(guide.indexOf('## The kinds'), guide.indexOf('## One trust rule'));
    const rows = section.split('\n').filter((line) => /^\| `[a-z-]+` \|/.test(line));
    const kinds = rows.map((row) => /^\| `([a-z-]+)`/.exec(row)![1]!);
    expect([...kinds].sort()).toEqual([...sampleKinds].sort());
    const exported = new Set([...Object.keys(main), ...Object.keys(csv), ...Object.keys(charts)]);
    const names = (cell: string) =>
      // Options and fields named in brackets or as "its `rows` to" are not functions.
      [...cell.replace(/\([^)]*\)|its `\w+` to/g, '').matchAll(/`(\w+)`/g)].map((m) => m[1]!);
    for (const row of rows) {
      const [, madeBy, givenTo] = row.slice(2, -2).split(' | ');
      expect(names(madeBy!).length, row).toBeGreaterThan(0);
      for (const name of [...names(madeBy!), ...names(givenTo ?? '')]) {
        expect(exported.has(name), `${row}: ${name}`).toBe(true);
      }
    }
  });
});
