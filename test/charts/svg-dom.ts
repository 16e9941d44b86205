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
