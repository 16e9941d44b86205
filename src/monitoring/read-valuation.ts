import { isSealed } from '../core/brand.js';
import { Decimal } from '../core/decimal.js';
import type { SocialValueIssue } from '../core/errors.js';
import { issueAt, issuesError } from '../core/issue.js';
import { emptyRecord } from '../core/record.js';
import { checkStoredValuation } from '../core/stored-valuation.js';
import { parseInput } from '../core/zod-error.js';
import { copyDefined } from './copy-defined.js';
import { expectReader } from './expect-reader.js';
import { inputSchemas } from './schemas.js';
import type { DeliveryReport, MonitoredValuationLine } from './types.js';

/**
 * A pledge line as trackDelivery works with it: a valuation line with its index, Decimals,
 * attribution share (1 when none) and tags (a null-prototype record, or a sealed valuation's).
 * Internal.
 */
export type PledgeLineRead = Pick<
  MonitoredValuationLine,
  | 'measure'
  | 'title'
  | 'unit'
  | 'theme'
  | 'themeName'
  | 'valueType'
  | 'channel'
  | 'pledgerKind'
  | 'pledger'
  | 'followUpOn'
  | 'barriers'
  | 'effect'
> & {
  readonly index: number;
  readonly quantity: Decimal;
  readonly attributionShare: Decimal;
  readonly proxyValue: Decimal;
  readonly tags: Readonly<Record<string, string>>;
  readonly years?: readonly { readonly year: string; readonly quantity: Decimal }[] | undefined;
};

/** A valuation as trackDelivery works with it. Internal. */
export interface ValuationRead {
  /** The framework's identity. */
  readonly framework?: DeliveryReport['framework'];
  /** The lines. */
  readonly lines: readonly PledgeLineRead[];
  /** The contract value. */
  readonly contractValue?: Decimal | undefined;
}

/** The fields of a sealed 0.2 `Valuation` that monitoring reads. */
interface SealedValuation {
  readonly framework?:
    | {
        readonly id: string;
        readonly name?: string | undefined;
        readonly edition?: string | undefined;
        readonly priceYear?: number | undefined;
      }
    | undefined;
  readonly lines: readonly PledgeLineRead[];
  readonly contractValue?: Decimal;
}

const ONE = /* @__PURE__ */ new Decimal(1);

/** Copies the framework identity with only the fields a report keeps. */
function identity(framework: SealedValuation['framework']): DeliveryReport['framework'] {
  if (framework === undefined) return undefined;
  const kept: NonNullable<DeliveryReport['framework']> = { id: framework.id };
  copyDefined(kept, framework, ['name', 'edition', 'priceYear']);
  return kept;
}

/**
 * Reads the valuation given to trackDelivery. A valuation sealed by `valuePledges` is trusted
 * as it is (its lines are used without a copy); anything else (its JSON snapshot, a hand-made
 * object, a copy) is validated with the 0.2 shape, every key known, its stored figures checked
 * against what they were worked out from (`checkStoredValuation`), and copied: tags into
 * null-prototype records, numbers into Decimals. Internal.
 */
export function readValuation(valuation: unknown): ValuationRead {
  if (isSealed(valuation, 'valuation')) {
    const sealed = valuation as SealedValuation;
    return {
      framework: identity(sealed.framework),
      lines: sealed.lines,
      contractValue: sealed.contractValue,
    };
  }
  expectReader(
    valuation,
    'valuation',
    'a valuation (from valuePledges, its JSON snapshot, or an object with its lines)',
    ['valuation'],
    'lines',
  );
  const parsed = parseInput(inputSchemas().valuation, valuation, 'valuation', ['valuation']);
  // Its figures as the valuation wrote them: a hand-edited one is refused, not used.
  const issues: SocialValueIssue[] = [];
  if (
    !checkStoredValuation(parsed, (message, at) => {
      issues.push(issueAt(['valuation', ...at], message));
    })
  ) {
    throw issuesError('valuation', issues);
  }
  return {
    framework: identity(parsed.framework),
    lines: parsed.lines.map((line, position) => ({
      index: line.index ?? position,
      measure: line.measure,
      title: line.title,
      unit: line.unit,
      theme: line.theme,
      themeName: line.themeName,
      valueType: line.valueType,
      quantity: line.quantity,
      attributionShare: line.attributionShare ?? ONE,
      proxyValue: line.proxyValue,
      tags: line.tags ?? emptyRecord<string>(),
      years: line.years?.map((year) => ({ year: year.year, quantity: year.quantity })),
      channel: line.channel,
      pledgerKind: line.pledgerKind,
      pledger: line.pledger,
      followUpOn: line.followUpOn,
      barriers: line.barriers,
      effect: line.effect,
    })),
    contractValue: parsed.contractValue,
  };
}
