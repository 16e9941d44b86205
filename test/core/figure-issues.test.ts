import { describe, expect, it } from 'vitest';
import type { SocialValueIssue } from '../../src/core/errors.js';
import { checked, figureIssues } from '../../src/core/figure-issues.js';
import { toDecimal } from '../../src/index.js';
import { caught } from '../errors.js';

const issuesOf = (expected: unknown, received: unknown) => {
  const issues: SocialValueIssue[] = [];
  figureIssues(issues, ['json'], expected, received);
  return issues.map((issue) => `${issue.path}: ${issue.message}`);
};

describe('figureIssues', () => {
  it('names each figure that differs at its own path, and nothing for equal figures', () => {
    expect(issuesOf({ total: toDecimal('64001') }, { total: toDecimal('64001.0') })).toEqual([]);
    expect(
      issuesOf(
        { total: toDecimal('64001'), lines: [1, 2] },
        { total: toDecimal('1'), lines: [1, 3] },
      ),
    ).toEqual([
      'json.total: expected "64001" (from its own figures), received "1"',
      'json.lines[1]: expected 2 (from its own figures), received 3',
    ]);
  });

  it('shows a long sentence from shortly before where it differs', () => {
    const start = 'Spend of £1,000.00 across 3 payments; local spend in PO1 to PO6 is ';
    // Cut at 60 characters from their start, both sides would read the same; shown from 20
    // characters before the first difference ("6" and "7").
    expect(issuesOf(`${start}£600.00 (60%).`, `${start}£700.00 (70%).`)).toEqual([
      'json: expected "…d in PO1 to PO6 is £600.00 (60%)." (from its own figures), received "…d in PO1 to PO6 is £700.00 (70%)."',
    ]);
    // Early differences and short texts are shown whole.
    expect(issuesOf('A wins.', 'B wins.')).toEqual([
      'json: expected "A wins." (from its own figures), received "B wins."',
    ]);
    // Never from the middle of a surrogate pair: "😀" stays whole.
    // The difference is at 41; 20 before it is the emoji's second half (20 x, then 😀 at 20–21).
    const emoji = `${'x'.repeat(20)}😀${'y'.repeat(19)}`;
    expect(issuesOf(`${emoji}a`, `${emoji}b`)).toEqual([
      'json: expected "…😀yyyyyyyyyyyyyyyyyyya" (from its own figures), received "…😀yyyyyyyyyyyyyyyyyyyb"',
    ]);
  });

  it('checked() returns the stored value or throws invalid-input titled by what was read', () => {
    expect(checked('analysis', ['json'], { a: 1 }, { a: 1 })).toEqual({ a: 1 });
    const error = caught(() => checked('analysis', ['json'], { a: 1 }, { a: 2 }));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(
      'Invalid analysis: 1 problem.\n  - json.a: expected 1 (from its own figures), received 2',
    );
  });
});
