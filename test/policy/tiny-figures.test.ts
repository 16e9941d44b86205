import { describe, expect, it } from 'vitest';
import { definePolicy, requiresSocialValue, revive } from '../../src/index.js';

// A target of 0.00001% of the contract value was written "0%" (nothing rounded to nothing), and
// once it read "less than 0.01%" a stored requirement could not find its target again.
describe('tiny figures in policy sentences', () => {
  const policy = definePolicy({
    id: 'tiny',
    name: 'Tiny targets',
    source: 'test',
    rules: [
      {
        id: 'small',
        name: 'Small target',
        source: 'test',
        outcome: { socialValue: 'required', targetSocialValueAddedRatio: '0.0000001' },
      },
      {
        id: 'smaller',
        name: 'Smaller target',
        source: 'test',
        outcome: { socialValue: 'required', targetSocialValueAddedRatio: '0.00000001' },
      },
    ],
  });
  const requirement = requiresSocialValue(
    {
      contractType: 'services',
      authority: 'sub-central',
      value: '250000',
      vatBasis: 'exclusive',
      commencedOn: '2026-06-01',
    },
    policy,
  );

  it('says less than 0.01%, never 0%', () => {
    expect(requirement.targetSocialValueAddedRatio?.toString()).toBe('0.0000001');
    const summaries = requirement.evaluations.map((evaluation) => evaluation.summary).join(' ');
    expect(summaries).toContain(
      'target social value added is less than 0.01% of the contract value.',
    );
    expect(summaries).not.toMatch(/\b0%/);
  });

  it('is read back from its JSON form', () => {
    expect(revive(JSON.parse(JSON.stringify(requirement)))).toEqual(requirement);
  });
});
