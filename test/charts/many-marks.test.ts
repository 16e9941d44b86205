import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/bar-chart.js';
import { benchmarkStripChart } from '../../src/charts/benchmark-strip-chart.js';
import { largest, smallest } from '../../src/charts/extent.js';
import { figureLabelsApart } from '../../src/charts/figures.js';
import { stack } from '../../src/charts/layout.js';
import { element } from '../../src/charts/svg.js';
import { Decimal } from '../../src/core/decimal.js';

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

  it('tell the figures of 100,000 marks apart in one pass, not pair by pair', () => {
    // figureLabelsApart compared every two labels (and every two figures of a label) on each
    // pass: 100,000 figures written alike took minutes; 20,000 percentiles 8 s, a radar chart of
    // 10,000 series 45 s.
    const same = Array.from({ length: 100_000 }, () => new Decimal('0.125'));
    const started = performance.now();
    expect(new Set(figureLabelsApart(same, 'percent'))).toEqual(new Set(['12.5%']));
    // Figures 1e-7 apart: each told from its neighbours at 7 places of a percentage.
    const close = Array.from({ length: 100_000 }, (_, index) =>
      new Decimal('0.125').plus(new Decimal(index).times('1e-9')),
    );
    const labels = figureLabelsApart(close, 'percent');
    expect(labels.slice(0, 3)).toEqual(['12.5%', '12.5000001%', '12.5000002%']);
    expect(new Set(labels).size).toBe(100_000);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it('stack 250,000 strip labels at one place, each in a row of its own, in seconds', () => {
    // Each label looked through every row for room: 150,000 percentiles of one figure (a strip
    // may give many percentiles the same value) took 250,000²/2 looks, half a minute.
    const labels = Array.from({ length: 250_000 }, () => ({ x: 300, width: 100 }));
    const started = performance.now();
    const rows = stack(labels, 0, 700, 4);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(rows.every((entry, index) => entry.row === index && entry.centre === 300)).toBe(true);
    // A label right of them (250 to 350) with room in every row takes the first.
    const after = stack([...labels.slice(0, 1000), { x: 500, width: 100 }], 0, 700, 4);
    expect(after[1000]).toEqual({ row: 0, centre: 500 });
  }, 180_000);

  it('find the largest and smallest of 200,000 numbers', () => {
    const values = Array.from({ length: 200_000 }, (_, index) => (index * 7919) % 200_003);
    expect(largest(values)).toBe(200_002);
    expect(smallest(values)).toBe(0);
    expect(largest([])).toBe(-Infinity);
    expect(smallest([])).toBe(Infinity);
  });
});
