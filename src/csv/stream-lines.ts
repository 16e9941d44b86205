import Papa from 'papaparse';
import { asLineFeeds } from './line-ends.js';
import {
  asWritten,
  brokenRow,
  MAX_QUOTED_ROW_CHARS,
  MAX_RECOVERIES,
  readBrokenLine,
  type SheetLine,
  tooManyUnbalancedQuotes,
} from './read-lines.js';

// papaparse reads again, with each piece written to it, the text of the row it has not finished
// (a quote left open, a long line): pieces are given to it together, once they are at least as
// long as that text and this many characters, so the text is read a bounded number of times.
const WRITE_CHARS = 64 * 1024;

/** A row reader fed text piece by piece. Internal. */
export interface LineStream {
  /** Reads the rows the text so far completes. */
  push(text: string): void;
  /** Reads the rest (the last row, and any quote left open). */
  end(): void;
}

type Listener = (value?: unknown) => void;

/**
 * A papaparse run over text written to it piece by piece: papaparse's streaming mode, reading
 * from the minimal Node-style readable it expects (`on('data' | 'end' | 'error')`, `pause`,
 * `resume`), rows handed to `step` as their text completes.
 */
function papaparseStream(
  delimiter: string,
  step: (row: Papa.ParseStepResult<string[]>, parser: Papa.Parser) => void,
): { write(text: string): void; end(): void } {
  const listeners = new Map<string, Listener[]>();
  const emit = (event: string, value?: unknown) => {
    for (const listener of [...(listeners.get(event) ?? [])]) listener(value);
  };
  const input = {
    readable: true,
    read: () => null,
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return input;
    },
    removeListener(event: string, listener: Listener) {
      listeners.set(
        event,
        (listeners.get(event) ?? []).filter((other) => other !== listener),
      );
      return input;
    },
    pause: () => input,
    resume: () => input,
  };
  Papa.parse<string[]>(input as unknown as NodeJS.ReadableStream, {
    delimiter,
    newline: '\n',
    step,
  });
  return {
    write: (text) => emit('data', text),
    end: () => emit('end'),
  };
}

/** Line breaks (LF: the text is {@link asLineFeeds}') from `start` to `end` of `text`. */
function lineBreaks(text: string, start: number, end: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', start); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) {
    count += 1;
  }
  return count;
}

/**
 * Reads rows from text given piece by piece, exactly as `eachLine` reads the whole text: the
 * same rows, line numbers, line ends (CRLF, LF and a lone CR end a row; inside quotes they are
 * kept as written) and recovery of quotes that never close (more than `MAX_RECOVERIES` is the
 * same error). Only the text of the row being read (and of the one before it, for its line
 * count) is kept, and the pieces not yet given to papaparse. The work is linear in the text
 * however it is cut: pieces are given to papaparse together (see {@link WRITE_CHARS}), and a row
 * whose quoted cells run over lines is let go of past `MAX_QUOTED_ROW_CHARS`. Internal:
 * `streamPledgeSheet`.
 */
