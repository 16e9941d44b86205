import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as charts from '../../src/charts/index.js';
import { errorCodeMeanings } from '../../src/core/error-codes.js';
import * as csv from '../../src/csv/index.js';
import * as main from '../../src/index.js';
import * as ocds from '../../src/ocds/index.js';

// docs/errors.md has one table of every error code: it must list exactly the codes of
// src/core/error-codes.ts, with the same meaning word for word, name only functions the package
// exports, and every code the source throws must be one of them.

const root = join(import.meta.dirname, '../..');
const doc = readFileSync(join(root, 'docs/errors.md'), 'utf8');

interface Row {
  readonly code: string;
  readonly meaning: string;
  readonly thrownBy: readonly string[];
}

/** The rows of the table under "## Codes". */
function codeTable(text: string): Row[] {
  const start = text.indexOf('\n## Codes\n');
  expect(start, 'docs/errors.md has a "## Codes" section').toBeGreaterThan(-1);
  const section = text.slice(start + 1).split(/\n## /)[0]!;
  const rows = section.split('\n').filter((line) => /^\| `[^`]+` \|/.test(line));
  return rows.map((line) => {
    const cells = line.slice(2, -2).split(' | ');
    expect(cells, line).toHaveLength(4);
    return {
      code: cells[0]!.replaceAll('`', ''),
      meaning: cells[1]!,
      thrownBy: [...cells[2]!.matchAll(/`([A-Za-z][A-Za-z0-9]*)`/g)].map((match) => match[1]!),
    };
  });
}

/** Every .ts file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The codes the source throws, with where: literal codes given to fieldError or SocialValueError. */
function thrownCodes(): { code: string; file: string }[] {
  const found: { code: string; file: string }[] = [];
  for (const file of sources(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const patterns = [
      /fieldError\(\s*'([a-z-]+)'/g,
      /new SocialValueError\(\{[\s\S]{0,400}?\bcode: '([a-z-]+)'/g,
    ];
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        found.push({ code: match[1]!, file: relative(root, file) });
      }
    }
  }
  return found;
}

const rows = codeTable(doc);
const meanings = errorCodeMeanings as Readonly<Record<string, string>>;

describe('docs/errors.md', () => {
  it('lists every code of error-codes.ts once, and no other', () => {
    const codes = rows.map((row) => row.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(Object.keys(errorCodeMeanings).sort());
  });

  it.each(rows.map((row) => [row.code, row] as const))('gives the meaning of %s', (code, row) => {
    expect(row.meaning).toBe(meanings[code]);
  });

  it('names functions the package exports, for every code', () => {
    const exported = new Set([
      ...Object.keys(main),
      ...Object.keys(csv),
      ...Object.keys(ocds),
      ...Object.keys(charts),
    ]);
    for (const row of rows) {
      expect(row.thrownBy.length, row.code).toBeGreaterThan(0);
      for (const name of row.thrownBy)
        expect(exported.has(name), `${row.code}: ${name}`).toBe(true);
    }
  });

  it('lists every public function under invalid-input', () => {
    const functions = [main, csv, ocds, charts].flatMap((entry) =>
      Object.entries(entry)
        .filter(([name, value]) => typeof value === 'function' && /^[a-z]/.test(name))
        .map(([name]) => name),
    );
    // Guards that answer a question rather than take an input.
    const takeNoInput = new Set(['isSocialValueError', 'safe']);
    const invalidInput = rows.find((row) => row.code === 'invalid-input')!.thrownBy;
    for (const name of functions) {
      if (!takeNoInput.has(name)) expect(invalidInput, name).toContain(name);
    }
  });
});

describe('the codes thrown in src/', () => {
  const thrown = thrownCodes();

  it('finds the throws (the search works)', () => {
    expect(thrown.length).toBeGreaterThan(40);
    expect(thrown.map((entry) => entry.code)).toContain('weights-do-not-sum');
  });

  it('are all known codes', () => {
    const unknown = thrown.filter((entry) => !Object.hasOwn(meanings, entry.code));
    expect(unknown).toEqual([]);
  });

  it('cover every known code (none is dead)', () => {
    const used = new Set<string>();
    for (const file of sources(join(root, 'src'))) {
      if (file.endsWith('error-codes.ts')) continue;
      const text = readFileSync(file, 'utf8');
      for (const code of Object.keys(meanings)) if (text.includes(`'${code}'`)) used.add(code);
    }
    expect(Object.keys(meanings).filter((code) => !used.has(code))).toEqual([]);
  });
});
