import { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import type { SocialValueIssue } from '../core/errors.js';
import { figureIssues } from '../core/figure-issues.js';
import { percentsApart } from '../core/figures-apart.js';
import { financialYearLabel } from '../core/financial-year.js';
import { idText } from '../core/id-text.js';
import { issueAt } from '../core/issue.js';
import { emptyRecord, ownValue, recordFrom } from '../core/record.js';
import { byCodeUnits, plural } from '../core/text.js';
import { moneyText, percentText } from '../core/wording.js';
import { quotient, ratioOrNull } from './figures.js';
import { flat } from './flat-text.js';
import type {
  BudgetEntry,
  BudgetFinding,
  BudgetStatus,
  BudgetYear,
  SocialValueBudget,
} from './social-value-budget.js';
import { yearIssues as datedYearIssues } from './year-issues.js';

const ZERO = /* @__PURE__ */ new Decimal(0);
const ONE = /* @__PURE__ */ new Decimal(1);

/** Money in a sentence, and a change as "up £x (y%)" or "down …". */
const changeText = (change: Decimal, ratio: Decimal | null) => {
  const share = ratio === null ? '' : ` (${percentText(ratio.abs(), 1)})`;
  if (change.isZero()) return 'level';
  return `${change.isNeg() ? 'down' : 'up'} ${moneyText(change.abs())}${share}`;
};

/**
 * One entry of the budget, with its sentence: what `socialValueBudget` writes, and what a stored
 * entry is checked against. Internal.
 */
export function entryOf(
  label: string,
  year: { readonly year: string; readonly closed: boolean },
  delivered: Decimal,
  pledged: Decimal,
  target: Decimal | undefined,
  baseline: Decimal | undefined,
  previous: { readonly value: Decimal | undefined; readonly year: string | undefined },
): BudgetEntry {
  const known = previous.value;
  const change = known === undefined ? null : delivered.minus(known);
  // No ratio on less than a penny (0 included): a change on nothing, and a figure past 1e60. On
  // |previous|: up is positive from a year of net disbenefit too.
  const changeRatio = change === null ? null : ratioOrNull(change, known!.abs());
  const targetRatio = target === undefined || target.isZero() ? null : quotient(delivered, target);
  const status: BudgetStatus =
    target === undefined
      ? 'no-target'
      : delivered.gte(target)
        ? 'met'
        : !year.closed && pledged.gte(target)
          ? 'pledged-to-meet'
          : 'below-target';
  const against =
    target === undefined
      ? 'no target set'
      : `against a target of ${moneyText(target)}${targetRatio === null ? '' : ` (${status === 'met' ? percentText(targetRatio, 1) : percentsApart(targetRatio, ONE)[0]})`}: ${status === 'met' ? 'met' : status === 'pledged-to-meet' ? 'not yet met, but the pledges due this year cover it' : year.closed ? 'not met' : 'below target, and the pledges due this year do not cover it'}`;
  const compared =
    change === null
      ? ''
      : `; ${changeText(change, changeRatio)} on ${previous.year ?? 'the year before'} (${moneyText(known!)})`;
  return {
    delivered,
    pledged,
    target: target ?? null,
    baseline: baseline ?? null,
    previous: known ?? null,
    change,
    changeRatio,
    targetRatio,
    status,
    reason: flat(
      `${label}, ${year.year}: ${moneyText(delivered)} of social value delivered, ${against}; ${moneyText(pledged)} due under pledges${compared}.`,
    ),
  };
}

/** One sentence about the latest year. Internal. */
export function budgetSummary(
  years: readonly BudgetYear[],
  baselineYear: string | null,
  findings: readonly BudgetFinding[],
): string {
  const last = years.at(-1);
  if (last === undefined) {
    return baselineYear === null
      ? 'Social value budget: the portfolio has no financial years yet.'
      : `Social value budget: the portfolio has no financial years after the baseline's (${baselineYear}) yet.`;
  }
  const { total } = last;
  const span = years.length === 1 ? last.year : `${years[0]!.year} to ${last.year}`;
  const target =
    total.target === null
      ? ''
      : ` against a whole-council target of ${moneyText(total.target)} (${total.status === 'met' ? 'met' : total.status === 'pledged-to-meet' ? 'pledged to meet' : 'not met'})`;
  const change =
    total.change === null
      ? ''
      : `, ${changeText(total.change, total.changeRatio)} on ${years.length === 1 ? (baselineYear ?? 'the baseline') : years.at(-2)!.year}`;
  const misses = [...Object.values(last.byDepartment), ...Object.values(last.byPriority)].filter(
    (entry) => entry.status === 'below-target',
  ).length;
  const below =
    misses === 0
      ? ''
      : `; ${plural(misses, 'department or priority', 'departments or priorities')} below target`;
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  const warned = warnings === 0 ? '' : `; ${plural(warnings, 'warning')}`;
  return flat(
    `Social value budget ${span}: ${moneyText(total.delivered)} delivered in ${last.year}${target}${change}${below}${warned}.`,
  );
}

/** The severity the library writes for each code of a finding. */
const SEVERITIES: Readonly<Record<BudgetFinding['code'], BudgetFinding['severity']>> = {
  'target-outside-budget': 'info',
  'part-not-in-portfolio': 'warning',
};

// What a stored budget must agree with, worked out again by the code that wrote it: its years
// (consecutive financial years after the baseline's, as the portfolio's are); each
// entry from its delivered, pledged, target and baseline (taken as stored: they come from the
// portfolio and the options; a part's baseline the same in every year, as its first year has
// it, and none without a baseline year), the year closed by the report date and the year before
// (the baseline, for the first year); the parts of each year (every part that delivered
// something the year before, or for the first year has a baseline other than 0, in code-unit
// order of their names); each finding's severity; the summary. Internal.

type PartKey = 'byDepartment' | 'byPriority';
const PART_KEYS: readonly PartKey[] = ['byDepartment', 'byPriority'];

/** Each part's baseline as its first year has it (by key, then name), and the whole council's. */
function baselinesOf(budget: SocialValueBudget) {
  const parts = {
    byDepartment: new Map<string, Decimal | null>(),
    byPriority: new Map<string, Decimal | null>(),
  };
  // Without a baseline year, no entry has a baseline.
  if (budget.baselineYear === null) return { total: undefined, parts };
  for (const year of budget.years) {
    for (const key of PART_KEYS) {
      for (const name of Object.keys(year[key])) {
        if (!parts[key].has(name)) parts[key].set(name, year[key][name]!.baseline);
      }
    }
  }
  return { total: budget.years[0]?.total.baseline ?? undefined, parts };
}

/**
 * The issues of a year's parts (`key`): every part the writer puts in the year is there (one
 * that delivered something the year before, or, in the first year, one with a baseline other
 * than 0), in code-unit order of their names (as a record of them keeps them).
 */
function partIssues(
  issues: SocialValueIssue[],
  at: readonly PropertyKey[],
  year: BudgetYear,
  before: BudgetYear | undefined,
  baselines: ReadonlyMap<string, Decimal | null>,
): void {
  const key = at.at(-1) as PartKey;
  const parts = year[key];
  const missing = (name: string, why: string) => {
    if (Object.hasOwn(parts, name)) return;
    issues.push(
      issueAt(at, `expected an entry for ${describeValue(name)} (${why}), received none`),
    );
  };
  if (before === undefined) {
    for (const [name, baseline] of baselines) {
      if (baseline?.isZero() === false) missing(name, `its baseline is ${moneyText(baseline)}`);
    }
  } else {
    for (const name of Object.keys(before[key])) {
      const { delivered } = before[key][name]!;
      if (!delivered.isZero())
        missing(name, `it delivered ${moneyText(delivered)} in ${before.year}`);
    }
  }
  const stored = Object.keys(parts);
  const ordered = Object.keys(recordFrom([...stored].sort(byCodeUnits).map((name) => [name, 0])));
  const wrong = stored.findIndex((name, index) => name !== ordered[index]);
  if (wrong >= 0) {
    issues.push(
      issueAt(
        at,
        `expected ${describeValue(ordered[wrong])} as entry ${wrong} (entries in code-unit order of their names), received ${describeValue(stored[wrong])}`,
      ),
    );
  }
}

/**
 * The issues of a budget's years: financial years written as the first is (`2025/26`, or `2025`
 * for years from January), the first after the baseline's (written so too), each the year after
 * the one before. The writer's years are the portfolio's after the baseline's, consecutive.
 */
function yearIssues(
  issues: SocialValueIssue[],
  path: readonly PropertyKey[],
  budget: SocialValueBudget,
): void {
  const first = budget.years[0]?.year;
  if (first === undefined) return;
  const form = first.includes('/') ? 4 : 1;
  // The year's first calendar year, when it is a financial year written as the first is.
  const startOf = (year: string) => {
    const start = Number(year.slice(0, 4));
    return /^\d{4}/.test(year) && financialYearLabel(start, form) === year ? start : undefined;
  };
  const { baselineYear } = budget;
  const base = baselineYear === null ? undefined : startOf(baselineYear);
  if (baselineYear !== null && base === undefined) {
    issues.push(
      issueAt(
        [...path, 'baselineYear'],
        `expected a financial year written as its years are (such as ${first}), received ${describeValue(baselineYear)}`,
      ),
    );
  }
  budget.years.forEach(({ year }, index) => {
    const at = [...path, 'years', index, 'year'];
    const start = startOf(year);
    const before = index === 0 ? undefined : startOf(budget.years[index - 1]!.year);
    const problem =
      start === undefined
        ? `expected a financial year (such as ${financialYearLabel(2025, form)})`
        : before !== undefined && start !== before + 1
          ? `expected ${describeValue(financialYearLabel(before + 1, form))} (the year after ${budget.years[index - 1]!.year})`
          : index === 0 && base !== undefined && start <= base
            ? `expected a financial year after the baseline's (${baselineYear})`
            : undefined;
    if (problem !== undefined)
      issues.push(issueAt(at, `${problem}, received ${describeValue(year)}`));
  });
}

/** The figures of a stored budget that contradict its own contents, each at its path. */
export function budgetIssues(
  budget: SocialValueBudget,
  path: readonly PropertyKey[],
): SocialValueIssue[] {
  const issues: SocialValueIssue[] = [];
  yearIssues(issues, path, budget);
  // Labels right, each year is dated as its label gives it, in the month the first starts in.
  const first = budget.years[0];
  if (issues.length === 0 && first !== undefined) {
    const month = first.year.includes('/') ? first.start.slice(5, 7) : '01';
    const date = `${first.year.slice(0, 4)}-${month}-01`;
    datedYearIssues(
      issues,
      [...path, 'years'],
      budget.years,
      +month,
      { date, what: 'its label' },
      undefined,
      false,
    );
  }
  const baselines = baselinesOf(budget);
  let before: BudgetYear | undefined;
  const years = budget.years.map((year, index) => {
    const at = { year: year.year, closed: year.end <= budget.asOf };
    const again = (
      label: string,
      entry: BudgetEntry,
      prior: BudgetEntry | undefined,
      baseline: Decimal | undefined,
    ) =>
      entryOf(label, at, entry.delivered, entry.pledged, entry.target ?? undefined, baseline, {
        value: before === undefined ? baseline : (prior?.delivered ?? ZERO),
        year: before?.year ?? budget.baselineYear ?? undefined,
      });
    const parts = (key: PartKey, noun: string) => {
      const entries = emptyRecord<BudgetEntry>();
      for (const name of Object.keys(year[key])) {
        const prior = before && (ownValue(before[key], name) ?? undefined);
        const baseline = baselines.parts[key].get(name) ?? undefined;
        // Named as socialValueBudget names it (quoted when it would not read as it is).
        entries[name] = again(`${noun} ${idText(name)}`, year[key][name]!, prior, baseline);
      }
      partIssues(issues, [...path, 'years', index, key], year, before, baselines.parts[key]);
      return entries;
    };
    const expected: BudgetYear = {
      ...year,
      closed: at.closed,
      total: again('The whole council', year.total, before?.total, baselines.total),
      byDepartment: parts('byDepartment', 'Department'),
      byPriority: parts('byPriority', 'Priority'),
    };
    figureIssues(issues, [...path, 'years', index], expected, year);
    before = year;
    return expected;
  });
  budget.findings.forEach(({ code, severity }, index) => {
    if (SEVERITIES[code] !== severity) {
      issues.push(
        issueAt(
          [...path, 'findings', index, 'severity'],
          `expected "${SEVERITIES[code]}" (the severity of ${code}), received "${severity}"`,
        ),
      );
    }
  });
  figureIssues(
    issues,
    [...path, 'summary'],
    budgetSummary(
      years,
      budget.baselineYear,
      budget.findings.map((finding) => ({ ...finding, severity: SEVERITIES[finding.code] })),
    ),
    budget.summary,
  );
  return issues;
}
