// Writes what a command returned: the format asked for, to --out or standard output, and the
// chart to --chart.
import { accessSync, constants, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { CliError } from './cli-error.js';
import type { CommandResult } from './command.js';
import { renderCsv } from './render-csv.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import { renderText } from './render-text.js';
import { messageText } from './report.js';
import { type Terminal, wantsColour } from './terminal.js';

/** The output formats. */
export const formats = ['text', 'json', 'csv', 'md', 'html'] as const;

/** An output format. */
export type Format = (typeof formats)[number];

/** Where and how to write a command's output. */
export interface OutputOptions {
  /** The format (default `text`). */
  readonly format?: Format | undefined;
  /** A file to write instead of standard output. */
  readonly out?: string | undefined;
  /** A file to write the chart to, as SVG. */
  readonly chart?: string | undefined;
}

/** Renders a command's result in a format (`colour` only matters for text). */
export function render(result: CommandResult, format: Format, colour: boolean): string {
  switch (format) {
    case 'json': {
      const value = result.results.length === 1 ? result.results[0] : result.results;
      return `${JSON.stringify(value, null, 2)}\n`;
    }
    case 'csv':
      return renderCsv(result.report);
    case 'md':
      return renderMarkdown(result.report);
    case 'html':
      return renderHtml(result.report);
    default:
      return renderText(result.report, colour);
  }
}

/**
 * What names one file however it is written, or `undefined` when there is none (yet): a file by
 * its device and inode, so that a hard link to it, or its name in another case on a disk that
 * ignores case (macOS, Windows: `--out Sheet.csv` for `sheet.csv`), is the same file; anything
 * else by its path with links resolved.
 */
function fileIdentity(cwd: string, file: string): string | undefined {
  try {
    const path = realpathSync(resolve(cwd, file));
    const stat = statSync(path, { bigint: true });
    // An inode of 0 (some network disks) tells files apart by nothing: the path does.
    return stat.isFile() && stat.ino !== 0n ? `file ${stat.dev}:${stat.ino}` : path;
  } catch {
    return undefined; // not there (yet)
  }
}

/**
 * Refuses two destination flags naming one file (`--out report.svg --chart report.svg`): the
 * second write would silently replace the first. Checked before anything is written.
 */
export function assertDistinctFiles(
  destinations: Readonly<Record<string, string | undefined>>,
  terminal: Terminal,
): void {
  const seen = new Map<string, string>();
  for (const [flag, file] of Object.entries(destinations)) {
    if (file === undefined) continue;
    const path = fileIdentity(terminal.cwd, file) ?? resolve(terminal.cwd, file);
    const earlier = seen.get(path);
    if (earlier !== undefined) {
      throw new CliError(`${earlier} and ${flag} name the same file (${file}): give each its own.`);
    }
    seen.set(path, flag);
  }
}

/**
 * Refuses a destination that is a file the command reads (`score model.json bids.csv --out
 * bids.csv`), or a file in a folder it reads (`portfolio reports --out reports/a.json`): writing
 * it would replace the input with the report. Checked before anything is written; files are
 * compared as {@link fileIdentity} names them (links followed, a hard link the same file).
 */
export function assertNotInputs(
  destinations: Readonly<Record<string, string | undefined>>,
  inputs: readonly string[],
  terminal: Terminal,
): void {
  const real = (file: string) => fileIdentity(terminal.cwd, file);
  const read = new Set<string | undefined>();
  for (const input of inputs) {
    const identity = real(input);
    read.add(identity);
    // A pipe (`/dev/stdin` fed by `|`) resolves to a name that cannot be looked up: no folder.
    const path = resolve(terminal.cwd, input);
    if (identity !== undefined && statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
      for (const name of readdirSync(path)) read.add(real(join(path, name)));
    }
  }
  for (const [flag, file] of Object.entries(destinations)) {
    const path = file === undefined ? undefined : real(file);
    if (path !== undefined && read.has(path)) {
      throw new CliError(
        `${flag}: ${file} is a file this command reads: writing the output there would replace it; give another file.`,
      );
    }
  }
}

/**
 * Refuses a chart file named as another type (`--chart chart.png`): the chart is SVG text, which
 * an image viewer or browser opening a `.png` would not show. A name without an extension
 * (`/dev/stdout`) is written as given.
 */
export function assertSvgNames(charts: Readonly<Record<string, string | undefined>>): void {
  for (const [flag, file] of Object.entries(charts)) {
    const type = file === undefined ? '' : extname(file);
    if (type !== '' && type.toLowerCase() !== '.svg') {
      throw new CliError(
        `${flag}: ${file} names a ${type} file, but the chart is an SVG image: give a name ending in .svg.`,
      );
    }
  }
}

/** A file to write, and the flag that named it. */
export interface OutputFile {
  /** The file, as the user named it. */
  readonly file: string;
  /** What to write in it. */
  readonly text: string;
}

/**
 * Writes the output and the charts (`extra`: further files such as `--benchmark-chart`); says
 * on stderr which files were written. Every file is checked writable before any is written, so
 * a bad `--out` leaves no `--chart` behind.
 */
export function emit(
  result: CommandResult,
  options: OutputOptions,
  terminal: Terminal,
  extra: readonly OutputFile[] = [],
): void {
  const format = options.format ?? 'text';
  const files: OutputFile[] = [];
  if (options.chart !== undefined) {
    if (result.chart === undefined) throw new CliError('--chart: this command draws no chart.');
    files.push({ file: options.chart, text: result.chart.svg });
  }
  files.push(...extra);
  if (options.out !== undefined) {
    files.push({ file: options.out, text: render(result, format, false) });
  }
  for (const { file } of files) assertWritable(file, terminal);
  for (const { file, text } of files) {
    writeOut(file, text, terminal);
    terminal.err(messageText(`Wrote ${file}\n`));
  }
  if (options.out === undefined) {
    terminal.out(render(result, format, format === 'text' && wantsColour(terminal)));
  }
}

/** Refuses a file that cannot be written: its folder missing or read-only, or a folder itself. */
function assertWritable(file: string, terminal: Terminal): void {
  if (file.trim() === '') {
    throw new CliError('an output file name is empty (--out "", --chart ""): give a file name.');
  }
  const path = resolve(terminal.cwd, file);
  try {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (stats?.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    if (stats !== undefined) {
      accessSync(path, constants.W_OK);
      return;
    }
    const folder = statSync(dirname(path));
    if (!folder.isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
    accessSync(dirname(path), constants.W_OK);
  } catch (error) {
    throw new CliError(`${file}: cannot be written (${writeReason(error)}).`);
  }
}

function writeOut(file: string, text: string, terminal: Terminal): void {
  try {
    writeFileSync(resolve(terminal.cwd, file), text);
  } catch (error) {
    throw new CliError(`${file}: cannot be written (${writeReason(error)}).`);
  }
}

function writeReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT'
    ? 'its folder does not exist'
    : code === 'ENOTDIR'
      ? 'a folder on its path is a file'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'is a folder'
          : String(code ?? 'unknown reason');
}
