import { isSealed, seal } from '../core/brand.js';
import { describeValue } from '../core/describe-value.js';
import type { SocialValueError } from '../core/errors.js';
import { kindSlip } from '../core/expect-kind.js';
import { expectedText } from '../core/expected-text.js';
import { firstIdAt } from '../core/first-id.js';
import { alikeNote, idAsRead } from '../core/id-as-read.js';
import { fieldError } from '../core/issue.js';
import { storedForm } from '../core/stored-form.js';
import { parseInput } from '../core/zod-error.js';
import { ruleFrom, sameRule } from './policy-rule.js';
import { policyInputSchema, policySnapshotSchema } from './schemas.js';
import type { Policy, PolicyInput, PolicyRule } from './types.js';

/** How deep hand-written policy inputs may nest through `include`. */
const MAX_INCLUDE_DEPTH = 32;

function notAPolicy(value: unknown, path: readonly PropertyKey[]): SocialValueError {
  return fieldError(
    'invalid-input',
    'Invalid policy: 1 problem.',
    path,
    expectedText(
      'a policy (from definePolicy or policies, its JSON snapshot, or a policy input)',
      value,
    ) + kindSlip(value, 'policy'),
  );
}

/**
 * The error of a policy `id` that includes itself: `self` is its id as the included policy writes
 * it (ids are compared as read), `through` the policy included that includes it.
 */
function includesItself(id: string, path: readonly PropertyKey[], self = id, through?: string) {
  return fieldError(
    'duplicate-rule',
    `Policy ${describeValue(id)} includes itself${alikeNote(id, self)}${through === undefined ? '' : ` (through ${describeValue(through)})`}: a policy cannot build on its own rules.`,
    path,
    `expected a policy other than ${describeValue(id)} and the policies that include it`,
    { policy: id },
  );
}

/**
 * Notes policy `id` (at `path`) as included, refusing one whose id reads as an earlier one's
 * (`idAsRead`) but is written otherwise (`"A"` and `"a "`): the two would be one policy in
 * `includes` listed twice. The same id met again (a policy included through two others) counts
 * once.
 */
function includeOnce(
  firsts: Map<string, { id: string; path: readonly PropertyKey[] }>,
  id: string,
  path: readonly PropertyKey[],
): void {
  const key = idAsRead(id);
  const first = firsts.get(key);
  if (first === undefined) firsts.set(key, { id, path });
  else if (first.id !== id) {
    throw fieldError(
      'duplicate-rule',
      `Policy ${describeValue(id)} is included twice${alikeNote(id, first.id)}.`,
      path,
      `expected a policy of its own, received ${describeValue(id)} again ${firstIdAt(id, first.id, first.path)}`,
      { policy: id },
    );
  }
}

/**
 * Collects rules by id as read (`idAsRead`: case, spaces, invisible characters and Unicode form
 * not counted, as bids, criteria and contracts are compared): a rule met twice counts once, two
 * different rules with one id fail, naming where the first is.
 */
class RuleBook {
  private readonly byId = new Map<string, { rule: PolicyRule; path: readonly PropertyKey[] }>();

  add(rule: PolicyRule, path: readonly PropertyKey[]): void {
    const key = idAsRead(rule.id);
    const existing = this.byId.get(key);
    if (existing === undefined) {
      this.byId.set(key, { rule, path: [...path, 'id'] });
      return;
    }
    if (sameRule(existing.rule, rule)) return;
    throw fieldError(
      'duplicate-rule',
      `Two different rules have the id ${describeValue(rule.id.trim())}: give each rule its own id.`,
      [...path, 'id'],
      `expected a unique rule id, received ${describeValue(rule.id)} again ${firstIdAt(rule.id, existing.rule.id, existing.path)}`,
      { rule: rule.id },
    );
  }

  rules(): PolicyRule[] {
    return [...this.byId.values()].map((entry) => entry.rule);
  }
}

