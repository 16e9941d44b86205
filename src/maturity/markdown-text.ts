import { escapeBlockStart } from '../core/text.js';

/**
 * Text from a model or a result, written into Markdown as it reads: on one line (a line break
 * would end a heading, a list item or a table row), with the characters Markdown would read as
 * markup escaped, so that `<council website>`, `*` and `_` show as written, a `|` stays in its
 * table cell, `~~` is not struck through, a heading's closing `#` is kept and an `&` that starts
 * an entity (`&amp;`, `&#60;`) is not read as one; a list marker it starts with (`-`, `+`, `1.`,
 * `2)`) is escaped and leading spaces are dropped, so that it starts no list or code block inside
 * a list item; control characters (escape codes a terminal would obey) and bidirectional
 * embeddings, overrides and isolates (which would show the rest of the line reversed) become
 * U+FFFD, and a tab a space. Internal.
 */
export function markdownText(text: string): string {
  return escapeBlockStart(
    text
      .replace(/(?<!\s)\s*(?:\r?\n|\r)\s*/g, ' ')
      .replace(/[\t\v\f]/g, ' ')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point
      .replace(/[\0-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, '\uFFFD')
      .trimStart()
      .replace(/[\\`*_[\]<>|~#]|&(?=#?\w+;)/g, '\\$&'),
  );
}
