import { quoteText } from './describe-value.js';

/**
 * An id, name or tag a user gave, for a sentence that names it bare (`A wins`, `NT18 has no
 * proxy value`): as it is when it reads as it is, else quoted as {@link quoteText} quotes it
 * (`"A\nB" wins`, `"Delta\u200b"`, `""`, `" A"`): when it is empty, has spaces at either end, a
 * quote, a backslash, a control or invisible character, or over 200 characters. So a sentence
 * stays on one line and two different ids are never written the same (a bare id holds no `"`,
 * a quoted one starts with one). Internal.
 */
export function idText(id: string): string {
  const quoted = quoteText(id);
  return id !== '' && id.trim() === id && quoted.slice(1, -1) === id ? id : quoted;
}
