import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  barChart,
  benchmarkStripChart,
  deliveryChart,
  radarChart,
  weightRangeChart,
} from '../../src/charts/index.js';
import { textWidth } from '../../src/charts/text-width.js';
import { Decimal } from '../../src/core/decimal.js';
import { idAsRead } from '../../src/core/id-as-read.js';
import {
  byClass,
  children,
  descOf,
  layoutProblems,
  num,
  parseSvg,
  rectBoxes,
  textBoxes,
  textOf,
} from './svg-dom.js';

const label = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    '<b>&amp;</b>',
    '"quoted" \'single\'',
    ']]>',
  ),
  // Any text with a character one can see: a label of spaces, controls or zero-width characters
  // alone is refused, as every id and name of the library is (core's idSchema), and so is one of
  // characters written as U+FFFD alone (lone surrogates, noncharacters).
  fc
    .string({ minLength: 1, maxLength: 40, unit: 'binary' })
    .filter((text) => /[^\s\p{Cc}\p{Cf}\p{Cs}\p{Noncharacter_Code_Point}]/u.test(text)),
);
const figure = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.constantFrom('0', '-0', '999999999999999.99', '-999999999999999', '0.0000001', '1e-40'),
);

/**
 * A figure of any size a chart accepts (below 10^`digits` in magnitude), with up to `places`
 * decimal places: mostly of every length from 1 digit to `digits`, and the longest labels (all
 * nines) and the smallest (a 1 far past the point) among them.
 */
const figureOf = (digits: number, places: number) =>
  fc.oneof(
    fc
      .tuple(fc.integer({ min: 1, max: digits }), fc.integer({ min: 0, max: places }), fc.boolean())
      .chain(([length, scale, negative]) =>
        fc
          .bigInt({ min: 0n, max: 10n ** BigInt(length) - 1n })
          .map((whole) => `${negative ? '-' : ''}${whole}e-${scale}`),
      ),
    fc.constantFrom(
      `${'9'.repeat(digits)}`,
      `-${'9'.repeat(digits - 2)}.${'9'.repeat(Math.min(places, 4))}`,
      `-1e-${Math.min(places, 40)}`,
      '0',
    ),
  );
const hugeFigure = figureOf(60, 40);
const width = fc.oneof(fc.constant(320), fc.integer({ min: 320, max: 2000 }));
const valueFormat = fc.constantFrom('money' as const, 'number' as const, 'percent' as const);
const shortLabel = fc.constantFrom('Jobs', 'A', 'Promote Local Skills and Employment', 'مرحبا');

/** The layout problems of a chart: labels off the chart, over each other or over `marks`. */
function problemsOf(svg: string, ...marks: string[]): string[] {
  const root = parseSvg(svg);
  return layoutProblems(
    root,
    textBoxes(root, textWidth),
    marks.flatMap((kind) => rectBoxes(root, kind)),
  );
}

/**
 * What XML 1.0 can carry and an HTML page can inline, as the chart writes it (lone surrogates,
 * controls, DEL, C1 controls and noncharacters become U+FFFD; a carriage return or CR LF a line
 * feed), read back by the test's parser:
 * @xmldom/xmldom reads U+2028 as a line end, as XML 1.1 does (seed 1676693814 found a label with
 * U+0085, a C1 control it read so too).
 */
