import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it, vi } from 'vitest';
import * as charts from '../../src/charts/index.js';
import * as core from '../../src/core/index.js';
import * as csv from '../../src/csv/index.js';
import * as evaluation from '../../src/evaluation/index.js';
import * as root from '../../src/index.js';
import * as maturity from '../../src/maturity/index.js';
import * as monitoring from '../../src/monitoring/index.js';
import * as ocds from '../../src/ocds/index.js';
import * as policy from '../../src/policy/index.js';
import * as spend from '../../src/spend/index.js';
import * as sql from '../../src/sql/index.js';
import * as toms from '../../src/toms/index.js';
import * as valuation from '../../src/valuation/index.js';
import { __expectDoc } from './doc-helper.js';
import { withAssertions } from './extract-examples.js';

// Every ```ts block of README.md and docs/*.md compiles as a strict consumer's code would
// (strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess; the package mapped to src/),
// and runs, with every `expression; // => value` line asserted. A block is a module of its own,
// except in a guide that is one script (its blocks, in order, make one file). Files a block
// reads are served from the repository's fixtures (`files` below) and files it writes are kept in
// memory, so every block runs.
const repo = resolve(import.meta.dirname, '../..');
// docs/storage.md talks to PostgreSQL: test/sql/storage-guide.test.ts runs it against PGlite.
const guides = [
  'README.md',
  ...readdirSync(join(repo, 'docs'))
    .filter((name) => name.endsWith('.md') && name !== 'storage.md')
    .sort()
    .map((name) => `docs/${name}`),
];
// Guides whose blocks make one script, as the guide says.
const scripts = new Set(['docs/maturity.md', 'docs/pledge-sheets.md']);
// The files the guides' code reads, by the name it uses.
const files: Readonly<Record<string, string>> = {
  'pledge-sheet.csv': 'examples/pledge-sheet.csv',
  'sheet.csv': 'examples/pledge-sheet.csv',
  'payments.csv': 'test/fixtures/spend/payments.csv',
  'notice.json': 'test/fixtures/ocds/pcs-0000574608.json',
  notices: 'test/fixtures/ocds',
};

interface Block {
  readonly name: string;
  readonly code: string;
}

// A block that imports an entry point whose area is not in src/ yet waits for it (skipped).
const waitsFor = (block: Block): string | undefined =>
  [...block.code.matchAll(/from 'social-value\/([a-z-]+)'/g)]
    .map((match) => match[1]!)
    .find((area) => !existsSync(join(repo, 'src', area, 'index.ts')));

const blocks: Block[] = guides.flatMap((guide) => {
  const text = readFileSync(join(repo, guide), 'utf8');
  const found = [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => ({
    code: match[1]!,
    line: text.slice(0, match.index).split('\n').length,
  }));
  if (scripts.has(guide) && found.length > 0) {
    return [{ name: `${guide} (one script)`, code: found.map((block) => block.code).join('\n') }];
  }
  return found.map((block) => ({ name: `${guide}:${block.line}`, code: block.code }));
});

// Compiled together in one program (compiling the library is the slow part).
const workDir = join(repo, '.doctest-guides');
rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
const fileOf = (block: Block) => join(workDir, `${block.name.replace(/[^\w]+/g, '_')}.ts`);
for (const block of blocks) writeFileSync(fileOf(block), `${block.code}\nexport {};\n`);
const program = ts.createProgram(blocks.map(fileOf), {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  types: ['node'],
  skipLibCheck: true,
  noEmit: true,
  paths: {
    'social-value': [join(repo, 'src/index.ts')],
    'social-value/*': [join(repo, 'src/*/index.ts')],
  },
});

function typeErrors(block: Block): string[] {
  const source = program.getSourceFile(fileOf(block))!;
  return [
    ...program.getSyntacticDiagnostics(source),
    ...program.getSemanticDiagnostics(source),
  ].map((diagnostic) => {
    const { line } = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    return `line ${line + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
}

const modules: Readonly<Record<string, unknown>> = {
  'social-value': root,
  'social-value/charts': charts,
  'social-value/core': core,
  'social-value/csv': csv,
  'social-value/evaluation': evaluation,
  'social-value/maturity': maturity,
  'social-value/monitoring': monitoring,
  'social-value/ocds': ocds,
  'social-value/policy': policy,
  'social-value/spend': spend,
  'social-value/sql': sql,
  'social-value/toms': toms,
  'social-value/valuation': valuation,
  'node:path': { join, resolve },
  __DOC_HELPER__: { __expectDoc },
};

/** `node:fs` for a block: reads the fixtures above, keeps what it writes in memory. */
function fixtureFs(): Record<string, unknown> {
  const written = new Map<string, string>();
  const fixture = (name: string): string => {
    const [first, ...rest] = name.replace(/^\.\//, '').split('/');
    const path = files[first!];
    if (path === undefined) throw new Error(`the block reads ${name}: add a fixture to \`files\``);
    return join(repo, path, ...rest);
  };
  return {
    readFileSync: (name: string) => written.get(name) ?? readFileSync(fixture(name), 'utf8'),
    readdirSync: (name: string) => readdirSync(fixture(name)),
    writeFileSync: (name: string, text: string) => written.set(name, text),
    existsSync: (name: string) => written.has(name) || existsSync(fixture(name)),
  };
}

/** Runs a block with the package, `node:fs` and `node:path`; console.log is silenced. */
function run(code: string): void {
  const { outputText } = ts.transpileModule(withAssertions(code), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const fs = fixtureFs();
  const load = (name: string) => {
    if (name === 'node:fs') return fs;
    if (!Object.hasOwn(modules, name)) throw new Error(`the block imports ${name}`);
    return modules[name];
  };
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    new Function('require', 'exports', outputText)(load, {});
  } finally {
    log.mockRestore();
  }
}

describe('code blocks of the README and the guides', () => {
  it('finds them', () => {
    expect(blocks.length).toBeGreaterThan(25);
  });

  const ready = blocks.filter((block) => waitsFor(block) === undefined);
  it.each(ready.map((block) => [block.name, block] as const))('%s compiles', (_name, block) => {
    expect(typeErrors(block)).toEqual([]);
  });

  const waiting = blocks.filter((block) => waitsFor(block) !== undefined);
  it.skip.each(waiting.map((block) => [block.name, waitsFor(block)] as const))(
    '%s waits for src/%s',
    () => undefined,
  );

  it.each(ready.map((block) => [block.name, block] as const))(
    '%s runs and its documented results hold',
    (_name, block) => {
      run(block.code);
    },
  );
});

describe('links to the guides', () => {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const links = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((match) => match[1]!);

  it('are relative and resolve, in the repository and in the package (docs/*.md ship)', () => {
    const local = links.filter((link) => !/^[a-z]+:/.test(link));
    expect(local.length).toBeGreaterThan(10);
    expect(local.filter((link) => !existsSync(join(repo, link)))).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('docs/*.md');
    expect(
      local.filter((link) => link.startsWith('docs/') && !/^docs\/[^/]+\.md$/.test(link)),
    ).toEqual([]);
  });

  it('name every guide', () => {
    const unlinked = guides.filter((guide) => guide !== 'README.md' && !links.includes(guide));
    expect(unlinked).toEqual([]);
  });
});
