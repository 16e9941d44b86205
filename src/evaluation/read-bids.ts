import type { Decimal } from '../core/decimal.js';
import { defined } from '../core/defined.js';
import { quoteText } from '../core/describe-value.js';
import { SocialValueError, type SocialValueIssue } from '../core/errors.js';
import { repeatCheck } from '../core/first-id.js';
import { issueAt, issuesError } from '../core/issue.js';
import { listed } from '../core/listing.js';
import { inputDomainProblem } from '../core/numeric-domain.js';
import { isPlainRecord } from '../core/record.js';
import { hasVisible, isNumericLike } from '../core/schemas.js';
import { didYouMean } from '../core/suggest.js';
import { plural } from '../core/text.js';
import { isNumericProblem, readNumber } from '../core/to-decimal.js';
import { parseInput } from '../core/zod-error.js';
import { criterionSuggester } from './criterion-suggester.js';
import { bidsSchema, type ParsedBid, type ParsedResponse } from './schemas.js';
import type { Criterion, EvaluationModel, SubCriterion } from './types.js';

type Path = readonly PropertyKey[];

const BID_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(['id', 'price', 'responses']);
const RESPONSE_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'offer',
  'total',
  'mark',
  'marks',
  'moderated',
]);

function leanNumber(value: unknown): Decimal | undefined {
  if (!isNumericLike(value)) return undefined;
  const read = readNumber(value, inputDomainProblem);
  return isNumericProblem(read) ? undefined : read;
}

function leanMarked(value: Record<string, unknown>): ParsedResponse | undefined {
  for (const key of Object.keys(value)) if (!RESPONSE_KEYS.has(key)) return undefined;
  const { offer: offerIn, total: totalIn, mark: markIn, marks: marksIn, moderated: modIn } = value;
  if (offerIn !== undefined && totalIn !== undefined) return undefined;
  if (markIn !== undefined && marksIn !== undefined) return undefined;
  const given = offerIn ?? totalIn;
  // Nothing given reads as nothing (leanNumber(undefined) is undefined).
  const offer = leanNumber(given);
  const mark = leanNumber(markIn);
  const moderated = leanNumber(modIn);
  if (
    (given !== undefined && (offer === undefined || offer.isNegative())) ||
    (markIn !== undefined && mark === undefined) ||
    (modIn !== undefined && moderated === undefined)
  ) {
    return undefined;
  }
  let marks: Decimal[] | undefined;
  if (marksIn !== undefined) {
    if (!Array.isArray(marksIn)) return undefined;
    marks = [];
    for (let index = 0; index < marksIn.length; index += 1) {
      const one = leanNumber(marksIn[index]);
      if (one === undefined) return undefined;
      marks.push(one);
    }
  }
  return defined({ offer, mark, marks, moderated });
}

function leanResponse(value: unknown): ParsedResponse | undefined {
  if (isPlainRecord(value)) return Object.hasOwn(value, 'kind') ? undefined : leanMarked(value);
  return leanNumber(value);
}

function leanBid(value: unknown): ParsedBid | undefined {
  if (!isPlainRecord(value)) return undefined;
  for (const key of Object.keys(value)) if (!BID_KEYS.has(key)) return undefined;
  const { id, price: priceIn, responses: responsesIn } = value;
  if (typeof id !== 'string' || !hasVisible(id)) return undefined;
  const price = leanNumber(priceIn);
  if (priceIn !== undefined && (price === undefined || price.lte(0))) return undefined;
  const responses = new Map<string, ParsedResponse | undefined>();
  if (responsesIn !== undefined) {
    if (!isPlainRecord(responsesIn)) return undefined;
    for (const key of Object.keys(responsesIn)) {
      const given = responsesIn[key];
      // `undefined` is a missing response, kept under its key (which the model checks).
      const response = given === undefined ? undefined : leanResponse(given);
      if (response === undefined && given !== undefined) return undefined;
      responses.set(key, response);
    }
  }
  return price === undefined ? { id, responses } : { id, price, responses };
}

/**
 * The usual bids (plain objects with an id, a price and numbers or marks as responses) read
 * without zod; `undefined` for anything else, which the zod schema then reads and reports. Both
 * give the same bids for every value the lean reading accepts (property-tested). Internal.
 */
export function leanBids(value: unknown): ParsedBid[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const bids: ParsedBid[] = [];
  for (let index = 0; index < value.length; index += 1) {
    const bid = leanBid(value[index]);
    if (bid === undefined) return undefined;
    bids.push(bid);
  }
  return bids;
}

/**
 * Throws `duplicate-bid` when two bids share an id, or ids that differ only in case, spaces,
 * invisible characters or Unicode form (they would read as one bidder in every sentence), naming
 * every repeat. Internal.
 */
export function checkUniqueBids(bids: readonly { readonly id: string }[], root: Path): void {
  const repeat = repeatCheck('bid id');
  const issues: SocialValueIssue[] = [];
  bids.forEach((bid, index) => {
    const issue = repeat(bid.id, [...root, index, 'id']);
    if (issue !== undefined) issues.push(issue);
  });
  if (issues.length > 0) {
    throw new SocialValueError({
      code: 'duplicate-bid',
      message: `Bid ids must be unique: ${plural(issues.length, 'repeat')}.`,
      issues,
    });
  }
}

/** Refuses responses under an id the model does not score from a response. */
function checkResponseKeys(bids: readonly ParsedBid[], model: EvaluationModel, root: Path): void {
  // Every id of the model (criteria and sub-criteria ids are all different): the leaf answered
  // under it, or why no response goes there.
  const ids = new Map<string, Criterion | SubCriterion | string>();
  for (const criterion of model.criteria) {
    const subs = criterion.subCriteria;
    if (subs !== undefined) {
      ids.set(
        criterion.id,
        `expected responses under the sub-criteria of ${quoteText(criterion.id)} (${listed(subs.map((sub) => quoteText(sub.id)))}), not under the criterion`,
      );
    }
    for (const leaf of subs ?? [criterion]) {
      ids.set(
        leaf.id,
        leaf.kind === 'price'
          ? `expected no response: the price criterion ${quoteText(leaf.id)} reads the bid's price`
          : leaf,
      );
    }
  }
  const issues: SocialValueIssue[] = [];
  const closest = criterionSuggester([...ids.values()].filter((leaf) => typeof leaf === 'object'));
  bids.forEach((bid, index) => {
    for (const key of bid.responses.keys()) {
      const found = ids.get(key);
      if (typeof found === 'object') continue;
      issues.push(
        issueAt(
          [...root, index, 'responses', key],
          found ??
            `expected a criterion id of the model, received ${quoteText(key)}${didYouMean(closest(key))}`,
        ),
      );
    }
  });
  if (issues.length > 0) {
    throw issuesError('bids', issues);
  }
}

/**
 * Reads and checks the bids of an evaluation: their shape (lean for the usual bids, zod for
 * the rest), unique ids, and responses only under the criteria the model scores from a
 * response. Internal.
 */
export function readBids(
  value: unknown,
  model: EvaluationModel,
  root: Path = ['bids'],
): ParsedBid[] {
  const bids = leanBids(value) ?? parseInput(bidsSchema, value, 'bids', root);
  checkUniqueBids(bids, root);
  checkResponseKeys(bids, model, root);
  return bids;
}
