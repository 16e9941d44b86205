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

/** `1 pledge`, `3 pledges`. Internal. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** Code-unit order for sorting user-visible lists, the same on every machine. Internal. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
