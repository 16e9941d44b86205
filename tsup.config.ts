import { defineConfig, type Options } from 'tsup';

// The public entry points: the root and one subpath per area (package.json `exports`).
const areas = [
  'core',
  'toms',
  'valuation',
  'policy',
  'evaluation',
  'maturity',
  'monitoring',
  'spend',
  'csv',
  'ocds',
  'charts',
  'sql',
];
const entry: Record<string, string> = {
  index: 'src/index.ts',
  ...Object.fromEntries(areas.map((area) => [`${area}/index`, `src/${area}/index.ts`])),
};

const common: Options = {
  outDir: 'dist',
  target: 'es2022',
  // No source maps: the JavaScript is not minified and reads as the TypeScript does, and maps
  // with their sources inside were 8.2 of the package's 13.5 MB.
  sourcemap: false,
  // `npm run build` empties dist/ first: the configs below run side by side.
  clean: false,
};

export default defineConfig([
  // ESM, one file per source module: with `sideEffects: false` a bundler drops every module an
  // import does not reach, so `import { formatGBP } from 'social-value'` brings only core.
  {
    ...common,
    entry: ['src/**/*.ts', '!src/embed/**', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    dts: false,
  },
  // ESM for Node (export condition `node`): one bundle per entry point with shared chunks, as
  // loading some 230 module files one by one costs Node about 60 ms more on a cold import.
  // Bundlers building for the browser take the file-per-module build above.
  {
    ...common,
    entry,
    outDir: 'dist/node',
    format: ['esm'],
    splitting: true,
    treeshake: true,
    dts: false,
  },
  // CommonJS, one bundle per entry point (shared chunks). d3 ships ESM only: bundled into the
  // charts entry so its CommonJS build runs on every Node 20.
  {
    ...common,
    entry,
    format: ['cjs'],
    noExternal: [/^d3-/, 'internmap'],
    splitting: true,
    treeshake: true,
    dts: false,
  },
  // Declarations for both (`.d.ts` beside the ESM, `.d.cts` beside the CommonJS).
  {
    ...common,
    entry,
    format: ['esm', 'cjs'],
    dts: { only: true },
  },
  // The `social-value` command (package `bin`): one ESM file that imports the library by its own
  // name (`social-value`, `social-value/csv`, `social-value/charts`), so it runs on the built
  // entries above instead of carrying a second copy of them; only internals no entry exports
  // come along (the totals of `track`'s chart at many dates in one pass, monitoring's steps of
  // `trackDelivery` with what they read: about 80 kB of the file).
  {
    ...common,
    entry: { 'cli/index': 'src/cli/index.ts' },
    external: [/^social-value(\/.*)?$/],
    format: ['esm'],
    dts: false,
    treeshake: true,
    splitting: false,
    banner: { js: '#!/usr/bin/env node' },
  },
  // One self-contained file for engines that run JavaScript but not Node (data-warehouse UDFs,
  // edge runtimes, a <script> tag): every dependency bundled, the global `SocialValue`.
  {
    ...common,
    entry: { 'social-value.iife': 'src/embed/index.ts' },
    format: ['iife'],
    globalName: 'SocialValue',
    platform: 'browser',
    noExternal: [/.*/],
    minify: true,
    dts: false,
    outExtension: () => ({ js: '.js' }),
  },
]);
