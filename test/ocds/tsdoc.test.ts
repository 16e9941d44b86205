import { resolve } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

// Every export of social-value/ocds carries TSDoc with an @example block (as test/docs checks for
// the other entry points).
it('every export of src/ocds/index.ts has an @example', () => {
  const entry = resolve(import.meta.dirname, '../../src/ocds/index.ts');
  const program = ts.createProgram([entry], {
    strict: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const missing = checker
    .getExportsOfModule(module)
    .filter((symbol) => {
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return !(target.declarations ?? []).some((d) =>
        ts.getJSDocTags(d).some((tag) => tag.tagName.text === 'example'),
      );
    })
    .map((symbol) => symbol.getName());
  expect(missing).toEqual([]);
});
