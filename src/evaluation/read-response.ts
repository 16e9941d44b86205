import { Decimal } from '../core/decimal.js';
import type { SocialValueIssue } from '../core/errors.js';
import { issueAt } from '../core/issue.js';
import { listed } from '../core/listing.js';
import { divide } from '../core/numeric-domain.js';
import { sumDecimals } from '../core/sum.js';
import type { ParsedBid, ParsedResponse } from './schemas.js';
import type { ScaleScoring, Scoring } from './types.js';

/** What a bid gives for one scored (leaf) criterion. Internal. */
export interface LeafReading {
  /** The bid's price, when the method needs it. */
  readonly price?: Decimal | undefined;
  /** The £ offer, when the method needs it. */
  readonly offer?: Decimal | undefined;
  /** The combined mark, when the method needs it. */
  readonly mark?: Decimal | undefined;
  /** The evaluators' marks. */
  readonly marks?: readonly Decimal[] | undefined;
  /** How the mark was combined. */
  readonly combinedBy?: 'mean' | 'moderated' | undefined;
}

/** The outcome of reading a leaf: the reading, or the inputs missing and marks out of scale. */
export interface ReadOutcome {
  /** The reading, when nothing is missing or out of scale. */
  readonly reading?: LeafReading;
  /** Inputs missing. */
  readonly missing: SocialValueIssue[];
  /** Bad values (a negative £ offer). */
  readonly invalid: SocialValueIssue[];
  /** Marks outside their scale. */
  readonly outOfScale: SocialValueIssue[];
}

type Path = readonly PropertyKey[];
type MarkedResponse = Exclude<ParsedResponse, Decimal>;

function asObject(response: ParsedResponse): MarkedResponse | undefined {
  return Decimal.isDecimal(response) ? undefined : (response as MarkedResponse);
}

function readMarks(
  scale: ScaleScoring,
  response: ParsedResponse | undefined,
  at: Path,
  outcome: ReadOutcome,
): Pick<LeafReading, 'mark' | 'marks' | 'combinedBy'> | undefined {
  if (response === undefined) {
    outcome.missing.push(issueAt(at, 'missing: expected marks for this criterion'));
    return undefined;
  }
  const object = asObject(response);
  const given: { value: Decimal; at: Path }[] = [];
  if (object === undefined) given.push({ value: response as Decimal, at });
  else {
    if (object.mark !== undefined) given.push({ value: object.mark, at: [...at, 'mark'] });
    object.marks?.forEach((value, index) => {
      given.push({ value, at: [...at, 'marks', index] });
    });
  }
  const moderated = object?.moderated;
  const onScale = (value: Decimal, where: Path) => {
    if (scale.marks.some((mark) => mark.eq(value))) return true;
    outcome.outOfScale.push(
      issueAt(
        where,
        `expected a mark on the ${scale.scale} scale (${listed(scale.marks, { limit: 20, and: 'or' })}), received ${value}`,
      ),
    );
    return false;
  };
  let valid = given.every((mark) => onScale(mark.value, mark.at));
  if (moderated !== undefined) valid = onScale(moderated, [...at, 'moderated']) && valid;
  const marks = given.map((mark) => mark.value);
  const combine = scale.combine ?? (moderated === undefined ? 'mean' : 'moderated');
  if (combine === 'moderated' && moderated === undefined) {
    outcome.missing.push(issueAt([...at, 'moderated'], 'missing: expected a moderated mark'));
    return undefined;
  }
  if (combine === 'mean' && marks.length === 0) {
    outcome.missing.push(issueAt([...at, 'marks'], 'missing: expected at least one mark'));
    return undefined;
  }
  if (!valid) return undefined;
  const mark = combine === 'moderated' ? moderated! : divide(sumDecimals(marks), marks.length);
  return { mark, marks, combinedBy: combine };
}

function readOffer(
  response: ParsedResponse | undefined,
  at: Path,
  outcome: ReadOutcome,
): Decimal | undefined {
  const offer = response === undefined ? undefined : (asObject(response)?.offer ?? response);
  if (offer !== undefined && Decimal.isDecimal(offer)) {
    if (!offer.isNegative()) return offer as Decimal;
    outcome.invalid.push(issueAt(at, `expected a £ offer of at least 0, received ${offer}`));
    return undefined;
  }
  outcome.missing.push(issueAt(at, 'missing: expected a £ offer (an amount or a Valuation)'));
  return undefined;
}

function readPrice(bid: ParsedBid, at: Path, outcome: ReadOutcome): Decimal | undefined {
  if (bid.price === undefined)
    outcome.missing.push(issueAt([...at, 'price'], 'missing: expected a price'));
  return bid.price;
}

/**
 * Reads what a bid gives for one leaf criterion, checking marks against the scale and noting
 * missing inputs by path (`at` is the bid's path, `bids[3]`). Internal.
 */
export function readResponse(
  leafId: string,
  scoring: Scoring,
  bid: ParsedBid,
  at: Path,
): ReadOutcome {
  const outcome: ReadOutcome = { missing: [], invalid: [], outOfScale: [] };
  const where: Path = [...at, 'responses', leafId];
  const response = bid.responses.get(leafId);
  let reading: LeafReading | undefined;
  switch (scoring.method) {
    case 'relative-to-lowest':
    case 'linear':
    case 'mean-based': {
      const price = readPrice(bid, at, outcome);
      if (price !== undefined) reading = { price };
      break;
    }
    case 'scale':
      reading = readMarks(scoring, response, where, outcome);
      break;
    case 'relative-to-highest':
    case 'sva': {
      const offer = readOffer(response, where, outcome);
      const price =
        scoring.method === 'sva' && scoring.contractValue === undefined
          ? readPrice(bid, at, outcome)
          : bid.price;
      if (offer !== undefined) reading = { offer, price };
      break;
    }
    case 'blend': {
      const offer = readOffer(response, where, outcome);
      const marks = readMarks(scoring.qualitative, response, where, outcome);
      const price =
        scoring.quantitative.method === 'sva' && scoring.quantitative.contractValue === undefined
          ? readPrice(bid, at, outcome)
          : bid.price;
      if (offer !== undefined && marks !== undefined) {
        reading = {
          offer,
          price,
          mark: marks.mark,
          marks: marks.marks,
          combinedBy: marks.combinedBy,
        };
      }
      break;
    }
  }
  const complete =
    outcome.missing.length === 0 && outcome.invalid.length === 0 && outcome.outOfScale.length === 0;
  return complete && reading !== undefined ? { ...outcome, reading } : outcome;
}
