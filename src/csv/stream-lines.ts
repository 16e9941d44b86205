import Papa from 'papaparse';
import { MAX_RECOVERIES, readBrokenLine, type SheetLine } from './read-lines.js';

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
  format: { readonly delimiter: string; readonly newline: string },
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
    delimiter: format.delimiter,
    newline: format.newline as '\n',
    step,
  });
  return {
    write: (text) => emit('data', text),
    end: () => emit('end'),
  };
}

/** Line breaks (CRLF, LF or a lone CR) from `start` to `end` of `text`; a CR at `end - 1` looks at `end`. */
function lineBreaks(text: string, start: number, end: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', start); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) {
    count += 1;
  }
  for (let at = text.indexOf('\r', start); at !== -1 && at < end; at = text.indexOf('\r', at + 1)) {
    if (text.charCodeAt(at + 1) !== 10) count += 1;
  }
  return count;
}

/**
 * Reads rows from text given piece by piece, exactly as `eachLine` reads the whole text: the
 * same rows, line numbers and recovery of quotes that never close. Only the text of the row being
 * read (and of the one before it, for its line count) is kept. Internal: `streamPledgeSheet`.
 */
export function streamLines(
  format: { readonly delimiter: string; readonly newline: string },
  visit: (line: SheetLine) => void,
): LineStream {
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
  let parser = start();

  function start() {
    return papaparseStream(format, (row, papa) => {
      settle();
      if (recoveries < MAX_RECOVERIES && row.errors.some((error) => error.type === 'Quotes')) {
        broken = rowStart;
        papa.abort();
        return;
      }
      visit({ cells: row.data, line });
      const end = base + row.meta.cursor;
      previous = { start: rowStart, end };
      rowStart = end;
    });
  }

  /** Counts the line breaks of the row before, now that the text after it is known. */
  function settle(): void {
    if (previous === undefined) return;
    line += lineBreaks(text, previous.start - kept, previous.end - kept);
    previous = undefined;
  }

  /** Reads the broken row's first line alone and goes on after it with a new run. */
  function recover(ended: boolean): void {
    while (broken !== undefined) {
      const from = broken - kept;
      broken = undefined;
      const lineEnd = /\r\n|\r|\n/.exec(text.slice(from));
      if (lineEnd === null && !ended) {
        // The line is not complete yet: wait for more text (never happens: papaparse reports a
        // broken quote only for a complete row or at the end).
        broken = from + kept;
        return;
      }
      const end = from + (lineEnd === null ? text.length - from : lineEnd.index);
      visit(readBrokenLine(text.slice(from, end), format.delimiter, line));
      line += 1;
      recoveries += 1;
      const after = end + (lineEnd === null ? 0 : lineEnd[0].length);
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
    push(piece) {
      text += piece;
      parser.write(piece);
      recover(false);
      trim();
    },
    end() {
      parser.end();
      recover(true);
      settle();
    },
  };
}
