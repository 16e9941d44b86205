// Bundles the cases of scripts/bundle-cases.mjs (the imports `npm run size` measures with
// esbuild) with the bundlers platform vendors use: Vite, webpack 5 and Rollup, each for the
// browser, production mode, minified, as their users' applications would. The package is packed
// and installed from its tarball into a scratch project outside the repository, with the zod of
// the devDependencies and the pinned bundlers below (so nothing is added to this repository's
// dependencies; the install needs the npm registry). For each case and bundler it prints the
// `gzip -9` bytes beside esbuild's, and fails when a bundle holds a module its case forbids (the
// bundler's own module list: Rollup's and Vite's rendered modules, webpack's chunk graph), when
// it is more than 10% larger than esbuild's, or when running it does not give the case's known
// result.
// Not run in CI (the install and the builds take about four minutes); the table is in
// docs/performance.md ("Other bundlers"). Usage: npm run build && npm run size:other-bundlers

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';
import { cases, forTheBrowser, gzipped } from './bundle-cases.mjs';

/** The bundlers, pinned to versions that run on Node 20. */
const bundlerVersions = {
  vite: '6.4.6',
  webpack: '5.113.0',
  rollup: '4.67.4',
  '@rollup/plugin-node-resolve': '16.0.3',
  '@rollup/plugin-commonjs': '29.0.3',
  '@rollup/plugin-terser': '0.4.4',
};

/**
 * Text that only a forbidden module holds, with a path of that module: a second witness besides
 * the bundler's module list (a case forbidding the path must not have the text either).
 */
const witnesses = [
  {
    text: /Social Value Maturity Index \(public sector\)/,
    path: '/dist/maturity/data/svmi-public-sector.js',
  },
  { text: /Portsmouth/, path: '/dist/maturity/data/portsmouth-roadmap.js' },
  { text: /PPN 18\/15/, path: '/dist/policy/data/uk-thresholds.js' },
  { text: /["'`]ZodError["'`]/, path: '/node_modules/zod/v4/classic/errors.js' },
];

/** How much larger than esbuild's a bundle may be before the script calls it a problem. */
const tolerance = 0.1;

const root = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'social-value-bundlers-'));
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

/** Installs the packed package, zod and the bundlers; returns the bundlers' APIs. */
async function install() {
  run('npm', ['pack', '--pack-destination', scratch, '--silent'], root);
  const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack produced no tarball');
  const zod = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.zod;
  const dependencies = { 'social-value': `file:./${tarball}`, zod, ...bundlerVersions };
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({ name: 'bundlers', private: true, version: '1.0.0', dependencies }),
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--silent'], scratch);
  // Imported from inside the scratch project, so that each name resolves there.
  writeFileSync(
    join(scratch, 'bundlers.mjs'),
    [
      "export { build as vite } from 'vite';",
      "export { default as webpack } from 'webpack';",
      "export { rollup } from 'rollup';",
      "export { nodeResolve } from '@rollup/plugin-node-resolve';",
      "export { default as commonjs } from '@rollup/plugin-commonjs';",
      "export { default as terser } from '@rollup/plugin-terser';",
    ].join('\n'),
  );
  return import(pathToFileURL(join(scratch, 'bundlers.mjs')).href);
}

/**
 * One function per bundler: bundles `entry` into `dir` and returns the output file and the
 * modules with code in it. Each builds for the browser in production mode with its own defaults
 * (Vite and esbuild minify with esbuild, webpack and Rollup with terser).
 */
function bundlersOf(api) {
  return {
    esbuild: async (entry, dir) => {
      const file = join(dir, 'bundle.mjs');
      const result = await esbuild({
        ...forTheBrowser,
        entryPoints: [entry],
        metafile: true,
        outfile: file,
        write: true,
      });
      const output = Object.values(result.metafile.outputs)[0];
      const modules = Object.entries(output.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([path]) => path);
      return { file, modules };
    },
    vite: async (entry, dir) => {
      const result = await api.vite({
        configFile: false,
        root: scratch,
        mode: 'production',
        logLevel: 'error',
        build: { write: false, outDir: dir, rollupOptions: { input: entry } },
      });
      const chunk = [result].flat()[0].output.find((item) => item.type === 'chunk');
      const file = join(dir, 'bundle.mjs');
      writeFileSync(file, chunk.code);
      return { file, modules: renderedModules(chunk) };
    },
    webpack: async (entry, dir) => {
      const stats = await new Promise((done, fail) => {
        api
          .webpack({
            mode: 'production',
            target: 'web',
            context: scratch,
            entry,
            output: { path: dir, filename: 'bundle.js' },
          })
          .run((error, result) => (error ? fail(error) : done(result)));
      });
      if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
      // The modules of the output chunks; a concatenated module holds the modules it joined.
      const { chunkGraph, chunks } = stats.compilation;
      const modules = [...chunks]
        .flatMap((chunk) => [...chunkGraph.getChunkModulesIterable(chunk)])
        .flatMap((module) => module.modules ?? [module])
        .map((module) => module.nameForCondition())
        .filter((path) => typeof path === 'string');
      // The scratch project is CommonJS: webpack's script runs there as one.
      return { file: join(dir, 'bundle.js'), modules };
    },
    rollup: async (entry, dir) => {
      const bundle = await api.rollup({
        input: entry,
        // As Rollup's guide sets it up: CommonJS dependencies (papaparse) need the plugin.
        plugins: [api.nodeResolve({ browser: true }), api.commonjs(), api.terser()],
        onwarn: () => {},
      });
      const { output } = await bundle.generate({ format: 'es' });
      await bundle.close();
      const file = join(dir, 'bundle.mjs');
      writeFileSync(file, output[0].code);
      return { file, modules: renderedModules(output[0]) };
    },
  };
}

