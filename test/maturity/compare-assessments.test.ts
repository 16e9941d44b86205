import { describe, expect, it } from 'vitest';
import { assessMaturity, compareAssessments, revive, svmiPublicSector } from '../../src/index.js';

describe('compareAssessments: the change of the mean rank', () => {
  // Three themes: present ranks 1 + 3 + 2 = 6, future 1 + 4 + 3 = 8. The change of the mean is
  // (8 − 6) ÷ 3 = 2/3, one division made last to 34 significant digits (docs/quality.md, "The
  // numeric domain"), not 2.666…667 − 2 (33 digits).
  const present = assessMaturity(svmiPublicSector, {
    'policy-and-scope': 'follower',
    procurement: 'leader',
    reporting: 'mature',
  });
  const future = assessMaturity(svmiPublicSector, {
    'policy-and-scope': 'follower',
    procurement: 'innovator',
    reporting: 'leader',
  });

  it('divides the difference of the rank totals once', () => {
    const comparison = compareAssessments(present, future);
    expect(comparison.overall.change.toString()).toBe('0.6666666666666666666666666666666667');
    expect(
      revive(
        JSON.parse(JSON.stringify(comparison)),
        'maturity-comparison',
      ).overall.change.toString(),
    ).toBe('0.6666666666666666666666666666666667');
  });

  it('keeps the last digit of a change between two rounded means', () => {
    // Ranks 0 + 0 + 1 = 1 against 1 + 0 + 1 = 2 over three themes: (2 − 1) ÷ 3 = 1/3, where the
    // rounded means 0.6666…67 − 0.3333…33 would give 0.3333…34.
    const low = assessMaturity(svmiPublicSector, {
      'policy-and-scope': 'non-compliant',
      procurement: 'non-compliant',
      reporting: 'follower',
    });
    const higher = assessMaturity(svmiPublicSector, {
      'policy-and-scope': 'follower',
      procurement: 'non-compliant',
      reporting: 'follower',
    });
    expect(low.overall.mean.toString()).toBe('0.3333333333333333333333333333333333');
    expect(higher.overall.mean.toString()).toBe('0.6666666666666666666666666666666667');
    expect(compareAssessments(low, higher).overall.change.toString()).toBe(
      '0.3333333333333333333333333333333333',
    );
  });

  it('reads back a comparison stored with the older figure, and refuses any other', () => {
    // Stored before the change was one division: 2.666…667 − 2 = 0.666…667 (33 digits), the
    // difference of its two stored means, reads back as written; one digit more is an edit.
    const json = JSON.parse(JSON.stringify(compareAssessments(present, future)));
    json.overall.change = '0.666666666666666666666666666666667';
    expect(revive(json, 'maturity-comparison').overall.change.toString()).toBe(
      '0.666666666666666666666666666666667',
    );
    json.overall.change = '0.6666666666666666666666666666666668';
    expect(() => revive(json, 'maturity-comparison')).toThrow(
      'expected the change of the mean rank (0.6666666666666666666666666666666667), received "0.6666666666666666666666666666666668"',
    );
  });
});
