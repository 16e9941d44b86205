import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every exported function, class and value of each entry point must carry TSDoc with an
// @example block; types need one only where it shows something a reader would not guess.
// (typedoc's own validation, run by `npm run docs`, checks that everything is documented.)
const root = resolve(import.meta.dirname, '../..');
const areas = [
  'core',
  'toms',
  'valuation',
  'policy',
  'evaluation',
  'maturity',
  'monitoring',
  'spend',
  'csv',
  'ocds',
  'charts',
  'sql',
];
const entries = ['src/index.ts', ...areas.map((area) => `src/${area}/index.ts`)].map((entry) =>
  resolve(root, entry),
);
const RUNNABLE = ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable;
const program = ts.createProgram(entries, {
  strict: true,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  skipLibCheck: true,
  noEmit: true,
});
const checker = program.getTypeChecker();

function exportsOf(entry: string): { name: string; runnable: boolean; hasExample: boolean }[] {
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`cannot read ${entry}`);
  const module = checker.getSymbolAtLocation(source);
  if (!module) return [];
  return checker.getExportsOfModule(module).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const hasExample = (target.declarations ?? []).some((declaration) =>
      ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === 'example'),
    );
    return { name: symbol.getName(), runnable: (target.flags & RUNNABLE) !== 0, hasExample };
  });
}

describe('public API documentation', () => {
  for (const entry of entries) {
    it(`every function and value of ${entry.slice(root.length + 1)} has an @example`, () => {
      const symbols = exportsOf(entry);
      expect(symbols.filter((symbol) => symbol.runnable).length).toBeGreaterThan(0);
      const missing = symbols
        .filter((symbol) => symbol.runnable && !symbol.hasExample)
        .map((symbol) => symbol.name);
      expect(missing).toEqual([]);
    });
  }
});
