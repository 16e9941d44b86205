// Packs the library, installs the tarball into a scratch project outside the repository, and
// uses it as consumers do:
// - from JavaScript, as ESM (import) and CJS (require), through the main entry and a subpath,
//   with the zod of the devDependencies and with the oldest the peer range allows;
// - from TypeScript in five setups (ESM nodenext, bundler, CommonJS node16, CommonJS node10 with
//   subpaths through typesVersions, and ESM nodenext with the oldest TypeScript supported), each compiling test/consumer/program.ts with strict,
//   exactOptionalPropertyTypes, noUncheckedIndexedAccess and skipLibCheck: false (so the
//   package's declarations are checked too), then running what tsc emitted. Every
//   `// @ts-expect-error TSnnnn` line must be needed (tsc reports an unused one) and, with the
//   directive taken out, must fail with that very code;
// - an application bundled with esbuild that both imports and requires the package: one copy, the
//   ESM build (the `module` condition);
// - the single-file build shipped in the tarball (dist/social-value.iife.js) in a bare V8
//   context, with no Node globals;
// - a page bundled from the package for the browser, opened in headless Chromium
//   (scripts/browser-check.mjs); `--screenshot file.png` keeps a picture of it;
// - the `social-value` command, with npx.
// Any failure exits non-zero. Usage: npm run test:consumer (after npm run build).
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build as esbuild } from 'esbuild';
import { inBareContext } from '../test/embed/bare-context.js';
import { expectedFigures } from '../test/embed/figures.js';
import { browserCheck } from './browser-check.mjs';

const root = resolve(import.meta.dirname, '..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
/** The oldest TypeScript supported (README, "Install"). */
const OLDEST_TYPESCRIPT = '5.5.4';
const program = readFileSync(join(root, 'test/consumer/program.ts'), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'social-value-consumer-'));
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const runAsync = promisify(execFile);
/** `npm install`s packages into a scratch project, quietly. */
const install = (folder, ...packages) =>
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--silent', ...packages],
    folder,
  );

const strict = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: false,
  target: 'ES2022',
  lib: ['ES2023', 'DOM'],
  types: [],
  outDir: 'out',
};
const setups = [
  {
    name: 'ESM, module nodenext',
    type: 'module',
    options: { module: 'nodenext', moduleResolution: 'nodenext' },
  },
  {
    name: 'ESM, moduleResolution bundler',
    type: 'module',
    options: { module: 'esnext', moduleResolution: 'bundler' },
  },
  {
    name: 'CommonJS, module node16',
    type: 'commonjs',
    options: { module: 'node16', moduleResolution: 'node16' },
  },
  {
    name: 'CommonJS, moduleResolution node10',
    type: 'commonjs',
    options: { module: 'commonjs', moduleResolution: 'node10' },
  },
  {
    // The oldest TypeScript the README promises (zod 4's own floor): the declarations must use
    // nothing newer (5.6's `Iterable<T, TReturn, TNext>` failed here).
    name: `ESM, module nodenext, TypeScript ${OLDEST_TYPESCRIPT}`,
    type: 'module',
    options: { module: 'nodenext', moduleResolution: 'nodenext' },
    typescript: OLDEST_TYPESCRIPT,
  },
];

/** The `// @ts-expect-error TSnnnn …` directives of the program: line of the misuse, code. */
function expectations(source) {
  const lines = source.split('\n');
  return lines.flatMap((line, index) => {
    const match = /\/\/ @ts-expect-error (TS\d+)/.exec(line);
    return match ? [{ line: index + 2, code: match[1], text: lines[index + 1].trim() }] : [];
  });
}

/** tsc's diagnostics for program.ts: `{ line, code }`. */
function diagnostics(output) {
  return [...output.matchAll(/program\.ts\((\d+),\d+\): error (TS\d+)/g)].map((match) => ({
    line: Number(match[1]),
    code: match[2],
  }));
}

async function compile(dir, compiler) {
  try {
    await runAsync('node', [compiler, '-p', dir], { cwd: dir, encoding: 'utf8' });
    return '';
  } catch (error) {
    return `${error.stdout ?? ''}${error.stderr ?? ''}` || String(error);
  }
}

