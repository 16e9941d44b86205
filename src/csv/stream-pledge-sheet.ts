import { describeValue } from '../core/describe-value.js';
import { fieldError } from '../core/issue.js';
import { plural } from '../core/text.js';
import { parseInput } from '../core/zod-error.js';
import { zodTypeWords } from '../core/zod-type-words.js';
import { assemblePledgeSheetBatch } from './assemble-pledge-sheet.js';
import { declaredSeparator, delimitersToTry, headerSearch, scanTable } from './find-table.js';
import { noHeaderRow } from './parse-pledge-sheet.js';
import {
  type PledgeSheetReader,
  pledgeSheetHeader,
  pledgeSheetSummary,
  readPledgeSheetRows,
} from './pledge-sheet-reader.js';
import { GUESS_CHARS, guessDelimiter } from './read-lines.js';
import { type StreamPledgeSheetOptions, streamPledgeSheetOptionsSchema } from './schemas.js';
import { streamLines } from './stream-lines.js';
import type {
  ParsedPledgeSheetRow,
  PledgeSheetBatch,
  PledgeSheetProblem,
  PledgeSheetSource,
} from './types.js';

const BATCH_SIZE = 1000;

/**
 * Reads a pledge sheet from a stream, in batches of rows, with memory that stays flat however
 * long the file: only the row being read and the current batch are kept. The rows and problems
 * of all the batches, in order, are exactly those of `parsePledgeSheet` on the whole text (the
 * last batch has its stated total and summary), so a file of millions of rows can be valued as
 * it is read (see `createValuationAccumulator`). Rows are split by papaparse in its streaming
 * mode; the delimiter and line end are guessed from the first megabyte (or the delimiter read
 * from Excel's `sep=;` first line), as `parsePledgeSheet` reads them. Bytes are read as UTF-8, or as UTF-16 when they start with its byte-order mark
 * (Excel's "Unicode Text"); a leading byte-order mark is dropped.
 *
 * @param source - A Node `Readable` (a file stream), a web `ReadableStream` (a `fetch` body) or
 * an (async) iterable, of strings or bytes.
 * @param options - As `parsePledgeSheet` (delimiter, column headers, comment prefix), and
 * `batchSize`: rows per batch (default 1,000).
 * @returns An async iterable of batches (`kind: 'pledge-sheet-batch'`, frozen), the last with
 * `done: true`. A batch's JSON (`JSON.stringify`) is read back by `revive`, as a sheet's is.
 * @throws SocialValueError `invalid-input` for a source that is not a stream or iterable, or
 * bad options (at once); while reading, for a chunk that is not text or bytes (path `source`),
 * when the text is empty or has no header row, or more than 100 quotes are never closed (path
 * `text`, as `parsePledgeSheet`).
 *
 * @example
 * ```ts
 * import { revive } from 'social-value';
 * import { streamPledgeSheet } from 'social-value/csv';
 *
 * // Any stream or (async) iterable of text: a file stream (fs.createReadStream) works the same.
 * const chunks = ['Reference,Answer,Pro', 'xy Value\r\nNT1,24,30782\r\nNT29,3', '2,16.09\r\n'];
 * const rows = [];
 * for await (const batch of streamPledgeSheet(chunks, { batchSize: 1 })) rows.push(...batch.rows);
 * rows.length; // => 2
 * rows[1]?.quantity; // => '32'
 *
 * // A batch kept as JSON (a queue, a checkpoint) reads back as the same batch.
 * for await (const batch of streamPledgeSheet(chunks)) {
 *   revive(JSON.stringify(batch), 'pledge-sheet-batch').rows[1]?.quantity; // => '32'
 * }
 * ```
 */
export function streamPledgeSheet(
  source: PledgeSheetSource,
  options?: StreamPledgeSheetOptions,
): AsyncGenerator<PledgeSheetBatch, void, undefined> {
  const chunks = chunksOf(source);
  const parsed = parseInput(
    streamPledgeSheetOptionsSchema,
    options ?? {},
    'options',
    ['options'],
    zodTypeWords,
  );
  return batches(textOf(chunks), parsed);
}

function notSource(value: unknown): never {
  throw fieldError(
    'invalid-input',
    'Invalid source: expected a stream or an iterable of text.',
    ['source'],
    `expected a Node Readable, a web ReadableStream or an (async) iterable of strings or bytes, received ${describeValue(value)}`,
  );
}

/** The chunks of a source, whatever kind of stream it is. */
function chunksOf(source: unknown): AsyncIterable<unknown> {
  if (typeof source !== 'object' || source === null) return notSource(source);
  const stream = source as Partial<ReadableStream<unknown>> & Partial<AsyncIterable<unknown>>;
  // A web ReadableStream through its reader (browsers without async iteration of streams too).
  if (typeof stream.getReader === 'function') {
    const readable = stream as ReadableStream<unknown>;
    return {
      async *[Symbol.asyncIterator]() {
        const reader = readable.getReader();
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) return;
            yield value;
          }
        } finally {
          reader.releaseLock();
        }
      },
    };
  }
  if (typeof stream[Symbol.asyncIterator] === 'function') return stream as AsyncIterable<unknown>;
  const iterable = source as Partial<Iterable<unknown>>;
  if (typeof iterable[Symbol.iterator] === 'function') {
    return {
      async *[Symbol.asyncIterator]() {
        yield* iterable as Iterable<unknown>;
      },
    };
  }
  return notSource(source);
}

/**
 * The text of the chunks: strings as they are, bytes read as UTF-16 when they start with its
 * byte-order mark (either byte order: Excel's "Unicode Text"), else as UTF-8; one leading BOM
 * dropped.
 */
