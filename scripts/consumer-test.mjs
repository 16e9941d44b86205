// Packs the library, installs the tarball into a scratch project outside the repository and uses
// it from ESM (import) and CJS (require), through the main entry and `social-value/csv`.
// Any failure exits non-zero. Usage: npm run test:consumer (after npm run build).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
