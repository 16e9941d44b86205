// The document model every command fills and every output format renders: a title, a summary
// sentence, then sections of sentences, tables and charts. Commands never print: they describe.

/** A table cell: the text people read and, for CSV, the exact figure behind it. */
export interface Cell {
  /** What the terminal, Markdown and HTML show (a rounded, formatted figure or a label). */
  readonly text: string;
  /** The exact figure written to CSV (a decimal string); the text when absent. */
  readonly exact?: string | undefined;
}

/** A cell given as text alone or as text with its exact figure. */
export type CellInput = string | Cell;

/** A column of a table. */
export interface Column {
  /** The heading. */
  readonly label: string;
  /** True for figures: right-aligned in every format. */
  readonly numeric?: boolean | undefined;
}

/** A table with an optional total row, shown last and set apart. */
export interface Table {
  /** The columns, in order. */
  readonly columns: readonly Column[];
  /** The rows, one cell per column. */
  readonly rows: readonly (readonly CellInput[])[];
  /** The total row, when the figures above add up to it. */
  readonly total?: readonly CellInput[] | undefined;
}

/** A chart drawn by `social-value/charts`, with the sentence shown under it. */
export interface Chart {
  /** The SVG document. */
  readonly svg: string;
  /** A short caption. */
  readonly caption: string;
}

/** One part of a report, under a heading. */
export interface Section {
  /** The heading. */
  readonly heading: string;
  /** Sentences shown before anything else, one paragraph each. */
  readonly text?: readonly string[] | undefined;
  /** A table. */
  readonly table?: Table | undefined;
  /** A bulleted list of sentences (findings, reasons, steps). */
  readonly list?: readonly string[] | undefined;
  /** A chart (drawn in HTML reports; named in the other formats when written with --chart). */
  readonly chart?: Chart | undefined;
}

/** What a command says, in every format but JSON. */
export interface Report {
  /** The title of the report. */
  readonly title: string;
  /** One sentence about the whole result (the library's `summary`). */
  readonly summary: string;
  /** Where the figures come from (input files, models, policies), one line each. */
  readonly sources: readonly string[];
  /** The sections, in reading order. */
  readonly sections: readonly Section[];
  /** The table written by `--format csv`: the report's main table. */
  readonly csvTable: Table;
  /** A CSV text that replaces `csvTable` (a pledge sheet `parsePledgeSheet` reads back). */
  readonly csvText?: string | undefined;
}

/** Reads the text of a cell. */
export function cellText(cell: CellInput): string {
  return typeof cell === 'string' ? cell : cell.text;
}

/** Reads the exact figure of a cell for CSV (its text when it has none). */
export function cellExact(cell: CellInput): string {
  return typeof cell === 'string' ? cell : (cell.exact ?? cell.text);
}

// Control characters (but line breaks and tabs, dealt with first), such as the escape codes a
// hostile sheet could hold to recolour or retitle a terminal, and the bidirectional embeddings,
// overrides and isolates, which would show the text after them reversed (`£5.00` as `00.5£`):
// each shown as U+FFFD.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point
const UNSHOWN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text as a terminal, a Markdown file or an HTML page can carry it: line breaks and tabs become
 * a space (a cell stays on its row), and control characters and bidirectional overrides become
 * U+FFFD.
 */
export function printable(text: string): string {
  return text.replace(/\r\n|[\t\n\v\f\r]/g, ' ').replace(UNSHOWN, '\uFFFD');
}

/**
 * A message for standard error: its lines kept (an error lists its issues one per line), any
 * other control character or bidirectional override, as {@link printable}, shown as U+FFFD (a
 * file name or a header can hold an escape code).
 */
export function messageText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(UNSHOWN, (char) => (char === '\n' ? char : '\uFFFD'));
}

/** True when a section has something besides a chart (charts are drawn in HTML and SVG only). */
export function hasText(section: Section): boolean {
  return (
    (section.text?.length ?? 0) > 0 ||
    section.table !== undefined ||
    (section.list?.length ?? 0) > 0
  );
}