/** Compiles and runs the program in one setup; returns the problems found. */
async function checkSetup(setup, index) {
  const problems = [];
  const dir = join(scratch, `ts-${index}`);
  const bare = join(scratch, `ts-${index}-bare`);
  for (const [folder, source, emit] of [
    [dir, program, true],
    [bare, program.replaceAll('// @ts-expect-error', '// expected:'), false],
  ]) {
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'package.json'),
      JSON.stringify({ private: true, type: setup.type }),
    );
    writeFileSync(
      join(folder, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { ...strict, ...setup.options, noEmit: !emit },
        files: ['program.ts'],
      }),
    );
    writeFileSync(join(folder, 'program.ts'), source);
  }
  const compiler =
    setup.typescript === undefined
      ? tsc
      : join(scratch, `typescript-${setup.typescript}/node_modules/typescript/bin/tsc`);
  const [withDirectives, withoutDirectives] = await Promise.all([
    compile(dir, compiler),
    compile(bare, compiler),
  ]);
  if (withDirectives !== '') problems.push(`tsc fails:\n${withDirectives}`);
  const found = diagnostics(withoutDirectives);
  for (const expected of expectations(program)) {
    if (!found.some((d) => d.line === expected.line && d.code === expected.code)) {
      const got = found.filter((d) => d.line === expected.line).map((d) => d.code);
      problems.push(
        `line ${expected.line} (${expected.text}) should fail with ${expected.code}, got ${got.join(', ') || 'no error'}`,
      );
    }
  }
  const stray = found.filter((d) => !expectations(program).some((e) => e.line === d.line));
  for (const d of stray) problems.push(`unexpected ${d.code} at line ${d.line}`);
  if (problems.length === 0) {
    const extension = readdirSync(join(dir, 'out')).find((name) => name.startsWith('program.'));
    const { stdout } = await runAsync('node', [join(dir, 'out', extension)], {
      cwd: dir,
      encoding: 'utf8',
    });
    if (!stdout.includes('every area works'))
      problems.push(`the compiled program printed: ${stdout}`);
  }
  return problems;
}

