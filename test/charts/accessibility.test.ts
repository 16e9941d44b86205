import type { Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { barChart, radarChart, weightRangeChart } from '../../src/charts/index.js';
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

// Two bars, spokes or criteria may share a name (a model with two themes called alike, drawn by
// `social-value assess`): each is drawn, in input order, with its own mark; no id is made from a
// label, so ids stay unique; the <desc> names them in the order it says they are drawn, each
// with its figures, and each mark's <title> names its figures.
describe('labels used twice', () => {
  const idsOf = (root: Element) =>
    all(root, '*')
      .map((element) => element.getAttribute('id'))
      .filter((id): id is string => id !== null);
  const titles = (root: Element, kind: string) =>
    byClass(root, kind).map((group) => textOf(children(group, 'title')[0]!));

  it('bar chart: both bars drawn, top to bottom, each with its figure', () => {
    const bars = [
      { label: 'Jobs', value: 1 },
      { label: 'Jobs', value: 2 },
      { label: 'jobs ', value: -1 },
    ];
    const root = parseSvg(barChart({ title: 'T', valueFormat: 'money', bars }));
    expect(titles(root, 'sv-bar')).toEqual(['Jobs: £1.00', 'Jobs: £2.00', 'jobs : -£1.00']);
    expect(descOf(root)).toBe(
      'Bar chart, 3 bars from top to bottom: Jobs, £1.00; Jobs, £2.00; jobs , -£1.00 (below zero).',
    );
    const ids = idsOf(root);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('radar chart: both spokes drawn, clockwise, each with its figures', () => {
    const root = parseSvg(
      radarChart({
        title: 'T',
        axes: [
          { label: 'Jobs', max: 4 },
          { label: 'Jobs', max: 4 },
          { label: 'Growth', max: 4 },
        ],
        series: [
          { label: 'Present', values: [1, 2, 3] },
          { label: 'Target', values: [2, 3, 4] },
        ],
      }),
    );
    expect(byClass(root, 'sv-axis-label')).toHaveLength(3);
    expect(all(root, 'title').slice(1).map(textOf)).toEqual([
      'Present',
      'Present, Jobs: 1',
      'Present, Jobs: 2',
      'Present, Growth: 3',
      'Target',
      'Target, Jobs: 2',
      'Target, Jobs: 3',
      'Target, Growth: 4',
    ]);
    expect(descOf(root)).toContain(
      '3 axes clockwise from the top, each from 0 to 4. Series: Present (filled, solid line with circles), Target (dashed line with squares). Jobs: Present 1, Target 2; Jobs: Present 2, Target 3; Growth: Present 3, Target 4.',
    );
    const ids = idsOf(root);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('weight range chart: both rows drawn, top to bottom, each with its figures', () => {
    const root = parseSvg(
      weightRangeChart({
        title: 'T',
        criteria: [
          { label: 'Quality', weight: 30, from: 10, to: 40 },
          { label: 'Quality', weight: 20, from: 5, to: 25 },
        ],
      }),
    );
    expect(titles(root, 'sv-range')).toEqual([
      'Quality: current weight 30 points, winner unchanged from 10 to 40 points',
      'Quality: current weight 20 points, winner unchanged from 5 to 25 points',
    ]);
    expect(descOf(root)).toContain(
      '2 criteria, on a scale of 0 to 100 percentage points; a hatched band shows the weights over which the winner stays the same, a line with a diamond the current weight. Quality: current weight 30 points, winner unchanged from 10 to 40 points. Quality: current weight 20 points, winner unchanged from 5 to 25 points.',
    );
    const ids = idsOf(root);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
