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
 * the largest count (at most `most`) whose labels, set at `size`, leave 12 pixels between them
 * (horizontal axes, `across`) or a line and a half (vertical axes). When even the fewest d3
 * ticks are too crowded, the first and last alone, or else the first alone. Internal.
 */
export function fittedTicks(
  scale: ScaleLinear<number, number>,
  format: ValueFormat,
  length: number,
  options: { readonly most: number; readonly size: number; readonly across: boolean },
): Tick[] {
  const labelled = (values: readonly number[]) => {
    const labels = tickLabels(values, format);
    return values.map((value, index) => ({ value, label: labels[index]! }));
  };
  const fits = (ticks: readonly Tick[], gaps: number) => {
    const need = options.across
      ? Math.max(...ticks.map((tick) => textWidth(tick.label, options.size))) + 12
      : options.size * 1.6;
    return need * gaps <= length;
  };
  let fewest: Tick[] = [];
  for (let count = options.most; count >= 2; count -= 1) {
    const ticks = labelled(scale.ticks(count));
    if (fits(ticks, ticks.length - 1)) return ticks;
    fewest = ticks;
  }
  if (fewest.length <= 1) return fewest;
  const ends = labelled([fewest[0]!.value, fewest[fewest.length - 1]!.value]);
  return fits(ends, 1) ? ends : ends.slice(0, 1);
}
