// The built command (`node dist/cli/index.js`, the package's `bin`) run as a subprocess prints
// exactly what the in-process runner the other tests use prints, and exits with the same code:
// every command once (so every built entry the bin imports is loaded), exit codes 0, 1 and 2
// (a file, a flag and the library refusing), HTML with a chart written to a file, paths relative
// to another folder, and colour forced through the environment.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, cli, ensureBuilt, root, spawnCli } from './run-cli.js';

const SHEET = 'examples/pledge-sheet.csv';
const RESPONSES = 'examples/cli/responses.json';
let temp = '';

beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), 'sv-bin-'));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Case {
  readonly args: readonly string[];
  readonly status: number;
  readonly env?: Record<string, string>;
  readonly cwd?: string;
}

const cases: Readonly<Record<string, Case>> = {
  'reconcile, a finding of severity error': { args: ['reconcile', SHEET], status: 1 },
  'value with its benchmark, present value and tag table': {
    args: [
      'value',
      SHEET,
      '--contract-value',
      '£12,000,000',
      '--years',
      '3',
      '--first-year',
      '2026',
      '--price-year',
      '2021',
      '--by',
      'tag:CWB Priority',
    ],
    // NT18's stated value is ten times answer × proxy: a finding of severity error.
    status: 1,
  },
  'score with the weight ranges': {
    args: ['score', 'examples/cli/model.json', 'examples/cli/bids.csv', '--sensitivity'],
    status: 0,
  },
  'threshold as JSON': {
    args: [
      'threshold',
      '--contract-type',
      'services',
      '--authority',
      'sub-central',
      '--date',
      '2017-06-30',
      '--format',
      'json',
    ],
    status: 0,
  },
  requires: {
    args: ['requires', 'examples/cli/contract.json', '--policy', 'southend2021'],
    status: 0,
  },
  'check-weighting not met': {
    args: [
      'check-weighting',
      '--price',
      '60',
      '--quality',
      '32',
      '--social-value',
      '8',
      '--contract',
      'examples/cli/central-contract.json',
      '--policy',
      'ppn002',
    ],
    status: 1,
  },
  assess: { args: ['assess', RESPONSES, '--model', 'svmi-public'], status: 0 },
  'plan as Markdown': {
    args: [
      'plan',
      RESPONSES,
      '--model',
      'svmi-public',
      '--target',
      'examples/cli/target.json',
      '--years',
      '2',
      '--format',
      'md',
    ],
    status: 0,
  },
  'track as CSV': {
    args: [
      'track',
      SHEET,
      'examples/cli/deliveries.csv',
      '--start',
      '2024-04-01',
      '--end',
      '2027-03-31',
      '--contract-value',
      '12000000',
      '--as-of',
      '2025-01-01',
      '--format',
      'csv',
    ],
    // The sheet states NT18's value ten times too large, as value and reconcile find.
    status: 1,
  },
  'portfolio with targets and a baseline': {
    args: [
      'portfolio',
      'examples/cli/portfolio',
      '--targets',
      'examples/cli/budget-targets.json',
      '--baseline',
      'examples/cli/budget-baseline.json',
    ],
    status: 0,
  },
  // The command imports social-value/ocds by the package's name, as it imports the others.
  'ocds on a folder of notices': {
    args: ['ocds', 'test/fixtures/ocds', '--minimum', '10', '--format', 'md'],
    status: 0,
  },
  help: { args: ['--help'], status: 0 },
  'a missing file': { args: ['reconcile', 'nope.csv'], status: 2 },
  'an unknown option': { args: ['reconcile', SHEET, '--frmat', 'json'], status: 2 },
  'an option the library refuses': { args: ['value', SHEET, '--contract-value', '-5'], status: 2 },
  'paths relative to another folder': {
    args: ['value', 'pledge-sheet.csv', '--format', 'md'],
    status: 1,
    cwd: join(root, 'examples'),
  },
  'colour forced': { args: ['reconcile', SHEET], status: 1, env: { FORCE_COLOR: '1' } },
  'colour forced and NO_COLOR': {
    args: ['reconcile', SHEET],
    status: 1,
    env: { FORCE_COLOR: '1', NO_COLOR: '1' },
  },
};

describe('the built command prints what the in-process runner prints', () => {
  for (const [name, { args, status, env, cwd }] of Object.entries(cases)) {
    it(name, async () => {
      const spawned = spawnCli(args, env, cwd);
      expect(spawned.status).toBe(status);
      // Something to compare: the output, or for bad input the message.
      expect(status === 2 ? spawned.stderr : spawned.stdout).not.toBe('');
      expect(await cli(args, env, cwd)).toEqual(spawned);
    });
  }

  it('writes the same HTML report and chart', async () => {
    const written = async (run: typeof cli, name: string) => {
      const out = join(temp, `${name}.html`);
      const chart = join(temp, `${name}.svg`);
      const result = await run(
        ['value', SHEET, '--format', 'html', '--out', out, '--chart', chart],
        {},
        root,
      );
      return {
        status: result.status,
        stdout: result.stdout,
        stderr: result.stderr.replaceAll(name, 'NAME'),
        html: readFileSync(out, 'utf8'),
        svg: readFileSync(chart, 'utf8'),
      };
    };
    const spawned = await written(async (...args) => spawnCli(...args), 'spawned');
    expect(spawned.status).toBe(1);
    expect(spawned.html).toMatch(/^<!doctype html>/);
    expect(spawned.svg).toMatch(/^<svg /);
    expect(await written(cli, 'in-process')).toEqual(spawned);
  });

  // `/dev/stdin` fed by a pipe resolves to `/proc/<pid>/fd/pipe:[…]`, a name that cannot be
  // looked up: the check that no output replaces an input stopped there, exit code 3.
  it.runIf(existsSync('/dev/stdin'))(
    'reads a sheet piped to /dev/stdin as the file itself',
    async () => {
      // Through a shell, so that standard input is a pipe (Node's own `input` is a socket).
      const piped = spawnSync(
        'sh',
        ['-c', 'cat "$0" | "$1" "$2" reconcile /dev/stdin', SHEET, process.execPath, bin],
        {
          cwd: root,
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '' },
        },
      );
      expect(piped.status).toBe(1);
      const direct = await cli(['reconcile', SHEET]);
      expect(piped.stdout).toBe(direct.stdout.replace(SHEET, '/dev/stdin'));
      // Only why the exit code is 1 (the sheet's one scale error), named by the file as given.
      expect(piped.stderr).toBe(direct.stderr.replace(SHEET, '/dev/stdin'));
      expect(piped.stderr).toMatch(/^social-value: warning: \/dev\/stdin: 1 finding /);
    },
  );

  it('says that - is not standard input, and names /dev/stdin, unless a file is called -', async () => {
    const dash = await cli(['reconcile', '-']);
    expect(dash.status).toBe(2);
    expect(dash.stderr).toBe(
      'social-value: error: -: is not read as standard input: give a file, or /dev/stdin to read a pipe (cat sheet.csv | social-value reconcile /dev/stdin).\n',
    );
    // A file called - is read as any other (the sample sheet under that name).
    const folder = mkdtempSync(join(temp, 'dash-'));
    writeFileSync(join(folder, '-'), readFileSync(join(root, SHEET)));
    const named = await cli(['reconcile', '-'], {}, folder);
    expect(named.status).toBe(1);
    expect(named.stdout).toContain('corrected total £2,822,946.31');
  });
});
