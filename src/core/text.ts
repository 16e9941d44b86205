/** `Invalid input` → `invalid input`; leaves acronyms (`NT18`, `SVA`) as they are. Internal. */
export function lowerFirst(text: string): string {
  return text.length > 1 && /^[A-Z][a-z]/.test(text)
    ? text[0]!.toLowerCase() + text.slice(1)
    : text;
}

/** `invalid input` → `Invalid input`. Internal. */
export function upperFirst(text: string): string {
  return text.length > 0 ? text[0]!.toUpperCase() + text.slice(1) : text;
}

// Built on first use: importing the module does no work.
let grouping: Intl.NumberFormat | undefined;

/** A count for a sentence, grouped in thousands: `24`, `99,995`. Internal. */
export function countText(count: number): string {
  // Below a thousand there is nothing to group: skip the Intl formatter.
  if (Math.abs(count) < 1000 || !Number.isFinite(count)) return String(count);
  grouping ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 20 });
  return grouping.format(count);
}

/** `1 pledge`, `3 pledges`, `100,000 pledges`: a count and its noun. Internal. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${countText(count)} ${count === 1 ? noun : nouns}`;
}

/** Code-unit order for sorting user-visible lists, the same on every machine. Internal. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Markdown text that starts a block (a paragraph, a list item, a table cell), with a leading
 * `#`, `-`, `+`, `=` or `1.` / `1)` escaped, so that it starts no heading or list: `- Name a
 * lead.` → `\- Name a lead.`. Internal: the Markdown writers of the maturity area and the CLI.
 */
export function escapeBlockStart(text: string): string {
  return text.replace(/^([#+=-])|^(\d+)([.)])/, '$2\\$1$3');
}
