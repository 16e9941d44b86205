import { describe, expect, it } from 'vitest';
import { weightRangeChart } from '../../src/charts/index.js';
import { boldSize, textWidth } from '../../src/charts/text-width.js';
import { caught } from '../errors.js';
import { all, byClass, children, descOf, num, parseSvg, textOf } from './svg-dom.js';

const input = {
  title: 'Weights that keep the winner',
  criteria: [
    { label: 'Price', weight: 60, from: 45, to: 75 },
    { label: 'Quality', weight: 30, from: '12.5', to: 44 },
    { label: 'Social value', weight: 10, from: 0, to: 100 },
  ],
};

/** The x of 0 and of 100 points, read off the axis tick labels. */
function axis(svg: string): (points: number) => number {
  const ticks = all(byClass(parseSvg(svg), 'sv-axis')[0]!, 'text');
  const zero = num(ticks.find((tick) => textOf(tick) === '0')!, 'x');
  const hundred = num(ticks.find((tick) => textOf(tick) === '100')!, 'x');
  return (points) => zero + ((hundred - zero) * points) / 100;
}

describe('weightRangeChart', () => {
  it('draws each band from `from` to `to` on a 0 to 100 points axis, and marks the weight', () => {
    const svg = weightRangeChart(input);
    const x = axis(svg);
    const rows = byClass(parseSvg(svg), 'sv-range');
    input.criteria.forEach((criterion, index) => {
      const band = byClass(rows[index]!, 'sv-band')[0]!;
      expect(num(band, 'x')).toBeCloseTo(x(Number(criterion.from)), 1);
      expect(num(band, 'x') + num(band, 'width')).toBeCloseTo(x(Number(criterion.to)), 1);
      const weight = byClass(rows[index]!, 'sv-weight')[0]!;
      expect(num(weight, 'x1')).toBeCloseTo(x(criterion.weight), 1);
    });
  });

  it('labels every band, its ends and the current weight', () => {
    const rows = byClass(parseSvg(weightRangeChart(input)), 'sv-range');
    expect(rows.map((row) => textOf(byClass(row, 'sv-label')[0]!))).toEqual([
      'Price',
      'Quality',
      'Social value',
    ]);
    expect(rows.map((row) => textOf(byClass(row, 'sv-range-label')[0]!))).toEqual([
      '45–75',
      '12.5–44',
      '0–100',
    ]);
    expect(rows.map((row) => textOf(byClass(row, 'sv-weight-label')[0]!))).toEqual([
      '60',
      '30',
      '10',
    ]);
    expect(textOf(children(rows[1]!, 'title')[0]!)).toBe(
      'Quality: current weight 30 points, winner unchanged from 12.5 to 44 points',
    );
  });

  it('explains its marks without colour: a key and a desc', () => {
    const root = parseSvg(weightRangeChart(input));
    expect(textOf(byClass(root, 'sv-legend')[0]!)).toBe(
      'Weights that keep the winnerCurrent weight',
    );
    expect(descOf(root)).toContain(
      'Price: current weight 60 points, winner unchanged from 45 to 75 points. Quality:',
    );
    const band = byClass(root, 'sv-band')[0]!;
    expect(band.getAttribute('fill')).toMatch(/^url\(#sv-weight-range-chart-[0-9a-f]{8}-range\)$/);
  });

  it('puts the key on two rows when one row would run past a narrow chart', () => {
    // "Current weight" is about 80 pixels at 12: from x = 256 it would end near 336, past a
    // 320-pixel chart (304 with its margin), so it moves under the first entry. At 640 it stays.
    const entries = (width: number) =>
      all(byClass(parseSvg(weightRangeChart({ ...input, width })), 'sv-legend')[0]!, 'text');
    const [band, mark] = entries(320);
    expect(num(mark!, 'y')).toBeGreaterThan(num(band!, 'y'));
    expect(num(mark!, 'x') + textWidth(textOf(mark!), 12)).toBeLessThanOrEqual(304);
    const [wideBand, wideMark] = entries(640);
    expect(num(wideMark!, 'y')).toBe(num(wideBand!, 'y'));
    expect(num(wideMark!, 'x')).toBe(256);
  });

  it('keeps the current weight’s label inside the chart at either end of the axis', () => {
    // Centred on its mark at 99.9999999 points (x 616 of 640), the bold 99.9999999 ran 7.4 pixels
    // past the chart's right edge; the mark stays where it is.
    for (const width of [320, 640]) {
      for (const [weight, from, to] of [
        ['99.9999999', '50', '99.9999999'],
        ['0.0000001', '0.0000001', '50'],
      ]) {
        const root = parseSvg(
          weightRangeChart({
            title: 'T',
            width,
            criteria: [{ label: 'Price', weight: weight!, from: from!, to: to! }],
          }),
        );
        const label = byClass(root, 'sv-weight-label')[0]!;
        expect(textOf(label)).toBe(weight);
        const half = textWidth(weight!, boldSize(11)) / 2;
        expect(num(label, 'x') + half).toBeLessThanOrEqual(width - 8);
        expect(num(label, 'x') - half).toBeGreaterThanOrEqual(0);
      }
    }
    const root = parseSvg(
      weightRangeChart({
        title: 'T',
        criteria: [{ label: 'Price', weight: '99.9999999', from: '50', to: '99.9999999' }],
      }),
    );
    expect(num(byClass(root, 'sv-weight')[0]!, 'x1')).toBe(616);
  });

  it('draws a range of one weight and no criteria', () => {
    const single = parseSvg(
      weightRangeChart({ title: 'T', criteria: [{ label: 'A', weight: 1, from: 1, to: 1 }] }),
    );
    expect(num(byClass(single, 'sv-band')[0]!, 'width')).toBe(0);
    expect(textOf(byClass(single, 'sv-range-label')[0]!)).toBe('1 only');
    expect(descOf(single)).toContain('current weight 1 point,');
    const none = parseSvg(weightRangeChart({ title: 'T', criteria: [] }));
    expect(descOf(none)).toBe('Weight range chart with no criteria.');
  });

  it('refuses weights outside 0 to 100, reversed ranges and weights outside their range', () => {
    const big = caught(() =>
      weightRangeChart({ title: 'T', criteria: [{ label: 'A', weight: 50, from: 0, to: 101 }] }),
    );
    expect(big.issues[0]).toMatchObject({
      path: 'chart.criteria[0].to',
      message: 'expected a number at most 100, received 101',
    });
    const fraction = caught(() =>
      weightRangeChart({ title: 'T', criteria: [{ label: 'A', weight: 0.5, from: 0.6, to: 0.9 }] }),
    );
    expect(fraction.issues[0]!.path).toBe('chart.criteria[0].weight');
    const reversed = caught(() =>
      weightRangeChart({ title: 'T', criteria: [{ label: 'A', weight: 50, from: 60, to: 40 }] }),
    );
    expect(reversed.issues[0]!.path).toBe('chart.criteria[0].to');
    const outside = caught(() =>
      weightRangeChart({ title: 'T', criteria: [{ label: 'A', weight: 80, from: 40, to: 60 }] }),
    );
    expect(outside.issues[0]).toMatchObject({
      path: 'chart.criteria[0].weight',
      message: 'expected the current weight within its range, from 40 to 60, received "80"',
    });
  });

  it('never writes a range that stops short of 0 or 100 as reaching them', () => {
    // To 2 places 0.0000001 to 99.9999999 read "0–100": every weight keeps the winner. As many
    // more places as tell each end from the scale's (7) are written instead.
    const root = parseSvg(
      weightRangeChart({
        title: 'T',
        criteria: [{ label: 'Price', weight: '0.0000001', from: '0.0000001', to: '99.9999999' }],
      }),
    );
    expect(descOf(root)).toContain(
      'Price: current weight 0.0000001 points, winner unchanged from 0.0000001 to 99.9999999 points.',
    );
    expect(textOf(byClass(root, 'sv-range-label')[0]!)).toBe('0.0000001–99.9999999');
    expect(textOf(byClass(root, 'sv-weight-label')[0]!)).toBe('0.0000001');
  });
});
