import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/bar-chart.js';
import { benchmarkStripChart } from '../../src/charts/benchmark-strip-chart.js';
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

  it('wrap a label of millions of characters without a space over as many lines as it takes', () => {
    // The strip chart's sentence names the contract in full and wraps over as many lines as it
    // needs: 3,780,000 Ws (10.32 pixels each at 12) in a line of 320 - 32 = 288 pixels make
    // 27 a line, 140,000 lines and more. Broken into that many pieces, a word was spread into one
    // call (RangeError), and so were the lines into the sentence's <text>.
    const label = 'W'.repeat(27 * 140_000);
    const svg = benchmarkStripChart({
      title: 'T',
      width: 320,
      valueLabel: label,
      value: '0.1',
      percentiles: [
        { percentile: 25, value: '0.05' },
        { percentile: 75, value: '0.2' },
      ],
    });
    const start = svg.indexOf('<text class="sv-reading"');
    const reading = svg.slice(start, svg.indexOf('</text>', start));
    const lines = reading.split('<tspan').slice(1);
    expect(lines.length).toBeGreaterThan(140_000);
    const sentence = lines.map((line) => line.replace(/^[^>]*>/, '').replace('</tspan>', ''));
    expect(sentence.join('').replaceAll(/[^W]/g, '')).toBe(label);
    expect(sentence.slice(-3).join(' ')).toMatch(/: 10%, between the 25th .+ \(20%\)\.$/);
  });

  it('find the largest and smallest of 200,000 numbers', () => {
    const values = Array.from({ length: 200_000 }, (_, index) => (index * 7919) % 200_003);
    expect(largest(values)).toBe(200_002);
    expect(smallest(values)).toBe(0);
    expect(largest([])).toBe(-Infinity);
    expect(smallest([])).toBe(Infinity);
  });
});
