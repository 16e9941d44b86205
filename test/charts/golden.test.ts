import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examples } from './examples.js';

// Byte-for-byte determinism: every example chart equals its golden file. After a deliberate
// change to the drawing, regenerate them with
//   UPDATE_GOLDEN=1 npx vitest run test/charts/golden.test.ts
// then look at the changed files (docs/charts.md says how to render them) before committing.
const folder = join(import.meta.dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden charts', () => {
  it.each(Object.keys(examples))('%s is the same, byte for byte', (name) => {
    const svg = examples[name]!();
    expect(examples[name]!()).toBe(svg);
    const file = join(folder, `${name}.svg`);
    if (update) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(file, svg);
    }
    expect(svg).toBe(readFileSync(file, 'utf8'));
  });
});
