import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePledgeSheet, parseSpendLedger, streamPledgeSheet } from '../../src/csv/index.js';
import type { SocialValueError } from '../../src/index.js';
import { caught } from '../errors.js';

// An empty file (0 bytes, spaces, a byte-order mark, blank lines, a row of empty cells as a
// spreadsheet saves an empty sheet) is told apart from a file whose header row is not found.

async function streamError(chunks: readonly (string | Uint8Array)[]): Promise<SocialValueError> {
  try {
    for await (const _batch of streamPledgeSheet(chunks)) {
      // read to the end
    }
  } catch (error) {
    return error as SocialValueError;
  }
  throw new Error('expected an error');
}

const SHEET_EXPECTED =
  'a header row with a Reference (or Measure, Code) column and an Answer, Proxy Value or Pledged Social Value column, then a row per measure';

describe('an empty file', () => {
  it('is an empty pledge sheet, not one without a header row', () => {
    const error = caught(() => parsePledgeSheet(''));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(
      `Invalid pledge sheet: the file is empty (no text). Expected ${SHEET_EXPECTED}; check that the right file was given and that it was saved with its content.\n  - text: the file is empty: expected a header row and rows under it, received ""`,
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['text']);
  });

  it('says what the empty file held: spaces and line ends, or only empty cells', () => {
    const headline = (text: string) => caught(() => parsePledgeSheet(text)).message.split('.')[0];
    // A byte-order mark alone is no text; BOMs, spaces, tabs and CR, LF, CRLF line ends.
    expect(headline('\uFEFF')).toBe('Invalid pledge sheet: the file is empty (no text)');
    for (const text of ['   ', '\n\n\r\n', '\uFEFF \r\n\t\n', '\r', '\uFEFF\uFEFF\n']) {
      expect(headline(text)).toBe(
        'Invalid pledge sheet: the file is empty (only spaces and line ends)',
      );
    }
    // An empty sheet saved as CSV: rows of delimiters, or of empty quoted cells.
    for (const text of [',,,\r\n,,,\r\n', '"",""\n', ';;;', '|\n|']) {
      expect(headline(text)).toBe('Invalid pledge sheet: the file is empty (only empty cells)');
    }
    expect(caught(() => parsePledgeSheet('::\n::', { delimiter: ':' })).message).toMatch(
      /^Invalid pledge sheet: the file is empty \(only empty cells\)\./,
    );
    // A file with something in it is not empty: its header row is not found.
    for (const text of ['x', ',,,\n,,x', '# a comment only', 'Reference,Note\nNT1,a']) {
      expect(caught(() => parsePledgeSheet(text)).message).toMatch(
        /^Invalid pledge sheet: no header row found\./,
      );
    }
  });

  it('says so for any text made only of blanks, delimiters and quotes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(' ', '\t', '\r', '\n', '\r\n', '\uFEFF', ',', ';', '|', '""')),
        (parts) => {
          const text = parts.join('');
          expect(caught(() => parsePledgeSheet(text)).message).toMatch(
            /^Invalid pledge sheet: the file is empty \(/,
          );
          expect(caught(() => parseSpendLedger(text)).message).toMatch(
            /^Invalid spend ledger: the file is empty \(/,
          );
        },
      ),
    );
  });

  it('is an empty spend ledger', () => {
    const error = caught(() => parseSpendLedger('\uFEFF\r\n\r\n'));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(
      'Invalid spend ledger: the file is empty (only spaces and line ends). Expected a header row with a supplier (Supplier Name), an amount (Amount) and a date (Payment Date) column, then a row per payment; check that the right file was given and that it was saved with its content.\n  - text: the file is empty: expected a header row and rows under it, received "\\r\\n\\r\\n"',
    );
    expect(caught(() => parseSpendLedger('Amount\n5')).message).toMatch(
      /^Invalid spend ledger: no header row found\./,
    );
  });

  it('is an empty stream, as parsePledgeSheet says', async () => {
    for (const chunks of [[], [''], ['\uFEFF'], ['', '']]) {
      expect((await streamError(chunks)).message).toBe(caught(() => parsePledgeSheet('')).message);
    }
    // UTF-8 bytes of a byte-order mark and a blank line; text cut into pieces.
    const bytes = await streamError([new Uint8Array([0xef, 0xbb, 0xbf, 0x0d, 0x0a])]);
    expect(bytes.message).toMatch(
      /^Invalid pledge sheet: the file is empty \(only spaces and line ends\)\./,
    );
    expect(bytes.issues.map((issue) => issue.path)).toEqual(['text']);
    expect((await streamError([',,', ',\n', ',,,'])).message).toMatch(
      /^Invalid pledge sheet: the file is empty \(only empty cells\)\./,
    );
    expect((await streamError(['Note\n', 'x'])).message).toMatch(
      /^Invalid pledge sheet: no header row found\./,
    );
  });
});
