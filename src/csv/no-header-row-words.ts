/**
 * What the "no header row found" error adds when the text may be UTF-16 read as another
 * encoding: a text holding NUL characters (UTF-16 read as UTF-8 or Latin-1 puts one beside every
 * ASCII letter), or starting with a UTF-16 byte-order mark so read (`\uFFFD\uFFFD` from UTF-8,
 * `ÿþ` or `þÿ` from Latin-1 or Windows-1252). The readers take text, so they cannot decode the
 * bytes again: the hint says how. `sentence` ends the error's message and `issue` is the issue's
 * message; `''` and `no header row found` for any other text. Internal: the pledge-sheet and
 * spend-ledger readers.
 */
export function noHeaderRowWords(text: string): { sentence: string; issue: string } {
  return text.includes('\u0000') || /^(\uFFFD\uFFFD|\u00FF\u00FE|\u00FE\u00FF)/.test(text)
    ? {
        sentence:
          ' The text looks UTF-16 (as Excel saves "Unicode Text"), read as UTF-8 or Latin-1: NUL characters sit between its letters. Decode the file as UTF-16 (in Node, readFileSync(path, "utf16le"); the social-value command does so), or save it as "CSV UTF-8".',
        issue: 'no header row found (the text looks UTF-16 read as UTF-8 or Latin-1)',
      }
    : { sentence: '', issue: 'no header row found' };
}