function sealedPolicy(
  head: { readonly id: string; readonly name: string; readonly source?: string | undefined },
  includes: Iterable<string>,
  rules: RuleBook,
): Policy {
  return seal(
    {
      kind: 'policy',
      schemaVersion: 1,
      id: head.id,
      name: head.name,
      ...(head.source === undefined ? {} : { source: head.source }),
      includes: [...includes],
      rules: rules.rules(),
    },
    'policy',
  );
}

/** A policy snapshot (or hand-made object of the Policy shape with `kind: 'policy'`), checked. */
function policyFromSnapshot(json: unknown, path: readonly PropertyKey[]): Policy {
  const read = parseInput(policySnapshotSchema(), json, 'policy', path);
  const book = new RuleBook();
  read.rules.forEach((rule, index) => {
    book.add(ruleFrom(rule), [...path, 'rules', index]);
  });
  const readAsRead = idAsRead(read.id);
  const self = read.includes.find((id) => idAsRead(id) === readAsRead);
  if (self !== undefined) throw includesItself(read.id, [...path, 'includes'], self);
  const firsts = new Map<string, { id: string; path: readonly PropertyKey[] }>();
  read.includes.forEach((id, index) => {
    includeOnce(firsts, id, [...path, 'includes', index]);
  });
  return sealedPolicy(read, new Set(read.includes), book);
}

function buildPolicy(
  input: unknown,
  path: readonly PropertyKey[],
  stack: readonly unknown[],
): Policy {
  if (stack.length >= MAX_INCLUDE_DEPTH) {
    throw fieldError(
      'invalid-input',
      'Invalid policy: 1 problem.',
      path,
      `expected policies included at most ${MAX_INCLUDE_DEPTH} levels deep: define the inner policies first with definePolicy`,
    );
  }
  const head = parseInput(policyInputSchema(), input, 'policy', path);
  const book = new RuleBook();
  const includes = new Set<string>();
  const firsts = new Map<string, { id: string; path: readonly PropertyKey[] }>();
  const inner = [...stack, input];
  const headAsRead = idAsRead(head.id);
  (head.include ?? []).forEach((item, index) => {
    const at = [...path, 'include', index];
    if (inner.includes(item)) throw includesItself(head.id, at);
    const included = readPolicyAt(item, at, inner);
    // Ids compared as read, as rule ids are: `Council` includes `council ` is itself.
    const self = [included.id, ...included.includes].find((id) => idAsRead(id) === headAsRead);
    if (self !== undefined) {
      throw includesItself(head.id, at, self, self === included.id ? undefined : included.id);
    }
    included.includes.forEach((id, index) => {
      includeOnce(firsts, id, [...at, 'includes', index]);
      includes.add(id);
    });
    includeOnce(firsts, included.id, [...at, 'id']);
    includes.add(included.id);
    included.rules.forEach((rule, ruleIndex) => {
      book.add(rule, [...at, 'rules', ruleIndex]);
    });
  });
  head.rules.forEach((rule, index) => {
    book.add(ruleFrom(rule), [...path, 'rules', index]);
  });
  return sealedPolicy(head, includes, book);
}

function readPolicyAt(value: unknown, path: readonly PropertyKey[], stack: readonly unknown[]) {
  if (isSealed(value, 'policy')) return value as Policy;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw notAPolicy(value, path);
  }
  // Its JSON without `kind` (it has `schemaVersion`) is still a snapshot.
  const stored = storedForm(value, 'policy') as object;
  if (Object.hasOwn(stored, 'kind')) {
    if ((stored as { kind: unknown }).kind !== 'policy') throw notAPolicy(value, path);
    return policyFromSnapshot(stored, path);
  }
  return buildPolicy(value, path, stack);
}

/**
 * A policy given to a function of the area: trusted when `definePolicy` made it, otherwise
 * validated exactly as `definePolicy` (a policy input) or `revive` (a snapshot with
 * `kind: 'policy'`) would. Internal.
 */
export function readPolicy(value: unknown, path: readonly PropertyKey[]): Policy {
  return readPolicyAt(value, path, []);
}

