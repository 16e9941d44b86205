/** Types of scenario.js (plain JavaScript, shared with scripts/*.mjs and the browser page). */
export function scenario(sv: Record<string, unknown>, sheetText: string): Record<string, string>;
