import type { Decimal } from '../core/decimal.js';
import type { PledgeChannel, PledgeEffect, PledgerKind } from '../core/pledge-channel.js';
import type { Severity } from '../core/severity.js';

/** The columns of a pledge sheet the parser understands. Every other column becomes a tag. */
export type PledgeSheetColumn =
  | 'theme'
  | 'measure'
  | 'question'
  | 'unit'
  | 'proxyValue'
  | 'quantity'
  | 'statedValue'
  | 'attributionShare'
  | 'effect'
  | 'channel'
  | 'pledgerKind'
  | 'pledger'
  | 'followUpOn'
  | 'barriers';

/**
 * A row read from a pledge sheet. Numbers are exact; blank cells (and cells that are not
 * numbers, each reported as a problem) are `null`. `£ -` reads as 0.
 */
export interface ParsedPledgeSheetRow {
  /** The line the row starts on in the text (1-based). */
  readonly line: number;
  /** The theme cell; a blank theme repeats the row above's (merged cells). `''` without a theme column. */
  readonly theme: string;
  /** The measure code (Reference). */
  readonly measure: string;
  /** The question cell (`''` when absent). */
  readonly question: string;
  /** The units cell (`''` when absent). */
  readonly unit: string;
  /** The proxy value, or `null`. */
  readonly proxyValue: Decimal | null;
  /**
   * The answer, or `null` (blank, unreadable, or on a row whose Attribution Share cannot be
   * read: such a row is not counted, rather than counted in full).
   */
  readonly quantity: Decimal | null;
  /** The pledged value the sheet states, or `null`. */
  readonly statedValue: Decimal | null;
  /** The other columns, by header (`{ 'CWB Priority': 'Progressive Procurement' }`); no prototype. */
  readonly tags: Readonly<Record<string, string>>;
  /**
   * The Attribution Share cell: the fraction (0 to 1) of the value credited to the contract, when
   * the sheet has one and the cell is not blank (blank: no share, the pledge counts in full).
   */
  readonly attributionShare?: Decimal | undefined;
  /** The Effect cell (`Disbenefit` reads `'disbenefit'`), when the sheet has one. */
  readonly effect?: PledgeEffect | undefined;
  /** The Channel cell (`Section 106` reads `'section-106'`), when the sheet has one. */
  readonly channel?: PledgeChannel | undefined;
  /** The Pledger Kind cell, when the sheet has one. */
  readonly pledgerKind?: PledgerKind | undefined;
  /** The Pledger cell, when not blank. */
  readonly pledger?: string | undefined;
  /** The Follow-up On cell (`YYYY-MM-DD`), when the sheet has one. */
  readonly followUpOn?: string | undefined;
  /** The Barriers cell split at `;`, when not blank. */
  readonly barriers?: readonly string[] | undefined;
}

/**
 * Codes of {@link PledgeSheetProblem}: `not-a-number` (a number column holds text, or a sign
 * inside brackets such as `(-5)`; left blank), `not-a-share` (an Attribution Share cell that is
 * a number but not a fraction from 0 to 1, such as `1.5`, `-0.1` or `50%`; left blank, and so is
 * the row's answer, so the row is not counted until it is corrected; the same for a share cell
 * that is `not-a-number` or `out-of-range`), `not-a-choice` (an Effect, Channel or Pledger Kind
 * cell that is none of the values allowed; left blank), `not-a-date` (a Follow-up On cell that
 * is not a `YYYY-MM-DD` date; left blank), `out-of-range` (a number outside the numeric
 * domain, 1e15 or more or more than 40 decimal places, or for a stated value 1e60 or more or
 * more than 120; left blank), `missing-reference` (a row with content but no measure code, other
 * than a section heading with only its Theme cell; skipped), `unbalanced-quote` (a quote that is never closed, or whose cell runs over
 * lines past a mebibyte; the line is read on its own, quote marks kept as text, and the lines after it are read as usual),
 * `cell-without-header` (a written cell of a measure row under a blank header, a warning, or
 * beyond the header's last column, an error since a delimiter in an unquoted cell shifts the cells
 * after it; left out, the row read as its other cells say), `repeated-column` (a warning on the
 * header line: a column that repeats the header of the Answer, Proxy Value or Pledged Social
 * Value column, as in a sheet with an Answer per year, is read as a tag, so its figures are not
 * counted; a tag column that repeats another's header is read as the tag `Note (column 5)`),
 * `repeated-total` (a warning on a total row read after another, such as a contract
 * value under the total: the stated total is the last with a figure), `accounting-negative` (a warning: an Answer or Proxy Value cell written in brackets,
 * accounting style, such as `(1,234)`, is read as the negative it means, -1234, which an answer or
 * a proxy value cannot be: `reconcilePledgeSheet` then finds it, `valuePledges` refuses it).
 */
