import { describeValue } from '../core/describe-value.js';
import type { SocialValueError } from '../core/errors.js';
import { fieldError } from '../core/issue.js';

/** Characters that leave a row blank: spaces, line ends, byte-order marks, quotes, delimiters. */
const BLANK = /^[\s"\uFEFF,;|]*$/;

/**
 * Whether a CSV text has nothing to read: no characters, or only spaces, line ends, byte-order
 * marks, quotes and delimiters (blank lines, rows of empty cells as a spreadsheet saves an empty
 * sheet). Internal: the readers tell an empty file from one without a header row.
 */
export function isEmptyText(text: string, delimiter?: string): boolean {
  return BLANK.test(delimiter === undefined ? text : text.split(delimiter).join(''));
}

/**
 * The error of an empty CSV text (see {@link isEmptyText}): `invalid-input` at `text`, as for a
 * text without a header row, but saying that the file is empty. `expected` is what the file
 * should hold. Internal.
 */
export function emptyTextError(what: string, text: string, expected: string): SocialValueError {
  const held =
    text === '' ? 'no text' : text.trim() === '' ? 'only spaces and line ends' : 'only empty cells';
  return fieldError(
    'invalid-input',
    `Invalid ${what}: the file is empty (${held}). Expected ${expected}; check that the right file was given and that it was saved with its content.`,
    ['text'],
    `the file is empty: expected a header row and rows under it, received ${describeValue(text)}`,
  );
}
