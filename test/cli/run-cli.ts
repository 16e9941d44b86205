// Runs the built command (`node dist/cli/index.js`) as a subprocess, as a user would, building
// the package first when dist/ is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

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

/** Runs the command with arguments, from the repository root, without a terminal. */
export function cli(
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

/** Runs the command and parses its JSON output. */
export function cliJson(args: readonly string[]): unknown {
  const run = cli([...args, '--format', 'json']);
  if (run.stderr !== '' && run.status === 2) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

/** The JSON snapshot of a library result, as `--format json` prints it. */
export function snapshot(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
