import { describe, expect, it } from 'vitest';
import { definePolicy, type PolicyRuleInput, policies } from '../../src/index.js';
import { errorOf } from './helpers.js';

const rule: PolicyRuleInput = {
  id: 'over-100k',
  title: 'Over £100,000 plus VAT',
  when: { minimumValue: { amount: '100000', vatBasis: 'exclusive' } },
  outcome: { socialValue: 'required' },
};

describe('definePolicy', () => {
  it('validates, defaults and freezes', () => {
    const policy = definePolicy({ id: 'p', title: 'P', rules: [rule] });
    expect(policy.rules[0]?.scope).toBe('local');
    expect(policy.rules[0]?.when.minimumValue?.amount.toString()).toBe('100000');
    expect(policy.includes).toEqual([]);
    expect(Object.isFrozen(policy.rules[0]?.when)).toBe(true);
    const always = definePolicy({
      id: 'q',
      title: 'Q',
      rules: [{ ...rule, when: undefined as never }],
    });
    expect(always.rules[0]?.when).toEqual({});
  });

  it('layers a council policy on statute, included rules first', () => {
    const policy = definePolicy({
      id: 'p',
      title: 'P',
      include: [policies.statutory],
      rules: [rule],
    });
    expect(policy.rules.map((r) => [r.id, r.scope])).toEqual([
      ['social-value-act-2012', 'statutory'],
      ['over-100k', 'local'],
    ]);
    expect(policy.includes).toEqual(['statutory']);
  });

  it('counts a rule reached twice once', () => {
    const policy = definePolicy({
      id: 'both',
      title: 'Both',
      include: [policies.southend2021, policies.ppn0620],
      rules: [],
    });
    expect(policy.rules.filter((r) => r.id === 'social-value-act-2012')).toHaveLength(1);
    expect(policy.includes).toEqual(['statutory', 'southend2021', 'ppn0620']);
    expect(policy.rules).toHaveLength(1 + 4 + 2);
  });

  it('refuses two different rules with one id', () => {
    const error = errorOf(() =>
      definePolicy({
        id: 'p',
        title: 'P',
        rules: [rule, { ...rule, outcome: { socialValue: 'recommended' } }],
      }),
    );
    expect(error.code).toBe('duplicate-rule');
    expect(error.issues[0]?.path).toBe('rules[1].id');
  });

  it('reports bad rules with their paths', () => {
    const cases: [PolicyRuleInput, string][] = [
      [
        { ...rule, when: { minimumValue: { amount: '-1', vatBasis: 'exclusive' } } },
        'rules[0].when.minimumValue.amount',
      ],
      [
        { ...rule, when: { minimumValue: { amount: '1', vatBasis: 'net' as 'exclusive' } } },
        'rules[0].when.minimumValue.vatBasis',
      ],
      [
        { ...rule, when: { contractTypes: ['services', 'goods' as 'works'] } },
        'rules[0].when.contractTypes[1]',
      ],
      [
        { ...rule, when: { commencedFrom: '2022-01-01', commencedTo: '2021-12-31' } },
        'rules[0].when.commencedTo',
      ],
      [
        { ...rule, outcome: { minimumWeighting: { fraction: '1.5', base: 'total' } } },
        'rules[0].outcome.minimumWeighting.fraction',
      ],
      [
        { ...rule, outcome: { minimumWeighting: { fraction: '0.1', base: 'price' as 'total' } } },
        'rules[0].outcome.minimumWeighting.base',
      ],
      [{ ...rule, outcome: {} }, 'rules[0].outcome'],
      [{ ...rule, id: '' }, 'rules[0].id'],
    ];
    for (const [bad, path] of cases) {
      const error = errorOf(() =>
        definePolicy({ id: 'p', title: 'P', rules: [rule, bad].slice(1) }),
      );
      expect(error.code).toBe('invalid-input');
      expect(error.issues.map((issue) => issue.path)).toContain(path);
    }
    const head = errorOf(() => definePolicy({ id: '', title: 'P', rules: [] }));
    expect([head.code, head.issues[0]?.path]).toEqual(['invalid-input', 'id']);
  });

  it('ships presets with sourced rules', () => {
    for (const policy of Object.values(policies)) {
      for (const presetRule of policy.rules) expect(presetRule.source).toBeTruthy();
    }
    const works = policies.southend2021.rules.find((r) => r.id === 'southend-2021-works');
    expect(works?.when.minimumValue?.vatBasis).toBe('exclusive');
    expect(works?.note).toContain('does not state the VAT basis');
  });
});
