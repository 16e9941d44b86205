import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import { mutationTests, slowTests } from './scripts/mutation-areas.mjs';
import base from './vitest.config.ts';

// The vitest configuration Stryker runs (scripts/mutation.mjs sets MUTATION_AREA): only the tests
// that pin the area being mutated, so each mutant runs against a short, relevant suite.
const area = process.env.MUTATION_AREA;
if (!area) throw new Error('vitest.mutation.config.mjs: set MUTATION_AREA (npm run test:mutation)');

const config = mergeConfig(
  base,
  defineConfig({ test: { env: { DOC_EXAMPLES_UNDER: `src/${area}/` } } }),
);
// mergeConfig would append to the base include list: replace it.
config.test.include = mutationTests(area);
config.test.exclude = [...(config.test.exclude ?? configDefaults.exclude), ...slowTests];
config.test.benchmark = undefined;
export default config;
