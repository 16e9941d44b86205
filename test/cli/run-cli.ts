// Runs the command two ways. `cli` runs it in this process: the command's own runner (`run`
// from src/cli/run.ts, which src/cli/index.ts calls with the process's streams) given a terminal
// that captures what it writes, with no terminal attached, the environment and the folder given.
// `spawnCli` runs the built command (`node dist/cli/index.js`) as a subprocess, as a user would,
// building the package first when dist/ is missing; test/cli/bin.test.ts checks that both print
// the same text and exit with the same code, so most tests run in-process (a subprocess costs
// about half a second on a busy machine) and a handful run the bin itself.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { run } from '../../src/cli/run.js';

/** The repository root. */
export const root = resolve(import.meta.dirname, '../..');
/** The built command. */
export const bin = resolve(root, 'dist/cli/index.js');

/** What a run printed and its exit code. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Builds the package when the command is not built yet. */
export function ensureBuilt(): void {
  if (!existsSync(bin)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
}

/**
 * Runs the command in this process with arguments, from the repository root, without a
 * terminal: what a subprocess would see with the environment `PATH` and `env` alone.
 */
export async function cli(
  args: readonly string[],
  env: Record<string, string> = {},
  cwd: string = root,
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await run(args, {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
    outIsTTY: false,
    errIsTTY: false,
    env: { PATH: process.env.PATH ?? '', ...env },
    cwd,
  });
  return { status, stdout, stderr };
}

/** Runs the built command as a subprocess with arguments, from the repository root, without a terminal. */
export function spawnCli(
  args: readonly string[],
  env: Record<string, string> = {},
  cwd: string = root,
): CliRun {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the command in this process and parses its JSON output. */
export async function cliJson(args: readonly string[]): Promise<unknown> {
  const run = await cli([...args, '--format', 'json']);
  if (run.stderr !== '' && run.status === 2) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

/** The JSON snapshot of a library result, as `--format json` prints it. */
export function snapshot(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
