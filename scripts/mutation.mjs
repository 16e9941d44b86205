// Mutation testing with Stryker, one area after another (each has its own mutate list, tests and
// report in reports/mutation/<area>/). Usage:
//   npm run test:mutation                      every area (long: hours on two cores)
//   npm run test:mutation -- --area core       one area (repeat --area for several)
//   npm run test:mutation:core                 the same, per area
//   npm run test:mutation -- --area core --static   also static mutants (much slower)
//   npm run test:mutation -- --area core --concurrency 1   one test runner (a busy machine)
// Not part of `npm run ci`. Scores and surviving mutants: docs/quality.md.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mutationAreas } from './mutation-areas.mjs';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    area: { type: 'string', multiple: true },
    static: { type: 'boolean' },
    concurrency: { type: 'string' },
  },
});
const known = mutationAreas();
const areas = values.area ?? known;
const unknown = areas.filter((area) => !known.includes(area));
if (unknown.length > 0) {
  console.error(`Unknown area ${unknown.join(', ')}; areas: ${known.join(', ')}.`);
  process.exit(2);
}

const stryker = resolve(root, 'node_modules/@stryker-mutator/core/bin/stryker.js');
const results = [];
for (const area of areas) {
  const started = Date.now();
  console.log(`\n=== Mutation testing: ${area} ===`);
  const extra = values.concurrency === undefined ? [] : ['--concurrency', values.concurrency];
  const run = spawnSync(process.execPath, [stryker, 'run', 'stryker.config.mjs', ...extra], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, MUTATION_AREA: area, MUTATION_STATIC: values.static ? '1' : '0' },
  });
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  results.push({ area, status: run.status, minutes, ...score(area) });
}

console.log('\nArea        Score   Killed  Survived  Timeout  No cover  Minutes');
for (const r of results) {
  const cells = [r.score, r.killed, r.survived, r.timeout, r.noCoverage, r.minutes];
  console.log(
    [r.area.padEnd(10), ...cells.map((cell, i) => String(cell).padStart(i === 0 ? 7 : 8))].join(
      ' ',
    ),
  );
}
process.exitCode = results.some((r) => r.status !== 0) ? 1 : 0;

/** The counts of reports/mutation/<area>/mutation.json (the JSON reporter's file). */
function score(area) {
  let report;
  try {
    report = JSON.parse(
      readFileSync(resolve(root, `reports/mutation/${area}/mutation.json`), 'utf8'),
    );
  } catch {
    return { score: '-', killed: '-', survived: '-', timeout: '-', noCoverage: '-' };
  }
  const count = { Killed: 0, Survived: 0, Timeout: 0, NoCoverage: 0 };
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) if (mutant.status in count) count[mutant.status] += 1;
  }
  const detected = count.Killed + count.Timeout;
  const valid = detected + count.Survived + count.NoCoverage;
  return {
    score: valid === 0 ? '-' : `${((100 * detected) / valid).toFixed(1)}%`,
    killed: count.Killed,
    survived: count.Survived,
    timeout: count.Timeout,
    noCoverage: count.NoCoverage,
  };
}
