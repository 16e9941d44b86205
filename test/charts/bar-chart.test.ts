import { describe, expect, it } from 'vitest';
import { barChart, deliveryChart } from '../../src/charts/index.js';
import { textWidth } from '../../src/charts/text-width.js';
import { Decimal } from '../../src/index.js';
import { caught } from '../errors.js';
import { all, byClass, children, descOf, num, parseSvg, textOf } from './svg-dom.js';

function bars(svg: string) {
  const root = parseSvg(svg);
  return byClass(root, 'sv-bar').map((group) => {
    const rect = children(group, 'rect')[0]!;
    return {
      x: num(rect, 'x'),
      width: num(rect, 'width'),
      fill: rect.getAttribute('fill') ?? '',
      title: textOf(children(group, 'title')[0]!),
      label: textOf(byClass(group, 'sv-label')[0]!),
      value: textOf(byClass(group, 'sv-value')[0]!),
    };
  });
}

describe('barChart', () => {
  it('draws bar lengths proportional to the figures, from one zero line', () => {
    const svg = barChart({
      title: 'Value by theme',
      valueFormat: 'money',
      bars: [
        { label: 'Jobs', value: '400' },
        { label: 'Growth', value: 200 },
        { label: 'Communities', value: new Decimal('100') },
      ],
    });
    const drawn = bars(svg);
    expect(drawn.map((bar) => bar.x)).toEqual([drawn[0]!.x, drawn[0]!.x, drawn[0]!.x]);
    // 400 : 200 : 100 = 4 : 2 : 1, to the 0.01 px the coordinates are rounded to.
    expect(Math.abs(drawn[0]!.width - 2 * drawn[1]!.width)).toBeLessThanOrEqual(0.02);
    expect(Math.abs(drawn[1]!.width - 2 * drawn[2]!.width)).toBeLessThanOrEqual(0.02);
    const zero = byClass(parseSvg(svg), 'sv-zero')[0]!;
    expect(num(zero, 'x1')).toBe(drawn[0]!.x);
  });

  it('runs negative bars left of the zero line, hatched and signed', () => {
    const svg = barChart({
      title: 'Net value',
      valueFormat: 'money',
      bars: [
        { label: 'Gain', value: 300 },
        { label: 'Loss', value: -150 },
      ],
    });
    const [gain, loss] = bars(svg);
    const zero = num(byClass(parseSvg(svg), 'sv-zero')[0]!, 'x1');
    expect(gain!.x).toBe(zero);
    expect(loss!.x + loss!.width).toBeCloseTo(zero, 1);
    expect(Math.abs(gain!.width - 2 * loss!.width)).toBeLessThanOrEqual(0.02);
    expect(loss!.fill).toMatch(/^url\(#sv-bar-chart-[0-9a-f]{8}-negative\)$/);
    expect(gain!.fill).toBe('#0b63a6');
    expect(loss!.value).toBe('-£150.00');
    expect(descOf(parseSvg(svg))).toContain('Loss, -£150.00 (below zero)');
    expect(svg).toContain('Hatched bars, left of the zero line, are below zero.');
  });

  it('labels every bar with its name and its exact figure', () => {
    const svg = barChart({
      title: 'By value type',
      valueFormat: 'money',
      bars: [
        { label: 'Local economic', value: '8461245.349' },
        { label: 'Social', value: '0.005' },
      ],
    });
    const drawn = bars(svg);
    expect(drawn.map((bar) => [bar.label, bar.value, bar.title])).toEqual([
      ['Local economic', '£8,461,245.35', 'Local economic: £8,461,245.35'],
      ['Social', '£0.01', 'Social: £0.01'],
    ]);
  });

  it('writes percentages of fractions and plain figures', () => {
    const percent = bars(
      barChart({ title: 'SVA', valueFormat: 'percent', bars: [{ label: 'A', value: '0.237' }] }),
    );
    expect(percent[0]!.value).toBe('23.7%');
    const number = bars(barChart({ title: 'FTE', bars: [{ label: 'A', value: '12.34567' }] }));
    expect(number[0]!.value).toBe('12.3457');
  });

  it('draws the value axis from d3 ticks, labelled in the value format', () => {
    const root = parseSvg(
      barChart({ title: 'T', valueFormat: 'money', bars: [{ label: 'A', value: 1000 }] }),
    );
    const ticks = all(byClass(root, 'sv-axis')[0]!, 'text').map(textOf);
    expect(ticks[0]).toBe('£0');
    expect(ticks.at(-1)).toBe('£1,000');
  });

  it('says so when there is nothing to draw', () => {
    const root = parseSvg(barChart({ title: 'Empty', bars: [] }));
    expect(byClass(root, 'sv-bar')).toEqual([]);
    expect(descOf(root)).toBe('Bar chart with no figures.');
    expect(textOf(root)).toContain('No figures to show.');
  });

  it('draws one bar, all-zero bars and huge figures without NaN', () => {
    const one = bars(barChart({ title: 'One', bars: [{ label: 'Only', value: 5 }] }));
    expect(one[0]!.width).toBeGreaterThan(0);
    const zeros = barChart({
      title: 'Zeros',
      bars: [
        { label: 'A', value: 0 },
        { label: 'B', value: '0.00' },
      ],
    });
    expect(bars(zeros).map((bar) => bar.width)).toEqual([0, 0]);
    const huge = barChart({
      title: 'Huge',
      valueFormat: 'money',
      bars: [
        { label: 'Big', value: '999999999999999.99' },
        { label: 'Tiny', value: '0.01' },
      ],
    });
    expect(bars(huge).map((bar) => bar.value)).toEqual(['£999,999,999,999,999.99', '£0.01']);
    for (const svg of [zeros, huge]) expect(svg).not.toMatch(/NaN|Infinity|undefined|\[object/);
  });

  it('shortens an axis label too long for the chart, in bar and delivery charts', () => {
    // 40 words of "Pounds " are about 1,550 pixels at 12: far more than a 320-pixel chart holds.
    const axisLabel = 'Pounds '.repeat(40).trim();
    const bars = parseSvg(
      barChart({ title: 'T', width: 320, axisLabel, bars: [{ label: 'Jobs', value: 1 }] }),
    );
    const label = all(bars, 'text').find((t) => textOf(t).startsWith('Pounds'))!;
    const centre = num(label, 'x');
    const half = textWidth(textOf(label), 12) / 2;
    expect(textOf(label).endsWith('…')).toBe(true);
    expect(centre - half).toBeGreaterThanOrEqual(16);
    expect(centre + half).toBeLessThanOrEqual(304);
    const lines = parseSvg(
      deliveryChart({
        title: 'T',
        width: 320,
        axisLabel,
        series: [{ label: 'Delivered', points: [{ date: '2025-01-01', value: 1 }] }],
      }),
    );
    const side = all(lines, 'text').find((t) => textOf(t).startsWith('Pounds'))!;
    expect(textOf(side).endsWith('…')).toBe(true);
    expect(num(side, 'x') + textWidth(textOf(side), 12)).toBeLessThanOrEqual(304);
  });

  it('keeps figures of both signs inside a narrow chart: ±£999bn at width 320', () => {
    // Side by side, the figures (about 117 and 114 pixels) left the bars 40 pixels and ran the
    // positive one off the right edge, cut to "£999,000,000,000". Now both sit right of the zero
    // line: names 40 wide (16 to 56), bars from 68 to 320 - 16 - 116.9 = 187.1, the domain
    // made nice as -£1tn to £1tn, so zero is at 127.55.
    const svg = barChart({
      title: 'T',
      valueFormat: 'money',
      width: 320,
      bars: [
        { label: 'Jobs', value: '999000000000' },
        { label: 'Loss', value: '-999000000000' },
      ],
    });
    const root = parseSvg(svg);
    const drawn = bars(svg);
    expect(drawn.map((bar) => bar.value)).toEqual(['£999,000,000,000.00', '-£999,000,000,000.00']);
    expect(drawn[0]!.x).toBe(127.55);
    expect(drawn[1]!.x + drawn[1]!.width).toBeCloseTo(127.55, 1);
    const figures = byClass(root, 'sv-value');
    // Jobs ends at 127.55 + 59.55 × 0.999 = 187.04; its figure 6 further. Loss's figure starts
    // 6 right of the zero line.
    expect(figures.map((figure) => num(figure, 'x'))).toEqual([193.04, 133.55]);
    for (const figure of figures) {
      expect(figure.getAttribute('text-anchor')).toBe('start');
      expect(num(figure, 'x') + textWidth(textOf(figure), 11)).toBeLessThanOrEqual(304);
    }
  });

  it('reports bad input at paths that start with chart', () => {
    const value = caught(() =>
      barChart({
        title: 'T',
        bars: [
          { label: 'A', value: 1 },
          { label: 'B', value: 'abc' },
        ],
      }),
    );
    expect(value.code).toBe('invalid-input');
    expect(value.issues[0]!.path).toBe('chart.bars[1].value');
    const key = caught(() => barChart({ title: 'T', bars: [{ lable: 'A', value: 1 } as never] }));
    expect(key.issues.map((issue) => [issue.path, issue.message])).toContainEqual([
      'chart.bars[0].lable',
      'unknown key (did you mean "label"?)',
    ]);
    const format = caught(() => barChart({ title: 'T', bars: [], valueFormat: 'pounds' as never }));
    expect(format.issues[0]!.path).toBe('chart.valueFormat');
    expect(caught(() => barChart({ title: '', bars: [] })).issues[0]!.path).toBe('chart.title');
    expect(caught(() => barChart({ title: 'T', bars: [], width: 10 })).issues[0]!.path).toBe(
      'chart.width',
    );
    expect(caught(() => barChart({ title: 'T', bars: [], id: '1 bad' })).issues[0]!.path).toBe(
      'chart.id',
    );
    expect(caught(() => barChart(null as never)).issues[0]!.path).toBe('chart');
    const range = caught(() => barChart({ title: 'T', bars: [{ label: 'A', value: '1e60' }] }));
    expect(range.code).toBe('out-of-range');
  });

  it('draws totals the library makes past 1e15, as formatGBP writes them', () => {
    // 20 × £99,999,999,999,999 = £1,999,999,999,999,980: a figure, not an input.
    const svg = barChart({
      title: 'T',
      valueFormat: 'money',
      bars: [
        { label: 'Jobs', value: new Decimal('99999999999999').times(20) },
        { label: 'Social', value: '514.88' },
      ],
    });
    expect(svg).toContain('Jobs, £1,999,999,999,999,980.00');
    expect(svg).toContain('Social, £514.88');
  });

  it('draws money just under 1e60, whose axis reaches £1e60 (past what formatGBP takes)', () => {
    // d3 makes the domain nice: 0 to 10^60, so the last tick is £1 followed by 60 zeros.
    const largest = '9'.repeat(60);
    const svg = barChart({
      title: 'T',
      valueFormat: 'money',
      width: 2000,
      bars: [{ label: 'A', value: largest }],
    });
    const ticks = byClass(parseSvg(svg), 'sv-axis')[0]!;
    const labels = all(ticks, 'text').map(textOf);
    expect(labels[0]).toBe('£0');
    expect(labels.at(-1)).toBe(`£1${',000'.repeat(20)}`);
  });

  it('does not change or freeze its input', () => {
    const input = { title: 'T', bars: [{ label: 'A', value: 1 }] };
    const copy = structuredClone(input);
    barChart(input);
    expect(input).toEqual(copy);
    expect(Object.isFrozen(input.bars)).toBe(false);
  });
});

describe('figures too small for their format', () => {
  it('are never written as zero: as many places as tell them from zero', () => {
    const svg = barChart({
      title: 'Tiny',
      valueFormat: 'money',
      bars: [
        { label: 'D', value: '-0.001' },
        { label: 'Z', value: 0 },
        { label: 'T', value: '1e-40' },
      ],
    });
    const desc = descOf(parseSvg(svg));
    expect(desc).toContain('D, -£0.001 (below zero)');
    expect(desc).toContain('Z, £0.00');
    expect(desc).toContain(`T, £0.${'0'.repeat(39)}1`);
    // Past the 200 places figuresApart tries: to the first significant digit with its exponent,
    // not £0.00, nor 300 zeros (1e-100000 made a label of 100,002 characters).
    const tiny = barChart({
      title: 'T',
      valueFormat: 'money',
      bars: [
        { label: 'A', value: '1e-300' },
        { label: 'B', value: '-2.6e-100000' },
      ],
    });
    const tinyDesc = descOf(parseSvg(tiny));
    expect(tinyDesc).toContain('A, £1e-300;');
    expect(tinyDesc).toContain('B, -£3e-100000 (below zero)');
    expect(tiny.length).toBeLessThan(5_000);
    const tinyShare = barChart({
      title: 'Share',
      valueFormat: 'percent',
      bars: [{ label: 'S', value: '4e-250' }],
    });
    expect(descOf(parseSvg(tinyShare))).toContain('S, 4e-248%');
    const percent = barChart({
      title: 'Share',
      bars: [{ label: 'S', value: '0.0000001' }],
      valueFormat: 'percent',
    });
    expect(descOf(parseSvg(percent))).toContain('S, 0.00001%');
  });

  it('are drawn on an axis of at least a penny, not across the whole chart', () => {
    // -£0.001 beside £0 filled the plot: the axis now runs from -£0.01 to £0, so the bar is a
    // tenth of it.
    const root = parseSvg(
      barChart({
        title: 'Tiny',
        valueFormat: 'money',
        bars: [
          { label: 'Refund', value: '-0.001' },
          { label: 'Nothing', value: 0 },
        ],
      }),
    );
    const ticks = all(byClass(root, 'sv-axis')[0]!, 'text');
    const at = (label: string) => num(ticks.find((tick) => textOf(tick) === label)!, 'x');
    const penny = at('£0.000') - at('-£0.010');
    const bar = children(byClass(root, 'sv-bar')[0]!, 'rect')[0]!;
    expect(Math.abs(num(bar, 'width') - penny / 10)).toBeLessThanOrEqual(0.02);
    expect(num(bar, 'x') + num(bar, 'width')).toBeCloseTo(at('£0.000'), 1);
  });
});
