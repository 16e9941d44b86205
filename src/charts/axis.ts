import type { ScaleLinear } from 'd3-scale';
import { tickLabels, type ValueFormat } from './figures.js';
import { textWidth } from './text-width.js';

/** One labelled tick of a value axis. */
export interface Tick {
  /** The tick's figure (from d3's `ticks`). */
  readonly value: number;
  /** Its label, as the chart writes figures. */
  readonly label: string;
}

/**
 * The ticks of a linear scale whose labels fit `length` pixels without touching: d3's ticks for
 * the largest count (at most `most`) whose labels, set at `size`, leave `gap` pixels between
 * them (horizontal axes) or fit one line each (vertical axes, `across` false). Internal.
 */
export function fittedTicks(
  scale: ScaleLinear<number, number>,
  format: ValueFormat,
  length: number,
  options: { readonly most: number; readonly size: number; readonly across: boolean },
): Tick[] {
  for (let count = options.most; count >= 2; count -= 1) {
    const values = scale.ticks(count);
    const labels = tickLabels(values, format);
    const room = length / Math.max(1, values.length - 1);
    const need = options.across
      ? Math.max(...labels.map((label) => textWidth(label, options.size))) + 12
      : options.size * 1.6;
    if (need <= room || count === 2) {
      return values.map((value, index) => ({ value, label: labels[index]! }));
    }
  }
  return [];
}
