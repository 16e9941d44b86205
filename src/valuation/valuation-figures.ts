import type { Decimal } from '../core/decimal.js';
import type { SocialValueIssue } from '../core/errors.js';
import { figureIssues } from '../core/figure-issues.js';
import { issueAt } from '../core/issue.js';
import { divide } from '../core/numeric-domain.js';
import { RECORDED_AT_ZERO } from '../core/recorded-at-zero.js';
import type { Framework, Measure } from '../toms/types.js';
import { addExact, exactSum, exactValue } from './exact-sum.js';
import type { ReadPledge } from './read-pledge.js';
import {
  addPledge,
  finishValuation,
  startValuation,
  valuationSummary,
} from './running-valuation.js';
import type { Valuation, ValuationLine } from './types.js';

type Path = readonly PropertyKey[];

// What a stored valuation must agree with, worked out again from its own contents. With lines,
// the loop that valued them values them again (each line's measure with its stored theme, value
// type and proxy value; its quantity or years, share, tags, channel and effect), so every line's
// value and years, every total and breakdown, the ratio, the duplicate-measure, tag-spelling and year-spelling warnings and the
// summary must be what `valuePledges` writes. Without lines (`lines: false`), what the totals
// allow: the breakdowns by theme, value type and channel and benefits plus disbenefits add up
// to the total, the ratio is the total over the contract value, and the summary words them (its
// count of pledges taken as stored). Internal.

/** The pledge a stored line records (a line has a pledge's fields, years as a list). */
function pledgeOf(line: ValuationLine): ReadPledge {
  return {
    ...line,
    quantity: line.years === undefined ? line.quantity : undefined,
    years: line.years?.map((year) => [year.year, year.quantity] as const),
    tagNames: Object.keys(line.tags),
    tagValues: Object.values(line.tags),
  } as ReadPledge;
}

/** The exact sum of figures. */
function sumOf(figures: readonly Decimal[]): Decimal {
  const sum = exactSum();
  for (const figure of figures) addExact(sum, figure);
  return exactValue(sum);
}

/** The figures of a stored valuation that contradict its own contents, each at its path. */
export function valuationFigureIssues(valuation: Valuation, path: Path): SocialValueIssue[] {
  const issues: SocialValueIssue[] = [];
  const { lines, total, contractValue, byTheme } = valuation;
  if (contractValue === undefined && valuation.socialValueAddedRatio !== undefined) {
    issues.push(
      issueAt(
        [...path, 'contractValue'],
        'expected the contract value of socialValueAddedRatio, received undefined',
      ),
    );
  }
  if (lines.length > 0) {
    // The framework the lines record: the themes of byTheme (then any other a line names) and
    // each measure as its first line has it.
    const themes = new Map<string, string | undefined>();
    for (const id of Object.keys(byTheme)) themes.set(id, undefined);
    const measures = new Map<string, Measure>();
    for (const line of lines) {
      if (themes.get(line.theme) === undefined) themes.set(line.theme, line.themeName);
      if (!measures.has(line.measure)) measures.set(line.measure, line as unknown as Measure);
    }
    const framework = {
      ...valuation.framework,
      themes: [...themes].map(([id, name]) => ({ id, name })),
      measures: [...measures].map(([code, line]) => ({ ...line, code })),
    } as unknown as Framework;
    const running = startValuation(framework, contractValue, true);
    lines.forEach((line, index) => {
      if (line.valueType === 'record-only' && line.proxyValue.gt(0)) {
        issues.push(issueAt([...path, 'lines', index, 'proxyValue'], RECORDED_AT_ZERO));
      }
      addPledge(running, pledgeOf(line), running.slots.get(line.measure)!, index);
    });
    const again = finishValuation(running, false);
    // Every key of either but the warnings and summary, checked below.
    for (const key of Object.keys({ ...again, ...valuation }) as (keyof Valuation)[]) {
      if (key !== 'warnings' && key !== 'summary') {
        figureIssues(issues, [...path, key], again[key], valuation[key]);
      }
    }
    // Other warnings need the framework's groups, editions and limits: taken as stored.
    figureIssues(
      issues,
      [...path, 'warnings'],
      again.warnings,
      valuation.warnings.filter(
        (warning) =>
          warning.code === 'duplicate-measure' ||
          warning.code === 'tag-spelling' ||
          warning.code === 'year-spelling',
      ),
    );
    const summary = valuationSummary(
      valuation.framework,
      running.count,
      again.total,
      running.disbenefits === 0 ? undefined : [again.benefitTotal, again.disbenefitTotal],
      contractValue,
      again.socialValueAddedRatio,
      valuation.warnings.length,
    );
    figureIssues(issues, [...path, 'summary'], summary, valuation.summary);
    return issues;
  }
  // Record-only measures are not monetised: no value of theirs to add up.
  if (!valuation.byValueType['record-only'].isZero()) {
    issues.push(issueAt([...path, 'byValueType', 'record-only'], RECORDED_AT_ZERO));
  }
  const sums = (
    [
      ['byTheme', Object.values(byTheme)],
      ['byValueType', Object.values(valuation.byValueType)],
      ['byChannel', Object.values(valuation.byChannel) as Decimal[]],
      ['benefitTotal', [valuation.benefitTotal, valuation.disbenefitTotal]],
    ] as const
  ).map(([key, figures]) => [key, sumOf(figures)] as const);
  // All four agree: the total is the odd one out, and the ratio is over their sum.
  let net = total;
  if (sums.every(([, sum]) => sum.eq(sums[0]![1]))) {
    net = sums[0]![1];
    figureIssues(issues, [...path, 'total'], net, total);
  } else {
    for (const [key, sum] of sums) {
      if (!sum.eq(total)) {
        issues.push(
          issueAt(
            [...path, key],
            `expected ${key === 'benefitTotal' ? 'it and disbenefitTotal' : 'figures'} adding up to the total (${total}), received a sum of ${sum}`,
          ),
        );
      }
    }
  }
  const ratio = contractValue && divide(net, contractValue);
  figureIssues(issues, [...path, 'socialValueAddedRatio'], ratio, valuation.socialValueAddedRatio);
  // The summary as the totals word it, with the count of pledges it gives (nothing else does);
  // unless a figure is refused above, which the summary then only repeats.
  if (issues.length > 0) return issues;
  const { summary, benefitTotal, disbenefitTotal } = valuation;
  const say = (effects?: readonly [Decimal, Decimal]) =>
    valuationSummary(
      valuation.framework,
      Number(/^[\d,]*/.exec(summary)![0].replaceAll(',', '')),
      net,
      effects,
      contractValue,
      ratio,
      valuation.warnings.length,
    );
  // A disbenefit of £0 is worded as net too: either wording, when no disbenefit is stated.
  const worded = say([benefitTotal, disbenefitTotal]);
  const plain = disbenefitTotal.isZero() && summary !== worded;
  figureIssues(issues, [...path, 'summary'], plain ? say() : worded, summary);
  return issues;
}
