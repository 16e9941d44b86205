import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'core/index': 'src/core/index.ts',
      'toms/index': 'src/toms/index.ts',
      'valuation/index': 'src/valuation/index.ts',
      'policy/index': 'src/policy/index.ts',
      'evaluation/index': 'src/evaluation/index.ts',
      'maturity/index': 'src/maturity/index.ts',
      'monitoring/index': 'src/monitoring/index.ts',
      'spend/index': 'src/spend/index.ts',
      'csv/index': 'src/csv/index.ts',
      'ocds/index': 'src/ocds/index.ts',
      'charts/index': 'src/charts/index.ts',
      'sql/index': 'src/sql/index.ts',
    },
    // d3 ships ESM only: bundled into the charts entry so its CommonJS build runs on every Node 20.
    noExternal: [/^d3-/, 'internmap'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false, // npm run build empties dist first: the two builds run at once
    treeshake: true,
    target: 'es2022',
    splitting: true,
  },
  {
    // The `social-value` command (package `bin`): one ESM file that imports the library by its
    // own name (`social-value`, `social-value/csv`, `social-value/charts`), so it runs on the
    // built entries above instead of carrying a second copy of them.
    entry: { 'cli/index': 'src/cli/index.ts' },
    external: [/^social-value(\/.*)?$/],
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    treeshake: true,
    target: 'es2022',
    splitting: false,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
