import { hasVisible } from '../core/schemas.js';
import { boldSize, fitText } from './text-width.js';

/**
 * Writing SVG text: escaping, coordinates and elements. Internal to the charts: every chart
 * builds its markup with these, so the output is well-formed XML and the same byte for byte for
 * the same input.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // XML parsers turn tabs and line feeds in attributes into spaces: references keep them as
  // given. A carriage return, or CR LF, is a line break written as a line feed, as XML and HTML
  // parsers read it (`&#13;` is a parse error in an HTML page).
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#10;',
};

/**
 * True for a UTF-16 code unit XML 1.0 cannot hold on its own (C0 controls, U+FFFE, U+FFFF), or
 * that an HTML parser reports as an error once the SVG is inlined in a page (DEL, C1 controls,
 * the noncharacters U+FDD0–U+FDEF).
 */
function forbidden(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0xfdd0 && code <= 0xfdef) ||
    code === 0xfffe ||
    code === 0xffff
  );
}

/**
 * `text` with each character XML cannot carry or HTML reports (other control characters, DEL
 * and C1 controls, lone surrogates, noncharacters such as U+FFFE, U+FDD0 or U+1FFFF) written as
 * `unwritable`, and the rest escaped by {@link ENTITIES} when `escaping` is true.
 */
function written(text: string, unwritable: string, escaping: boolean): string {
  let out = '';
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A pair, or a noncharacter of a supplementary plane (U+1FFFE … U+10FFFF).
        out +=
          (code & 0x3f) === 0x3f && next >= 0xdffe ? unwritable : text[index]! + text[index + 1]!;
        index += 1;
      } else {
        out += unwritable;
      }
    } else if ((code >= 0xdc00 && code <= 0xdfff) || forbidden(code)) {
      out += unwritable;
    } else if (escaping && code === 0x0d && text.charCodeAt(index + 1) === 0x0a) {
      // CR LF: one line break.
    } else {
      const character = text[index]!;
      out += escaping ? (ENTITIES[character] ?? character) : character;
    }
  }
  return out;
}

/**
 * Text made safe for XML content and attribute values, and for an HTML page to inline: `& < > "
 * '` become entities, tab and line feed character references, a carriage return or CR LF a line
 * feed's reference, and characters XML cannot carry or HTML reports (other control characters,
 * DEL and C1 controls, lone surrogates, noncharacters such as U+FFFE, U+FDD0 or U+1FFFF) become
 * U+FFFD.
 */
export function escapeXml(text: string): string {
  return written(text, '\uFFFD', true);
}

/**
 * True when `text` keeps a character one can see once written ({@link escapeXml}): not only
 * spaces, zero-width characters or characters written as U+FFFD. What a chart's labels and title
 * need. Internal.
 */
export function drawsVisibly(text: string): boolean {
  return hasVisible(written(text, '', false));
}

/**
 * A coordinate or length as SVG text: rounded to 2 decimal places, shortest form, never `-0`.
 * Geometry is drawing, not accounting: figures are fixed exactly before they become numbers.
 */
export function coordinate(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`internal: non-finite coordinate ${value}`);
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Attribute values: numbers are coordinates, strings are escaped, `undefined` is left out. */
export type Attributes = Readonly<Record<string, string | number | undefined>>;

function attributeText(attributes: Attributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    out += ` ${name}="${typeof value === 'number' ? coordinate(value) : escapeXml(value)}"`;
  }
  return out;
}

/**
 * One element: `element('rect', { x: 1 })` is `<rect x="1"/>`. Children are markup already
 * written (from other `element` calls, or {@link text}); attributes keep the order given.
 */
export function element(
  name: string,
  attributes: Attributes,
  ...children: (string | readonly string[])[]
): string {
  const open = `<${name}${attributeText(attributes)}`;
  // A list of children comes as one argument, not spread: a chart of 150,000 bars is more
  // arguments than an engine takes in one call.
  const inner = children.flat();
  return inner.length === 0 ? `${open}/>` : `${open}>${inner.join('')}</${name}>`;
}

/** A text node: the escaped text. */
export function text(content: string): string {
  return escapeXml(content);
}

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko, … and their presentation forms) and direction marks or controls. */
const RIGHT_TO_LEFT =
  /[\u0590-\u08ff\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefc]|[\ud802\ud803\ud83a\ud83b][\udc00-\udfff]/;

/**
 * A caller's label set beside the chart's own words and figures on one line (`Delivered:
 * £52,000.50`): when it holds right-to-left letters or direction controls, wrapped in a first
 * strong isolate (U+2068 … U+2069), so the bidi algorithm keeps it to itself and the figure after
 * it still reads left to right (`-£987.65`, not `987.65£-`); other text is returned as it is.
 */
export function isolated(label: string): string {
  return RIGHT_TO_LEFT.test(label) ? `\u2068${label}\u2069` : label;
}

/** A `<title>` child: the accessible name (and tooltip) of the mark it sits in. */
export function tooltip(content: string): string {
  return element('title', {}, text(content));
}

/** What {@link svgDocument} writes around a chart's marks. */
export interface SvgDocument {
  /** The id prefix; the title and desc get `<id>-title` and `<id>-desc`. */
  readonly id: string;
  /** The chart's kind, written as the root's class (`sv-chart sv-bar-chart`). */
  readonly kind: string;
  /** Width in pixels. */
  readonly width: number;
  /** Height in pixels. */
  readonly height: number;
  /** The accessible title, also drawn as the heading. */
  readonly title: string;
  /** The accessible description: the figures in words. */
  readonly desc: string;
  /** `<defs>` content (patterns), if any. */
  readonly defs?: readonly string[] | undefined;
  /** The marks, in drawing order. */
  readonly body: readonly string[];
}

/** Font stack of every chart: common sans-serif faces, so files look alike across systems. */
export const FONT = 'Arial, Helvetica, sans-serif';
/** Ink for text and axes: near black, above 15:1 contrast on white. */
export const INK = '#1a1a1a';
/** Secondary text and axis lines: grey with 7:1 contrast on white. */
export const MUTED = '#595959';
/** Grid lines and tracks. */
export const GRID = '#d9d9d9';
/** The charts' main colour (bars, bands, the first series): blue at 6:1 on white. */
export const ACCENT = '#0b63a6';
/** A light tint of {@link ACCENT}, behind hatching and strips. */
export const ACCENT_LIGHT = '#dbe9f5';

/** The standalone SVG file: root with role and labels, title, desc, defs, background, heading, marks. */
export function svgDocument(document: SvgDocument): string {
  const { id, width, height } = document;
  const lines = [
    `<svg${attributeText({
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${coordinate(width)} ${coordinate(height)}`,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      class: `sv-chart sv-${document.kind}`,
      'font-family': FONT,
      'font-size': 12,
      fill: INK,
    })}>`,
    element('title', { id: `${id}-title` }, text(document.title)),
    element('desc', { id: `${id}-desc` }, text(document.desc)),
  ];
  if (document.defs !== undefined && document.defs.length > 0) {
    lines.push(`<defs>${document.defs.join('')}</defs>`);
  }
  lines.push(element('rect', { width, height, fill: '#ffffff' }));
  lines.push(
    element(
      'text',
      { class: 'sv-heading', x: 16, y: 28, 'font-size': 16, 'font-weight': 'bold' },
      // Bold type runs about 7% wider than the regular widths the estimate knows.
      text(fitText(document.title, width - 32, boldSize(16))),
    ),
  );
  return `${[...lines, ...document.body, '</svg>'].join('\n')}\n`;
}
