import { Decimal } from '../core/decimal.js';
import { figuresApart } from '../core/figures-apart.js';
import { figureText, gbpText, percentFigure } from '../core/wording.js';

/**
 * How a chart writes its figures: `'money'` as pounds and pence (`£1,250.00`), `'number'` as a
 * plain figure with at most 4 decimal places (`1,250.5`), `'percent'` for fractions (0.1 is
 * `10%`, at most 2 decimal places).
 */
export type ValueFormat = 'money' | 'number' | 'percent';

/**
 * The label of an exact figure, as the chart writes it beside its mark and in its desc: a figure
 * that is not zero is never written as zero (−0.001 as money is `-£0.001`, not `-£0.00`).
 */
export function figureLabel(value: Decimal, format: ValueFormat): string {
  const label = roundedLabel(value, format);
  if (value.isZero() || label.replace('-', '') !== roundedLabel(ZERO, format)) return label;
  const [write, places] = writerOf(format);
  // Past 200 places figuresApart gives up: the first significant digit, with its exponent
  // (£1e-300, not 300 zeros: a figure may be as small as the domain allows, 1e-100000 too).
  return value.e < -199
    ? exponentLabel(value, format)
    : figuresApart(value, ZERO, write, places)[0];
}

/** `value` to one significant digit in exponent notation, as its format writes it: `-£1e-300`. */
function exponentLabel(value: Decimal, format: ValueFormat): string {
  const digit = (figure: Decimal) => figure.abs().toSignificantDigits(1).toExponential();
  const sign = value.isNegative() ? '-' : '';
  if (format === 'money') return `${sign}£${digit(value)}`;
  return format === 'percent' ? `${sign}${digit(value.times(100))}%` : `${sign}${digit(value)}`;
}

/**
 * Labels of figures drawn side by side (a benchmark's figure, percentiles and average), as
 * {@link figureLabel} writes them, except that figures which differ but would read alike are
 * all written with as many more decimal places as tell every one of them apart (0.12504, 0.125
 * and 0.1249 as `12.504%`, `12.5%`, `12.49%`); equal figures keep one label. With `fixed`,
 * labels start from that many places instead (weights, to 2), and zero is told apart only from
 * figures given beside it.
 */
export function figureLabelsApart(
  values: readonly Decimal[],
  format: ValueFormat,
  fixed?: number,
): string[] {
  const [write, usual] = writerOf(format);
  const places = fixed ?? usual;
  const labels = values.map((value) =>
    fixed === undefined ? figureLabel(value, format) : write(value, fixed),
  );
  // A group told apart may come to read as a figure told from zero at more places (0.000054899
  // widened to 0.005% beside 0.000049999, written 0.005% from the start): groups are formed again
  // until no figures that differ read alike. Each pass writes some figures to more places.
  const all = values.map((_, index) => index);
  for (let pass = 0; pass < 200 && readAlike(values, all, (index) => labels[index]!); pass += 1) {
    // The figures of each label, kept up to date as labels are rewritten below: a figure
    // rewritten to a label still to come in this pass is told apart with its figures.
    const byLabel = new Map<string, number[]>();
    labels.forEach((label, index) => {
      const group = byLabel.get(label);
      if (group === undefined) byLabel.set(label, [index]);
      else group.push(index);
    });
    for (const label of [...byLabel.keys()]) {
      const group = byLabel.get(label)!;
      const first = values[group[0]!]!;
      // Nor, without `fixed`, a figure that is not zero written as zero.
      const alike = (at: number) =>
        (fixed === undefined &&
          group.some((index) => {
            const value = values[index]!;
            return !value.isZero() && write(value, at) === write(ZERO, at);
          })) ||
        readAlike(values, group, (index) => write(values[index]!, at));
      if (!group.some((index) => !values[index]!.eq(first))) continue;
      let at = places;
      while (at < 200 && alike(at)) at += 1;
      for (const index of group) {
        const text = write(values[index]!, at);
        labels[index] = text;
        if (text !== label) {
          const later = byLabel.get(text);
          if (later === undefined) byLabel.set(text, [index]);
          else later.push(index);
        }
      }
    }
  }
  return labels;
}

