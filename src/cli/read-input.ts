// Reading the files a command is given. Every failure is a CliError naming the file: a file
// that cannot be read, JSON that does not parse, a CSV without a header.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import Papa from 'papaparse';
import { CliError } from './cli-error.js';

/** Reads a text file (UTF-8, a byte-order mark removed). */
export function readText(file: string, cwd: string): string {
  const path = resolve(cwd, file);
  let text: string;
  try {
    if (statSync(path).isDirectory()) throw new CliError(`${file}: is a folder, not a file.`);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${file}: cannot be read (${systemReason(error)}).`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** True when a file name ends in `.json`. */
export function isJsonFile(file: string): boolean {
  return extname(file).toLowerCase() === '.json';
}

/** Reads and parses a JSON file. */
export function readJson(file: string, cwd: string): unknown {
  const text = readText(file, cwd);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(
      `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

/**
 * Reads the records of a CSV file (papaparse; header row first, delimiter detected, blank lines
 * skipped) as objects keyed by header; empty cells are left out.
 */
export function readCsvRecords(file: string, cwd: string): Record<string, string>[] {
  const text = readText(file, cwd);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  if (header === undefined || header.every((cell) => cell.trim() === '')) {
    throw new CliError(`${file}: no header row (expected a first row of column names).`);
  }
  const names = header.map((cell) => cell.trim());
  return rows.map((row) => {
    const record: Record<string, string> = Object.create(null);
    for (const [index, name] of names.entries()) {
      const cell = row[index]?.trim() ?? '';
      if (cell !== '' && name !== '') record[name] = cell;
    }
    return record;
  });
}

/** The `.json` files of a folder, in code-unit order of their names. */
export function jsonFilesIn(folder: string, cwd: string): string[] {
  const path = resolve(cwd, folder);
  let names: string[];
  try {
    if (!statSync(path).isDirectory()) throw new CliError(`${folder}: is a file, not a folder.`);
    names = readdirSync(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${folder}: cannot be read (${systemReason(error)}).`);
  }
  return names
    .filter((name) => isJsonFile(name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => resolve(path, name));
}

function systemReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return typeof code === 'string' ? code : 'unknown reason';
}
