// The areas `npm run test:mutation` mutates and, for each, the files it mutates and the tests
// that may kill its mutants. Shared by scripts/mutation.mjs and vitest.mutation.config.mjs.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Every folder of src/ is an area. */
export function mutationAreas() {
  return readdirSync(resolve(root, 'src'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * The files Stryker mutates in an area: its code, without indexes (re-exports; the command's
 * entry point only calls `run`), types-only files
 * and sourced data tables (a mutated threshold or criterion is a wrong figure, pinned by the data
 * tests, not a logic defect).
 */
export function mutatedFiles(area) {
  return [
    `src/${area}/**/*.ts`,
    `!src/${area}/index.ts`,
    `!src/${area}/**/types.ts`,
    `!src/${area}/**/*-types.ts`,
    `!src/${area}/data/**`,
    `!src/${area}/presets/**`,
  ];
}

/**
 * Test files left out of mutation runs: they check scale (200,000 bids in one call, about 20 s
 * on a busy machine), not figures the other tests do not pin, and every mutant they cover would
 * run them again.
 */
export const slowTests = ['test/evaluation/scale.test.ts'];

/**
 * The tests run against an area's mutants: its own tests, its adversarial suite (core: every
 * adversarial suite, since every area calls core at its edges) and the TSDoc examples of its
 * files (test/docs/examples.test.ts reads DOC_EXAMPLES_UNDER), without {@link slowTests}.
 */
export function mutationTests(area) {
  const adversarial =
    area === 'core' ? ['test/adversarial/**/*.test.ts'] : [`test/adversarial/${area}.test.ts`];
  const tests = [`test/${area}/**/*.test.ts`, ...adversarial, 'test/docs/examples.test.ts'];
  if (area === 'core') tests.push('test/docs/errors-table.test.ts');
  return tests.filter((pattern) => pattern.includes('*') || existsSync(resolve(root, pattern)));
}
