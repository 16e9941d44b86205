// Line ends as spreadsheets read them: outside quotes CRLF, LF and a lone CR (an old Mac tool's,
// or pasted from one) each end a row, whatever the file's other lines end with. papaparse splits
// on one line end per text, so the readers give it the text with every line end as LF and put
// the breaks inside quoted cells back as they were written.

/** The text with every CRLF and lone CR as LF (the same text when it has no CR). Internal. */
export function asLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** The line break numbered `index` (0-based, from the start of the text) as written. Internal. */
export type BreakAt = (index: number) => string;

/**
 * The line breaks of `text` as written, found as they are asked for: each number asked must be
 * at least the one asked before (the readers ask in reading order), so the text is read once.
 * Internal.
 */
export function breaksOf(text: string): BreakAt {
  const pattern = /\r\n?|\n/g;
  let seen = -1;
  let last = '\n';
  return (index) => {
    while (seen < index) {
      const found = pattern.exec(text);
      if (found === null) return '\n';
      seen += 1;
      last = found[0];
    }
    return last;
  };
}

/**
 * The cells of a row read from {@link asLineFeeds}' text, each LF inside them (all in quoted
 * cells, in order) put back as written: the row's first inner break is number `first`. Internal.
 */
export function restoreBreaks(cells: readonly string[], first: number, breakAt: BreakAt): string[] {
  let index = first;
  return cells.map((cell) =>
    cell.includes('\n') ? cell.replace(/\n/g, () => breakAt(index++)) : cell,
  );
}
