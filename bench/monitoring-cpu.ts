import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { cpuUsage, memoryUsage } from 'node:process';
import { pathToFileURL } from 'node:url';
import {
  buildPortfolio,
  CONTRACTS,
  checkSameFigures,
  plainPortfolio,
  runBare,
  runLibrary,
  runSameFigures,
  trackAll,
} from './monitoring-fixture.js';

// CPU-time ratios of the monitoring bench, measured in one process with the three runs
// interleaved (bare, same figures, library; then again), as these shared machines need.
//
//   node --import tsx bench/monitoring-cpu.ts [rounds]            ratios, median and best
//   node --import tsx --cpu-prof bench/monitoring-cpu.ts 1 library   a profile of the library alone
//   node --import tsx --expose-gc bench/monitoring-cpu.ts memory   retained heap per 1,000 reports
//   node --import tsx bench/monitoring-cpu.ts profile [file]       a CPU profile of one library run
//                                                                  (after a warm-up): GC share
//   node --import tsx bench/monitoring-cpu.ts profile-baseline      the same for the baseline

/** CPU time (user + system) of `run`, in milliseconds. */
function cpuMs(run: () => unknown): number {
  const before = cpuUsage();
  run();
  const used = cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The CPU times of `rounds` interleaved rounds, after one warm-up round. */
export function measureRounds(rounds: number, contracts = CONTRACTS) {
  const portfolio = buildPortfolio(contracts);
  const plain = plainPortfolio(portfolio);
  const runs = {
    bare: () => runBare(plain),
    sameFigures: () => runSameFigures(plain),
    library: () => runLibrary(portfolio),
  };
  const times = { bare: [] as number[], sameFigures: [] as number[], library: [] as number[] };
  for (const run of Object.values(runs)) run();
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, run] of Object.entries(runs)) {
      times[name as keyof typeof times].push(cpuMs(run));
    }
  }
  return times;
}

/** The ratios as printed lines. */
export function ratioLines(times: ReturnType<typeof measureRounds>, contracts = CONTRACTS) {
  const pairs = times.library.map((library, round) => ({
    same: library / times.sameFigures[round]!,
    bare: library / times.bare[round]!,
  }));
  const show = (ms: number) => `${Math.round(ms).toLocaleString('en-GB')} ms`;
  return [
    `monitoring, ${contracts.toLocaleString('en-GB')} contracts × 20 pledges × 8 deliveries, CPU time over ${times.library.length} interleaved rounds:`,
    `  library (trackDelivery + summarisePortfolio): median ${show(median(times.library))}, best ${show(Math.min(...times.library))}`,
    `  same figures with decimal.js:                  median ${show(median(times.sameFigures))}, best ${show(Math.min(...times.sameFigures))}`,
    `  bare sums with decimal.js:                     median ${show(median(times.bare))}, best ${show(Math.min(...times.bare))}`,
    `  library ÷ same figures: median ${median(pairs.map((pair) => pair.same)).toFixed(2)}×, best ${Math.min(...pairs.map((pair) => pair.same)).toFixed(2)}× (per round: ${pairs.map((pair) => pair.same.toFixed(2)).join(', ')})`,
    `  library ÷ bare sums:    median ${median(pairs.map((pair) => pair.bare)).toFixed(2)}×, best ${Math.min(...pairs.map((pair) => pair.bare)).toFixed(2)}×`,
  ];
}

/** Heap retained by 1,000 delivery reports (inputs built first, collected before and after). */
export function retainedPerThousandReports(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('run with node --expose-gc');
  const portfolio = buildPortfolio(1_000);
  trackAll(portfolio.slice(0, 50));
  gc();
  gc();
  const before = memoryUsage().heapUsed;
  const reports = trackAll(portfolio);
  gc();
  gc();
  const after = memoryUsage().heapUsed;
  if (reports.length !== 1_000) throw new Error('unreachable');
  return after - before;
}

/** A node of a V8 CPU profile, as much of it as is read here. */
interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string };
}

/**
 * Profiles one library run (after building the inputs and a warm-up run) with the inspector and
 * returns the share of the run's samples spent in the garbage collector (idle samples left out:
 * on a shared machine the process also waits for a core). Writes the profile to `file`.
 */
export async function profileRun(
  file: string,
  which: 'library' | 'sameFigures' = 'library',
): Promise<{ gcShare: number; samples: number }> {
  const portfolio = buildPortfolio();
  const plain = which === 'library' ? [] : plainPortfolio(portfolio);
  const run = which === 'library' ? () => runLibrary(portfolio) : () => runSameFigures(plain);
  run();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  run();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  writeFileSync(file, JSON.stringify(profile));
  const names = new Map<number, string>(
    (profile.nodes as ProfileNode[]).map((node) => [node.id, node.callFrame.functionName]),
  );
  let gc = 0;
  let active = 0;
  for (const id of profile.samples ?? []) {
    const name = names.get(id);
    if (name === '(idle)' || name === '(program)') continue;
    active += 1;
    if (name === '(garbage collector)') gc += 1;
  }
  return { gcShare: gc / active, samples: active };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [first, second] = process.argv.slice(2);
  if (first === 'profile' || first === 'profile-baseline') {
    const which = first === 'profile' ? 'library' : 'sameFigures';
    const file = second ?? `monitoring-${which}.cpuprofile`;
    const { gcShare, samples } = await profileRun(file, which);
    console.log(
      `garbage collector: ${(100 * gcShare).toFixed(1)}% of ${samples.toLocaleString('en-GB')} active samples of one ${which === 'library' ? 'library' : 'same-figures baseline'} run (profile: ${file})`,
    );
  } else if (first === 'memory') {
    const bytes = retainedPerThousandReports();
    console.log(`retained by 1,000 delivery reports: ${(bytes / 1e6).toFixed(1)} MB`);
  } else if (second === 'library') {
    const portfolio = buildPortfolio();
    for (let round = 0; round < Number(first ?? 1); round += 1) runLibrary(portfolio);
  } else {
    checkSameFigures();
    for (const line of ratioLines(measureRounds(Number(first ?? 3)))) console.log(line);
  }
}
