import { SocialValueError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { formatPath } from '../core/path.js';
import { parseInput } from '../core/zod-error.js';
import { policyHeadSchema, ruleSchema } from './schemas.js';
import type { Policy, PolicyInput, PolicyRule } from './types.js';

function readRule(input: unknown, root: readonly (string | number)[]): PolicyRule {
  const rule = parseInput(ruleSchema, input, 'policy rule', root);
  const { when, scope, ...rest } = rule;
  return { ...rest, scope: scope ?? 'local', when: when ?? {} } as PolicyRule;
}

function sameRule(left: PolicyRule, right: PolicyRule): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

/**
 * Builds a policy: a named list of rules, each saying when it applies (contract types, authority
 * kinds, a value floor with its VAT basis, a minimum duration, a commencement date range, at or
 * above the statutory threshold, tags) and what follows (social value required or recommended, a
 * minimum or fixed social value weighting of the total, quality or non-price score, a minimum
 * environmental weighting, a target social value added).
 *
 * Policies compose: `include` puts the rules of other policies first, so a council writes only
 * its own rules and layers them on `policies.statutory`. A rule reached twice through includes
 * counts once; two different rules with one id are an error. Rules are validated, numbers become
 * exact decimals and the result is frozen. Give local rules `scope: 'local'` (the default) and
 * statute-derived ones `scope: 'statutory'`: results report the two scopes separately.
 *
 * How a council writes its own policy: one rule per commitment in its document, each value floor
 * with the VAT basis the document states (`'exclusive'` for "plus VAT"), a `source` naming the
 * paragraph and a `note` where the document leaves room for reading.
 *
 * @param input - Id, title, source, included policies and rules.
 * @returns The validated, frozen policy.
 * @throws SocialValueError `invalid-input` with the path of the bad field (`rules[2].when.minimumValue.amount`);
 * `duplicate-rule` for two different rules with one id.
 *
 * @example
 * ```ts
 * import { definePolicy, policies, requiresSocialValue } from 'social-value';
 *
 * const ribble = definePolicy({
 *   id: 'south-ribble',
 *   title: 'South Ribble: at least 15% social value over £100,000',
 *   include: [policies.statutory],
 *   rules: [
 *     {
 *       id: 'over-100k',
 *       title: 'Contracts over £100,000 plus VAT',
 *       when: { minimumValue: { amount: 100_000, vatBasis: 'exclusive' } },
 *       outcome: { socialValue: 'required', minimumWeighting: { fraction: '0.15', base: 'total' } },
 *     },
 *   ],
 * });
 * ribble.rules.map((rule) => rule.id); // => ['social-value-act-2012', 'over-100k']
 *
 * const result = requiresSocialValue(
 *   { type: 'supplies', authority: 'sub-central', value: 120_000, vatBasis: 'inclusive',
 *     commencedOn: '2026-04-01' },
 *   ribble,
 * );
 * result.local.required; // => true
 * result.statutory.required; // => false
 * result.minimumWeighting?.fraction.toString(); // => '0.15'
 * ```
 */
export function definePolicy(input: PolicyInput): Policy {
  const head = parseInput(policyHeadSchema, input, 'policy');
  const rules: PolicyRule[] = [];
  const includes: string[] = [];
  const add = (rule: PolicyRule, path: readonly (string | number)[]) => {
    const existing = rules.find((candidate) => candidate.id === rule.id);
    if (existing === undefined) {
      rules.push(rule);
      return;
    }
    if (sameRule(existing, rule)) return;
    throw new SocialValueError({
      code: 'duplicate-rule',
      message: `Two different rules have the id "${rule.id}": give each rule its own id.`,
      issues: [
        {
          path: formatPath([...path, 'id']),
          segments: [...path, 'id'],
          message: `expected a unique rule id, received "${rule.id}" again`,
        },
      ],
      details: { rule: rule.id },
    });
  };
  (head.include ?? []).forEach((included, index) => {
    const policy = definePolicy(included as PolicyInput);
    const nested = (included as Partial<Policy>).includes ?? [];
    for (const id of [...nested, policy.id]) if (!includes.includes(id)) includes.push(id);
    policy.rules.forEach((rule, ruleIndex) => {
      add(readRule(rule, ['include', index, 'rules', ruleIndex]), [
        'include',
        index,
        'rules',
        ruleIndex,
      ]);
    });
  });
  head.rules.forEach((rule, index) => {
    add(readRule(rule, ['rules', index]), ['rules', index]);
  });
  return deepFreeze({
    id: head.id,
    title: head.title,
    ...(head.source === undefined ? {} : { source: head.source }),
    includes,
    rules,
  });
}
