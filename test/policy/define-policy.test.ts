import { describe, expect, it } from 'vitest';
import { isSealed } from '../../src/core/brand.js';
import {
  definePolicy,
  type Policy,
  type PolicyInput,
  type PolicyRuleInput,
  policies,
  revive,
} from '../../src/index.js';
import { errorOf } from './helpers.js';

const rule: PolicyRuleInput = {
  id: 'over-100k',
  name: 'Over £100,000 plus VAT',
  when: { minimumValue: { amount: '100000', vatBasis: 'exclusive' } },
  outcome: { socialValue: 'required' },
};

describe('definePolicy', () => {
  it('validates, defaults, tags the kind and seals', () => {
    const policy = definePolicy({ id: 'p', name: 'P', rules: [rule] });
    expect([policy.kind, policy.schemaVersion]).toEqual(['policy', 1]);
    expect(policy.rules[0]?.scope).toBe('local');
    expect(policy.rules[0]?.when.minimumValue?.amount.toString()).toBe('100000');
    expect(policy.includes).toEqual([]);
    expect(Object.isFrozen(policy.rules[0]?.when)).toBe(true);
    expect(isSealed(policy, 'policy')).toBe(true);
    const always = definePolicy({ id: 'q', name: 'Q', rules: [{ ...rule, when: undefined }] });
    expect(always.rules[0]?.when).toEqual({});
    expect(Object.keys(always.rules[0]!)).toEqual(['id', 'name', 'scope', 'when', 'outcome']);
  });

  it('layers a council policy on statute, included rules first', () => {
    const policy = definePolicy({
      id: 'p',
      name: 'P',
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
      name: 'Both',
      include: [policies.southend2021, policies.ppn0620],
      rules: [],
    });
    expect(policy.rules.filter((r) => r.id === 'social-value-act-2012')).toHaveLength(1);
    expect(policy.includes).toEqual(['statutory', 'southend2021', 'ppn0620']);
    expect(policy.rules).toHaveLength(1 + 4 + 2);
  });

  it('includes a JSON snapshot or a policy input as well as a defined policy', () => {
    const snapshot = JSON.parse(JSON.stringify(policies.statutory)) as Policy;
    const fromSnapshot = definePolicy({ id: 'a', name: 'A', include: [snapshot], rules: [rule] });
    const input: PolicyInput = { id: 'inner', name: 'Inner', rules: [rule] };
    const fromInput = definePolicy({ id: 'b', name: 'B', include: [input], rules: [] });
    expect(fromSnapshot.rules.map((r) => r.id)).toEqual(['social-value-act-2012', 'over-100k']);
    expect(fromInput.includes).toEqual(['inner']);
    expect(fromInput.rules[0]?.when.minimumValue?.vatBasis).toBe('exclusive');
  });

  it('takes a defined policy again as it is, and its JSON snapshot as revive reads it', () => {
    // As defineEvaluation, defineMaturityModel and defineFramework take their own results; the
    // type of the parameter let a Policy through, and it was refused ("of kind policy").
    const council = definePolicy({
      id: 'c',
      name: 'C',
      include: [policies.statutory],
      rules: [rule],
    });
    expect(definePolicy(council)).toBe(council);
    expect(definePolicy(policies.southend2021)).toBe(policies.southend2021);
    const snapshot = JSON.parse(JSON.stringify(council)) as Policy;
    const again = definePolicy(snapshot);
    expect(again).toEqual(council);
    expect(isSealed(again, 'policy')).toBe(true);
    expect(JSON.stringify(again)).toBe(JSON.stringify(council));
    // A snapshot edited by hand is checked as revive checks it.
    const edited = { ...snapshot, rules: [{ ...snapshot.rules[1], id: '' }] };
    expect(errorOf(() => definePolicy(edited as Policy)).code).toBe('invalid-input');
  });

  it('refuses two different rules with one id', () => {
    const error = errorOf(() =>
      definePolicy({
        id: 'p',
        name: 'P',
        rules: [rule, { ...rule, outcome: { socialValue: 'recommended' } }],
      }),
    );
    expect(error.code).toBe('duplicate-rule');
    expect(error.issues[0]?.path).toBe('policy.rules[1].id');
    expect(error.issues[0]?.message).toBe(
      'expected a unique rule id, received "over-100k" again (policy.rules[0].id)',
    );
    expect(error.details).toEqual({ rule: 'over-100k' });
  });

  it('refuses rule ids that differ only in surrounding spaces, naming the first', () => {
    // `'over-100k'` and `' over-100k '` were two rules, printed alike in every reason.
    const error = errorOf(() =>
      definePolicy({
        id: 'p',
        name: 'P',
        include: [policies.statutory],
        rules: [rule, { ...rule, id: ' over-100k ', outcome: { socialValue: 'recommended' } }],
      }),
    );
    expect(error.code).toBe('duplicate-rule');
    expect(error.message).toBe(
      'Two different rules have the id "over-100k": give each rule its own id.\n  - policy.rules[1].id: expected a unique rule id, received " over-100k " again (policy.rules[0].id is "over-100k": surrounding spaces do not count)',
    );
    const included = errorOf(() =>
      definePolicy({
        id: 'p',
        name: 'P',
        include: [policies.statutory],
        rules: [{ ...rule, id: 'social-value-act-2012 ' }],
      }),
    );
    expect(included.issues[0]?.message).toBe(
      'expected a unique rule id, received "social-value-act-2012 " again (policy.include[0].rules[0].id is "social-value-act-2012": surrounding spaces do not count)',
    );
  });

  it('refuses rule ids that read the same, as bid, criterion and contract ids are', () => {
    // `rule` beside `Rule` or `rule\u200b` printed alike in every reason: one id, as read.
    const alike = (id: string) =>
      errorOf(() =>
        definePolicy({
          id: 'p',
          name: 'P',
          rules: [rule, { ...rule, id, outcome: { socialValue: 'recommended' } }],
        }),
      );
    const cased = alike('Over-100K');
    expect([cased.code, cased.issues[0]?.path]).toEqual(['duplicate-rule', 'policy.rules[1].id']);
    expect(cased.message).toBe(
      'Two different rules have the id "Over-100K": give each rule its own id.\n  - policy.rules[1].id: expected a unique rule id, received "Over-100K" again (policy.rules[0].id is "over-100k" but for case, spaces, invisible characters or Unicode form)',
    );
    expect(alike('over-100k\u200b').issues[0]?.message).toBe(
      'expected a unique rule id, received "over-100k\\u200b" again (policy.rules[0].id is "over-100k" but for case, spaces, invisible characters or Unicode form)',
    );
    // NFKC: a full-width "ｏ" reads as "o".
    expect(alike('\uff4fver-100k').code).toBe('duplicate-rule');
    // A stored policy revived likewise.
    const stored = JSON.parse(JSON.stringify(definePolicy({ id: 'p', name: 'P', rules: [rule] })));
    stored.rules.push({ ...stored.rules[0], id: 'OVER-100K', note: 'another' });
    expect(
      errorOf(() => definePolicy({ id: 'q', name: 'Q', include: [stored], rules: [] })).code,
    ).toBe('duplicate-rule');
  });

  it('refuses a policy that includes itself, directly, by id or through a cycle', () => {
    const self: { id: string; name: string; rules: never[]; include: unknown[] } = {
      id: 'self',
      name: 'Self',
      rules: [],
      include: [],
    };
    self.include.push(self);
    const direct = errorOf(() => definePolicy(self as unknown as PolicyInput));
    expect([direct.code, direct.issues[0]?.path]).toEqual(['duplicate-rule', 'policy.include[0]']);
    expect(direct.message).toContain('Policy "self" includes itself');

    const a: { id: string; name: string; rules: never[]; include: unknown[] } = {
      id: 'a',
      name: 'A',
      rules: [],
      include: [],
    };
    const b = { id: 'b', name: 'B', rules: [], include: [a] };
    a.include.push(b);
    const cycle = errorOf(() => definePolicy(a as unknown as PolicyInput));
    expect([cycle.code, cycle.issues[0]?.path]).toEqual([
      'duplicate-rule',
      'policy.include[0].include[0]',
    ]);

    const byId = errorOf(() =>
      definePolicy({ id: 'statutory', name: 'Again', include: [policies.statutory], rules: [] }),
    );
    expect(byId.code).toBe('duplicate-rule');
    const through = errorOf(() =>
      definePolicy({ id: 'statutory', name: 'Again', include: [policies.ppn002], rules: [] }),
    );
    expect(through.message).toContain('includes itself (through "ppn002")');
  });

  it('reads policy ids as rule ids are read: one that reads the same includes itself', () => {
    // "Council", "council " and "Coun\u200bcil" print as one name: including one in another is
    // including itself, as two rules with those ids are one id.
    const council = definePolicy({ id: 'Council', name: 'C', rules: [rule] });
    // The id is shown as written, an invisible character escaped.
    const readAlike: [string, string][] = [
      ['council ', '"council "'],
      ['Coun\u200bcil', '"Coun\\u200bcil"'],
      ['COUNCIL', '"COUNCIL"'],
    ];
    for (const [id, shown] of readAlike) {
      const error = errorOf(() =>
        definePolicy({ id, name: 'Again', include: [council], rules: [] }),
      );
      expect([error.code, error.issues[0]?.path]).toEqual(['duplicate-rule', 'policy.include[0]']);
      expect(error.message.split('\n')[0]).toBe(
        `Policy ${shown} includes itself ("Council" but for case, spaces, invisible characters or Unicode form): a policy cannot build on its own rules.`,
      );
    }
    // Through another policy, and in a stored policy's includes given to revive.
    const middle = definePolicy({ id: 'middle', name: 'M', include: [council], rules: [] });
    const through = errorOf(() =>
      definePolicy({ id: ' council', name: 'Again', include: [middle], rules: [] }),
    );
    expect(through.message.split('\n')[0]).toBe(
      'Policy " council" includes itself ("Council" but for case, spaces, invisible characters or Unicode form) (through "middle"): a policy cannot build on its own rules.',
    );
    const stored = { ...JSON.parse(JSON.stringify(middle)), includes: ['Council', 'MIDDLE '] };
    const revived = errorOf(() => revive(stored, 'policy'));
    expect([revived.code, revived.issues[0]?.path]).toEqual(['duplicate-rule', 'json.includes']);
    expect(revived.message).toContain('Policy "middle" includes itself ("MIDDLE " but for');
    // Ids that read differently are other policies.
    expect(
      definePolicy({ id: 'Council 2', name: 'C2', include: [middle], rules: [] }).includes,
    ).toEqual(['Council', 'middle']);
  });

  it('refuses two included policies whose ids read alike, naming the first', () => {
    // "A" and "a " print as one policy: `includes` would list it twice.
    const a = definePolicy({ id: 'A', name: 'A', rules: [] });
    const spaced = definePolicy({ id: 'a ', name: 'A again', rules: [] });
    const error = errorOf(() =>
      definePolicy({ id: 'both', name: 'Both', include: [a, spaced], rules: [] }),
    );
    expect([error.code, error.issues[0]?.path]).toEqual(['duplicate-rule', 'policy.include[1].id']);
    expect(error.message.split('\n')[0]).toBe(
      'Policy "a " is included twice ("A" but for case, spaces, invisible characters or Unicode form).',
    );
    expect(error.issues[0]?.message).toBe(
      'expected a policy of its own, received "a " again (policy.include[0].id is "A" but for case, spaces, invisible characters or Unicode form)',
    );
    // Through another policy's includes, and in a stored policy's includes given to revive.
    const middle = definePolicy({ id: 'middle', name: 'M', include: [a], rules: [] });
    const through = errorOf(() =>
      definePolicy({ id: 'both', name: 'Both', include: [spaced, middle], rules: [] }),
    );
    expect(through.issues[0]?.path).toBe('policy.include[1].includes[0]');
    const stored = { ...JSON.parse(JSON.stringify(middle)), includes: ['A', 'a\u200b'] };
    const revived = errorOf(() => revive(stored, 'policy'));
    expect([revived.code, revived.issues[0]?.path]).toEqual(['duplicate-rule', 'json.includes[1]']);
    // One policy met twice (included directly and through another) counts once.
    expect(
      definePolicy({ id: 'both', name: 'Both', include: [a, middle], rules: [] }).includes,
    ).toEqual(['A', 'middle']);
  });

  it('bounds a deep chain of policy inputs', () => {
    let deep: PolicyInput = { id: 'level-0', name: 'Level 0', rules: [] };
    for (let level = 1; level <= 40; level += 1) {
      deep = { id: `level-${level}`, name: `Level ${level}`, include: [deep], rules: [] };
    }
    const error = errorOf(() => definePolicy(deep));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.message).toContain('at most 32 levels deep');
    expect(error.issues[0]?.segments.length).toBe(1 + 2 * 32);
    // A chain of defined policies is not limited: each is already flat.
    let chain = definePolicy({ id: 'c-0', name: 'C 0', rules: [rule] });
    for (let level = 1; level <= 200; level += 1) {
      chain = definePolicy({ id: `c-${level}`, name: `C ${level}`, include: [chain], rules: [] });
    }
    expect(chain.includes).toHaveLength(200);
    expect(chain.rules).toHaveLength(1);
  });

  it('reports bad rules with their paths', () => {
    const cases: [PolicyRuleInput, string][] = [
      [
        { ...rule, when: { minimumValue: { amount: '-1', vatBasis: 'exclusive' } } },
        'policy.rules[0].when.minimumValue.amount',
      ],
      [
        { ...rule, when: { minimumValue: { amount: '1', vatBasis: 'net' as 'exclusive' } } },
        'policy.rules[0].when.minimumValue.vatBasis',
      ],
      [
        { ...rule, when: { contractTypes: ['services', 'goods' as 'works'] } },
        'policy.rules[0].when.contractTypes[1]',
      ],
      [
        { ...rule, when: { commencedFrom: '2022-01-01', commencedTo: '2021-12-31' } },
        'policy.rules[0].when.commencedTo',
      ],
      // Tags are compared without surrounding spaces, so ' catering' is refused as 'catering' is:
      // a rule that needs a tag and refuses it could never apply.
      [
        { ...rule, when: { tags: ['catering', 'works'], withoutTags: ['schools', ' catering'] } },
        'policy.rules[0].when.withoutTags[1]',
      ],
      [
        { ...rule, outcome: { minimumWeighting: { percent: 150, of: 'total' } } },
        'policy.rules[0].outcome.minimumWeighting.percent',
      ],
      [
        { ...rule, outcome: { minimumWeighting: { percent: 10, of: 'price' as 'total' } } },
        'policy.rules[0].outcome.minimumWeighting.of',
      ],
      [{ ...rule, outcome: {} }, 'policy.rules[0].outcome'],
      [{ ...rule, id: '' }, 'policy.rules[0].id'],
      [
        { ...rule, outcome: { targetSocialValueAddedRatio: '-0.1' } },
        'policy.rules[0].outcome.targetSocialValueAddedRatio',
      ],
    ];
    for (const [bad, path] of cases) {
      const error = errorOf(() => definePolicy({ id: 'p', name: 'P', rules: [bad] }));
      expect(error.code).toBe('invalid-input');
      expect(error.issues.map((issue) => issue.path)).toContain(path);
    }
    const head = errorOf(() => definePolicy({ id: '', name: 'P', rules: [] }));
    expect([head.code, head.issues[0]?.path]).toEqual(['invalid-input', 'policy.id']);
  });

  it('refuses a contract type or authority kind listed twice in a condition, naming the first', () => {
    const error = errorOf(() =>
      definePolicy({
        id: 'p',
        name: 'P',
        rules: [
          {
            ...rule,
            when: {
              contractTypes: ['services', 'works', 'services'],
              authorities: ['utility', 'utility'],
            },
          },
        ],
      }),
    );
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'policy.rules[0].when.contractTypes[2]',
        'expected each contract type once, received "services" again (as contractTypes[0])',
      ],
      [
        'policy.rules[0].when.authorities[1]',
        'expected each authority kind once, received "utility" again (as authorities[0])',
      ],
    ]);
  });

  it('refuses weightings given as fractions, with the percentage meant (issue #10)', () => {
    const small = errorOf(() =>
      definePolicy({
        id: 'p',
        name: 'P',
        rules: [{ ...rule, outcome: { minimumWeighting: { percent: '0.1', of: 'total' } } }],
      }),
    );
    expect(small.issues[0]).toMatchObject({
      path: 'policy.rules[0].outcome.minimumWeighting.percent',
      message:
        'expected percentage points from 1 to 100 (10 for 10%), received 0.1: did you mean 10?',
    });
    const old = errorOf(() =>
      definePolicy({
        id: 'p',
        name: 'P',
        rules: [
          {
            ...rule,
            outcome: { minimumWeighting: { fraction: '0.15', base: 'total' } as never },
          },
        ],
      }),
    );
    const byPath = Object.fromEntries(old.issues.map((issue) => [issue.path, issue.message]));
    expect(byPath['policy.rules[0].outcome.minimumWeighting.fraction']).toBe(
      'unknown key (weightings are percentage points since 0.2: did you mean "percent": 15?)',
    );
    expect(byPath['policy.rules[0].outcome.minimumWeighting.base']).toBe(
      'unknown key (renamed in 0.2: did you mean "of"?)',
    );
    expect(byPath['policy.rules[0].outcome.minimumWeighting.percent']).toBe(
      'missing: expected a number',
    );
    const ratio = errorOf(() =>
      definePolicy({
        id: 'p',
        name: 'P',
        rules: [{ ...rule, outcome: { targetSocialValueAddedRatio: 10 } }],
      }),
    );
    expect(ratio.issues[0]?.message).toBe(
      'expected a ratio from 0 to 1 (a fraction, not a percentage), received 10 (did you mean 0.1?)',
    );
  });

  it('names renamed keys: title, type, targetSocialValueAdded', () => {
    const error = errorOf(() =>
      definePolicy({
        id: 'p',
        title: 'P',
        rules: [{ ...rule, outcome: { targetSocialValueAdded: '0.1' } }],
      } as never),
    );
    const byPath = Object.fromEntries(error.issues.map((issue) => [issue.path, issue.message]));
    expect(byPath['policy.title']).toBe('unknown key (renamed in 0.2: did you mean "name"?)');
    expect(byPath['policy.rules[0].outcome.targetSocialValueAdded']).toBe(
      'unknown key (renamed in 0.2: did you mean "targetSocialValueAddedRatio"?)',
    );
  });

  it('ships presets with sourced rules', () => {
    for (const policy of Object.values(policies)) {
      for (const presetRule of policy.rules) expect(presetRule.source).toBeTruthy();
      expect(isSealed(policy, 'policy')).toBe(true);
    }
    const works = policies.southend2021.rules.find((r) => r.id === 'southend-2021-works');
    expect(works?.when.minimumValue?.vatBasis).toBe('exclusive');
    expect(works?.note).toContain('does not state the VAT basis');
    const ppn = policies.ppn002.rules.find((r) => r.id === 'ppn002-total');
    expect(ppn?.outcome.minimumWeighting?.percent.toString()).toBe('10');
    expect(ppn?.outcome.minimumWeighting?.of).toBe('total');
  });
});
