import { DOMParser, type Element } from '@xmldom/xmldom';

/**
 * Parses chart output as XML, strictly: any warning or error of the parser fails the test, so
 * the SVG is well-formed (escaped labels, no stray characters). The one warning allowed is the
 * parser's guess that U+FFFD means an encoding problem: charts write it on purpose in place of
 * characters XML cannot carry.
 */
export function parseSvg(svg: string): Element {
  const document = new DOMParser({
    onError: (level, message) => {
      if (level === 'warning' && message.startsWith('Unicode replacement character')) return;
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(svg, 'image/svg+xml');
  const root = document.documentElement;
  if (root === null || root.tagName !== 'svg') throw new Error('no <svg> root');
  return root;
}

/** Every element under `root` (inclusive) with the tag `name`. */
export function all(root: Element, name: string): Element[] {
  return Array.from(root.getElementsByTagName(name));
}

/** Elements whose class list holds `name`. */
export function byClass(root: Element, name: string): Element[] {
  return Array.from(root.getElementsByTagName('*')).filter((element) =>
    (element.getAttribute('class') ?? '').split(' ').includes(name),
  );
}

/** The direct children of `parent` with the tag `name`. */
export function children(parent: Element, name: string): Element[] {
  return Array.from(parent.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (node as Element).tagName === name,
  );
}

/** A numeric attribute (fails when absent). */
export function num(element: Element, name: string): number {
  const value = element.getAttribute(name);
  if (value === null) throw new Error(`no ${name} on <${element.tagName}>`);
  return Number(value);
}

/** The text content of an element. */
export function textOf(element: Element): string {
  return element.textContent ?? '';
}

/** The (x, y) of a `translate(x,y)` transform. */
export function translation(element: Element): [number, number] {
  const match = /^translate\((-?[\d.]+),(-?[\d.]+)\)$/.exec(
    element.getAttribute('transform') ?? '',
  );
  if (match === null) throw new Error('no translate() transform');
  return [Number(match[1]), Number(match[2])];
}

/** The `<desc>` text of a chart. */
export function descOf(root: Element): string {
  return textOf(all(root, 'desc')[0]!);
}

/** A box on the page: a line of drawn text or a mark, in the chart's own coordinates. */
export interface Box {
  /** Left, top, right and bottom edges. */
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  /** What it is, for messages: the text, or the mark's tag. */
  readonly what: string;
  /** The `<text>` it belongs to (lines of one text are allowed to touch). */
  readonly owner: Element;
}

/** An attribute read from the element or the nearest ancestor that has it. */
function inherited(element: Element, name: string): string | null {
  for (let node: Element | null = element; node !== null; node = node.parentNode as Element) {
    if (node.nodeType !== 1) return null;
    const value = node.getAttribute(name);
    if (value !== null && value !== '') return value;
  }
  return null;
}

/** The sum of the `translate(x,y)` transforms of an element and its ancestors. */
function offset(element: Element): [number, number] {
  let [x, y] = [0, 0];
  for (let node: Element | null = element; node !== null; node = node.parentNode as Element) {
    if (node.nodeType !== 1) break;
    if ((node.getAttribute('transform') ?? '').startsWith('translate(')) {
      const [dx, dy] = translation(node);
      x += dx;
      y += dy;
    }
  }
  return [x, y];
}

/** `dy` in pixels: `0.35em`, `1em` or a number. */
function shift(value: string | null, size: number): number {
  if (value === null) return 0;
  return value.endsWith('em') ? Number(value.slice(0, -2)) * size : Number(value);
}

/**
 * The box of every line of drawn text, estimated with the charts' own measure of text
 * (`textWidth`, bold 7% wider): from the baseline, 0.72 of the size up (digits and capitals) and
 * 0.21 down (descenders), placed by `text-anchor` and the translations of its groups.
 */
export function textBoxes(root: Element, textWidth: (text: string, size: number) => number): Box[] {
  const boxes: Box[] = [];
  for (const owner of all(root, 'text')) {
    const spans = children(owner, 'tspan');
    const lines = spans.length === 0 ? [owner] : spans;
    for (const line of lines) {
      const content = textOf(line);
      if (content === '') continue;
      const size = Number(inherited(line, 'font-size') ?? 12);
      const bold = inherited(line, 'font-weight') === 'bold' ? 1.07 : 1;
      const width = textWidth(content, size * bold);
      const [dx, dy] = offset(line);
      const x = dx + Number(line.getAttribute('x') ?? owner.getAttribute('x') ?? 0);
      const baseline =
        dy +
        Number(line.getAttribute('y') ?? owner.getAttribute('y') ?? 0) +
        shift(line.getAttribute('dy') ?? owner.getAttribute('dy'), size);
      const anchor = inherited(line, 'text-anchor') ?? 'start';
      const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
      boxes.push({
        left,
        right: left + width,
        top: baseline - 0.72 * size,
        bottom: baseline + 0.21 * size,
        what: content,
        owner,
      });
    }
  }
  return boxes;
}

/** The boxes of `<rect>` marks under elements of class `kind` (bars, bands). */
export function rectBoxes(root: Element, kind: string): Box[] {
  return byClass(root, kind).flatMap((group) =>
    (group.tagName === 'rect' ? [group] : all(group, 'rect')).map((rect) => {
      const [dx, dy] = offset(rect);
      const left = dx + num(rect, 'x');
      const top = dy + num(rect, 'y');
      return {
        left,
        top,
        right: left + num(rect, 'width'),
        bottom: top + num(rect, 'height'),
        what: `<rect> of ${kind}`,
        owner: rect,
      };
    }),
  );
}

/**
 * What is wrong with the layout of a chart: text running off its view box, and text boxes that
 * overlap each other or a mark (by more than half a pixel, as coordinates are rounded). Empty
 * when every label has a place of its own.
 */
export function layoutProblems(root: Element, texts: readonly Box[], marks: readonly Box[]) {
  const [, , width, height] = (root.getAttribute('viewBox') ?? '').split(' ').map(Number);
  const problems: string[] = [];
  const name = (box: Box) =>
    `${JSON.stringify(box.what)} [${box.left.toFixed(1)}, ${box.top.toFixed(1)}, ${box.right.toFixed(1)}, ${box.bottom.toFixed(1)}]`;
  const overlap = (a: Box, b: Box) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
  for (const box of texts) {
    if (box.left < -0.5 || box.top < -0.5 || box.right > width! + 0.5 || box.bottom > height! + 0.5)
      problems.push(`${name(box)} runs off the chart (${width} by ${height})`);
  }
  texts.forEach((a, index) => {
    for (const b of texts.slice(index + 1)) {
      if (a.owner !== b.owner && overlap(a, b)) problems.push(`${name(a)} overlaps ${name(b)}`);
    }
    for (const mark of marks)
      if (overlap(a, mark)) problems.push(`${name(a)} overlaps ${name(mark)}`);
  });
  return problems;
}
