import { describe, expect, it } from 'vitest';
import { deliveryChart } from '../../src/charts/index.js';
import { textWidth } from '../../src/charts/text-width.js';
import { caught } from '../errors.js';
import { all, byClass, children, descOf, num, parseSvg, textOf, translation } from './svg-dom.js';

function markers(svg: string) {
  return byClass(parseSvg(svg), 'sv-series').map((group) =>
    byClass(group, 'sv-marker').map((marker) => ({
      at: translation(marker),
      shape: marker.getAttribute('d') ?? '',
      title: textOf(children(marker, 'title')[0]!),
    })),
  );
}

const DAY = 86_400_000;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY;

describe('deliveryChart', () => {
  const input = {
    title: 'Delivery against the pledge profile',
    valueFormat: 'money' as const,
    series: [
      {
        label: 'Pledged',
        points: [
          { date: '2025-04-01', value: 0 },
          { date: '2025-07-01', value: 30000 },
          { date: '2026-03-31', value: 120000 },
        ],
      },
      {
        label: 'Delivered',
        points: [
          { date: '2025-10-01', value: 45000 },
          { date: '2025-04-01', value: 0 },
        ],
      },
    ],
  };

  it('places points on a UTC time scale and a linear value scale', () => {
    const [pledged, delivered] = markers(deliveryChart(input));
    const [start, july, end] = pledged!;
    // x is proportional to days since the first date: 91 of 364 days to 1 July.
    const perDay = (end!.at[0] - start!.at[0]) / days('2025-04-01', '2026-03-31');
    expect(july!.at[0] - start!.at[0]).toBeCloseTo(perDay * days('2025-04-01', '2025-07-01'), 1);
    // y is proportional to the figure: 30,000 is a quarter of the way up to 120,000.
    const perPound = (start!.at[1] - end!.at[1]) / 120000;
    expect(start!.at[1] - july!.at[1]).toBeCloseTo(perPound * 30000, 1);
    // Points are drawn in date order, whatever the input order.
    expect(delivered!.map((point) => point.title)).toEqual([
      'Delivered, 1 April 2025: £0.00',
      'Delivered, 1 October 2025: £45,000.00',
    ]);
    expect(delivered![1]!.at[0] - start!.at[0]).toBeCloseTo(
      perDay * days('2025-04-01', '2025-10-01'),
      1,
    );
  });

  it('gives each series its own marker shape and dash, and labels its end', () => {
    const svg = deliveryChart(input);
    const [pledged, delivered] = markers(svg);
    expect(pledged![0]!.shape).not.toBe(delivered![0]!.shape);
    const lines = byClass(parseSvg(svg), 'sv-line');
    expect(lines[0]!.getAttribute('stroke-dasharray')).toBeNull();
    expect(lines[1]!.getAttribute('stroke-dasharray')).toBe('7 4');
    expect(byClass(parseSvg(svg), 'sv-end-label').map(textOf)).toEqual([
      'Pledged: £120,000.00',
      'Delivered: £45,000.00',
    ]);
    expect(byClass(parseSvg(svg), 'sv-legend-entry').map(textOf)).toEqual(['Pledged', 'Delivered']);
  });

  it('states every figure and date in its desc', () => {
    expect(descOf(parseSvg(deliveryChart(input)))).toBe(
      'Line chart, 2 lines, from 1 April 2025 to 31 March 2026. ' +
        'Pledged (solid line with circles): £0.00 on 1 April 2025, £30,000.00 on 1 July 2025, £120,000.00 on 31 March 2026. ' +
        'Delivered (dashed line with squares): £0.00 on 1 April 2025, £45,000.00 on 1 October 2025.',
    );
  });

  it('reads a Date by its calendar day, as the ISO string', () => {
    const fromDates = deliveryChart({
      title: 'T',
      series: [{ label: 'A', points: [{ date: new Date(2025, 3, 1), value: 1 }] }],
    });
    const fromText = deliveryChart({
      title: 'T',
      series: [{ label: 'A', points: [{ date: '2025-04-01', value: 1 }] }],
    });
    expect(fromDates).toBe(fromText);
  });

  it('labels time ticks by year, month or day as the span needs', () => {
    const years = deliveryChart({
      title: 'T',
      series: [
        {
          label: 'A',
          points: [
            { date: '2020-01-01', value: 1 },
            { date: '2030-01-01', value: 2 },
          ],
        },
      ],
    });
    const ticks = byClass(parseSvg(years), 'sv-axis')[0]!;
    const labels = Array.from(ticks.getElementsByTagName('text')).map(textOf);
    expect(labels).toContain('2024');
    const one = deliveryChart({
      title: 'T',
      series: [{ label: 'A', points: [{ date: '2025-06-15', value: 1 }] }],
    });
    expect(descOf(parseSvg(one))).toContain('on 15 June 2025');
    expect(one).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('puts date ticks on whole days only, each labelled once, over a span of a few days', () => {
    // Over one day or three d3 chose ticks 6 or 12 hours apart, labelled by their day:
    // "1 Jun 2025" four times, three of them at hours past the day they name.
    const dateTicks = (to: string) => {
      const root = parseSvg(
        deliveryChart({
          title: 'T',
          series: [
            {
              label: 'A',
              points: [
                { date: '2025-06-01', value: 1 },
                { date: to, value: 2 },
              ],
            },
          ],
        }),
      );
      const axis = byClass(root, 'sv-axis')[0]!;
      const marks = children(axis, 'line').slice(1);
      return children(axis, 'text')
        .filter((label) => label.getAttribute('text-anchor') === 'middle')
        .map((label, index) => [textOf(label), num(marks[index]!, 'x1')]);
    };
    expect(dateTicks('2025-06-02')).toEqual([
      ['1 Jun 2025', 39.62],
      ['2 Jun 2025', 593.76],
    ]);
    expect(dateTicks('2025-06-03')).toEqual([
      ['1 Jun 2025', 39.62],
      ['2 Jun 2025', 316.69],
      ['3 Jun 2025', 593.76],
    ]);
  });

  it('draws empty series and no series', () => {
    const none = parseSvg(deliveryChart({ title: 'T', series: [] }));
    expect(descOf(none)).toBe('Line chart with no figures.');
    const empty = parseSvg(deliveryChart({ title: 'T', series: [{ label: 'A', points: [] }] }));
    expect(textOf(empty)).toContain('No figures to show.');
    const mixed = parseSvg(
      deliveryChart({
        title: 'T',
        series: [
          { label: 'A', points: [] },
          { label: 'B', points: [{ date: '2025-01-01', value: 2 }] },
        ],
      }),
    );
    expect(descOf(mixed)).toContain('A (solid line with circles): no figures.');
  });

  it('keeps time running left to right in a narrow chart with wide figures', () => {
    // At width 320 the value labels (-£1,000,000,000,000: 102.74 pixels at 11) and the end label
    // beside the lines left the plot 10 pixels, its two date labels on top of each other (and
    // with wider figures the plot ran right to left). The end labels now go inside the plot,
    // which runs from 16 + 102.74 + 8 = 126.74 to 304: 1 March 2025, 59 of the 151 days, is at
    // 126.74 + 177.26 × 59 / 151 = 196, and 1 April (90 days) at 232.39.
    const svg = deliveryChart({
      title: 'T',
      width: 320,
      valueFormat: 'money',
      series: [
        {
          label: 'Expected',
          points: [
            { date: '2025-01-01', value: '-999000000000' },
            { date: '2025-06-01', value: '999000000000' },
          ],
        },
        {
          label: 'Delivered',
          points: [
            { date: '2025-01-01', value: 0 },
            { date: '2025-03-01', value: 5 },
          ],
        },
      ],
    });
    const xs = markers(svg).map((series) => series.map((marker) => marker.at[0]));
    expect(xs).toEqual([
      [126.74, 304],
      [126.74, 196],
    ]);
    const root = parseSvg(svg);
    const dates = all(root, 'text').filter((label) => /20\d\d$/.test(textOf(label)));
    expect(dates.map((label) => [textOf(label), num(label, 'x')])).toEqual([
      ['Jan 2025', 126.74],
      ['Apr 2025', 232.39],
    ]);
    // Expected's label ends 10 left of its last point (294); Delivered's, 82.72 wide, would
    // cover the £0 label left of its point, so it starts 10 right of it (206).
    const ends = byClass(root, 'sv-end-label');
    expect(ends.map((label) => [num(label, 'x'), label.getAttribute('text-anchor')])).toEqual([
      [294, 'end'],
      [206, null],
    ]);
    expect(294 - textWidth(textOf(ends[0]!), 11)).toBeGreaterThanOrEqual(126.74);
    expect(206 + textWidth(textOf(ends[1]!), 11)).toBeLessThanOrEqual(304);
  });

  it('reports bad input at paths that start with chart', () => {
    const date = caught(() =>
      deliveryChart({
        title: 'T',
        series: [{ label: 'A', points: [{ date: '2025-02-30', value: 1 }] }],
      }),
    );
    expect(date.issues[0]!.path).toBe('chart.series[0].points[0].date');
    const twice = caught(() =>
      deliveryChart({
        title: 'T',
        series: [
          { label: 'A', points: [] },
          { label: 'A', points: [] },
        ],
      }),
    );
    expect(twice.issues[0]!.path).toBe('chart.series[1].label');
    expect(twice.issues[0]!.message).toBe(
      'expected a label not used by another entry, received "A": chart.series[0] has it',
    );
    // Labels a reader cannot tell apart: an invisible space, a trailing space, case, Unicode form.
    // Labels a reader cannot tell apart: an invisible space, a trailing space, case, Unicode form.
    const alike = (first: string, second: string) =>
      caught(() =>
        deliveryChart({
          title: 'T',
          series: [
            { label: first, points: [] },
            { label: 'Pledged', points: [] },
            { label: second, points: [] },
          ],
        }),
      ).issues.map((issue) => `${issue.path}: ${issue.message}`);
    const but = 'but for case, spaces, invisible characters or Unicode form';
    expect(alike('Delivered', 'Delivered\u200b')).toEqual([
      `chart.series[2].label: expected a label not used by another entry, received "Delivered\\u200b" ("Delivered" ${but}): chart.series[0] has it`,
    ]);
    expect(alike('Delivered', 'Delivered ')).toEqual([
      `chart.series[2].label: expected a label not used by another entry, received "Delivered " ("Delivered" ${but}): chart.series[0] has it`,
    ]);
    expect(alike('Delivered', 'DELIVERED')).toEqual([
      `chart.series[2].label: expected a label not used by another entry, received "DELIVERED" ("Delivered" ${but}): chart.series[0] has it`,
    ]);
    expect(alike('Caf\u00e9', 'Cafe\u0301')).toEqual([
      `chart.series[2].label: expected a label not used by another entry, received "Cafe\u0301" ("Caf\u00e9" ${but}): chart.series[0] has it`,
    ]);
    const key = caught(() => deliveryChart({ title: 'T', serie: [] } as never));
    expect(key.issues.map((issue) => issue.path)).toEqual(['chart.series', 'chart.serie']);
  });
});
