import { describe, expect, it } from 'vitest';
import { definePolicy, requiresSocialValue } from '../../src/index.js';
import { policySnapshots } from '../../src/policy/snapshots.js';

// A policy of 150,000 rules stopped requiresSocialValue with "RangeError: Maximum call stack size
// exceeded" (the most demanding weighting was found with Decimal.max(...weightings), too many
// arguments for one call), and took 26 seconds before that: each scope's weightings were matched
// to its rules by a search of the list (quadratic). Reviving the requirement did the same.
describe('a policy of 150,000 rules', () => {
  const count = 150_000;
  // Rule i asks for at least (i mod 20) + 1 percent of the total and a target of (i mod 7) + 1
  // percent social value added: the most demanding are 20% and 7%.
  const policy = definePolicy({
    id: 'generated',
    name: 'Generated policy',
    source: 'test',
    rules: Array.from({ length: count }, (_, index) => ({
      id: `rule-${index}`,
      name: `Rule ${index}`,
      source: 'test',
      outcome: {
        socialValue: 'required' as const,
        minimumWeighting: { percent: (index % 20) + 1, of: 'total' as const },
        targetSocialValueAddedRatio: `0.0${(index % 7) + 1}`,
      },
    })),
  });
  const contract = {
    contractType: 'services' as const,
    authority: 'sub-central' as const,
    value: '250000',
    vatBasis: 'exclusive' as const,
    durationMonths: 24,
    commencedOn: '2026-06-01',
  };
  const requirement = requiresSocialValue(contract, policy);

  it('is decided, every weighting kept and the most demanding named', () => {
    expect(requirement.required).toBe(true);
    expect(requirement.minimumWeightings).toHaveLength(count);
    expect(requirement.minimumWeighting?.percent.toString()).toBe('20');
    // Rules are weighed in the order of their ids (code units): of those asking 20%, rule-100019
    // comes first ("rule-1000" before "rule-1001" and "rule-19").
    expect(requirement.minimumWeighting?.rule).toBe('rule-100019');
    expect(requirement.targetSocialValueAddedRatio?.toString()).toBe('0.07');
  });

  it('revives from JSON with the same figures', () => {
    const revived = policySnapshots['social-value-requirement'](
      JSON.parse(JSON.stringify(requirement)),
      ['json'],
    ) as typeof requirement;
    expect(revived.minimumWeightings).toHaveLength(count);
    expect(revived.targetSocialValueAddedRatio?.toString()).toBe('0.07');
    expect(revived.summary).toBe(requirement.summary);
  });
});
