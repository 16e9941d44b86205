import { cpuUsage } from 'node:process';

// What the CPU benches measure with: these machines are shared, so CPU time, not wall time, and
// the median of interleaved runs.

/** CPU time (user + system) of `run`, in milliseconds. */
export function cpuMs(run: () => unknown): number {
  const before = cpuUsage();
  run();
  const used = cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The median of some timings (the upper of the two middle ones for an even count). */
export const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
