// Packs the library, installs the tarball into a scratch project outside the repository and uses
// it from ESM (import) and CJS (require), through the main entry and `social-value/csv`, and
// runs the `social-value` command with npx.
// Any failure exits non-zero. Usage: npm run test:consumer (after npm run build).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'social-value-consumer-'));
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

try {
  run('npm', ['pack', '--pack-destination', scratch, '--silent'], root);
  const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack produced no tarball');
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }),
  );
  const zod = JSON.parse(run('npm', ['pkg', 'get', 'devDependencies.zod'], root));
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--silent', `./${tarball}`, `zod@${zod}`],
    scratch,
  );

  writeFileSync(join(scratch, 'esm.mjs'), (await import('./consumer-checks.mjs')).esmSource);
  writeFileSync(join(scratch, 'cjs.cjs'), (await import('./consumer-checks.mjs')).cjsSource);
  process.stdout.write(run('node', ['esm.mjs'], scratch));
  process.stdout.write(run('node', ['cjs.cjs'], scratch));
  console.log('consumer test: ESM and CJS both work from the packed tarball');

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
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
