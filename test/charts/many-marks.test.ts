import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/bar-chart.js';
import { largest, smallest } from '../../src/charts/extent.js';
import { element } from '../../src/charts/svg.js';

// A bar chart of 150,000 bars (one a pledge line of a long sheet) stopped with "RangeError:
// Maximum call stack size exceeded": the widest label was measured with Math.max(...widths) and
// the marks were passed to one call as its arguments, more than an engine takes (about 125,000
// in Node 20). The radar, delivery and weight range charts built their marks the same way.
describe('charts of very many marks', () => {
  const count = 150_000;

  it('draw a bar chart of 150,000 bars, every bar kept', () => {
    const bars = Array.from({ length: count }, (_, index) => ({
      label: `M${index}`,
      value: index,
    }));
    const svg = barChart({ title: 'Every line', bars, valueFormat: 'number' });
    expect(svg.match(/<g class="sv-bar">/g)).toHaveLength(count);
    expect(svg).toContain('<title>M149999: 149,999</title>');
  });

  it('take a list of children as one argument', () => {
    const children = Array.from({ length: 200_000 }, (_, index) => element('rect', { x: index }));
    const group = element('g', {}, children);
    expect(group.startsWith('<g><rect x="0"/><rect x="1"/>')).toBe(true);
    expect(group.endsWith('<rect x="199999"/></g>')).toBe(true);
    expect(element('g', {}, [])).toBe('<g/>');
    expect(element('g', {}, 'a', ['b', 'c'])).toBe('<g>abc</g>');
  });

  it('find the largest and smallest of 200,000 numbers', () => {
    const values = Array.from({ length: 200_000 }, (_, index) => (index * 7919) % 200_003);
    expect(largest(values)).toBe(200_002);
    expect(smallest(values)).toBe(0);
    expect(largest([])).toBe(-Infinity);
    expect(smallest([])).toBe(Infinity);
  });
});
