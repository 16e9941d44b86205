import type { Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { benchmarkStripChart } from '../../src/charts/index.js';
import { textWidth } from '../../src/charts/text-width.js';
import { caught } from '../errors.js';
import { all, byClass, descOf, num, parseSvg, textOf } from './svg-dom.js';

// Social Value Portal figures quoted in Southend's policy (seed 001, §5.3), combined value type:
// 25th percentile 3.8%, median 15.7%, 75th percentile 36.6%, average 23.7%.
const combined = [
  { percentile: 75, value: '0.366' },
  { percentile: 25, value: '0.038' },
  { percentile: 50, value: '0.157' },
];

function reading(value: string): string {
  return textOf(
    byClass(
      parseSvg(benchmarkStripChart({ title: 'SVA', value, percentiles: combined })),
      'sv-reading',
    )[0]!,
  );
}

describe('benchmarkStripChart', () => {
  it('says where the figure lies among the percentiles, compared exactly', () => {
    expect(reading('0.01')).toBe('This contract: 1%, below the 25th percentile (3.8%).');
    expect(reading('0.038')).toBe('This contract: 3.8%, at the 25th percentile (3.8%).');
    // Just above the 25th percentile: written to the places that tell the two apart.
    expect(reading('0.0380001')).toBe(
      'This contract: 3.80001%, between the 25th percentile (3.8%) and the median (15.7%).',
    );
    expect(reading('0.2')).toBe(
      'This contract: 20%, between the median (15.7%) and the 75th percentile (36.6%).',
    );
    expect(reading('0.5')).toBe('This contract: 50%, above the 75th percentile (36.6%).');
  });

  it('never writes a figure and a percentile it differs from alike', () => {
    const sentenceOf = (
      value: string,
      percentiles: { percentile: number; value: string }[],
      valueFormat?: 'money',
    ) => descOf(parseSvg(benchmarkStripChart({ title: 'SVA', value, percentiles, valueFormat })));
    // 12.504% is above a median of 12.5%: both printed 12.5% before.
    expect(sentenceOf('0.12504', [{ percentile: 50, value: '0.125' }])).toContain(
      'This contract: 12.504%, above the median (12.5%).',
    );
    // Below both neighbours' printed figures but between them: the closer one decides the places.
    expect(
      sentenceOf('0.1249999', [
        { percentile: 25, value: '0.1249998' },
        { percentile: 50, value: '0.125' },
      ]),
    ).toContain(
      'This contract: 12.49999%, between the 25th percentile (12.49998%) and the median (12.5%).',
    );
    // Money: a tenth of a penny below £0.
    expect(sentenceOf('-0.001', [{ percentile: 50, value: '0' }], 'money')).toContain(
      'This contract: -£0.001, below the median (£0.00).',
    );
  });

  it('draws figures that differ with labels that differ, as the sentence writes them', () => {
    const root = parseSvg(
      benchmarkStripChart({
        title: 'SVA',
        value: '0.12504',
        percentiles: [
          { percentile: 25, value: '0.1249' },
          { percentile: 50, value: '0.125' },
          { percentile: 75, value: '0.3' },
        ],
        average: '0.125',
      }),
    );
    // 0.1249, 0.125 and 0.12504 all read 12.5% at 2 places; at 3, 12.49%, 12.5% and 12.504%.
    // The average equals the median and keeps its label; 30% is told apart from the rest already.
    const drawnFigure = (group: Element) => textOf(all(group, 'tspan').at(-1)!);
    expect(byClass(root, 'sv-percentile').map(drawnFigure)).toEqual(['12.49%', '12.5%', '30%']);
    expect(drawnFigure(byClass(root, 'sv-figure')[0]!)).toBe('12.504%');
    expect(drawnFigure(byClass(root, 'sv-average')[0]!)).toBe('12.5%');
    expect(descOf(root)).toContain(
      'This contract: 12.504%, between the median (12.5%) and the 75th percentile (30%).',
    );
    expect(descOf(root)).toContain(
      'Benchmark: 25th percentile 12.49%, median 12.5%, 75th percentile 30%, average 12.5%.',
    );
  });

  it('writes each figure in its sentence as the strip and the benchmark list write it', () => {
    // 0.12504 is told from the average of 0.125 (12.504%, 12.5%), not from its neighbours (10%,
    // 20%): the sentence wrote it 12.5%, as the average, beside a label of 12.504% on the strip.
    const apart = parseSvg(
      benchmarkStripChart({
        title: 'SVA',
        value: '0.12504',
        percentiles: [
          { percentile: 25, value: '0.1' },
          { percentile: 50, value: '0.2' },
        ],
        average: '0.125',
      }),
    );
    expect(descOf(apart)).toBe(
      'Strip chart. This contract: 12.504%, between the 25th percentile (10%) and the median (20%). Benchmark: 25th percentile 10%, median 20%, average 12.5%.',
    );
    expect(textOf(byClass(apart, 'sv-reading')[0]!)).toBe(
      'This contract: 12.504%, between the 25th percentile (10%) and the median (20%).',
    );
    // The 50.001st percentile (0.07521) is told from the median (0.0752) in the list, 7.521%
    // beside 7.52%; the sentence wrote it 7.52%, the median's figure.
    const named = parseSvg(
      benchmarkStripChart({
        title: 'SVA',
        value: '0.08517',
        percentiles: [
          { percentile: 50, value: '0.0752' },
          { percentile: '50.001', value: '0.07521' },
          { percentile: 90, value: '0.08521' },
        ],
      }),
    );
    expect(descOf(named)).toBe(
      'Strip chart. This contract: 8.517%, between the 50.001st percentile (7.521%) and the 90th percentile (8.521%). Benchmark: median 7.52%, 50.001st percentile 7.521%, 90th percentile 8.521%.',
    );
  });

  it('never labels two different figures alike, even after telling others apart', () => {
    // The median (0.000089999) and the average (0.000054899) both read 0.01% and took 3 places,
    // 0.009% and 0.005%: the average then read as the 0.0001st percentile (0.000049999), told
    // from 0 at 3 places. Both now take 4: 0.005% and 0.0055%.
    const root = parseSvg(
      benchmarkStripChart({
        title: 'SVA',
        value: '0.5',
        percentiles: [
          { percentile: '0.0001', value: '0.000049999' },
          { percentile: 50, value: '0.000089999' },
          { percentile: 75, value: '0.000189999' },
        ],
        average: '0.000054899',
      }),
    );
    expect(descOf(root)).toBe(
      'Strip chart. This contract: 50%, above the 75th percentile (0.02%). Benchmark: 0.0001st percentile 0.005%, median 0.009%, 75th percentile 0.02%, average 0.0055%.',
    );
  });

  it('never names two different percentiles alike', () => {
    // To 2 places 0.0001 is the "0th" and 50.001 and 50.004 both the "50th": 3 and 4 places
    // tell them from each other, from 0 and from the median.
    const root = parseSvg(
      benchmarkStripChart({
        title: 'SVA',
        value: '0.15',
        percentiles: [
          { percentile: '0.0001', value: '0.05' },
          { percentile: '50.001', value: '0.1' },
          { percentile: '50.004', value: '0.2' },
        ],
      }),
    );
    expect(descOf(root)).toContain(
      'Benchmark: 0.0001st percentile 5%, 50.001st percentile 10%, 50.004th percentile 20%.',
    );
  });

  it('places percentile ticks and the figure on one linear axis', () => {
    const svg = benchmarkStripChart({
      title: 'SVA',
      value: '0.125',
      percentiles: combined,
      average: '0.237',
    });
    const root = parseSvg(svg);
    const ticks = all(byClass(root, 'sv-axis')[0]!, 'text');
    const zero = num(ticks.find((tick) => textOf(tick) === '0%')!, 'x');
    const ten = num(ticks.find((tick) => textOf(tick) === '10%')!, 'x');
    const at = (fraction: number) => zero + (ten - zero) * (fraction / 0.1);
    const lines = byClass(root, 'sv-percentile').map((group) => all(group, 'line')[0]!);
    // Sorted by percentile: 25th, median, 75th.
    expect(lines.map((line) => num(line, 'x1'))).toEqual(
      [0.038, 0.157, 0.366].map((fraction) => expect.closeTo(at(fraction), 1)),
    );
    const figure = all(byClass(root, 'sv-figure')[0]!, 'line')[0]!;
    expect(num(figure, 'x1')).toBeCloseTo(at(0.125), 1);
    const average = all(byClass(root, 'sv-average')[0]!, 'line')[0]!;
    expect(num(average, 'x1')).toBeCloseTo(at(0.237), 1);
    expect(average.getAttribute('stroke-dasharray')).toBe('4 3');
  });

  it('labels every mark and states the figures in its desc', () => {
    const root = parseSvg(
      benchmarkStripChart({
        title: 'SVA',
        description: 'Combined value type.',
        value: '0.125',
        valueLabel: 'Contract A',
        percentiles: combined,
        average: '0.237',
      }),
    );
    expect(byClass(root, 'sv-percentile').map((group) => textOf(all(group, 'text')[0]!))).toEqual([
      '25th percentile3.8%',
      'Median15.7%',
      '75th percentile36.6%',
    ]);
    expect(textOf(all(byClass(root, 'sv-figure')[0]!, 'text')[0]!)).toBe('Contract A:12.5%');
    expect(textOf(all(byClass(root, 'sv-average')[0]!, 'text')[0]!)).toBe('Average:23.7%');
    expect(descOf(root)).toBe(
      'Combined value type. Strip chart. Contract A: 12.5%, between the 25th percentile (3.8%) and the median (15.7%). ' +
        'Benchmark: 25th percentile 3.8%, median 15.7%, 75th percentile 36.6%, average 23.7%.',
    );
  });

  it('names ordinal percentiles in English and takes other value formats', () => {
    const root = parseSvg(
      benchmarkStripChart({
        title: 'Spend per head',
        valueFormat: 'money',
        value: 22,
        percentiles: [
          { percentile: 1, value: 1 },
          { percentile: 2, value: 2 },
          { percentile: 3, value: 3 },
          { percentile: 11, value: 11 },
          { percentile: 22, value: 22 },
          { percentile: '2.5', value: '2.5' },
        ],
      }),
    );
    expect(descOf(root)).toBe(
      'Strip chart. This contract: £22.00, at the 22nd percentile (£22.00). Benchmark: 1st percentile £1.00, ' +
        '2nd percentile £2.00, 2.5th percentile £2.50, 3rd percentile £3.00, 11th percentile £11.00, ' +
        '22nd percentile £22.00.',
    );
  });

  it('gives whole-number percentiles English ordinals and decimals the suffix of their last digit', () => {
    const names = (list: readonly (number | string)[]): string[] =>
      byClass(
        parseSvg(
          benchmarkStripChart({
            title: 'T',
            value: 0,
            percentiles: list.map((percentile, index) => ({ percentile, value: index })),
          }),
        ),
        'sv-percentile',
      ).map((group) => textOf(all(group, 'text')[0]!).replace(/percentile.*/, 'percentile'));
    expect(names([1, 2, 3, 11, 12, 13, 21, 22, 23, 100])).toEqual([
      '1st percentile',
      '2nd percentile',
      '3rd percentile',
      '11th percentile',
      '12th percentile',
      '13th percentile',
      '21st percentile',
      '22nd percentile',
      '23rd percentile',
      '100th percentile',
    ]);
    // Spoken "thirty-three point three": the 33.3rd; 2.999 prints as 3, so the 3rd.
    expect(names(['0.1', '2.5', '2.999', '33.3', '66.7', '97.52'])).toEqual([
      '0.1st percentile',
      '2.5th percentile',
      '3rd percentile',
      '33.3rd percentile',
      '66.7th percentile',
      '97.52nd percentile',
    ]);
  });

  it('draws a figure with no percentiles, and equal figures', () => {
    const none = parseSvg(benchmarkStripChart({ title: 'T', value: 0, percentiles: [] }));
    expect(descOf(none)).toBe(
      'Strip chart. This contract: 0%. No benchmark percentiles were given.',
    );
    const flat = benchmarkStripChart({
      title: 'T',
      value: '0.1',
      percentiles: [
        { percentile: 25, value: '0.1' },
        { percentile: 50, value: '0.1' },
      ],
    });
    expect(descOf(parseSvg(flat))).toContain('at the 25th percentile to the median (10%)');
    expect(flat).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('wraps the sentence and shortens the label of the figure in a narrow chart, never past its edge', () => {
    // At the narrowest width, 320, the sentence (about 440 pixels at 12) gets 320 - 32 = 288
    // pixels a line: it wraps, and every word of it is still there.
    const svg = benchmarkStripChart({
      title: 'SVA',
      width: 320,
      valueLabel: 'A contract with a name far too long for a chart of this width',
      value: '0.125',
      percentiles: combined,
    });
    const root = parseSvg(svg);
    const lines = all(byClass(root, 'sv-reading')[0]!, 'tspan').map(textOf);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(
      'A contract with a name far too long for a chart of this width: 12.5%, between the 25th percentile (3.8%) and the median (15.7%).',
    );
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(288);
    // The label under the marker is shortened to the axis (24 to 296) less 4 pixels, then its
    // colon: at most 268 + 3.3 pixels.
    const label = all(byClass(root, 'sv-figure')[0]!, 'tspan')[0]!;
    expect(textOf(label).endsWith('…:')).toBe(true);
    expect(textWidth(textOf(label), 11)).toBeLessThanOrEqual(272);
    // The mark's <title> keeps the name whole, as the desc does.
    expect(textOf(all(byClass(root, 'sv-figure')[0]!, 'title')[0]!)).toBe(
      'A contract with a name far too long for a chart of this width: 12.5%',
    );
    // The chart grows with the lines: the last one sits 16 pixels above its bottom edge, as a
    // single line does.
    const tspans = all(byClass(root, 'sv-reading')[0]!, 'tspan');
    expect(num(tspans[tspans.length - 1]!, 'y') + 16).toBe(num(root, 'height'));
  });

  it('keeps the axis labels at the strip’s ends inside a narrow chart', () => {
    // Centred on ticks 24 pixels in, -£1,000,000,000,000 (93.4 pixels at 10) ran 22.7 pixels
    // off the left edge and £1,000,000,000,000 (90.4) 21.2 off the right, cut to
    // "00,000,000,000" and "£1,000,000,000". The strip now starts 8 + 46.7 = 54.7 in and ends
    // at 320 - 8 - 45.2 = 266.8, with £0 half way.
    const svg = benchmarkStripChart({
      title: 'T',
      width: 320,
      valueFormat: 'money',
      value: '-999000000000',
      percentiles: [
        { percentile: 25, value: '-999000000000' },
        { percentile: 50, value: '999000000000' },
      ],
    });
    const labels = all(byClass(parseSvg(svg), 'sv-axis')[0]!, 'text');
    expect(labels.map((label) => [textOf(label), num(label, 'x')])).toEqual([
      ['-£1,000,000,000,000', 54.7],
      ['£0', 160.75],
      ['£1,000,000,000,000', 266.8],
    ]);
    for (const label of labels) {
      const half = textWidth(textOf(label), 10) / 2;
      expect(num(label, 'x') - half).toBeGreaterThanOrEqual(8 - 0.01);
      expect(num(label, 'x') + half).toBeLessThanOrEqual(312 + 0.01);
    }
  });

  it('refuses repeated percentiles and figures that fall as the percentile rises', () => {
    const twice = caught(() =>
      benchmarkStripChart({
        title: 'T',
        value: 0,
        percentiles: [
          { percentile: 50, value: 1 },
          { percentile: '50.0', value: 2 },
        ],
      }),
    );
    // "50.0" is the 50th percentile again: the message names the entry that has it, rather than
    // quoting "50" as if that were what was given.
    expect(twice.issues[0]).toMatchObject({
      path: 'chart.percentiles[1].percentile',
      message: 'expected a percentile not given twice: the median is also chart.percentiles[0]',
    });
    const falling = caught(() =>
      benchmarkStripChart({
        title: 'T',
        value: 0,
        percentiles: [
          { percentile: 75, value: '0.1' },
          { percentile: 25, value: '0.2' },
        ],
      }),
    );
    expect(falling.issues[0]).toMatchObject({
      path: 'chart.percentiles[0].value',
      message: 'expected a figure at least 0.2 (the 25th percentile), received "0.1"',
    });
    const range = caught(() =>
      benchmarkStripChart({ title: 'T', value: 0, percentiles: [{ percentile: 101, value: 1 }] }),
    );
    expect(range.issues[0]!.path).toBe('chart.percentiles[0].percentile');
  });
});
