// Writes what a command returned: the format asked for, to --out or standard output, and the
// chart to --chart.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError } from './cli-error.js';
import type { CommandResult } from './command.js';
import { renderCsv } from './render-csv.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import { renderText } from './render-text.js';
import type { Chart } from './report.js';
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
    const path = resolve(terminal.cwd, file);
    const earlier = seen.get(path);
    if (earlier !== undefined) {
      throw new CliError(`${earlier} and ${flag} name the same file (${file}): give each its own.`);
    }
    seen.set(path, flag);
  }
}

/** Writes the output and the chart; says on stderr which files were written. */
export function emit(result: CommandResult, options: OutputOptions, terminal: Terminal): void {
  const format = options.format ?? 'text';
  if (options.chart !== undefined) {
    if (result.chart === undefined) throw new CliError('--chart: this command draws no chart.');
    writeChart(options.chart, result.chart, terminal);
  }
  if (options.out === undefined) {
    terminal.out(render(result, format, format === 'text' && wantsColour(terminal)));
    return;
  }
  writeOut(options.out, render(result, format, false), terminal);
  terminal.err(`Wrote ${options.out}\n`);
}

/** Writes a chart as an SVG file and says so on stderr. */
export function writeChart(file: string, chart: Chart, terminal: Terminal): void {
  writeOut(file, chart.svg, terminal);
  terminal.err(`Wrote ${file}\n`);
}

function writeOut(file: string, text: string, terminal: Terminal): void {
  try {
    writeFileSync(resolve(terminal.cwd, file), text);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const reason =
      code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'is a folder'
            : String(code ?? 'unknown reason');
    throw new CliError(`${file}: cannot be written (${reason}).`);
  }
}
