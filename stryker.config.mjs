// Stryker mutation testing, one area at a time. Run it through `npm run test:mutation` (every
// area) or `npm run test:mutation -- --area core` (scripts/mutation.mjs sets MUTATION_AREA).
// Scores and the surviving mutants are recorded in docs/quality.md.
import { mutatedFiles } from './scripts/mutation-areas.mjs';

const area = process.env.MUTATION_AREA;
if (!area) throw new Error('stryker.config.mjs: set MUTATION_AREA (npm run test:mutation)');
const reports = `reports/mutation/${area}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.mjs', related: false },
  // No TypeScript checker: it type-checks every mutant (minutes per area on two cores). A mutant
  // that would not compile is run anyway and almost always killed by the tests.
  checkers: [],
  mutate: mutatedFiles(area),
  coverageAnalysis: 'perTest',
  // Static mutants (code run when a module loads: tables, constants, schemas built at import)
  // need a full test run each, about three quarters of the time for a third of the mutants.
  // They are left out (reported as ignored) unless `--static` is given.
  ignoreStatic: process.env.MUTATION_STATIC !== '1',
  // Keeps the results of the last run: a rerun tests only mutants whose code or tests changed.
  incremental: true,
  incrementalFile: `${reports}/incremental.json`,
  concurrency: 2,
  timeoutMS: 10_000,
  timeoutFactor: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${reports}/index.html` },
  jsonReporter: { fileName: `${reports}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false },
  ignorePatterns: ['dist', 'docs/api', 'coverage', 'reports', '.doctest', '.stryker-tmp'],
  tempDirName: '.stryker-tmp',
  thresholds: { high: 85, low: 70, break: null },
};
