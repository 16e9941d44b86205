/**
 * The same text, stored flat. A sentence built by concatenation is held by V8 as a tree of its
 * pieces (a cons string, about 32 bytes a piece); reading one character makes V8 copy it into
 * one flat string, and the collector then drops the pieces, so a result that keeps thousands of
 * sentences keeps about half the memory. Internal.
 */
export function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}