/** The modules of a Rollup (or Vite) chunk that left code in it. */
function renderedModules(chunk) {
  return Object.entries(chunk.modules)
    .filter(([, module]) => module.renderedLength > 0)
    .map(([id]) => id);
}

/** A bundle's gzip bytes, the forbidden modules in it and what its case's check gave. */
async function measure(file, modules, item) {
  const code = readFileSync(file, 'utf8');
  const isForbidden = (path) => item.forbidden.some((pattern) => pattern.test(path));
  const unwanted = [
    ...modules.map((path) => path.replaceAll('\\', '/')).filter(isForbidden),
    ...witnesses
      .filter((witness) => isForbidden(witness.path) && witness.text.test(code))
      .map((witness) => `text ${witness.text} of ${witness.path}`),
  ];
  const result = await runBundle(file, item);
  return { gzip: gzipped(code), unwanted, result, runs: result === item.expected };
}

/** Runs a bundle and gives its case's check result (or the error it threw). */
async function runBundle(file, item) {
  globalThis.kept = undefined;
  try {
    await import(pathToFileURL(file).href);
    return String(item.check(globalThis.kept));
  } catch (error) {
    return `threw ${error?.message ?? error}`;
  }
}

const problems = [];
const rows = [];
try {
  const bundlers = bundlersOf(await install());
  for (const [index, item] of cases.entries()) {
    const entry = join(scratch, `entry-${index}.js`);
    writeFileSync(
      entry,
      `const use = (...values) => { globalThis.kept = values; };\n${item.code}\n`,
    );
    const row = { name: item.name, cells: {} };
    console.error(`bundling ${item.name}`);
    for (const [bundler, bundle] of Object.entries(bundlers)) {
      const dir = join(scratch, 'out', bundler, String(index));
      mkdirSync(dir, { recursive: true });
      const { file, modules } = await bundle(entry, dir);
      const cell = await measure(file, modules, item);
      row.cells[bundler] = cell;
      if (cell.unwanted.length > 0) {
        problems.push(
          `${item.name}, ${bundler}: bundles ${cell.unwanted.length} module(s) it must not, e.g. ${cell.unwanted
            .slice(0, 3)
            .join(', ')}`,
        );
      }
      if (!cell.runs) {
        problems.push(`${item.name}, ${bundler}: gave ${cell.result}, expected ${item.expected}`);
      }
    }
    for (const [bundler, cell] of Object.entries(row.cells)) {
      const over = cell.gzip / row.cells.esbuild.gzip - 1;
      cell.over = over;
      if (over > tolerance) {
        problems.push(
          `${item.name}, ${bundler}: ${cell.gzip} bytes gzip, ${(over * 100).toFixed(1)}% more than esbuild's ${row.cells.esbuild.gzip}`,
        );
      }
    }
    rows.push(row);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const names = Object.keys(rows[0]?.cells ?? {});
console.log(`| import | ${names.join(' | ')} |`);
console.log(`|---|${names.map(() => '---').join('|')}|`);
for (const row of rows) {
  const cells = names.map((bundler) => {
    const cell = row.cells[bundler];
    const versus =
      bundler === 'esbuild'
        ? ''
        : ` (${cell.over >= 0 ? '+' : ''}${(cell.over * 100).toFixed(1)}%)`;
    const flags = [
      cell.unwanted.length > 0 ? 'forbidden modules' : '',
      cell.runs ? '' : 'wrong result',
    ]
      .filter(Boolean)
      .join(', ');
    return `${cell.gzip.toLocaleString('en-GB')}${versus}${flags ? ` **${flags}**` : ''}`;
  });
  console.log(`| ${row.name} | ${cells.join(' | ')} |`);
}
console.log(
  `\ngzip -9 bytes; in brackets, the difference from esbuild's bundle. Bundlers: esbuild (this repository's), ${Object.entries(
    bundlerVersions,
  )
    .map(([name, version]) => `${name} ${version}`)
    .join(', ')}.`,
);
if (problems.length > 0) {
  console.error(`\nother bundlers: ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(
  `\nother bundlers: every bundle runs, holds no forbidden module and is within ${tolerance * 100}% of esbuild's`,
);