function asWritten(text: string): string {
  return text.replace(/\r\n?|\u2028/g, '\n').replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

describe('hostile input', () => {
  it('writes DEL, C1 controls and noncharacters as U+FFFD, as C0 controls: an HTML page can inline the chart', () => {
    // Legal in XML 1.0, but parse errors in HTML ("control-character-in-input-stream",
    // "noncharacter-in-input-stream") when the SVG is inlined in a page.
    const odd = 'A\u007FB\u0080C\u0085D\u009FE\u0001F\uFDD0G\uFDEFH\u{1FFFE}I\u{10FFFF}J';
    const kept = 'K\u00A0L\uFDCFM\uFDF0N\u{1FFFD}O\u{20000}P';
    const svg = barChart({ title: odd + kept, bars: [{ label: odd, value: 1 }] });
    const shown = 'A\uFFFDB\uFFFDC\uFFFDD\uFFFDE\uFFFDF\uFFFDG\uFFFDH\uFFFDI\uFFFDJ';
    expect(svg).toContain(shown + kept);
    expect(descOf(parseSvg(svg))).toContain(shown);
    expect(asWritten(odd)).toBe(shown);
    expect(svg).not.toMatch(
      /[\u007F-\u009F\uFDD0-\uFDEF]|\uD83F[\uDFFE\uDFFF]|\uDBFF[\uDFFE\uDFFF]/,
    );
  });

  it('refuses a label or title of characters written as U+FFFD alone, as one of spaces alone', () => {
    // Noncharacters, lone surrogates, DEL and C1 controls, alone or among spaces and zero-width
    // characters: the chart would draw nothing but replacement characters.
    for (const hollow of [
      '\uFDD0',
      '\uFDEF\uFFFE',
      '\uFFFF',
      '\u{1FFFE}',
      '\u{10FFFF}',
      '\uD800',
      '\uDFFF',
      ' \uFDD0\u200b',
      '\u007F\u0085',
    ]) {
      const refused = (make: () => unknown, path: string) => {
        try {
          make();
        } catch (error) {
          expect(error).toMatchObject({ code: 'invalid-input' });
          const issues = (error as { issues: { path: string; message: string }[] }).issues;
          expect(issues.map((issue) => issue.path)).toEqual([path]);
          expect(issues[0]!.message).toMatch(
            /^expected text with a character one can see, received /,
          );
          return;
        }
        throw new Error(`accepted ${JSON.stringify(hollow)} at ${path}`);
      };
      refused(() => barChart({ title: hollow, bars: [] }), 'chart.title');
      refused(
        () => barChart({ title: 'T', bars: [{ label: hollow, value: 1 }] }),
        'chart.bars[0].label',
      );
      refused(
        () => deliveryChart({ title: 'T', series: [{ label: hollow, points: [] }] }),
        'chart.series[0].label',
      );
      refused(
        () => radarChart({ title: 'T', axes: [{ label: hollow, max: 4 }], series: [] }),
        'chart.axes[0].label',
      );
      refused(
        () =>
          weightRangeChart({
            title: 'T',
            criteria: [{ label: hollow, weight: 1, from: 0, to: 2 }],
          }),
        'chart.criteria[0].label',
      );
      refused(
        () =>
          benchmarkStripChart({
            title: 'T',
            value: 1,
            valueLabel: hollow,
            percentiles: [{ percentile: 50, value: 1 }],
          }),
        'chart.valueLabel',
      );
    }
    // One character one can see among them is enough: the rest is written as U+FFFD.
    const svg = barChart({ title: '\uFDD0A', bars: [{ label: '\uFFFEB\uD800', value: 1 }] });
    expect(descOf(parseSvg(svg))).toBe('Bar chart, 1 bar: \uFFFDB\uFFFD, 1.');
  });

  it('writes a carriage return, or CR LF, as one line feed, as it writes a line feed', () => {
    // `&#13;` is a parse error ("control-character-reference") in an HTML page that inlines it.
    const odd = 'a\r\nb\rc\nd\r\re';
    const svg = barChart({ title: odd, description: odd, bars: [{ label: odd, value: 1 }] });
    expect(svg).not.toMatch(/&#13;|\r/);
    expect(svg).toContain('<title id="sv-bar-chart-');
    expect(svg).toContain('>a&#10;b&#10;c&#10;d&#10;&#10;e</title>');
    expect(svg).toContain('<title>a&#10;b&#10;c&#10;d&#10;&#10;e: 1</title>');
    expect(descOf(parseSvg(svg))).toBe('a\nb\nc\nd\n\ne Bar chart, 1 bar: a\nb\nc\nd\n\ne, 1.');
  });

  it('bar charts of any labels and figures are well-formed XML that keeps every label', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ label, value: figure }), { maxLength: 8 }),
        fc.constantFrom('money', 'number', 'percent'),
        fc.integer({ min: 320, max: 2000 }),
        (bars, valueFormat, width) => {
          const svg = barChart({ title: 'Hostile', bars, valueFormat, width });
          const root = parseSvg(svg);
          expect(svg).not.toMatch(/NaN|Infinity|undefined|\[object /);
          expect(byClass(root, 'sv-bar')).toHaveLength(bars.length);
          for (const bar of bars) expect(descOf(root)).toContain(asWritten(bar.label));
          // Every bar lies inside the chart, with a width of 0 or more.
          for (const group of byClass(root, 'sv-bar')) {
            const rect = children(group, 'rect')[0]!;
            expect(num(rect, 'width')).toBeGreaterThanOrEqual(0);
            expect(num(rect, 'x')).toBeGreaterThanOrEqual(0);
            expect(num(rect, 'x') + num(rect, 'width')).toBeLessThanOrEqual(width);
          }
          expect(barChart({ title: 'Hostile', bars, valueFormat, width })).toBe(svg);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('lays out figures of any size at any width: no label off the chart, over another or a bar', () => {
    const options = { numRuns: 60 };
    fc.assert(
      fc.property(
        fc.array(fc.record({ label: shortLabel, value: hugeFigure }), {
          minLength: 1,
          maxLength: 6,
        }),
        valueFormat,
        width,
        (bars, valueFormat, width) => {
          const svg = barChart({ title: 'Huge', bars, valueFormat, width, axisLabel: 'Value' });
          expect(problemsOf(svg, 'sv-bar')).toEqual([]);
        },
      ),
      options,
    );
    const date = fc
      .integer({ min: 0, max: 3000 })
      .map((day) => new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            label: shortLabel,
            points: fc.array(fc.record({ date, value: hugeFigure }), {
              minLength: 1,
              maxLength: 4,
            }),
          }),
          { minLength: 1, maxLength: 4, selector: (entry) => entry.label },
        ),
        valueFormat,
        width,
        (series, valueFormat, width) => {
          const svg = deliveryChart({ title: 'Huge', series, valueFormat, width });
          expect(problemsOf(svg)).toEqual([]);
        },
      ),
      options,
    );
    const inputFigure = figureOf(15, 2);
    fc.assert(
      fc.property(
        hugeFigure,
        fc.array(inputFigure, { maxLength: 5 }),
        fc.option(inputFigure, { nil: undefined }),
        valueFormat,
        width,
        (value, figures, average, valueFormat, width) => {
          const sorted = [...figures].sort((a, b) => new Decimal(a).comparedTo(b));
          const percentiles = sorted.map((figure, index) => ({
            percentile: (index + 1) * 15,
            value: figure,
          }));
          const svg = benchmarkStripChart({
            title: 'Huge',
            value,
            percentiles,
            average,
            valueFormat,
            width,
          });
          expect(problemsOf(svg)).toEqual([]);
        },
      ),
      {
        ...options,
        // Seed 423476692 (a 20× soak): the figure's bold label was measured as plain text, and
        // the figure's label ran over the average's in one row.
        examples: [['9'.repeat(60), [], '999999999999999', 'number', 781]],
      },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            shortLabel,
            inputFigure.map((figure) => figure.replace(/^-/, '')),
          ),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        fc.integer({ min: 0, max: 4 }),
        width,
        (axes, count, width) => {
          // A maximum of 0 is refused (an axis must have room): 1 instead.
          const maxima = axes.map(([, max]) => (new Decimal(max).isZero() ? '1' : max));
          const svg = radarChart({
            title: 'Huge',
            axes: axes.map(([label], axis) => ({ label, max: maxima[axis]! })),
            series: Array.from({ length: count }, (_, index) => ({
              label: `Series ${index + 1}`,
              values: maxima.map((max, axis) => ((axis + index) % 2 === 0 ? max : '0')),
            })),
            width,
          });
          expect(problemsOf(svg)).toEqual([]);
        },
      ),
      options,
    );
    const points = fc.integer({ min: 0, max: 10000 }).map((hundredths) => hundredths / 100);
    fc.assert(
      fc.property(
        fc.array(
          fc
            .tuple(shortLabel, points, points, points)
            .map(([label, ...weights]) => weights.sort((a, b) => a - b) && { label, weights }),
          { minLength: 1, maxLength: 4 },
        ),
        width,
        (rows, width) => {
          const criteria = rows.map(({ label, weights: [from, weight, to] }) => ({
            label,
            from: from!,
            weight: weight!,
            to: to!,
          }));
          const svg = weightRangeChart({ title: 'Huge', criteria, width });
          expect(problemsOf(svg, 'sv-band')).toEqual([]);
        },
      ),
      options,
    );
  });

  it('the other charts take any labels too', () => {
    fc.assert(
      fc.property(label, label, (first, second) => {
        // Series labels must differ as a reader sees them (case, spaces, invisible characters).
        fc.pre(idAsRead(first) !== idAsRead(second));
        const svgs = [
          deliveryChart({
            title: first,
            series: [
              { label: first, points: [{ date: '2025-01-01', value: 1 }] },
              { label: `${second} `, points: [{ date: '2025-02-01', value: 2 }] },
            ],
          }),
          radarChart({
            title: second,
            axes: [
              { label: first, max: 4 },
              { label: second, max: 4 },
              { label: 'C', max: 4 },
            ],
            series: [{ label: first, values: [1, 2, 3] }],
          }),
          weightRangeChart({
            title: first,
            criteria: [{ label: second, weight: 50, from: 40, to: 60 }],
          }),
          benchmarkStripChart({
            title: second,
            valueLabel: first,
            value: '0.1',
            percentiles: [{ percentile: 50, value: '0.2' }],
          }),
        ];
        for (const svg of svgs) {
          const root = parseSvg(svg);
          expect(svg).not.toMatch(/NaN|Infinity|undefined|\[object /);
          const words = `${textOf(children(root, 'title')[0]!)} ${descOf(root)}`;
          expect(words).toContain(asWritten(first));
          expect(words).toContain(asWritten(second));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('keeps a right-to-left label from reordering the figure written after it', () => {
    // In a left-to-right line, "مرحبا: -£987.65" is laid out by the bidi algorithm as
    // "987.65£- :مرحبا", and a right-to-left override (U+202E) reverses "£12,345.67" to
    // "76.543,21£". Wrapped in U+2068 … U+2069, the label is kept to itself and the figure reads as
    // written; a left-to-right label is written as it is.
    const [open, close] = ['\u2068', '\u2069'];
    const delivery = parseSvg(
      deliveryChart({
        title: 'Bidi',
        valueFormat: 'money',
        series: [
          { label: 'مرحبا', points: [{ date: '2025-01-01', value: '-987.65' }] },
          { label: '\u202eDelivered', points: [{ date: '2025-01-01', value: '12345.67' }] },
          { label: 'Expected', points: [{ date: '2025-01-01', value: 5 }] },
        ],
      }),
    );
    expect(byClass(delivery, 'sv-end-label').map(textOf)).toEqual([
      `${open}مرحبا${close}: -£987.65`,
      `${open}\u202eDelivered${close}: £12,345.67`,
      'Expected: £5.00',
    ]);
    const strip = parseSvg(
      benchmarkStripChart({
        title: 'Bidi',
        valueLabel: 'هذا العقد',
        value: '0.125',
        percentiles: [{ percentile: 50, value: '0.2' }],
      }),
    );
    expect(textOf(byClass(strip, 'sv-reading')[0]!)).toBe(
      `${open}هذا العقد${close}: 12.5%, below the median (20%).`,
    );
    const radar = radarChart({
      title: 'Bidi',
      axes: [{ label: 'A', max: 4 }],
      series: [
        { label: 'الآن', values: [1] },
        { label: 'Target', values: [3] },
      ],
    });
    expect(radar).toContain(`Figures under each axis: ${open}الآن${close} / Target.`);
    const bars = parseSvg(
      barChart({ title: 'Bidi', bars: [{ label: 'שלום', value: -2 }], valueFormat: 'number' }),
    );
    expect(textOf(children(byClass(bars, 'sv-bar')[0]!, 'title')[0]!)).toBe(
      `${open}שלום${close}: -2`,
    );
  });

  it("keeps a right-to-left label to itself in every chart's desc too", () => {
    // The desc is read as one line of text (shown as such by some viewers): the same isolates as
    // the drawn labels, around each caller's label only.
    const [open, close] = ['\u2068', '\u2069'];
    const bars = parseSvg(
      barChart({
        title: 'Bidi',
        bars: [{ label: '\u202eשלום', value: -2 }],
        valueFormat: 'number',
      }),
    );
    expect(descOf(bars)).toBe(`Bar chart, 1 bar: ${open}\u202eשלום${close}, -2 (below zero).`);
    const delivery = parseSvg(
      deliveryChart({
        title: 'Bidi',
        valueFormat: 'money',
        series: [{ label: 'مرحبا', points: [{ date: '2025-01-01', value: '-987.65' }] }],
      }),
    );
    expect(descOf(delivery)).toContain(`${open}مرحبا${close} (`);
    const radar = parseSvg(
      radarChart({
        title: 'Bidi',
        axes: [{ label: 'محور', max: 4 }],
        series: [{ label: 'الآن', values: [1] }],
      }),
    );
    expect(descOf(radar)).toContain(`Series: ${open}الآن${close} (filled, `);
    expect(descOf(radar)).toContain(`${open}محور${close}: ${open}الآن${close} 1`);
    const strip = parseSvg(
      benchmarkStripChart({
        title: 'Bidi',
        valueLabel: 'هذا العقد',
        value: '0.125',
        percentiles: [{ percentile: 50, value: '0.2' }],
      }),
    );
    expect(descOf(strip)).toContain(`Strip chart. ${open}هذا العقد${close}: 12.5%`);
  });

  it('escapes markup in labels and titles instead of running it', () => {
    const svg = barChart({
      title: '</title><script>alert(1)</script>',
      bars: [{ label: '<&">', value: 1 }],
    });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;/title&gt;&lt;script&gt;');
    const root = parseSvg(svg);
    expect(textOf(byClass(root, 'sv-label')[0]!)).toBe('<&">');
  });

  it('treats __proto__ and constructor as ordinary labels', () => {
    const root = parseSvg(
      barChart({
        title: 'T',
        bars: [
          { label: '__proto__', value: 1 },
          { label: 'constructor', value: 2 },
        ],
      }),
    );
    expect(byClass(root, 'sv-label').map(textOf)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an own __proto__ key as an unknown key, without polluting anything', () => {
    const input = JSON.parse('{"title":"T","bars":[],"__proto__":{"polluted":true}}');
    expect(() => barChart(input)).toThrow(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('is the same whatever the order of keys in the input', () => {
    const a = barChart({ title: 'T', valueFormat: 'money', bars: [{ label: 'A', value: 1 }] });
    const b = barChart({ bars: [{ value: 1, label: 'A' }], valueFormat: 'money', title: 'T' });
    expect(a).toBe(b);
  });

  it('gives different default ids to different charts, and uses the id given', () => {
    const id = (svg: string) => /aria-labelledby="([^ ]+)-title/.exec(svg)![1];
    const one = barChart({ title: 'T', bars: [{ label: 'A', value: 1 }] });
    const two = barChart({ title: 'T', bars: [{ label: 'A', value: 2 }] });
    expect(id(one)).toMatch(/^sv-bar-chart-[0-9a-f]{8}$/);
    expect(id(one)).not.toBe(id(two));
    expect(id(barChart({ title: 'T', bars: [], id: 'chart-1' }))).toBe('chart-1');
  });
});