try {
  run('npm', ['pack', '--pack-destination', scratch, '--silent'], root);
  const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack produced no tarball');
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }),
  );
  const zod = JSON.parse(run('npm', ['pkg', 'get', 'devDependencies.zod'], root));
  install(scratch, `./${tarball}`, `zod@${zod}`);

  // JavaScript, no compiler.
  const checks = await import('./consumer-checks.mjs');
  writeFileSync(join(scratch, 'esm.mjs'), checks.esmSource);
  writeFileSync(join(scratch, 'cjs.cjs'), checks.cjsSource);
  process.stdout.write(run('node', ['esm.mjs'], scratch));
  process.stdout.write(run('node', ['cjs.cjs'], scratch));
  console.log('consumer test: ESM and CJS both work from the packed tarball');

  // The same with the oldest zod the peer range allows (its floor, `^4.0.11`): an older zod/mini
  // lacks what the library calls (4.0.10 has no `superRefine`).
  const peer = JSON.parse(run('npm', ['pkg', 'get', 'peerDependencies.zod'], root));
  const oldest = /^\^(\d+\.\d+\.\d+)$/.exec(peer)?.[1];
  if (oldest === undefined) throw new Error(`peerDependencies.zod is not ^x.y.z: ${peer}`);
  const withOldest = join(scratch, 'oldest-zod');
  mkdirSync(withOldest);
  writeFileSync(
    join(withOldest, 'package.json'),
    JSON.stringify({ name: 'consumer-oldest-zod', private: true, version: '1.0.0' }),
  );
  install(withOldest, join(scratch, tarball), `zod@${oldest}`);
  writeFileSync(join(withOldest, 'esm.mjs'), checks.esmSource);
  writeFileSync(join(withOldest, 'cjs.cjs'), checks.cjsSource);
  run('node', ['esm.mjs'], withOldest);
  run('node', ['cjs.cjs'], withOldest);
  console.log(
    `consumer test: ESM and CJS work with zod ${oldest} too, the oldest the peer range allows`,
  );

  // The oldest TypeScript supported, in a folder of its own (the setups' projects resolve the
  // package from the scratch folder's node_modules, so it must not replace the one there).
  const oldTypeScript = join(scratch, `typescript-${OLDEST_TYPESCRIPT}`);
  mkdirSync(oldTypeScript);
  writeFileSync(join(oldTypeScript, 'package.json'), JSON.stringify({ private: true }));
  install(oldTypeScript, `typescript@${OLDEST_TYPESCRIPT}`);

  // TypeScript, five setups, two at a time.
  let failed = 0;
  for (let start = 0; start < setups.length; start += 2) {
    const batch = setups.slice(start, start + 2);
    const results = await Promise.all(batch.map((setup, i) => checkSetup(setup, start + i)));
    for (const [i, problems] of results.entries()) {
      const setup = batch[i];
      if (problems.length === 0) {
        console.log(
          `consumer types: ${setup.name}: compiles, runs, ${expectations(program).length} misuses refused`,
        );
      } else {
        failed += 1;
        console.error(`consumer types: ${setup.name}: ${problems.length} problem(s)`);
        for (const problem of problems) console.error(`  ${problem}`);
      }
    }
  }

  // The single-file build, as shipped, in a bare V8 context.
  const installed = join(scratch, 'node_modules/social-value');
  const { globals, figures } = inBareContext(
    readFileSync(join(installed, 'dist/social-value.iife.js'), 'utf8'),
    { run: true, sheetText: readFileSync(join(root, 'examples/pledge-sheet.csv'), 'utf8') },
  );
  const wrong = Object.entries(expectedFigures).filter(([key, value]) => figures[key] !== value);
  if (globals.require !== 'undefined' || globals.process !== 'undefined' || wrong.length > 0) {
    failed += 1;
    console.error(
      `embed: the shipped single-file build in a bare context: ${JSON.stringify({ globals, figures })}`,
    );
  } else {
    console.log(
      'embed: the shipped single-file build values the pledge sheet and scores a tender in a bare V8 context',
    );
  }

  // A bundled application that requires the package (TypeScript compiled to CommonJS, then
  // bundled) as well as importing it: the `module` condition gives bundlers the ESM build for
  // both, so the application holds one copy (the same `formatGBP`) and no CommonJS build, which
  // no bundler trims (webpack kept 224.6 kB gzip of it for `formatGBP` alone).
  writeFileSync(join(scratch, 'required.cjs'), "module.exports = require('social-value');\n");
  writeFileSync(
    join(scratch, 'both.mjs'),
    "import { formatGBP } from 'social-value';\nimport required from './required.cjs';\nconsole.log(formatGBP === required.formatGBP, required.formatGBP(1234.5));\n",
  );
  const bundled = await esbuild({
    entryPoints: [join(scratch, 'both.mjs')],
    absWorkingDir: scratch,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    outfile: join(scratch, 'both.bundle.mjs'),
    logLevel: 'error',
  });
  const commonJs = Object.keys(bundled.metafile.inputs).filter((path) =>
    /social-value\/.*\.cjs$/.test(path),
  );
  const printed = run('node', ['both.bundle.mjs'], scratch).trim();
  if (printed !== 'true £1,234.50' || commonJs.length > 0) {
    failed += 1;
    console.error(
      `bundlers: an application importing and requiring the package printed "${printed}" and bundled ${commonJs.length} files of the CommonJS build (${commonJs.slice(0, 2).join(', ')}…)`,
    );
  } else {
    console.log(
      'bundlers: an application that imports and requires the package holds one copy, the ESM build',
    );
  }

  // A page in Chromium.
  const at = process.argv.indexOf('--screenshot');
  const screenshot = at === -1 ? undefined : resolve(process.argv[at + 1]);
  const problems = await browserCheck(scratch, { screenshot });
  if (problems.length > 0) {
    failed += 1;
    console.error(`browser: ${problems.length} problem(s) in Chromium:`);
    for (const problem of problems) console.error(`  ${problem}`);
  } else {
    console.log(
      `browser: every figure right in Chromium, no console error${screenshot ? ` (screenshot ${screenshot})` : ''}`,
    );
  }

  // The command, as a user runs it from the installed package: `npx social-value`.
  const help = run('npx', ['--no-install', 'social-value', '--help'], scratch);
  if (!help.includes('reconcile [options] <sheet>'))
    throw new Error(`npx social-value --help:\n${help}`);
  copyFileSync(join(root, 'examples', 'pledge-sheet.csv'), join(scratch, 'sheet.csv'));
  const reconcile = spawnSync(
    'npx',
    ['--no-install', 'social-value', 'reconcile', 'sheet.csv', '--format', 'json'],
    {
      cwd: scratch,
      encoding: 'utf8',
    },
  );
  const corrected = reconcile.status === 1 ? JSON.parse(reconcile.stdout).correctedTotal : null;
  if (corrected !== '2822946.311') {
    throw new Error(`npx social-value reconcile: exit ${reconcile.status}\n${reconcile.stderr}`);
  }
  console.log(
    'consumer test: npx social-value works from the installed tarball (exit 1, corrected total 2822946.311)',
  );
  if (failed > 0) process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
