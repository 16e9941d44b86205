import type { ScaleLinear } from 'd3-scale';
import { tickLabels, type ValueFormat } from './figures.js';
import { textWidth } from './text-width.js';

/** One labelled tick of a value axis. */
export interface Tick {
  /** The tick's figure (from d3's `ticks`). */
  readonly value: number;
  /** Its label, as the chart writes figures. */
  readonly label: string;
  /** Where its label goes along the axis: the tick's place, moved inwards to stay in bounds. */
  readonly at: number;
}

/** How {@link fittedTicks} may place the labels. */
export interface TickRoom {
  /** The most ticks to ask d3 for. */
  readonly most: number;
  /** Font size of the labels. */
  readonly size: number;
  /** True for a horizontal axis (labels side by side), false for a vertical one. */
  readonly across: boolean;
  /**
   * Horizontal axes: the span the labels must stay within (centred on their ticks, moved inwards
   * at the ends). Vertical axes: `[0, widest]`, the widest a label may be.
   */
  readonly bounds: readonly [number, number];
}

/**
 * The ticks of a linear scale whose labels fit `length` pixels without touching: d3's ticks for
 * the largest count (at most `most`) whose labels, set at `size`, leave 12 pixels between them
 * (horizontal axes, `across`) or a line and a half (vertical axes), within `bounds`. When even
 * the fewest d3 ticks are too crowded, the first and last alone, or else the zero alone (figures
 * of 1e59 in a chart 320 wide). Internal.
 */
export function fittedTicks(
  scale: ScaleLinear<number, number>,
  format: ValueFormat,
  length: number,
  room: TickRoom,
): Tick[] {
  const [low, high] = room.bounds;
  const labelled = (values: readonly number[]) => {
    const labels = tickLabels(values, format);
    return values.map((value, index) => {
      const label = labels[index]!;
      const half = textWidth(label, room.size) / 2;
      const at = room.across
        ? Math.min(Math.max(scale(value), low + half), high - half)
        : scale(value);
      return { value, label, at, half };
    });
  };
  const fits = (ticks: readonly ReturnType<typeof labelled>[number][], gaps: number) => {
    if (ticks.some((tick) => 2 * tick.half > high - low)) return false;
    if (!room.across) return room.size * 1.6 * gaps <= length;
    const widest = Math.max(...ticks.map((tick) => tick.half * 2));
    return (
      (widest + 12) * gaps <= length &&
      ticks.every((tick, index) => {
        const next = ticks[index + 1];
        return next === undefined || next.at - next.half - (tick.at + tick.half) >= 12;
      })
    );
  };
  const bare = (ticks: ReturnType<typeof labelled>) =>
    ticks.map(({ value, label, at }) => ({ value, label, at }));
  let fewest: ReturnType<typeof labelled> = [];
  for (let count = room.most; count >= 2; count -= 1) {
    const ticks = labelled(scale.ticks(count));
    if (fits(ticks, ticks.length - 1)) return bare(ticks);
    fewest = ticks;
  }
  if (fewest.length > 1) {
    const ends = labelled([fewest[0]!.value, fewest[fewest.length - 1]!.value]);
    if (fits(ends, 1)) return bare(ends);
    if (fits(ends.slice(0, 1), 0)) return bare(ends.slice(0, 1));
  } else if (fits(fewest, 0)) {
    return bare(fewest);
  }
  return bare(labelled([0]));
}
