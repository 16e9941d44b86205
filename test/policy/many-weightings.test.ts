import { describe, expect, it } from 'vitest';
import { checkWeighting, definePolicy } from '../../src/index.js';

// checkWeighting added its findings with one push(...findings) of every weighting of the rules
// that apply: a policy of 65,000 rules, each with a minimum and a maximum, gives 130,000, more
// arguments than one call takes ("RangeError: Maximum call stack size exceeded", from about
// 125,000). They are added one by one. No timing is asserted.
describe('checkWeighting against a policy of 65,000 rules with two weightings each', () => {
  it('checks every weighting', () => {
    const count = 65_000;
    // Rule i asks for at least (i mod 20) + 1 percent of the total and at most 50% of quality.
    const policy = definePolicy({
      id: 'many',
      name: 'Many',
      source: 'test',
      rules: Array.from({ length: count }, (_, i) => ({
        id: `r${i}`,
        name: `Rule ${i}`,
        source: 'test',
        outcome: {
          socialValue: 'required' as const,
          minimumWeighting: { percent: (i % 20) + 1, of: 'total' as const },
          maximumWeighting: { percent: 50, of: 'quality' as const },
        },
      })),
    });
    const contract = {
      contractType: 'services',
      authority: 'sub-central',
      value: '250000',
      vatBasis: 'exclusive',
      durationMonths: 24,
      commencedOn: '2026-06-01',
    } as const;
    const check = checkWeighting({ price: 60, quality: 32, socialValue: 8 }, contract, policy);
    // 130,000 findings, the minimums first. Social value weighs 8 of 100: a minimum of 1 … 8
    // points is met, one of 9 … 20 is not: 12 rules in 20, 39,000 of 65,000. The maximum is
    // 50% of quality, social value and environmental together (40 points): 8 is 20%, met.
    expect(check.findings).toHaveLength(2 * count);
    expect(check.ok).toBe(false);
    const failing = check.findings.filter((finding) => !finding.ok);
    expect(failing).toHaveLength(39_000);
    // Both counts grouped in thousands ("39000 of 130,000" before).
    expect(check.summary).toBe(
      'The weights (social value 8 of 100 points) do not meet policy many for this contract: 39,000 of 130,000 checks failed.',
    );
    // Rules are weighed in the code-unit order of their ids (r0, r1, r10, r100, …, r9999): the
    // first asking more than 8 points is r10 (11 points); the last of all is r9999.
    expect(failing[0]?.rule).toBe('r10');
    expect(check.findings.at(-1)?.code).toBe('social-value-maximum');
    expect(check.findings.at(-1)?.rule).toBe('r9999');
    expect(check.findings.at(-1)?.ok).toBe(true);
  });
});