export function streamLines(delimiter: string, visit: (line: SheetLine) => void): LineStream {
  let recoveries = 0;
  // The text not yet let go of, from `kept` (offsets count from the start of all the text).
  let text = '';
  let kept = 0;
  // Where the current papaparse run started, and the row before the next one.
  let base = 0;
  let previous: { start: number; end: number } | undefined;
  let rowStart = 0;
  let line = 1;
  let broken: number | undefined;
  // A CR that ends a piece: whether it is a CRLF is known from the next piece.
  let carriage = false;
  // The line breaks written as CRLF or a lone CR, by number, until the row holding them is read;
  // `breaks` counts every break pushed.
  const written = new Map<number, string>();
  let breaks = 0;
  const breakAt = (index: number) => written.get(index) ?? '\n';
  // The pieces not yet given to papaparse, their length, and whether the text papaparse holds
  // (from `rowStart`) or they have a line break.
  let waiting: string[] = [];
  let waitingChars = 0;
  let heldBreak = false;
  let waitingBreak = false;
  let parser = start();

  function start() {
    return papaparseStream(delimiter, (row, papa) => {
      settle();
      const end = base + row.meta.cursor;
      if (brokenRow(row, end - rowStart)) {
        broken = rowStart;
        papa.abort();
        return;
      }
      visit({ cells: asWritten(row.data, line, written.size === 0 ? undefined : breakAt), line });
      previous = { start: rowStart, end };
      rowStart = end;
    });
  }

  /** Counts the line breaks of the row before, now that the text after it is known. */
  function settle(): void {
    if (previous === undefined) return;
    line += lineBreaks(text, previous.start - kept, previous.end - kept);
    previous = undefined;
    // The breaks before this line's are read.
    for (const index of written.keys()) {
      if (index >= line - 1) break;
      written.delete(index);
    }
  }

  /** Counts the line breaks of a piece as written, keeping those not written as LF. */
  function record(piece: string): void {
    if (!piece.includes('\r')) {
      for (let at = piece.indexOf('\n'); at !== -1; at = piece.indexOf('\n', at + 1)) breaks += 1;
      return;
    }
    for (const [lineEnd] of piece.matchAll(/\r\n?|\n/g)) {
      if (lineEnd !== '\n') written.set(breaks, lineEnd);
      breaks += 1;
    }
  }

  /**
   * Takes a piece of text whose breaks are all LF, and gives the pieces taken to papaparse once
   * they are as long as the text it holds (and {@link WRITE_CHARS}), or sooner when that row
   * runs over lines past {@link MAX_QUOTED_ROW_CHARS}.
   */
  function read(piece: string): void {
    waiting.push(piece);
    waitingChars += piece.length;
    waitingBreak ||= piece.includes('\n');
    const held = kept + text.length - rowStart;
    const runsOver = (heldBreak || waitingBreak) && held + waitingChars > MAX_QUOTED_ROW_CHARS;
    if (runsOver || waitingChars >= Math.max(WRITE_CHARS, held)) write();
  }

  /** Gives the pieces taken to papaparse, and recovers a row that broke. */
  function write(): void {
    if (waitingChars === 0) return;
    const piece = waiting.join('');
    waiting = [];
    waitingChars = 0;
    waitingBreak = false;
    text += piece;
    parser.write(piece);
    if (broken === undefined && overlong()) {
      // papaparse would hold (and read again with each piece) the rest of the text.
      settle();
      broken = rowStart;
    }
    recover(false);
    trim();
    heldBreak = text.indexOf('\n', rowStart - kept) !== -1;
  }

  /**
   * True when the row being read is already one `brokenRow` refuses: past
   * {@link MAX_QUOTED_ROW_CHARS} with a line break inside (so inside quotes: papaparse hands on
   * every row a line break ends).
   */
  function overlong(): boolean {
    return (
      kept + text.length - rowStart > MAX_QUOTED_ROW_CHARS &&
      text.indexOf('\n', rowStart - kept) !== -1
    );
  }

  /** Reads the broken row's first line alone and goes on after it with a new run. */
  function recover(ended: boolean): void {
    while (broken !== undefined) {
      const from = broken - kept;
      broken = undefined;
      const lineEnd = text.indexOf('\n', from);
      if (lineEnd === -1 && !ended) {
        // The line is not complete yet: wait for more text (never happens: papaparse reports a
        // broken quote only for a complete row or at the end).
        broken = from + kept;
        return;
      }
      const end = lineEnd === -1 ? text.length : lineEnd;
      if (recoveries === MAX_RECOVERIES) throw tooManyUnbalancedQuotes(line);
      visit(readBrokenLine(text.slice(from, end), delimiter, line));
      line += 1;
      recoveries += 1;
      const after = lineEnd === -1 ? end : end + 1;
      base = kept + after;
      rowStart = base;
      previous = undefined;
      parser = start();
      const rest = text.slice(after);
      if (rest !== '' || !ended) parser.write(rest);
      if (ended && broken === undefined) parser.end();
    }
  }

  /** Lets go of the text before the row being read and the one before it. */
  function trim(): void {
    const keepFrom = Math.min(previous?.start ?? rowStart, rowStart, broken ?? rowStart);
    if (keepFrom > kept) {
      text = text.slice(keepFrom - kept);
      kept = keepFrom;
    }
  }

  return {
    push(given) {
      let piece = carriage ? `\r${given}` : given;
      carriage = piece.endsWith('\r');
      if (carriage) piece = piece.slice(0, -1);
      record(piece);
      read(asLineFeeds(piece));
    },
    end() {
      if (carriage) {
        record('\r');
        read('\n');
        carriage = false;
      }
      write();
      parser.end();
      recover(true);
      settle();
    },
  };
}
