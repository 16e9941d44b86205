import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every exported symbol of each entry point must carry TSDoc with an @example block.
// (typedoc's own validation, run by `npm run docs`, checks that everything is documented.)
const root = resolve(import.meta.dirname, '../..');
const entries = ['src/index.ts', 'src/csv/index.ts'].map((entry) => resolve(root, entry));
const program = ts.createProgram(entries, {
  strict: true,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  skipLibCheck: true,
  noEmit: true,
});
const checker = program.getTypeChecker();

function exportsOf(entry: string): { name: string; hasExample: boolean }[] {
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`cannot read ${entry}`);
  const module = checker.getSymbolAtLocation(source);
  if (!module) return [];
  return checker.getExportsOfModule(module).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const hasExample = (target.declarations ?? []).some((declaration) =>
      ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === 'example'),
    );
    return { name: symbol.getName(), hasExample };
  });
}

describe('public API documentation', () => {
  for (const entry of entries) {
    it(`every export of ${entry.slice(root.length + 1)} has an @example`, () => {
      const symbols = exportsOf(entry);
      if (entry.endsWith('src/index.ts')) expect(symbols.length).toBeGreaterThan(10);
      const missing = symbols.filter((symbol) => !symbol.hasExample).map((symbol) => symbol.name);
      expect(missing).toEqual([]);
    });
  }
});
