import { describe, expect, it } from 'vitest';
import { radarChart } from '../../src/charts/index.js';
import { boldSize, textWidth } from '../../src/charts/text-width.js';
import { caught } from '../errors.js';
import {
  all,
  byClass,
  children,
  descOf,
  layoutProblems,
  num,
  parseSvg,
  textBoxes,
  textOf,
  translation,
} from './svg-dom.js';

const svmi = {
  title: 'SVMI: present and target',
  axes: [
    { label: 'Policy and Scope', max: 4 },
    { label: 'Internal Management', max: 4 },
    { label: 'Measurement: TOMs', max: 4 },
    { label: 'Commissioning', max: 4 },
    { label: 'Procurement', max: 4 },
  ],
  series: [
    { label: 'Present', values: [1, 2, '1.5', 0, 4] },
    { label: 'Target', values: [3, 3, 2, 2, 4] },
  ],
};

function outerRadius(svg: string): number {
  const spoke = all(byClass(parseSvg(svg), 'sv-grid')[0]!, 'line')[0]!;
  return Math.hypot(num(spoke, 'x2'), num(spoke, 'y2'));
}

describe('radarChart', () => {
  it('puts each point at value / max of the outer radius, on its axis', () => {
    const svg = radarChart(svmi);
    const radius = outerRadius(svg);
    const series = byClass(parseSvg(svg), 'sv-series');
    svmi.series.forEach((entry, s) => {
      const points = byClass(series[s]!, 'sv-marker').map(translation);
      points.forEach(([x, y], index) => {
        const expected = (Number(entry.values[index]) / 4) * radius;
        expect(Math.hypot(x, y)).toBeCloseTo(expected, 1);
        if (expected > 0) {
          // Clockwise from the top: axis i is at angle i × 72°.
          const angle = (index * 2 * Math.PI) / 5;
          expect(x).toBeCloseTo(expected * Math.sin(angle), 1);
          expect(y).toBeCloseTo(-expected * Math.cos(angle), 1);
        }
      });
    });
  });

  it('draws rings labelled 1 to max, and figures under every axis label', () => {
    const root = parseSvg(radarChart(svmi));
    const rings = all(byClass(root, 'sv-rings')[0]!, 'text').map(textOf);
    expect(rings).toEqual(['1', '2', '3', '4']);
    expect(byClass(root, 'sv-figures').map(textOf)).toEqual([
      '1 / 3',
      '2 / 3',
      '1.5 / 2',
      '0 / 2',
      '4 / 4',
    ]);
    // Ring polygons: one per level, d3 lineRadial closed paths.
    const grid = byClass(root, 'sv-grid')[0]!;
    expect(all(grid, 'path')).toHaveLength(4);
  });

  it('labels the rings of a small common maximum to the places that tell them from 0 and each other', () => {
    // Rings at 0.0000002, 0.0000004, … of a maximum of 0.000001 were all labelled "0" (to 4
    // places); rings at 0.00002, 0.00004, … of 0.0001 read "0", "0", "0.0001", "0.0001", "0.0001".
    const ringLabels = (max: string) =>
      all(
        byClass(
          parseSvg(
            radarChart({
              title: 'T',
              axes: [
                { label: 'A', max },
                { label: 'B', max },
                { label: 'C', max },
              ],
              series: [],
            }),
          ),
          'sv-rings',
        )[0]!,
        'text',
      ).map(textOf);
    expect(ringLabels('0.000001')).toEqual([
      '0.0000002',
      '0.0000004',
      '0.0000006',
      '0.0000008',
      '0.000001',
    ]);
    expect(ringLabels('0.0001')).toEqual(['0.00002', '0.00004', '0.00006', '0.00008', '0.0001']);
    expect(ringLabels('1')).toEqual(['1']);
    expect(ringLabels('0.5')).toEqual(['0.1', '0.2', '0.3', '0.4', '0.5']);
  });

  it('leaves out a ring label that would run past the chart’s edge, as one that would touch a label', () => {
    // Rings of a maximum of 1e-40 are labelled 0.00000000000000000000000000000000000000002, …:
    // about 230 pixels from the centre, past the edge of a chart 320 wide (160 from the centre).
    const labels = (width: number) =>
      all(
        byClass(
          parseSvg(
            radarChart({
              title: 'T',
              width,
              axes: [
                { label: 'A', max: '1e-40' },
                { label: 'B', max: '1e-40' },
                { label: 'C', max: '1e-40' },
              ],
              series: [],
            }),
          ),
          'sv-rings',
        )[0]!,
        'text',
      ).map((label) => [textOf(label), num(label, 'x')] as const);
    expect(labels(320)).toEqual([]);
    const wide = labels(640);
    expect(wide.map(([label]) => label)).toEqual([
      '0.00000000000000000000000000000000000000002',
      '0.00000000000000000000000000000000000000004',
      '0.00000000000000000000000000000000000000006',
      '0.00000000000000000000000000000000000000008',
      '0.0000000000000000000000000000000000000001',
    ]);
    for (const [label, x] of wide) expect(320 + x + textWidth(label, 10)).toBeLessThanOrEqual(632);
  });

  it('fills the first series only and styles each with its own dash and marker', () => {
    const root = parseSvg(radarChart(svmi));
    const polygons = byClass(root, 'sv-polygon');
    expect(polygons.map((polygon) => polygon.getAttribute('fill-opacity'))).toEqual(['0.18', null]);
    expect(polygons[1]!.getAttribute('stroke-dasharray')).toBe('7 4');
    const shapes = byClass(root, 'sv-series').map((group) =>
      byClass(group, 'sv-marker')[0]!.getAttribute('d'),
    );
    expect(shapes[0]).not.toBe(shapes[1]);
    const titles = byClass(byClass(root, 'sv-series')[0]!, 'sv-marker').map((marker) =>
      textOf(children(marker, 'title')[0]!),
    );
    expect(titles[2]).toBe('Present, Measurement: TOMs: 1.5');
  });

  it('states every figure in its desc', () => {
    expect(descOf(parseSvg(radarChart(svmi)))).toBe(
      'Radar chart, 5 axes clockwise from the top, each from 0 to 4. ' +
        'Series: Present (filled, solid line with circles), Target (dashed line with squares). ' +
        'Policy and Scope: Present 1, Target 3; Internal Management: Present 2, Target 3; ' +
        'Measurement: TOMs: Present 1.5, Target 2; Commissioning: Present 0, Target 2; ' +
        'Procurement: Present 4, Target 4.',
    );
  });

  it('scales each axis by its own max when they differ, rings as shares', () => {
    const svg = radarChart({
      title: 'Mixed',
      axes: [
        { label: 'A', max: 10 },
        { label: 'B', max: 5 },
        { label: 'C', max: '2.5' },
      ],
      series: [{ label: 'S', values: [5, 5, '1.25'] }],
    });
    const radius = outerRadius(svg);
    const series = byClass(parseSvg(svg), 'sv-series')[0]!;
    const points = byClass(series, 'sv-marker').map(translation);
    expect(points.map(([x, y]) => Math.hypot(x, y))).toEqual(
      [radius / 2, radius, radius / 2].map((r) => expect.closeTo(r, 1)),
    );
    const rings = all(byClass(parseSvg(svg), 'sv-rings')[0]!, 'text').map(textOf);
    expect(rings).toEqual(['20%', '40%', '60%', '80%', '100%']);
    expect(descOf(parseSvg(svg))).toContain('A (out of 10): S 5');
  });

  it('draws one or two axes, and no axes', () => {
    for (const count of [1, 2]) {
      const svg = radarChart({
        title: 'Few',
        axes: Array.from({ length: count }, (_, index) => ({ label: `A${index}`, max: 4 })),
        series: [{ label: 'S', values: Array.from({ length: count }, () => 2) }],
      });
      expect(svg).not.toMatch(/NaN|Infinity|undefined/);
      expect(byClass(byClass(parseSvg(svg), 'sv-series')[0]!, 'sv-marker')).toHaveLength(count);
    }
    const none = parseSvg(radarChart({ title: 'None', axes: [], series: [] }));
    expect(descOf(none)).toBe('Radar chart with no axes.');
  });

  it('says a sole axis runs from 0 to its maximum, not "each"', () => {
    // It said "Radar chart, 1 axis, each from 0 to 4.", as if there were several axes.
    const one = (max: number | string) =>
      descOf(
        parseSvg(
          radarChart({
            title: 'One',
            axes: [{ label: 'Policy', max }],
            series: [{ label: 'Present', values: [1] }],
          }),
        ),
      );
    expect(one(4)).toBe(
      'Radar chart, 1 axis, from 0 to 4. Series: Present (filled, solid line with circles). Policy: Present 1.',
    );
    expect(one('2.5')).toBe(
      'Radar chart, 1 axis, from 0 to 2.5. Series: Present (filled, solid line with circles). Policy: Present 1.',
    );
  });

  it('keeps long axis labels and the key inside a narrow chart', () => {
    // At width 320 the radius is its least, 60, and a label beside it starts 74 pixels from the
    // centre (160): 320 / 2 - 60 - 30 = 70 pixels are left for its lines, to 16 from the edge.
    const long = 'Market Engagement and Partnerships with Everyone';
    const svg = radarChart({
      title: 'Narrow',
      width: 320,
      axes: Array.from({ length: 8 }, (_, i) => ({ label: `${long} ${i}`, max: 4 })),
      series: [
        { label: `Present position of the council as agreed`, values: Array(8).fill(1) },
        { label: 'Target', values: Array(8).fill(3) },
      ],
    });
    const root = parseSvg(svg);
    const [cx] = translation(byClass(root, 'sv-grid')[0]!);
    for (const label of byClass(root, 'sv-axis-label')) {
      const anchor = label.getAttribute('text-anchor');
      for (const line of all(label, 'tspan').filter((t) => t.getAttribute('class') === null)) {
        const x = cx + num(line, 'x');
        const w = textWidth(textOf(line), 12);
        const [from, to] =
          anchor === 'start' ? [x, x + w] : anchor === 'end' ? [x - w, x] : [x - w / 2, x + w / 2];
        expect(from).toBeGreaterThanOrEqual(16);
        expect(to).toBeLessThanOrEqual(304);
      }
    }
    const key = all(root, 'text').find((t) => textOf(t).startsWith('Figures under each axis'))!;
    expect(textOf(key).endsWith('…')).toBe(true);
    expect(textWidth(textOf(key), 11)).toBeLessThanOrEqual(288);
  });

  it('refuses a zero max, figures outside 0 to max and a wrong count of figures', () => {
    const zero = caught(() =>
      radarChart({ title: 'T', axes: [{ label: 'A', max: 0 }], series: [] }),
    );
    expect(zero.issues[0]!.path).toBe('chart.axes[0].max');
    expect(zero.issues[0]!.message).toBe('expected a number above 0, received 0');
    const above = caught(() =>
      radarChart({ ...svmi, series: [{ label: 'P', values: [1, 2, 5, 0, 1] }] }),
    );
    expect(above.issues[0]!.path).toBe('chart.series[0].values[2]');
    const below = caught(() =>
      radarChart({ ...svmi, series: [{ label: 'P', values: [1, 2, -1, 0, 1] }] }),
    );
    expect(below.issues[0]!.path).toBe('chart.series[0].values[2]');
    const count = caught(() => radarChart({ ...svmi, series: [{ label: 'P', values: [1] }] }));
    expect(count.issues[0]).toMatchObject({
      path: 'chart.series[0].values',
      message: 'expected 5 figures, one per axis, received 1',
    });
    const alike = caught(() =>
      radarChart({
        ...svmi,
        series: [svmi.series[0]!, { ...svmi.series[1]!, label: 'present\u200b' }],
      }),
    );
    expect(alike.issues[0]).toMatchObject({
      path: 'chart.series[1].label',
      message:
        'expected a label not used by another entry, received "present\\u200b" ("Present" but for case, spaces, invisible characters or Unicode form): chart.series[0] has it',
    });
  });

  it('writes each maximum exactly, so that a figure told apart from it never reads as it', () => {
    // 4 of a maximum of 4.00001 is written 4, short of the maximum; the maximum was written 4
    // too (to 4 places), and a figure at it 4 as well: "from 0 to 4 … A: S 4" read as a level
    // reached.
    const common = parseSvg(
      radarChart({
        title: 'T',
        axes: [
          { label: 'A', max: '4.00001' },
          { label: 'B', max: '4.00001' },
        ],
        series: [{ label: 'S', values: ['4', '4.00001'] }],
      }),
    );
    expect(descOf(common)).toBe(
      'Radar chart, 2 axes clockwise from the top, each from 0 to 4.00001. Series: S (filled, solid line with circles). A: S 4; B: S 4.00001.',
    );
    const own = parseSvg(
      radarChart({
        title: 'T',
        axes: [
          { label: 'A', max: '0.12345' },
          { label: 'B', max: 4 },
        ],
        series: [{ label: 'S', values: ['0.12345', 4] }],
      }),
    );
    // A figure at a maximum of 0.12345 read "0.12" beside "(0–0.1235)".
    expect(descOf(own)).toContain('A (out of 0.12345): S 0.12345; B (out of 4): S 4.');
    expect(textOf(byClass(own, 'sv-axis-label')[0]!)).toBe('A (0–0.12345)0.12345');
  });

  it('measures the figures under each axis as drawn, bold at 12, so they keep to their room', () => {
    // Drawn at the chart's 12 pixels but measured at 11, a line of figures was 9% wider than its
    // room: 0.000000000000000 under the top axis ran 1.5 pixels over the label of its neighbour.
    const chart = {
      title: 'T',
      width: 400,
      axes: [
        { label: 'Quality 0', max: '4' },
        ...[1, 2, 3, 4, 5, 6].map((index) => ({
          label: `A long criterion name with several words in it ${index}`,
          max: '4',
        })),
      ],
      series: [
        { label: 'S0', values: ['1e-40', '1e-40', '0', '1e-40', '0', '4', '4'] },
        { label: 'S1', values: ['4', '1e-40', '4', '1e-40', '1e-40', '1e-40', '4'] },
      ],
    };
    const root = parseSvg(radarChart(chart));
    expect(layoutProblems(root, textBoxes(root, textWidth), [])).toEqual([]);
    // Each line of figures within the labels' 130 pixels - at width 400, 200 - 60 - 30 = 110.
    const lines = byClass(root, 'sv-figures').map(textOf);
    expect(lines).toContain('0.0000000000000');
    for (const line of lines) expect(textWidth(line, boldSize(12))).toBeLessThanOrEqual(110);
  });

  it('never writes a figure as 0 or as the maximum when it is neither', () => {
    // To 2 places 0.001 read "0" and 3.999 read "4", the maximum: 3 places tell them apart.
    const root = parseSvg(
      radarChart({
        title: 'T',
        axes: [
          { label: 'A', max: 4 },
          { label: 'B', max: 4 },
        ],
        series: [{ label: 'S', values: ['0.001', '3.999'] }],
      }),
    );
    expect(descOf(root)).toContain('A: S 0.001; B: S 3.999.');
    expect(byClass(root, 'sv-figures').map(textOf)).toEqual(['0.001', '3.999']);
  });
});