export type PledgeSheetProblemCode =
  | 'not-a-number'
  | 'not-a-share'
  | 'not-a-choice'
  | 'not-a-date'
  | 'out-of-range'
  | 'missing-reference'
  | 'unbalanced-quote'
  | 'cell-without-header'
  | 'repeated-column'
  | 'repeated-total'
  | 'accounting-negative';

/** Something the parser could not read as written, with where it is. Nothing is silently read as zero. */
export interface PledgeSheetProblem {
  /** What is wrong (stable, kebab-case). */
  readonly code: PledgeSheetProblemCode;
  /** `error` for a value that could not be read, `warning` for a row skipped or a value to check. */
  readonly severity: Extract<Severity, 'error' | 'warning'>;
  /** A sentence saying what is wrong and what the parser did. */
  readonly message: string;
  /** The line (1-based). */
  readonly line: number;
  /** The column's header (absent for a problem with a whole line). */
  readonly column?: string | undefined;
  /** The column's position, 1-based (absent for a problem with a whole line). */
  readonly columnNumber?: number | undefined;
  /** The cell (or, for an unbalanced quote, the line) as written. */
  readonly value: string;
}

/** The result of `parsePledgeSheet`. */
export interface PledgeSheet {
  /** Always `'pledge-sheet'`. */
  readonly kind: 'pledge-sheet';
  /** The version of this shape (1). */
  readonly schemaVersion: 1;
  /** The measure rows, in order. */
  readonly rows: readonly ParsedPledgeSheetRow[];
  /** The total stated on a "Total" row, if the sheet has one. */
  readonly statedTotal: Decimal | null;
  /** What could not be read as written, in line order. */
  readonly problems: readonly PledgeSheetProblem[];
  /** The header used for each understood column. */
  readonly columns: Readonly<Partial<Record<PledgeSheetColumn, string>>>;
  /** The headers read as tags, in sheet order (a repeated header as `Note (column 5)`). */
  readonly tagColumns: readonly string[];
  /** The delimiter found (or given). */
  readonly delimiter: string;
  /** The line of the header row. */
  readonly headerLine: number;
  /** One sentence about the whole sheet. */
  readonly summary: string;
}

/**
 * Where `streamPledgeSheet` reads text from: a Node `Readable`, a web `ReadableStream` or any
 * (async) iterable, of strings or of bytes (read as UTF-8).
 */
// The iterables written by their iterator methods, which name the iterator's return and next
// types (no `any`) in every TypeScript from 5.0: `Iterable<T, TReturn, TNext>` is 5.6's.
export type PledgeSheetSource =
  | {
      /** Its chunks, one at a time, awaited (a Node `Readable` and any async iterable). */
      [Symbol.asyncIterator](): AsyncIterator<string | Uint8Array, unknown, undefined>;
    }
  | {
      /** Its chunks, one at a time (a list of strings or bytes, a generator). */
      [Symbol.iterator](): Iterator<string | Uint8Array, unknown, undefined>;
    }
  | {
      /**
       * A reader of its chunks (a web `ReadableStream`, such as a `fetch` body); written out
       * rather than named, so that the declarations need neither the DOM library nor Node's.
       */
      getReader(): {
        /** The next chunk, or `done` at the end. */
        read(): Promise<{
          /** Whether the stream has ended. */
          done: boolean;
          /** The chunk (none at the end). */
          value?: string | Uint8Array | undefined;
        }>;
        /** Lets the stream go when reading stops. */
        releaseLock(): void;
      };
    };

/**
 * Rows of a pledge sheet read by `streamPledgeSheet`, as they come. All the batches together
 * hold what `parsePledgeSheet` gives for the whole text: their rows and problems, in order, and
 * the stated total and summary of the last batch.
 */
export interface PledgeSheetBatch {
  /** Always `'pledge-sheet-batch'`. */
  readonly kind: 'pledge-sheet-batch';
  /** The version of this shape (1). */
  readonly schemaVersion: 1;
  /** The measure rows read since the batch before (at most `batchSize`), in order. */
  readonly rows: readonly ParsedPledgeSheetRow[];
  /** The problems found since the batch before, in line order. */
  readonly problems: readonly PledgeSheetProblem[];
  /** The total of the last total row read so far (the sheet's, on the last batch), or `null`. */
  readonly statedTotal: Decimal | null;
  /** The header used for each understood column. */
  readonly columns: Readonly<Partial<Record<PledgeSheetColumn, string>>>;
  /** The headers read as tags, in sheet order. */
  readonly tagColumns: readonly string[];
  /** The delimiter found (or given). */
  readonly delimiter: string;
  /** The line of the header row. */
  readonly headerLine: number;
  /** True on the last batch. */
  readonly done: boolean;
  /**
   * On the last batch, the sentence `parsePledgeSheet` gives for the whole sheet; before it, how
   * far the reading has got.
   */
  readonly summary: string;
}
