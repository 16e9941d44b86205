import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeValue, quoteText } from '../../src/core/describe-value.js';
import { idText } from '../../src/core/id-text.js';
import { formatPath } from '../../src/core/path.js';
import { didYouMean } from '../../src/core/suggest.js';
import { hasRawInvisible, userText } from '../raw-text.js';

describe('quoteText', () => {
  it('escapes line breaks, tabs and other control characters JSON-style', () => {
    expect(quoteText('A\nB')).toBe(String.raw`"A\nB"`);
    expect(quoteText('A\r\nB')).toBe(String.raw`"A\r\nB"`);
    expect(quoteText('\tA')).toBe(String.raw`"\tA"`);
    expect(quoteText('A\u0000')).toBe(String.raw`"A\u0000"`);
    expect(quoteText('\u001b[31mred')).toBe(String.raw`"\u001b[31mred"`);
    // DEL and the C1 controls (U+0085, next line, breaks lines in some viewers): JSON keeps them.
    expect(quoteText('A\u007fB')).toBe(String.raw`"A\u007fB"`);
    expect(quoteText('A\u0085B')).toBe(String.raw`"A\u0085B"`);
    expect(quoteText('\u009b')).toBe(String.raw`"\u009b"`);
  });

  it('escapes characters one cannot see: zero-width, bidi controls, separators, BOM', () => {
    expect(quoteText('Delta\u200b')).toBe(String.raw`"Delta\u200b"`);
    expect(quoteText('\u202eA wins')).toBe(String.raw`"\u202eA wins"`);
    expect(quoteText('\u202a\u202b\u202c\u202d')).toBe(String.raw`"\u202a\u202b\u202c\u202d"`);
    expect(quoteText('\u2066x\u2069')).toBe(String.raw`"\u2066x\u2069"`);
    expect(quoteText('\ufeffA')).toBe(String.raw`"\ufeffA"`);
    expect(quoteText('A\u2028B\u2029')).toBe(String.raw`"A\u2028B\u2029"`);
    expect(quoteText('no\u00a0break')).toBe(String.raw`"no\u00a0break"`);
    expect(quoteText('\u200e\u200f\u00ad')).toBe(String.raw`"\u200e\u200f\u00ad"`);
  });

  it('escapes format characters beyond the Basic Multilingual Plane, as two \\u escapes', () => {
    // U+E0001 LANGUAGE TAG is the surrogate pair DB40, DC01; U+E0041 TAG LATIN CAPITAL LETTER A
    // is DB40, DC41; U+1D173 MUSICAL SYMBOL BEGIN BEAM is D834, DD73. They were written raw.
    expect(quoteText('NT1\u{e0001}')).toBe(String.raw`"NT1\udb40\udc01"`);
    expect(quoteText('\u{e0041}A')).toBe(String.raw`"\udb40\udc41A"`);
    expect(quoteText('\u{e007f}')).toBe(String.raw`"\udb40\udc7f"`);
    expect(quoteText('x\u{1d173}\u{1d17a}')).toBe(String.raw`"x\ud834\udd73\ud834\udd7a"`);
    // Tags after a flag other than the black flag are escaped; after the black flag they make
    // a flag (England, Scotland, Wales), kept above.
    expect(quoteText('🏳\u{e0067}')).toBe(String.raw`"🏳\udb40\udc67"`);
    // An id written with one is quoted, so that it is never written as the id without it.
    expect(idText('NT1\u{e0001}')).toBe(String.raw`"NT1\udb40\udc01"`);
    expect(idText('🏴󠁧󠁢󠁷󠁬󠁳󠁿')).toBe('🏴󠁧󠁢󠁷󠁬󠁳󠁿');
  });

  it('escapes a lone surrogate, keeps a pair (an emoji) whole', () => {
    expect(quoteText('A\ud800')).toBe(String.raw`"A\ud800"`);
    expect(quoteText('\udfffB')).toBe(String.raw`"\udfffB"`);
    expect(quoteText('😀')).toBe('"😀"');
  });

  it('writes ordinary text as it is: accents, Welsh, £, emoji, other scripts', () => {
    for (const text of [
      'Pont-y-pŵl',
      'Ynys Môn',
      'Llŷn',
      'Café Société',
      '£1,200',
      '東京都',
      'Ελλάδα',
      'مرحبا',
      '👩‍💻 coder', // the zero-width joiner of an emoji sequence is kept
      '🏴󠁧󠁢󠁷󠁬󠁳󠁿', // the flag of Wales: astral tag characters kept
      "O'Brien & Sons",
    ]) {
      expect(quoteText(text)).toBe(`"${text}"`);
    }
  });

  it('escapes the quote and the backslash, as JSON does', () => {
    expect(quoteText('say "hi"')).toBe(String.raw`"say \"hi\""`);
    expect(quoteText(String.raw`A\nB`)).toBe(String.raw`"A\\nB"`);
  });

  it('is what describeValue writes for a string, didYouMean quotes and a path shows', () => {
    expect(describeValue('A\u0085')).toBe(String.raw`"A\u0085"`);
    expect(didYouMean(['NT1\u200b', 'NT2'])).toBe(
      String.raw` (did you mean "NT1\u200b" or "NT2"?)`,
    );
    expect(formatPath(['bids', 'A\nB', 'price'])).toBe(String.raw`bids["A\nB"].price`);
    expect(formatPath(['tags', 'x\u202e'])).toBe(String.raw`tags["x\u202e"]`);
  });

  it('never lets a control or invisible character through, and reads back to the text', () => {
    fc.assert(
      fc.property(userText({ maxLength: 200 }), (text) => {
        const quoted = quoteText(text);
        expect(hasRawInvisible(quoted)).toBe(false);
        // Unambiguous: the quoted text is JSON of exactly this text, so two texts never quote
        // the same.
        expect(JSON.parse(quoted)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('idText', () => {
  it('leaves an ordinary id bare', () => {
    expect(idText('A')).toBe('A');
    expect(idText('NT18')).toBe('NT18');
    expect(idText('Bid 2 (revised)')).toBe('Bid 2 (revised)');
    expect(idText('Pont-y-pŵl')).toBe('Pont-y-pŵl');
    expect(idText('£ & 東京 😀')).toBe('£ & 東京 😀');
  });

  it('quotes an id with a control or invisible character, escaped', () => {
    expect(idText('A\nB')).toBe(String.raw`"A\nB"`);
    expect(idText('A\tB')).toBe(String.raw`"A\tB"`);
    expect(idText('\u0000')).toBe(String.raw`"\u0000"`);
    expect(idText('Delta\u200b')).toBe(String.raw`"Delta\u200b"`);
    expect(idText('\u202eA')).toBe(String.raw`"\u202eA"`);
    expect(idText('A\ud800')).toBe(String.raw`"A\ud800"`);
  });

  it('quotes an id that would read otherwise bare: empty, spaces at an end, a quote, a backslash', () => {
    expect(idText('')).toBe('""');
    expect(idText(' A')).toBe('" A"');
    expect(idText('A ')).toBe('"A "');
    expect(idText('"A"')).toBe(String.raw`"\"A\""`);
    expect(idText(String.raw`A\nB`)).toBe(String.raw`"A\\nB"`);
    expect(idText('x'.repeat(201))).toBe(`"${'x'.repeat(60)}"... (201 characters)`);
  });

  it('never lets a control or invisible character through, and never writes two ids the same', () => {
    fc.assert(
      fc.property(userText({ maxLength: 200 }), (id) => {
        const text = idText(id);
        expect(hasRawInvisible(text)).toBe(false);
        // Bare text holds no `"`; quoted text is JSON of the id: either way the id reads back.
        expect(text.startsWith('"') ? JSON.parse(text) : text).toBe(id);
      }),
      { numRuns: 500 },
    );
  });
});