/** Reads a policy snapshot back into the live, sealed policy. Internal: the `revive` reader. */
export function revivePolicy(json: unknown, path: readonly PropertyKey[]): Policy {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw notAPolicy(json, path);
  }
  return policyFromSnapshot(json, path);
}

/**
 * Builds a policy: a named list of rules, each saying when it applies (contract types, authority
 * kinds, a value floor with its VAT basis, a minimum duration, a commencement date range, at or
 * above the statutory threshold, tags) and what follows (social value required or recommended; a
 * minimum, maximum or fixed social value weighting of the total, quality or non-price score in
 * percentage points; a minimum environmental weighting; a target social value added ratio).
 *
 * Policies compose: `include` puts the rules of other policies first, so a council writes only
 * its own rules and layers them on `policies.statutory`. A rule reached twice through includes
 * counts once; two different rules with one id (ids are compared as read: `"a"`, `" a "`, `"A"`
 * and `"a\u200b"` are one id) are an error, naming where the first is, and so is a policy that
 * includes itself (its id as read, so `"council "` includes `"Council"`), directly or through
 * another policy, and two included policies whose ids read alike (`"A"` and `"a "`). Rules are validated, numbers become exact decimals and the result is sealed
 * (frozen, and trusted by the other functions of the area).
 * Give local rules `scope: 'local'` (the default) and statute-derived ones `scope: 'statutory'`:
 * results report the two scopes separately.
 *
 * How a council writes its own policy: one rule per commitment in its document, each value floor
 * with the VAT basis the document states (`'exclusive'` for "plus VAT"), weightings as the
 * document states them (`{ percent: 10, of: 'total' }` for "10% of the total score"; a range
 * "between 5% and 20%" is a `minimumWeighting` and a `maximumWeighting`), a `source` naming the
 * paragraph and a `note` where the document leaves room for reading.
 *
 * @param policy - Id, name, source, included policies and rules (or a policy from `definePolicy`
 * or `policies`, returned as it is, or its JSON snapshot, checked as `revive` checks it, with or
 * without its `kind`: an object with `schemaVersion` is a snapshot).
 * @returns The validated, sealed policy.
 * @throws SocialValueError `invalid-input` with the path of the bad field
 * (`policy.rules[2].when.minimumValue.amount`); a weighting under 1 point is refused as a fraction
 * given by mistake, with the percentage it probably meant. `duplicate-rule` for two different
 * rules with one id, a policy that includes itself, or two included policies with ids that read
 * alike.
 *
 * @example
 * ```ts
 * import { definePolicy, policies, requiresSocialValue } from 'social-value';
 *
 * const ribble = definePolicy({
 *   id: 'south-ribble',
 *   name: 'South Ribble: at least 15% social value over £100,000',
 *   include: [policies.statutory],
 *   rules: [
 *     {
 *       id: 'over-100k',
 *       name: 'Contracts over £100,000 plus VAT',
 *       when: { minimumValue: { amount: 100_000, vatBasis: 'exclusive' } },
 *       outcome: { socialValue: 'required', minimumWeighting: { percent: 15, of: 'total' } },
 *     },
 *   ],
 * });
 * ribble.rules.map((rule) => rule.id); // => ['social-value-act-2012', 'over-100k']
 *
 * const result = requiresSocialValue(
 *   { contractType: 'supplies', authority: 'sub-central', value: 120_000, vatBasis: 'inclusive',
 *     commencedOn: '2026-04-01' },
 *   ribble,
 * );
 * result.local.required; // => true
 * result.statutory.required; // => false
 * result.minimumWeighting?.percent.toString(); // => '15'
 * ```
 */
// `PolicyInput` has `includes?: undefined`, so a literal with `includes` (a checked policy's field)
// fits neither member of the union and does not compile.
export function definePolicy(policy: PolicyInput | Policy): Policy {
  return readPolicyAt(policy, ['policy'], []);
}
