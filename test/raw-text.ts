import fc from 'fast-check';

/**
 * Characters that must never reach a sentence as they are: C0 and C1 controls and DEL, the soft
 * hyphen, the zero-width space and non-joiner, direction marks, the line and paragraph
 * separators, bidi embeddings, overrides and isolates, the word joiner and invisible operators,
 * the BOM, and a lone surrogate. (The zero-width joiner U+200D is kept: it joins emoji sequences
 * such as 👩‍💻.)
 */
const RAW_INVISIBLE = new RegExp(
  '[\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u200b\\u200c\\u200e\\u200f\\u2028-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff]' +
    '|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
);

/**
 * Format characters beyond the Basic Multilingual Plane: the language tag U+E0001, the tags
 * U+E0020 to U+E007F (but those of a flag: a black flag, tags and a cancel tag) and the musical
 * format characters U+1D173 to U+1D17A.
 */
const RAW_ASTRAL_FORMAT =
  /(?<!\u{1f3f4}[\u{e0020}-\u{e007e}]*)[\u{e0001}\u{e0020}-\u{e007f}\u{1d173}-\u{1d17a}]/u;

/** True when `text` holds a character that prints raw and unseen, or a lone surrogate. */
export function hasRawInvisible(text: string): boolean {
  return RAW_INVISIBLE.test(text) || RAW_ASTRAL_FORMAT.test(text);
}

/** Characters user text may hold that sentences must show escaped, and some that they must not. */
const TRICKY = [
  '\n',
  '\r',
  '\t',
  '\u0000',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009f',
  '\u00a0',
  '\u00ad',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u202a',
  '\u202e',
  '\u2028',
  '\u2066',
  '\u2069',
  '\ufeff',
  '\u{e0001}',
  '\u{e0041}',
  '\u{1d173}',
  '\ud800',
  '\udfff',
  '"',
  '\\',
  ' ',
  'ŵ',
  '£',
  '😀',
  'A',
  'a',
  '1',
];

/** Text as users may give it: tricky characters often, any code point now and then. */
export const userText = (constraints: { minLength?: number; maxLength?: number } = {}) =>
  fc.string({
    ...constraints,
    unit: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    ),
  });
