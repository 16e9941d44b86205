// The files a test file writes for the command to read, in a folder of their own removed after
// its tests. Call `tempFiles` at the top of a test file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** A folder made before the file's tests and removed after them; `file` writes one file in it. */
export function tempFiles(prefix: string): {
  /** Writes `text` to `name` in the folder and returns its path. */
  readonly file: (name: string, text: string) => string;
  /** The path of `name` in the folder (written by the test itself). */
  readonly pathOf: (name: string) => string;
} {
  let folder = '';
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const pathOf = (name: string) => join(folder, name);
  return {
    pathOf,
    file: (name, text) => {
      writeFileSync(pathOf(name), text);
      return pathOf(name);
    },
  };
}
