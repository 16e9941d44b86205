// The README's "Command line" section: every command shown runs, and every output line shown
// is a line of what it prints (run in a scratch folder holding the examples, so the files it
// writes land there).
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root, spawnCli } from './run-cli.js';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Command line'), readme.indexOf('## Quick start'));
const blocks = [...section.matchAll(/```(sh|text)\n([^`]*)```/g)].map((match) => ({
  kind: match[1]!,
  body: match[2]!,
}));
const examples = blocks.flatMap((block, index) => {
  if (block.kind !== 'sh') return [];
  const next = blocks[index + 1];
  return [
    {
      command: block.body.trim(),
      shown:
        next?.kind === 'text' ? next.body.split('\n').filter((line) => line.trim() !== '') : [],
    },
  ];
});
let scratch = '';

beforeAll(() => {
  ensureBuilt();
  scratch = mkdtempSync(join(tmpdir(), 'sv-readme-'));
  symlinkSync(join(root, 'examples'), join(scratch, 'examples'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('README: the command line section', () => {
  it('shows commands with their output', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    expect(examples.filter((example) => example.shown.length > 0).length).toBeGreaterThanOrEqual(5);
  });

  for (const { command, shown } of examples) {
    it(command, () => {
      expect(command).toMatch(/^npx social-value /);
      const run = spawnCli(command.split(/\s+/).slice(2), {}, scratch);
      expect([0, 1]).toContain(run.status);
      const printed = `${run.stdout}${run.stderr}`.split('\n').map((line) => line.trimEnd());
      for (const line of shown) expect(printed).toContain(line.trimEnd());
    });
  }
});
