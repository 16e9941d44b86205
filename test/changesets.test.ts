import { readdirSync, readFileSync } from 'node:fs';
import parse from '@changesets/parse';
import { describe, expect, it } from 'vitest';

// Every changeset must be one `changeset version` can read: a front matter naming this package
// and a bump, then a summary. One whose front matter is not YAML (`## "social-value": minor`)
// stops `changeset status` and `changeset version` for the whole release.
const directory = new URL('../.changeset/', import.meta.url);
const files = readdirSync(directory).filter((name) => name.endsWith('.md') && name !== 'README.md');

describe('changesets', () => {
  it('each release social-value (patch or minor) with a summary', () => {
    expect(files.length).toBeGreaterThan(300);
    const unreadable = files.filter((name) => {
      try {
        const { releases, summary } = parse(readFileSync(new URL(name, directory), 'utf8'));
        // 0.x: a minor bump marks a breaking change; 1.0.0 (major) is a decision, not a changeset.
        const [release, ...others] = releases;
        return (
          others.length > 0 ||
          release?.name !== 'social-value' ||
          !['patch', 'minor'].includes(release.type) ||
          summary.trim() === ''
        );
      } catch {
        return true;
      }
    });
    expect(unreadable).toEqual([]);
  });
});
