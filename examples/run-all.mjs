// Runs every numbered example script in order against the built package (`npm run demo` builds
// first). The examples import 'social-value' by name: Node resolves that to ./dist through the
// package's own exports map, exactly as an installed copy would.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const here = resolve(import.meta.dirname);
const tsx = resolve(here, '..', 'node_modules', '.bin', 'tsx');
const scripts = readdirSync(here)
  .filter((name) => /^\d\d-.*\.ts$/.test(name))
  .sort();
for (const script of scripts) {
  execFileSync(tsx, ['--tsconfig', join(here, 'tsconfig.json'), join(here, script)], {
    stdio: 'inherit',
  });
}
