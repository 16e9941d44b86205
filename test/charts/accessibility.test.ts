import { describe, expect, it } from 'vitest';
import { examples } from './examples.js';
import { all, byClass, children, descOf, parseSvg, textOf } from './svg-dom.js';

// What every chart must offer people who cannot see it, or not in colour: an image role named
// by its title and described by its desc (the figures in words), a text label for every mark,
// and unique ids so several charts can share one HTML page.
describe.each(Object.keys(examples))('%s', (name) => {
  const svg = examples[name]!();
  const root = parseSvg(svg);

  it('is an image labelled by its <title> and <desc>', () => {
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    const [titleId, descId] = (root.getAttribute('aria-labelledby') ?? '').split(' ');
    const title = children(root, 'title')[0]!;
    const desc = children(root, 'desc')[0]!;
    expect(title.getAttribute('id')).toBe(titleId);
    expect(desc.getAttribute('id')).toBe(descId);
    expect(textOf(title).length).toBeGreaterThan(0);
    expect(descOf(root).length).toBeGreaterThan(20);
    // The title and desc come first, as assistive technology expects.
    const first = Array.from(root.childNodes).filter((node) => node.nodeType === 1);
    expect(first.slice(0, 2).map((node) => node.nodeName)).toEqual(['title', 'desc']);
  });

  it('has unique ids, all derived from one prefix', () => {
    const ids = all(root, '*')
      .map((element) => element.getAttribute('id'))
      .filter((id): id is string => id !== null);
    expect(new Set(ids).size).toBe(ids.length);
    const prefix = ids[0]!.replace(/-title$/, '');
    for (const id of ids) expect(id.startsWith(`${prefix}-`)).toBe(true);
    for (const reference of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(reference[1]);
  });

  it('labels every mark in text', () => {
    for (const kind of ['sv-bar', 'sv-range', 'sv-percentile', 'sv-figure', 'sv-average']) {
      for (const group of byClass(root, kind)) {
        expect(textOf(children(group, 'title')[0]!)).not.toBe('');
        expect(all(group, 'text').length).toBeGreaterThan(0);
      }
    }
    for (const series of byClass(root, 'sv-series')) {
      for (const marker of byClass(series, 'sv-marker')) {
        expect(textOf(children(marker, 'title')[0]!)).toMatch(/: /);
      }
    }
  });

  it('writes no NaN, Infinity, undefined or [object …]', () => {
    expect(svg).not.toMatch(/NaN|Infinity|undefined|\[object /);
  });
});
