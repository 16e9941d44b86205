import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import names from '../../scripts/guide-names.json' with { type: 'json' };

// The API site lists the guides by the short names of scripts/guide-names.json (read by
// scripts/typedoc-plugin.mjs). A guide left out is listed by its first heading instead, which can
// read like another guide's name: storage.md's "Storing results and checking inputs" stood
// beside snapshots.md's "Storing results".
const repo = resolve(import.meta.dirname, '../..');
const guides = readdirSync(join(repo, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -'.md'.length));

describe('the guides in the API site navigation', () => {
  it('each have a short name', () => {
    expect(Object.keys(names).sort()).toEqual([...guides].sort());
  });

  it('no name begins another, so no two read alike', () => {
    const labels = Object.values(names).map((label) => label.toLowerCase());
    const alike = labels.filter((label) =>
      labels.some((other) => other !== label && other.startsWith(label)),
    );
    expect(alike).toEqual([]);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
