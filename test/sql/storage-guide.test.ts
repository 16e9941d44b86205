import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildJsonSchemas } from '../../scripts/build-json-schema.js';
import { withAssertions } from '../docs/extract-examples.js';
import { startDatabase, type TestDatabase } from './postgres.js';

// docs/storage.md: every ```ts block type-checks against the library, and runs, in order,
// against a PostgreSQL started here (PGlite over the wire), its `// =>` values asserted. The
// blocks are written to files inside the repository so that `social-value/sql/schema.sql` and
// `social-value/json-schema/*.json` resolve through the package's own exports.

const root = resolve(import.meta.dirname, '../..');
const workDir = join(root, '.storage-guide');
const guide = readFileSync(join(root, 'docs/storage.md'), 'utf8');
const blocks = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
const helper = join(root, 'test/docs/doc-helper.ts').replaceAll('\\', '/');
const files = blocks.map((_, index) => join(workDir, `block-${index + 1}.ts`));

let database: TestDatabase;

beforeAll(async () => {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  blocks.forEach((code, index) => {
    writeFileSync(files[index]!, withAssertions(code).replace('__DOC_HELPER__', helper));
  });
  // The JSON Schemas are built by `npm run build`; write them when the tests run without one.
  const schemas = join(root, 'dist/json-schema');
  if (!existsSync(join(schemas, 'pledges.json'))) {
    mkdirSync(schemas, { recursive: true });
    for (const [name, schema] of Object.entries(buildJsonSchemas())) {
      writeFileSync(join(schemas, `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
    }
  }
  database = await startDatabase();
  // PGlite serves one connection at a time: the blocks connect on their own.
  await database.client.end();
  vi.stubEnv('DATABASE_URL', database.url);
}, 60_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  rmSync(workDir, { recursive: true, force: true });
  await database?.close();
});

describe('docs/storage.md', () => {
  it('has code blocks with documented results', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    expect(blocks.filter((block) => block.includes('// => ')).length).toBe(blocks.length);
  });

  it('type-checks every block against the library', () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      join(root, 'tsconfig.json'),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
    );
    const program = ts.createProgram(files, {
      ...config!.options,
      noEmit: true,
      allowImportingTsExtensions: true,
    });
    // The blocks' own diagnostics, as getPreEmitDiagnostics finds them (syntax, types and, with
    // the config's `declaration`, declarations), without checking the library they import.
    const problems = files
      .map((file) => program.getSourceFile(file)!)
      .flatMap((source) => [
        ...program.getSyntacticDiagnostics(source),
        ...program.getSemanticDiagnostics(source),
        ...(program.getCompilerOptions().declaration
          ? program.getDeclarationDiagnostics(source)
          : []),
      ])
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(problems).toEqual([]);
  }, 90_000);

  it.each(files.map((file, index) => [index + 1, file] as const))(
    'block %i runs and its documented results hold',
    async (_index, file) => {
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      const table = vi.spyOn(console, 'table').mockImplementation(() => undefined);
      try {
        await import(/* @vite-ignore */ file);
      } finally {
        log.mockRestore();
        table.mockRestore();
      }
    },
  );
});
