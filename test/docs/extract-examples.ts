import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One fenced code block found in an `@example` tag of a source file. */
export interface SourceExample {
  /** `src/core/format-gbp.ts#2`: the file and the example's number in it. */
  readonly name: string;
  /** The code as written in the TSDoc block, comment stars removed. */
  readonly code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every ```ts block inside an `@example` tag under `root/src`. */
export function extractExamples(root: string): SourceExample[] {
  const examples: SourceExample[] = [];
  for (const file of sourceFiles(join(root, 'src')).sort()) {
    const text = readFileSync(file, 'utf8');
    const blocks = text.matchAll(
      /@example\s*\n((?:\s*\*.*\n)*?)\s*\*\s*```ts\n((?:\s*\*.*\n)*?)\s*\*\s*```/g,
    );
    let index = 0;
    for (const match of blocks) {
      index += 1;
      const code = match[2]!
        .split('\n')
        .map((line) => line.replace(/^\s*\* ?/, ''))
        .join('\n');
      examples.push({ name: `${relative(root, file)}#${index}`, code });
    }
  }
  return examples;
}

/**
 * Whether `expression` is whole: its brackets, outside string literals, open and close on the
 * line. `}).total; // => '1'` continues a call begun above it: wrapped as it stands it is a syntax
 * error, which `ts.transpileModule` recovers from silently, so the value would never be checked.
 */
function whole(expression: string): boolean {
  const code = expression.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""');
  let depth = 0;
  for (const character of code) {
    if ('([{'.includes(character)) depth += 1;
    if (')]}'.includes(character)) depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** The check of one documented result, or an error naming a line whose expression is not whole. */
function check(indent: string, expression: string, expected: string, line: string): string {
  if (!whole(expression)) {
    throw new Error(
      `${line.trim()}: a documented result needs the whole expression on its line; this one continues a statement from the lines above (assign it to a const, then give the const its own line)`,
    );
  }
  return `${indent}__expectDoc(${expression}, ${expected}, ${JSON.stringify(line.trim())});`;
}

/**
 * Turns `expression; // => expected` lines (or `expression;` then a `// => expected` line) into
 * checks, so the values written in the docs are asserted. A `// =>` after a declaration or a
 * statement (`const x = …`, `if (…) …`, `return …`) could not be checked, so it is refused.
 */
export function withAssertions(code: string): string {
  const statement = /^(\s*)(?!const |let |var |import |return |if |export |\/\/)(.+?);?\s*$/;
  const source = code.split('\n');
  const lines = source.map((line, index) => {
    if (/^\s*(?:const|let|var|import|return|if|export)\b.*\/\/ => /.test(line)) {
      throw new Error(
        `${line.trim()}: a documented result after a declaration or a statement is not checked; write the expression on a line of its own (\`result.success ? null : result.error.code; // => …\`)`,
      );
    }
    const match =
      /^(\s*)(?!const |let |var |import |return |if |export )(.+?);?\s*\/\/ => (.+)$/.exec(line);
    if (match) {
      const [, indent, expression, expected] = match;
      return check(indent!, expression!, expected!, line);
    }
    // `expression;` on one line and `// => value` alone on the next, for long lines.
    const next = /^\s*\/\/ => (.+)$/.exec(source[index + 1] ?? '');
    const own = next && line.trim().endsWith(';') ? statement.exec(line) : null;
    if (next && own) {
      const [, indent, expression] = own;
      return check(indent!, expression!, next[1]!, line);
    }
    return line;
  });
  return `import { __expectDoc } from '${'__DOC_HELPER__'}';\n${lines.join('\n')}`;
}
