import type * as z from 'zod/mini';
import { anySchema } from '../core/any-schema.js';
import { isSealed, seal } from '../core/brand.js';
import { Decimal, type Numeric } from '../core/decimal.js';
import { describeReceived, describeValue } from '../core/describe-value.js';
import { financialYearLabel } from '../core/financial-year.js';
import { idText } from '../core/id-text.js';
import { fieldError } from '../core/issue.js';
import { lazy } from '../core/lazy.js';
import { LISTED } from '../core/listing.js';
import { entryOf as mapEntry } from '../core/map-entry.js';
import { emptyRecord, isPlainRecord, ownValue } from '../core/record.js';
import { idSchema, numericSchema } from '../core/schemas.js';
import type { Severity } from '../core/severity.js';
import { didYouMean, suggest } from '../core/suggest.js';
import { byCodeUnits } from '../core/text.js';
import { withChecks } from '../core/with-checks.js';
import { listSchema, optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import { budgetSummary, entryOf } from './budget-figures.js';
import { plainObject } from './schemas.js';
import { monitoringSnapshots } from './snapshots.js';
import type { PortfolioSummary } from './summarise-portfolio.js';

/** A target for a financial year: for the whole council, a department or a priority. */
export interface BudgetTarget {
  /** The financial year, as reports write it (`'2025/26'`). */
  readonly year: string;
  /** The department (a value of the department tag); leave out for the whole council. */
  readonly department?: string | undefined;
  /** The priority (a value of the priority tag); leave out for the whole council. */
  readonly priority?: string | undefined;
  /** The value (£) to deliver in the year: 0 (no ratio) or at least a penny (0.01). */
  readonly value: Numeric;
}

/** A baseline given as figures: the value delivered in a base year, overall and in parts. */
export interface BudgetBaseline {
  /** The base year (`'2024/25'`). */
  readonly year: string;
  /** The values delivered: one without department or priority is the whole council's. */
  readonly values: readonly {
    /** The department, or none. */
    readonly department?: string | undefined;
    /** The priority, or none. */
    readonly priority?: string | undefined;
    /** The value (£) delivered in the base year: 0 or at least a penny (0.01). */
    readonly value: Numeric;
  }[];
}

/** Options of {@link socialValueBudget}. */
export interface SocialValueBudgetOptions {
  /**
   * What each year is compared with before the first: last year's budget (its last year), last
   * year's portfolio summary (its last year), or the figures of a base year.
   */
  readonly baseline?: SocialValueBudget | PortfolioSummary | BudgetBaseline | undefined;
  /** Targets by financial year, for the whole council, a department or a priority. */
  readonly targets?: readonly BudgetTarget[] | undefined;
  /** The tag naming a contract's (or line's) department. Default `'department'`. */
  readonly departmentTag?: string | undefined;
  /** The tag naming a council priority. Default `'priority'`; not the department tag. */
  readonly priorityTag?: string | undefined;
}

/** Where a year's figure stands against its target. */
export type BudgetStatus = 'met' | 'pledged-to-meet' | 'below-target' | 'no-target';

/** One figure of a social value budget: the whole council's, a department's or a priority's. */
export interface BudgetEntry {
  /** Value delivered in the year, against pledges or not (as social value added counts it). */
  readonly delivered: Decimal;
  /** Value due in the year under the pledges (their profiles). */
  readonly pledged: Decimal;
  /** The year's target, when one was set. */
  readonly target: Decimal | null;
  /** The baseline: the value delivered in the base year, when known. */
  readonly baseline: Decimal | null;
  /** The value delivered the year before (the baseline, for the first year), when known. */
  readonly previous: Decimal | null;
  /** Delivered − previous; `null` when the previous year is not known. */
  readonly change: Decimal | null;
  /**
   * The change ÷ |previous| (positive when up, from a year of net disbenefit too); `null` when
   * the previous year is unknown or below a penny (0.01) either way.
   */
  readonly changeRatio: Decimal | null;
  /** Delivered ÷ target; `null` without a target (or with a target of 0). */
  readonly targetRatio: Decimal | null;
  /**
   * `met` (delivered at least the target), `pledged-to-meet` (not yet, but the pledges due in a
   * year still open cover it), `below-target`, or `no-target`.
   */
  readonly status: BudgetStatus;
  /** The figure in a sentence fit for an annual statement. */
  readonly reason: string;
}

/** One financial year of a social value budget. */
export interface BudgetYear {
  /** The financial year (`'2025/26'`). */
  readonly year: string;
  /** Its first day. */
  readonly start: string;
  /** Its last day. */
  readonly end: string;
  /** Whether the year had ended by the latest report date. */
  readonly closed: boolean;
  /** The whole council (every contract of the portfolio). */
  readonly total: BudgetEntry;
  /** By department (null-prototype, code-unit order of names). */
  readonly byDepartment: Readonly<Record<string, BudgetEntry>>;
  /** By priority (null-prototype, code-unit order of names). */
  readonly byPriority: Readonly<Record<string, BudgetEntry>>;
}

/** Something to know about the budget's inputs. */
export interface BudgetFinding {
  /**
   * `target-outside-budget`: a target for a year the budget does not cover (the portfolio has
   * no figures for it, or it is the baseline's year or one before it). `part-not-in-portfolio`: a target or
   * baseline value naming a department or priority no contract has, close to one that does
   * (`'Housng'` for `'Housing'`): probably a typo, budgeted as a part of its own.
   */
  readonly code: 'target-outside-budget' | 'part-not-in-portfolio';
  /** `'info'` for a target outside the budget, `'warning'` for a part not in the portfolio. */
  readonly severity: Extract<Severity, 'info' | 'warning'>;
  /** A sentence, with the name probably meant. */
  readonly message: string;
  /** The target's position in `options.targets`; `null` for a baseline value. */
  readonly target: number | null;
}

/** The result of {@link socialValueBudget}: a council's social value budget, year by year. */
export interface SocialValueBudget {
  /** Marks the object as a social value budget. */
  readonly kind: 'social-value-budget';
  /** The version of this shape. */
  readonly schemaVersion: 1;
  /** The latest report date of the portfolio's contracts (a portfolio has at least one). */
  readonly asOf: string;
  /** The tag read as the department. */
  readonly departmentTag: string;
  /** The tag read as the priority. */
  readonly priorityTag: string;
  /** The base year of the baseline, when one was given. */
  readonly baselineYear: string | null;
  /** The financial years, in order. */
  readonly years: readonly BudgetYear[];
  /** Targets that could not be placed. */
  readonly findings: readonly BudgetFinding[];
  /** One sentence about the latest year. */
  readonly summary: string;
}

// A target or baseline value is 0 or at least a penny, as contract values are: the ratios it
// divides then stay figures a snapshot can store.
const moneySchema = () =>
  withChecks(numericSchema({ min: 0 }), (payload) => {
    const value = payload.value;
    if (value.isZero() || value.gte('0.01')) return;
    payload.issues.push({
      code: 'custom',
      message: `expected 0 or a number at least 0.01, received ${describeValue(value.toString())}`,
      input: value,
      continue: true,
    });
  });

/** A target or baseline value: a figure of the whole council, a department or a priority. */
const partSchema = <S extends z.core.$ZodLooseShape>(shape: S, what: string) =>
  plainObject(
    {
      ...shape,
      department: optionalSchema(idSchema),
      priority: optionalSchema(idSchema),
      value: moneySchema(),
    },
    what,
    { amount: 'value' },
  );

const optionsSchema = /* @__PURE__ */ lazy(() =>
  plainObject(
    {
      baseline: optionalSchema(anySchema),
      targets: optionalSchema(listSchema(partSchema({ year: idSchema }, 'a target'))),
      departmentTag: optionalSchema(idSchema),
      priorityTag: optionalSchema(idSchema),
    },
    'options',
  ),
);

const baselineSchema = /* @__PURE__ */ lazy(() =>
  plainObject(
    { year: idSchema, values: listSchema(partSchema({}, 'a baseline value')) },
    'a baseline',
  ),
);

/**
 * Figures of one year by part: the whole council, departments and priorities. `complete` when
 * they come from a budget (a part left out delivered nothing), not from figures given by hand
 * (a part left out is unknown).
 */
interface Parts {
  total: Decimal | undefined;
  readonly departments: Map<string, Decimal>;
  readonly priorities: Map<string, Decimal>;
  readonly complete: boolean;
}

const emptyParts = (complete = false): Parts => ({
  total: undefined,
  departments: new Map(),
  priorities: new Map(),
  complete,
});

/** A part's figure: given, else 0 when the figures are complete, else unknown. */
function figureOf(
  parts: Parts | undefined,
  map: 'departments' | 'priorities' | undefined,
  name = '',
) {
  if (parts === undefined) return undefined;
  const value = map === undefined ? parts.total : parts[map].get(name);
  return value ?? (parts.complete ? ZERO : undefined);
}

/** Where a figure of a part goes; `part` throws unless at most one of the two is given. */
function place(
  parts: Parts,
  entry: { readonly department?: string | undefined; readonly priority?: string | undefined },
  value: Decimal,
  path: readonly PropertyKey[],
  what: string,
): void {
  if (entry.department !== undefined && entry.priority !== undefined) {
    throw fieldError(
      'invalid-input',
      `Invalid ${what}: a department and a priority.`,
      [...path, 'priority'],
      'expected a department or a priority (or neither, for the whole council), not both',
    );
  }
  const map =
    entry.department !== undefined
      ? parts.departments
      : entry.priority !== undefined
        ? parts.priorities
        : undefined;
  const name = entry.department ?? entry.priority;
  if (map === undefined ? parts.total !== undefined : map.has(name!)) {
    throw fieldError(
      'invalid-input',
      `Invalid ${what}: the same figure twice.`,
      path,
      `expected one ${what} per year for ${name === undefined ? 'the whole council' : describeValue(name)}`,
    );
  }
  if (map === undefined) parts.total = value;
  else map.set(name!, value);
}

const ZERO = /* @__PURE__ */ new Decimal(0);

/** The parts of a year's figures (the year before, or the baseline) that delivered something. */
function deliveredBefore(parts: Parts | undefined, map: 'departments' | 'priorities'): string[] {
  if (parts === undefined) return [];
  return [...parts[map]].filter(([, value]) => !value.isZero()).map(([name]) => name);
}

/** The baseline as the figures of one year by part, with the year. */
function readBaseline(
  baseline: unknown,
  departmentTag: string,
  priorityTag: string,
  checkPart: CheckPart,
): { readonly year: string; readonly parts: Parts } | undefined {
  if (baseline === undefined) return undefined;
  const path = ['options', 'baseline'];
  const kind = isPlainRecord(baseline) ? baseline.kind : undefined;
  if (isSealed(baseline, 'social-value-budget') || kind === 'social-value-budget') {
    return lastYear(monitoringSnapshots['social-value-budget'](baseline, path));
  }
  if (isSealed(baseline, 'portfolio-summary') || kind === 'portfolio-summary') {
    const summary = monitoringSnapshots['portfolio-summary'](baseline, path);
    return lastYear(budgetOf(summary, departmentTag, priorityTag, undefined, new Map()));
  }
  if (!isPlainRecord(baseline) || kind !== undefined) {
    throw fieldError(
      'invalid-input',
      'Invalid baseline: 1 problem.',
      path,
      `expected last year's social value budget, portfolio summary or { year, values }, received ${describeReceived(baseline)}`,
    );
  }
  const read = parseInput(baselineSchema(), baseline, 'baseline', path);
  const parts = emptyParts();
  read.values.forEach((entry, position) => {
    const at = [...path, 'values', position];
    checkPart(entry, at, 'baseline');
    place(parts, entry, entry.value, at, 'baseline');
  });
  return { year: read.year, parts };
}

/**
 * Throws `invalid-input` at `path` for a year of the options that is not a financial year
 * written as the portfolio writes them (`2024/25`, or `2024` for years from January), or, for a
 * baseline, is after its last year; nothing to check when the portfolio has no years. A typo
 * (`2024-25`) would otherwise be a year with no figures: a baseline compared with the first
 * year as the year before it, a target left out. A year written otherwise whose numbers are
 * the year's (`2024/2025`, `2024-25`, ` 2024/25`) gets the label meant (`did you mean "2024/25"?`).
 */
function checkYear(
  year: string,
  portfolio: PortfolioSummary,
  path: readonly PropertyKey[],
  what: 'baseline' | 'targets',
): void {
  const first = portfolio.byFinancialYear[0]?.year;
  const last = portfolio.byFinancialYear.at(-1)?.year;
  if (first === undefined || last === undefined) return;
  const label = financialYearLabel(+(year.match(/\d+/)?.[0] ?? ''), first.includes('/') ? 4 : 1);
  // The year meant when the digits written are its label's, the second year in full or not
  // (`2024/2025`, `2024-25`, `FY2024/25` for `2024/25`; `2024 ` for `2024`).
  const digits = year.replace(/\D/g, '');
  const meant =
    digits === label.replace('/', '') || digits === label.replace('/', label.slice(0, 2));
  const problem =
    label !== year
      ? `expected a financial year written as the portfolio writes them (such as ${first})`
      : what === 'baseline' && year > last
        ? `expected a financial year before or within the portfolio's (${first === last ? first : `${first} to ${last}`})`
        : undefined;
  if (problem !== undefined) {
    throw fieldError(
      'invalid-input',
      `Invalid ${what}: 1 problem.`,
      path,
      `${problem}, received ${describeValue(year)}${meant && label !== year ? didYouMean([label]) : ''}`,
    );
  }
}

const loose = (name = '') => name.replace(/\s+/g, '').toLowerCase();

/** How many names absent from the portfolio are compared with its names: a huge input stays linear. */
const COMPARED = LISTED;

/** An entry of the options naming a department or a priority (or neither). */
type PartEntry = {
  readonly department?: string | undefined;
  readonly priority?: string | undefined;
};

/**
 * The check of the departments and priorities the options name, with the portfolio's names read
 * once: throws `invalid-input` at the entry's department or priority when the portfolio writes
 * it otherwise, in case or spaces only (`" housing"` for `"Housing"`), a slip that would be a
 * part of its own with nothing delivered. A name the portfolio does not have at all is a part
 * with nothing delivered yet (a new department): a warning in `findings` when it is close to
 * one the portfolio has (`"Housng"`), probably a typo (the first 10 such names are compared).
 */
function partChecker(
  portfolio: PortfolioSummary,
  tags: readonly [string, string],
  findings: BudgetFinding[],
) {
  const names = tags.map((tag) => {
    const known = Object.keys(portfolio.byTag[tag] ?? {});
    const byLoose = new Map<string, string>();
    for (const name of known) if (!byLoose.has(loose(name))) byLoose.set(loose(name), name);
    return { known, set: new Set(known), byLoose };
  });
  let compared = 0;
  // Each tag is checked once, when an entry first names a part of it (a suggestion per entry
  // would compare every tag of the portfolio again).
  const checked = [false, false];
  return (entry: PartEntry, path: readonly PropertyKey[], what: 'targets' | 'baseline') => {
    const key = entry.department === undefined ? 'priority' : 'department';
    const name = entry[key];
    if (name === undefined) return;
    const which = +(key === 'priority');
    if (!checked[which]) checkTag(portfolio, which, tags[which]!);
    checked[which] = true;
    const { known, set, byLoose } = names[which]!;
    if (set.has(name)) return;
    const meant = byLoose.get(loose(name));
    if (meant !== undefined) {
      throw fieldError(
        'invalid-input',
        `Invalid ${what}: 1 problem.`,
        [...path, key],
        `expected ${describeValue(meant)} as the portfolio writes it, received ${describeValue(name)}`,
      );
    }
    compared += 1;
    const hint = compared > COMPARED ? '' : didYouMean(suggest(name, known));
    if (hint === '') return;
    const position = path.at(-1) as number;
    findings.push({
      code: 'part-not-in-portfolio',
      severity: 'warning',
      message: `${what === 'targets' ? 'Target' : 'Baseline value'} ${position}: no contract has ${key} ${describeValue(name)}${hint}.`,
      target: what === 'targets' ? position : null,
    });
  };
}

type CheckPart = ReturnType<typeof partChecker>;

/**
 * Throws `invalid-input` at `options.departmentTag` (`which` 0) or `options.priorityTag` (1)
 * when the tag (given, or read for a target or baseline value) is no tag of the portfolio but
 * close to one (`'departmnt'`, or the default `'department'` beside `'Department'`): every
 * figure of it would be a part of its own, with nothing delivered.
 */
function checkTag(portfolio: PortfolioSummary, which: number, tag: string): void {
  if (Object.hasOwn(portfolio.byTag, tag)) return;
  const hint = didYouMean(suggest(tag, Object.keys(portfolio.byTag)));
  if (hint === '') return;
  throw fieldError(
    'invalid-input',
    'Invalid budget options: 1 problem.',
    ['options', which ? 'priorityTag' : 'departmentTag'],
    `expected a tag of the portfolio, received ${describeValue(tag)}${hint}`,
  );
}

/** The figures delivered in a year of a budget, by part (complete: a part left out delivered nothing). */
function deliveredParts(year: Pick<BudgetYear, 'total' | 'byDepartment' | 'byPriority'>): Parts {
  const parts = emptyParts(true);
  parts.total = year.total.delivered;
  for (const [name, entry] of Object.entries(year.byDepartment)) {
    parts.departments.set(name, entry.delivered);
  }
  for (const [name, entry] of Object.entries(year.byPriority)) {
    parts.priorities.set(name, entry.delivered);
  }
  return parts;
}

/** The figures delivered in the last year of a budget, by part. */
function lastYear(
  budget: Pick<SocialValueBudget, 'years'>,
): { readonly year: string; readonly parts: Parts } | undefined {
  const year = budget.years.at(-1);
  return year === undefined ? undefined : { year: year.year, parts: deliveredParts(year) };
}

/** The budget of a portfolio read, targets and baseline resolved. */
function budgetOf(
  portfolio: PortfolioSummary,
  departmentTag: string,
  priorityTag: string,
  baseline: { readonly year: string; readonly parts: Parts } | undefined,
  targets: ReadonlyMap<string, Parts>,
): Omit<SocialValueBudget, 'kind' | 'schemaVersion' | 'findings' | 'summary'> {
  const asOf = portfolio.contracts.reduce(
    (latest, contract) => (contract.asOf > latest ? contract.asOf : latest),
    '',
  );
  let before: Parts | undefined = baseline?.parts;
  let beforeYear = baseline?.year;
  // The base year's own figures are the baseline: the budget covers the years after it.
  const base = portfolio.byFinancialYear.findIndex((year) => year.year === baseline?.year);
  const years = portfolio.byFinancialYear.slice(base + 1).map((figures): BudgetYear => {
    const year = { year: figures.year, closed: figures.end <= asOf };
    const goals = targets.get(figures.year) ?? emptyParts();
    const previous = (known: Decimal | undefined) => ({ value: known, year: beforeYear });
    const section = (tag: string, map: 'departments' | 'priorities', noun: string) => {
      const values = ownValue(figures.byTag, tag) ?? {};
      // A part that delivered the year before and has no figures this year (its contracts
      // ended) is in the year too: it delivered nothing, down on the year before.
      const names = new Set([
        ...Object.keys(values),
        ...goals[map].keys(),
        ...deliveredBefore(before, map),
      ]);
      const entries = emptyRecord<BudgetEntry>();
      for (const name of [...names].sort(byCodeUnits)) {
        // The value delivered in the year (pledged or not) of the part tagged `tag` = `name`.
        const tagged = ownValue(values, name);
        entries[name] = entryOf(
          `${noun} ${idText(name)}`,
          year,
          tagged === undefined ? ZERO : tagged.delivered.plus(tagged.unpledged),
          tagged?.pledged ?? ZERO,
          goals[map].get(name),
          figureOf(baseline?.parts, map, name),
          previous(figureOf(before, map, name)),
        );
      }
      return entries;
    };
    const total = entryOf(
      'The whole council',
      year,
      figures.delivered.plus(figures.unpledged),
      figures.pledged,
      goals.total,
      figureOf(baseline?.parts, undefined),
      previous(figureOf(before, undefined)),
    );
    const byDepartment = section(departmentTag, 'departments', 'Department');
    const byPriority = section(priorityTag, 'priorities', 'Priority');
    before = deliveredParts({ total, byDepartment, byPriority });
    beforeYear = figures.year;
    return {
      year: figures.year,
      start: figures.start,
      end: figures.end,
      closed: year.closed,
      total,
      byDepartment,
      byPriority,
    };
  });
  return {
    asOf,
    departmentTag,
    priorityTag,
    baselineYear: baseline?.year ?? null,
    years,
  };
}

/**
 * A council's social value budget from its portfolio: for each UK financial year, the social
 * value delivered (against pledges or not), the value due under the pledges, the target and
 * the baseline, the change on the year before and where the year stands against its target:
 * for the whole council, by department and by priority, each with a sentence fit for the annual
 * statement. This is the "Social Value Budget" the local government report (seed 003,
 * recommendation 2e) asks councils to produce alongside the financial budget, quantifying "what
 * social value they have produced across all departments and projects over the financial year"
 * against a baseline; Southend-on-Sea sets annual targets per priority and publishes an annual
 * statement (seed 001, §10.4).
 *
 * Departments and priorities are tags (contract tags, such as the department, cover every line
 * of the contract; line tags, such as a council priority, their line), read from the
 * portfolio's figures by financial year: `options.departmentTag` (default `'department'`) and
 * `options.priorityTag` (default `'priority'`). A year is closed once the latest report date is
 * on or after its last day: in a year still open, a target the pledges due that year cover is
 * `pledged-to-meet`. When the baseline's year is one of the portfolio's, the budget covers the
 * years after it (last year's figures are the baseline, not a year of this budget).
 *
 * A department or priority no contract has is budgeted with nothing delivered (a new
 * department); when it is close to one the portfolio has (`'Housng'` for `'Housing'`), a
 * `part-not-in-portfolio` warning in `findings` names the one probably meant, and the summary
 * counts the warnings.
 *
 * @param portfolio - What `summarisePortfolio` returned, or its JSON snapshot.
 * @param options - A baseline (last year's budget or portfolio summary, or a base year's
 * figures), targets by year, and the tags read as department and priority.
 * @returns The budget (kind `'social-value-budget'`), explained.
 * @throws SocialValueError `invalid-input` for something that is not a portfolio summary (or
 * its snapshot), a portfolio of no contracts (it has no report date to budget to), a malformed
 * target or baseline, a baseline year after the portfolio's last, a target or baseline year not
 * written as its years are (`2024/25`, not `2024-25`), a target for both a department and a
 * priority, two targets for the same figure, or a department or priority tag (given, or read
 * for a target) that the portfolio does not have but is close to one it has (`'departmnt'`).
 *
 * @example
 * ```ts
 * import { socialValueBudget, summarisePortfolio, trackDelivery } from 'social-value';
 *
 * const line = { measure: 'NT29', theme: 'social', valueType: 'social' as const, quantity: 1000, proxyValue: '16.09' };
 * const report = trackDelivery({ lines: [line] }, [{ measure: 'NT29', date: '2025-09-30', quantity: 800 }], {
 *   start: '2025-04-01', end: '2026-03-31', asOf: '2026-03-31',
 * });
 * const portfolio = summarisePortfolio([{ id: 'C1', tags: { department: 'Housing' }, report }]);
 * const budget = socialValueBudget(portfolio, {
 *   targets: [{ year: '2025/26', department: 'Housing', value: 12000 }],
 *   baseline: { year: '2024/25', values: [{ department: 'Housing', value: 10000 }] },
 * });
 * const housing = budget.years[0]!.byDepartment.Housing!;
 * housing.delivered.toString(); // => '12872'
 * housing.status; // => 'met'
 * housing.change?.toString(); // => '2872'
 * housing.reason; // => 'Department Housing, 2025/26: £12,872.00 of social value delivered, against a target of £12,000.00 (107.3%): met; £16,090.00 due under pledges; up £2,872.00 (28.7%) on 2024/25 (£10,000.00).'
 * ```
 */
export function socialValueBudget(
  portfolio: PortfolioSummary,
  options: SocialValueBudgetOptions = {},
): SocialValueBudget {
  // A sealed summary is trusted, anything else read as its snapshot.
  const summary = monitoringSnapshots['portfolio-summary'](portfolio, ['portfolio']);
  const read = parseInput(optionsSchema(), options, 'budget options', ['options']);
  const departmentTag = read.departmentTag ?? 'department';
  const priorityTag = read.priorityTag ?? 'priority';
  if (read.departmentTag !== undefined) checkTag(summary, 0, departmentTag);
  if (read.priorityTag !== undefined) checkTag(summary, 1, priorityTag);
  if (departmentTag === priorityTag) {
    // One tag for both would make every department a priority too, each figure counted twice.
    throw fieldError(
      'invalid-input',
      'Invalid budget options: 1 problem.',
      ['options', read.priorityTag === undefined ? 'departmentTag' : 'priorityTag'],
      `expected a tag other than the ${read.priorityTag === undefined ? 'priority' : 'department'} tag, received ${describeValue(departmentTag)} for both`,
    );
  }
  const findings: BudgetFinding[] = [];
  const checkPart = partChecker(summary, [departmentTag, priorityTag], findings);
  const baseline = readBaseline(read.baseline, departmentTag, priorityTag, checkPart);
  if (baseline !== undefined) {
    const given = isPlainRecord(read.baseline) && read.baseline.kind === undefined;
    checkYear(
      baseline.year,
      summary,
      ['options', 'baseline', ...(given ? ['year'] : [])],
      'baseline',
    );
  }
  const targets = new Map<string, Parts>();
  (read.targets ?? []).forEach((target, position) => {
    const path = ['options', 'targets', position];
    checkYear(target.year, summary, [...path, 'year'], 'targets');
    checkPart(target, path, 'targets');
    place(
      mapEntry(targets, target.year, () => emptyParts()),
      target,
      target.value,
      path,
      'target',
    );
  });
  if (summary.contracts.length === 0) {
    throw fieldError(
      'invalid-input',
      'Invalid portfolio: no contracts to budget.',
      ['portfolio', 'contracts'],
      'expected a portfolio of at least one contract',
    );
  }
  const budget = budgetOf(summary, departmentTag, priorityTag, baseline, targets);
  const covered = new Set(budget.years.map((year) => year.year));
  (read.targets ?? []).forEach((target, position) => {
    if (covered.has(target.year)) return;
    const why =
      target.year === budget.baselineYear
        ? "the baseline's year"
        : summary.byFinancialYear.some((year) => year.year === target.year)
          ? `a year before the baseline's (${budget.baselineYear})`
          : 'a year the portfolio has no figures for';
    findings.push({
      code: 'target-outside-budget',
      severity: 'info',
      message: `Target ${position} is for ${target.year}, ${why}: it is not in the budget.`,
      target: position,
    });
  });
  return seal(
    {
      kind: 'social-value-budget' as const,
      schemaVersion: 1 as const,
      ...budget,
      findings,
      summary: budgetSummary(budget.years, budget.baselineYear, findings),
    },
    'social-value-budget',
  );
}
