import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^social-value\/([a-z-]+)$/, replacement: src('$1/index.ts') },
      { find: /^social-value$/, replacement: src('index.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // A limit for a test that hangs, not a speed check (no test asserts time): the tests of
    // 100,000 themes, rows or bids take 5 to 15 s alone on two cores, and one passed 30 s in a
    // clean-clone CI run beside two other test runs.
    testTimeout: 120_000,
    // Test files share their worker's modules (no fresh module graph per file): importing the
    // library anew for each of some 150 files cost more than the tests. No test changes global
    // state it does not restore.
    isolate: false,
    // Type tests of the public types: test/**/*.test-d.ts, checked by tsc as part of `npm test`
    // (`tsc --noEmit -p tsconfig.json`, the very check `npm run typecheck` makes: `npm run ci`
    // runs that one and the tests with --typecheck.enabled=false, not the same check twice).
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