async function* textOf(chunks: AsyncIterable<unknown>): AsyncGenerator<string> {
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  // The first bytes, held until there are two to tell a byte-order mark by.
  let head: Uint8Array | undefined;
  let started = false;
  const start = (text: string) => {
    if (started || text === '') return text;
    started = true;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  };
  const decode = (bytes: Uint8Array) => {
    decoder ??= decoderOf(encodingOf(bytes));
    return start(decoder.decode(bytes, { stream: true }));
  };
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') {
      if (head !== undefined) yield decode(head);
      head = undefined;
      yield start(chunk);
    } else if (chunk instanceof Uint8Array) {
      const bytes = head === undefined ? chunk : joinBytes(head, chunk);
      head = undefined;
      if (decoder === undefined && bytes.length < 2) head = bytes;
      else yield decode(bytes);
    } else {
      throw fieldError(
        'invalid-input',
        'Invalid source: a chunk is neither text nor bytes.',
        ['source'],
        `expected a string or bytes (Uint8Array, Buffer), received ${describeValue(chunk)}`,
      );
    }
  }
  if (head !== undefined) yield decode(head);
  // What the decoder held back (text alone needs none: an engine without one reads it too).
  if (decoder !== undefined) yield start(decoder.decode());
}

/** A decoder of `encoding`; an engine without TextDecoder (bare V8) is given text, not bytes. */
function decoderOf(encoding: string): InstanceType<typeof TextDecoder> {
  if (typeof TextDecoder === 'function') return new TextDecoder(encoding);
  throw fieldError(
    'invalid-input',
    'Invalid source: this engine has no TextDecoder to read bytes with.',
    ['source'],
    'expected chunks of text (bytes need a TextDecoder, which this engine does not have), received bytes',
  );
}

/** The encoding bytes are in, from their first two: a UTF-16 byte-order mark, else UTF-8. */
function encodingOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

function joinBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

interface Pending {
  rows: ParsedPledgeSheetRow[];
  problems: PledgeSheetProblem[];
}

/** The batches of the sheet read from `texts`. */
async function* batches(
  texts: AsyncGenerator<string>,
  given: StreamPledgeSheetOptions,
): AsyncGenerator<PledgeSheetBatch, void, undefined> {
  const batchSize = given.batchSize ?? BATCH_SIZE;
  const headerOf = pledgeSheetHeader(given.columns);
  let reader: PledgeSheetReader | undefined;
  const begin = (start: Parameters<typeof readPledgeSheetRows>[0]) => {
    reader = readPledgeSheetRows(start);
    return reader.add;
  };

  // The first megabyte, to guess the delimiter from as parsePledgeSheet does.
  let read = '';
  let ended = false;
  while (read.length < GUESS_CHARS) {
    const next = await texts.next();
    if (next.done === true) {
      ended = true;
      break;
    }
    read += next.value;
  }
  // Excel's `sep=;` line declares the delimiter, as parsePledgeSheet reads it.
  const { text: first, options } = declaredSeparator(read, given);
  const delimiter = delimitersToTry(options, guessDelimiter(first))[0]!;
  const search = headerSearch(options, headerOf, begin);
  const lines = streamLines(delimiter, (row) => search.offer(row, delimiter));
  // Until the header is found the text is kept, to try the other delimiters on if it never is.
  let held: string[] | undefined = [first];
  const pending: Pending = { rows: [], problems: [] };
  const collect = () => {
    if (reader === undefined) return;
    held = undefined;
    const { rows, problems } = reader.take();
    for (const row of rows) pending.rows.push(row);
    for (const problem of problems) pending.problems.push(problem);
  };

  lines.push(first);
  collect();
  while (!ended) {
    while (pending.rows.length >= batchSize) yield batchOf(reader!, pending, batchSize, false);
    const next = await texts.next();
    if (next.done === true) break;
    held?.push(next.value);
    lines.push(next.value);
    collect();
  }
  lines.end();
  if (reader === undefined) {
    // No header with the guessed delimiter: the other usual ones, on the whole text.
    const text = held!.join('');
    scanTable(text, options, headerOf, begin);
    if (reader === undefined) throw noHeaderRow(text, options);
  }
  collect();
  while (pending.rows.length > batchSize) yield batchOf(reader, pending, batchSize, false);
  yield batchOf(reader, pending, batchSize, true);
}

/** The next batch: up to `size` rows and the problems up to the last of them (all, when done). */
function batchOf(
  reader: PledgeSheetReader,
  pending: Pending,
  size: number,
  done: boolean,
): PledgeSheetBatch {
  const rows = pending.rows.splice(0, size);
  const last = rows.at(-1)?.line ?? 0;
  let problems = 0;
  if (done) problems = pending.problems.length;
  else
    while (problems < pending.problems.length && pending.problems[problems]!.line <= last) {
      problems += 1;
    }
  return assemblePledgeSheetBatch({
    rows: Object.freeze(rows),
    problems: pending.problems.splice(0, problems),
    statedTotal: reader.statedTotal,
    columns: reader.columns,
    tagColumns: reader.tagColumns,
    delimiter: reader.delimiter,
    headerLine: reader.headerLine,
    done,
    summary: done
      ? pledgeSheetSummary(reader)
      : `${plural(reader.rowCount, 'measure row')} read so far after the header on line ${reader.headerLine}; ${reader.problemCount === 0 ? 'no problems' : `${plural(reader.problemCount, 'problem')} found`} so far.`,
  });
}