/**
 * True when two figures of `indexes` that differ are written alike by `text`: one pass, each
 * label's first figure kept (figures equal to it are equal to each other).
 */
function readAlike(
  values: readonly Decimal[],
  indexes: readonly number[],
  text: (index: number) => string,
): boolean {
  const first = new Map<string, Decimal>();
  for (const index of indexes) {
    const label = text(index);
    const seen = first.get(label);
    if (seen === undefined) first.set(label, values[index]!);
    else if (!seen.eq(values[index]!)) return true;
  }
  return false;
}

/** The label of a figure at the places of its format. */
function roundedLabel(value: Decimal, format: ValueFormat): string {
  if (format === 'money') return gbpText(value);
  if (format === 'percent') return percentFigure(value);
  return figureText(value);
}

/** How a format writes a figure to a number of places, and its usual places. */
function writerOf(format: ValueFormat): [(value: Decimal, places: number) => string, number] {
  if (format === 'money') return [moneyAt, 2];
  return format === 'percent' ? [percentFigure, 2] : [figureText, 4];
}

/**
 * Pounds to at most `places` decimal places, at least `least` written (pence by default):
 * `£5.00`, `-£0.001`; `£50,000` with `least` 0.
 */
function moneyAt(value: Decimal, places: number, least = 2): string {
  const [whole, fraction = ''] = figureText(value, places).split('.');
  const figure =
    least === 0 && fraction === '' ? whole! : `${whole}.${fraction.padEnd(least, '0')}`;
  return figure.startsWith('-') ? `-£${figure.slice(1)}` : `£${figure}`;
}

const ZERO = /* @__PURE__ */ new Decimal(0);

/**
 * Labels of axis ticks (plain numbers from a d3 scale), all with the same number of decimal
 * places: the fewest that tell every tick apart (`£0`, `£50,000`; `£0.00`, `£0.50`; `0%`, `5%`).
 */
export function tickLabels(ticks: readonly number[], format: ValueFormat): string[] {
  const exact = ticks.map(tickFigure);
  const places = Math.min(
    12,
    exact.reduce((most, tick) => Math.max(most, tick.decimalPlaces()), 0),
  );
  return exact.map((tick) => {
    // Not formatGBP: a tick of a nice domain may reach 1e60, past the figures it accepts.
    if (format === 'money') return moneyAt(tick, places, places === 0 ? 0 : Math.max(2, places));
    if (format === 'percent') return percentFigure(tick, Math.max(0, places - 2));
    return figureText(tick, places);
  });
}

/**
 * The decimal a tick stands for: ticks are binary floats (0.30000000000000004), and 12
 * significant digits recover the decimal step d3 chose.
 */
export function tickFigure(tick: number): Decimal {
  return new Decimal(tick).toSignificantDigits(12);
}

/** A number for drawing: the exact figure converted once its label is fixed. */
export function drawn(value: Decimal): number {
  return value.toNumber();
}

/**
 * The domain of a value axis that starts from zero: from the least figure (or 0) to the
 * greatest (or 0), compared exactly, then drawn; `[0, 1]` when every figure is 0, so a scale
 * never divides by nothing. It spans at least one unit of the format's last usual place (a
 * penny; 0.01% or 0.0001 otherwise), so that a bar of -£0.001 beside £0 is a tenth of the
 * axis, not all of it.
 */
export function zeroBasedDomain(
  figures: readonly Decimal[],
  format: ValueFormat,
): [number, number] {
  let low = figures[0]!;
  let high = figures[0]!;
  for (const figure of figures) {
    if (figure.lt(low)) low = figure;
    if (figure.gt(high)) high = figure;
  }
  const domain: [number, number] = [Math.min(0, drawn(low)), Math.max(0, drawn(high))];
  if (domain[0] === domain[1]) return [0, 1];
  const unit = format === 'money' ? 0.01 : 0.0001;
  if (domain[1] - domain[0] >= unit) return domain;
  return domain[1] > -domain[0] ? [domain[0], domain[0] + unit] : [domain[1] - unit, domain[1]];
}
