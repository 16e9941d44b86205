// Cold import time in Node: a fresh process imports `social-value` (the built package, by its
// name: Node takes the `node` build, a bundle per entry point), the file-per-module build that
// bundlers get, the CommonJS build and, in turn, the dependencies alone (zod/mini and
// decimal.js), and each measures its own import with performance.now(). Runs alternate, so both see the same machine; the medians and
// their ratio are printed. A measurement, not a test: nothing fails on time.
// Usage: node scripts/import-time.mjs [runs] (after npm run build).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 21);
const probes = {
  'social-value (ESM, Node build)': "import('social-value')",
  'social-value (ESM, file per module as bundlers get it)': "import('./dist/index.js')",
  'social-value (CommonJS)': "Promise.resolve(require('social-value'))",
  'zod/mini + decimal.js (ESM)': "Promise.all([import('zod/mini'), import('decimal.js')])",
};
const timeOf = (load) =>
  Number(
    execFileSync(
      'node',
      [
        '-e',
        `const t = performance.now(); ${load}.then(() => console.log(performance.now() - t));`,
      ],
      { cwd: root, encoding: 'utf8' },
    ),
  );

const times = Object.fromEntries(Object.keys(probes).map((name) => [name, []]));
for (let run = 0; run < runs; run += 1) {
  for (const [name, load] of Object.entries(probes)) times[name].push(timeOf(load));
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const baseline = median(times['zod/mini + decimal.js (ESM)']);
console.log(`| import | median of ${runs} cold runs | ratio to zod/mini + decimal.js |`);
console.log('|---|---|---|');
for (const [name, values] of Object.entries(times)) {
  const value = median(values);
  console.log(`| ${name} | ${value.toFixed(1)} ms | ${(value / baseline).toFixed(2)}× |`);
}
