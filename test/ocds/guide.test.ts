import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/index.js';
import { readOcdsAwardCriteria, toWeighting } from '../../src/ocds/index.js';

// docs/ocds.md: its code block, run on the fixtures folder, prints exactly the table it shows.
const guide = readFileSync(resolve(import.meta.dirname, '../../docs/ocds.md'), 'utf8');
const code =
  [...guide.matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .find((b) => b.includes('const folder')) ?? '';
const shown = /```text\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';

describe('docs/ocds.md', () => {
  it('reproduces the summary table from test/fixtures/ocds', () => {
    const body = code
      .split('\n')
      .filter((line) => !line.startsWith('import '))
      .join('\n')
      .replace("const folder = 'notices';", 'const folder = __folder;');
    expect(body).toContain('__folder');
    const printed: string[] = [];
    const run = new Function(
      '__folder',
      'readdirSync',
      'readFileSync',
      'join',
      'policies',
      'readOcdsAwardCriteria',
      'toWeighting',
      'console',
      body,
    );
    run(
      resolve(import.meta.dirname, '../fixtures/ocds'),
      readdirSync,
      readFileSync,
      join,
      policies,
      readOcdsAwardCriteria,
      toWeighting,
      { log: (text: string) => printed.push(text) },
    );
    expect(printed.join('\n')).toBe(shown.trimEnd());
  });
});
