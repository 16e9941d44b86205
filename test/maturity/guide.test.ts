import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { withAssertions } from '../docs/extract-examples.js';

// docs/maturity.md says: save every code block, in order, as one file and run it. This test does
// exactly that: the blocks together must type-check under strict settings and print, block by
// block, the text the guide shows. The README's maturity block must compile and its documented
// results (`// =>`) must hold.

const root = resolve(import.meta.dirname, '../..');
// The script and its output live in a directory of their own, outside the repository.
const runDir = mkdtempSync(join(tmpdir(), 'svmi-guide-'));
const workDir = runDir;
afterAll(() => rmSync(runDir, { recursive: true, force: true }));

const fenced = (text: string, language: string): string[] =>
  [...text.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!);

let program: ts.Program | undefined;

/**
 * Type errors in `file`, compiled as a strict consumer would (the package mapped to src). One
 * program serves every file of this test (`files`), as compiling the library is the slow part.
 */
function typeErrors(file: string): string[] {
  program ??= ts.createProgram(files, {
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
    paths: { 'social-value': [join(root, 'src/index.ts')] },
  });
  const source = program.getSourceFile(file)!;
  return [
    ...program.getSyntacticDiagnostics(source),
    ...program.getSemanticDiagnostics(source),
  ].map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

function run(file: string): string {
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  return execFileSync(tsx, ['--tsconfig', join(root, 'tsconfig.json'), file], {
    cwd: runDir,
    encoding: 'utf8',
  });
}

const guide = readFileSync(join(root, 'docs/maturity.md'), 'utf8');
const guideFile = join(workDir, 'svmi.ts');
writeFileSync(guideFile, fenced(guide, 'ts').join('\n'));

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(
  readme.indexOf('## Maturity self-assessment'),
  readme.indexOf('## Delivery monitoring'),
);
const readmeCode = fenced(section, 'ts')[0] ?? '';
const readmeFile = join(workDir, 'readme.ts');
writeFileSync(
  readmeFile,
  withAssertions(readmeCode).replace('__DOC_HELPER__', join(root, 'test/docs/doc-helper.ts')),
);
const files = [guideFile, readmeFile];

describe('docs/maturity.md', () => {
  const shown = fenced(guide, 'text').join('');
  const file = guideFile;

  it('has its code in ts blocks, each followed by what it prints', () => {
    expect(fenced(guide, 'ts')).toHaveLength(8);
    expect(fenced(guide, 'js')).toEqual([]);
    expect(fenced(guide, 'text')).toHaveLength(8);
  });

  it('compiles as one file under strict settings', () => {
    expect(typeErrors(file)).toEqual([]);
  });

  it('runs as one file and prints what the guide shows, with Surrey at 2.4 now and 3.2 in future', () => {
    const printed = run(file);
    expect(printed).toBe(shown);
    expect(printed).toContain('24 / 10 = 2.4; rounded down, that is Mature');
    expect(printed).toContain('Present: Mature (mean 2.4); Future: Leader (mean 3.2)');
    const markdown = readFileSync(join(runDir, 'svmi-action-plan.md'), 'utf8');
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      '# Social value action plan 2026-2028',
      '',
      '22 steps across 6 of 10 themes (15 to reach Leader, 7 to reach Innovator).',
    ]);
  });
});

describe('README maturity section', () => {
  it('compiles, runs and its documented results hold', () => {
    expect(readmeCode).toContain("from 'social-value'");
    expect(typeErrors(readmeFile)).toEqual([]);
    expect(run(readmeFile)).toContain('# Action plan: Social Value Maturity Index (public sector)');
  });
});
