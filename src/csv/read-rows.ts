import Papa from 'papaparse';

/** One row of cells with the line it starts on (1-based). Internal. */
export interface CsvRow {
  readonly cells: readonly string[];
  readonly line: number;
}

/**
 * Splits text into rows with papaparse (quoted fields with delimiters or line breaks inside,
 * CRLF), keeping the line each row starts on. The delimiter is guessed among comma, tab,
 * semicolon and pipe unless given. Internal.
 */
export function readRows(
  text: string,
  delimiter: string | undefined,
): { rows: CsvRow[]; delimiter: string } {
  const rows: CsvRow[] = [];
  let start = 0;
  let line = 1;
  const result = Papa.parse<string[]>(text, {
    delimiter: delimiter ?? '',
    delimitersToGuess: [',', '\t', ';', '|'],
    step: (row) => {
      rows.push({ cells: row.data, line });
      const end = row.meta.cursor;
      for (let i = start; i < end; i += 1) if (text.charCodeAt(i) === 10) line += 1;
      start = end;
    },
  });
  return { rows, delimiter: result?.meta.delimiter ?? delimiter ?? ',' };
}
