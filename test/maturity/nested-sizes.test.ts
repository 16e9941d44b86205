import { describe, expect, it } from 'vitest';
import {
  assessMaturity,
  compareAssessments,
  type MaturityAssessment,
  revive,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { wideModel } from './fixtures.js';

// Stored assessments with many themes and many warnings, read back. No timing is asserted: the
// snapshot must read back (or be refused with a SocialValueError) with its figures.

const wide = (count: number) => wideModel(count);

/** Theme th0 answered with its criterion met and `unknown` ids the model does not know. */
function answered(themes: number, unknown: number): MaturityAssessment {
  const met = ['th0.1', ...Array.from({ length: unknown }, (_, i) => `x${i}`)];
  return assessMaturity(wide(themes), { th0: { met } });
}

describe('an assessment of 100,000 themes with 199,999 warnings, read back', () => {
  // Each theme's non-compliant flag was checked against a search of every warning: 100,000 ×
  // 199,999 comparisons, about 40 s (80,000 themes and warnings took 15 s). The themes a
  // warning calls non-compliant are gathered once.
  it('reads back with its warnings and summary', () => {
    const assessment = answered(100_000, 100_000);
    const revived = revive(JSON.parse(JSON.stringify(assessment)), 'maturity-assessment');
    // th0 meets its one criterion (Basic); Good and Great have none for it, so it is at Great
    // (rank 3), the only theme assessed: mean 3 / 1 = 3. The other 99,999 themes are missing.
    expect(revived.overall.level).toBe('great');
    expect(revived.summary).toBe(
      'Great overall: the mean rank of 1 theme is 3; 99,999 themes not assessed.',
    );
    // 100,000 unknown ids and 99,999 missing themes.
    expect(revived.warnings).toHaveLength(199_999);
    expect(revived.warnings.filter((w) => w.code === 'missing-theme')).toHaveLength(99_999);
    expect(revived.warnings.at(-1)?.theme).toBe('th99999');
  });
});

describe('a stored assessment with 130,000 warnings all edited', () => {
  // The figure check's 130,000 issues were added to the list in one push(...issues), more
  // arguments than one call takes: "RangeError: Maximum call stack size exceeded" in place of
  // the library's error.
  it('is refused with invalid-input, keeping the first 100 issues and the count', () => {
    const json = JSON.parse(JSON.stringify(answered(1, 130_000))) as {
      warnings: { severity: string }[];
    };
    for (const warning of json.warnings) warning.severity = 'info';
    const error = caught(() => revive(json, 'maturity-assessment'));
    expect(error.code).toBe('invalid-input');
    expect(error.details.count).toBe(130_000);
    expect(error.issues).toHaveLength(100);
    expect(error.issues[0]?.path).toBe('json.warnings[0].severity');
  });
});

describe('a stored comparison of 65,000 themes with every row edited', () => {
  // As for an assessment: the comparison's 130,000 issues were pushed in one call (RangeError).
  it('is refused with invalid-input, keeping the first 100 issues and the count', () => {
    const count = 65_000;
    const model = wide(count);
    const at = (level: string) =>
      Object.fromEntries(Array.from({ length: count }, (_, i) => [`th${i}`, level]));
    const comparison = compareAssessments(
      assessMaturity(model, at('none')),
      assessMaturity(model, at('basic')),
    );
    // Each row moves up one level (gap 1, 'up'); written as gap 2 and 'down', both are wrong
    // (the ranks give 1 − 0 = 1, and a gap of 2 is 'up'): two issues a row.
    const json = JSON.parse(JSON.stringify(comparison)) as {
      themes: { gap: number; change: string }[];
    };
    for (const row of json.themes) Object.assign(row, { gap: 2, change: 'down' });
    const error = caught(() => revive(json, 'maturity-comparison'));
    expect(error.code).toBe('invalid-input');
    expect(error.details.count).toBe(2 * count);
    expect(error.issues.slice(0, 2).map((issue) => issue.path)).toEqual([
      'json.themes[0].gap',
      'json.themes[0].change',
    ]);
  });
});

describe('a stored assessment whose warnings are out of the order of its themes', () => {
  // Each warning's theme was searched for among all the themes after the last one found: a
  // warning whose theme came earlier searched every theme, so 100,000 themes with th1's warning
  // moved before th0's 100,000 warnings took 23 s to refuse (now 1.8 s, from the built package).
  // Each theme's positions are now read past once. What is refused, and where, is unchanged.
  // th0 meets th0.1 and gives x0 and x1: warnings unknown x0, unknown x1 (th0), then
  // missing-theme for th1, th2, th3.
  const stored = () =>
    JSON.parse(JSON.stringify(answered(4, 2))) as { warnings: { theme: string }[] };

  it('refuses each warning found before its theme, at its theme', () => {
    const json = stored();
    const [x0, x1, th1, th2, th3] = json.warnings;
    // th1's warning first: th0's two then come after th1, whose position the check has passed,
    // so each is expected to be about th1, the last theme found.
    json.warnings = [th1!, x0!, x1!, th2!, th3!];
    const error = caught(() => revive(json, 'maturity-assessment'));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['json.warnings[1].theme', 'expected "th1" (from its own figures), received "th0"'],
      ['json.warnings[2].theme', 'expected "th1" (from its own figures), received "th0"'],
    ]);
  });

  it('reads back warnings in the themes order, and refuses a theme it does not have', () => {
    const json = stored();
    expect(revive(json, 'maturity-assessment').warnings).toHaveLength(5);
    // th3's warning made about a theme not in the assessment: expected about th2, the last theme
    // found (by the warning before it).
    json.warnings[4]!.theme = 'th9';
    const error = caught(() => revive(json, 'maturity-assessment'));
    expect(error.issues.map((issue) => issue.path)).toEqual(['json.warnings[4].theme']);
    expect(error.issues[0]?.message).toBe('expected "th2" (from its own figures), received "th9"');
  });
});
