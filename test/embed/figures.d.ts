/** Types of figures.js (plain JavaScript, shared with scripts/*.mjs). */
export const expectedFigures: Readonly<Record<string, string>>;
