import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { unsafety } from '../regex-safety.js';

// Every regular expression written in the library's source reads any text in time linear in its
// length. A pattern such as `\d+\.?\d*`, `\s*-\s*` searched in a long run of spaces, or
// `[)]+$` with the `g` flag, backtracks in time that grows with the square of the text: a
// 100,000-character cell (a pledge sheet or a payment ledger a platform accepts from anyone)
// then holds the process for minutes. Patterns built with `new RegExp` are not listed here;
// they are character classes only (core/schemas.ts `visible`).

const src = join(import.meta.dirname, '../../src');

function* sourceFiles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

/** Each regular expression literal of the source: where it is, its pattern and flags. */
function regexLiterals(): { where: string; source: string; flags: string }[] {
  const found: { where: string; source: string; flags: string }[] = [];
  for (const file of sourceFiles(src)) {
    const tree = ts.createSourceFile(
      file,
      readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const end = text.lastIndexOf('/');
        const line = tree.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({
          where: `${relative(src, file)}:${line}`,
          source: text.slice(1, end),
          flags: text.slice(end + 1),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return found;
}

describe('regular expressions of the library', () => {
  it('are literals, checked below, unless built of character classes (core/schemas.ts)', () => {
    // ocds/text-weight.ts built its patterns with `new RegExp`, so none was checked, and its
    // range pattern read a description of 40,000 digits and a dot in 8 seconds (quadratic).
    const built = [...sourceFiles(src)]
      .filter((file) => readFileSync(file, 'utf8').includes('new RegExp('))
      .map((file) => relative(src, file));
    expect(built).toEqual([join('core', 'schemas.ts')]);
  });

  it('read any text in linear time (no super-linear backtracking)', () => {
    const literals = regexLiterals();
    // The source has well over a hundred of them: a scan that found none would prove nothing.
    expect(literals.length).toBeGreaterThan(100);
    const unsafe = literals.flatMap(({ where, source, flags }) => {
      const problem = unsafety(source, flags);
      return problem === undefined ? [] : [`${where} /${source}/${flags}: ${problem}`];
    });
    expect(unsafe).toEqual([]);
    // recheck takes about 0.2 s a pattern, more on a busy machine.
  }, 300_000);
});
