import { Decimal } from '../core/decimal.js';
import type { SocialValueIssue } from '../core/errors.js';
import { sumDecimals } from '../core/sum.js';
import { issueAt } from './define-evaluation.js';
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

/** The outcome of reading a leaf: the reading, or the paths missing and marks out of scale. */
export interface ReadOutcome {
  /** The reading, when nothing is missing. */
  readonly reading?: LeafReading;
  /** Inputs missing. */
  readonly missing: SocialValueIssue[];
  /** Marks outside the scale and other bad values. */
  readonly invalid: SocialValueIssue[];
  /** Which of `invalid` are marks out of scale (the rest are invalid input). */
  readonly outOfScale: SocialValueIssue[];
}

type ObjectResponse = Exclude<ParsedResponse, Decimal>;

function asObject(response: ParsedResponse): ObjectResponse | undefined {
  return Decimal.isDecimal(response) ? undefined : (response as ObjectResponse);
}

function readMarks(
  scale: ScaleScoring,
  response: ParsedResponse | undefined,
  at: PropertyKey[],
  outcome: ReadOutcome,
): Pick<LeafReading, 'mark' | 'marks' | 'combinedBy'> | undefined {
  if (response === undefined) {
    outcome.missing.push(issueAt(at, 'expected marks for this criterion'));
    return undefined;
  }
  const object = asObject(response);
  const given: { value: Decimal; at: PropertyKey[] }[] = [];
  if (object === undefined) given.push({ value: response as Decimal, at });
  else {
    if (object.mark !== undefined) given.push({ value: object.mark, at: [...at, 'mark'] });
    object.marks?.forEach((value, index) => {
      given.push({ value, at: [...at, 'marks', index] });
    });
  }
  const moderated = object?.moderated;
  const onScale = (value: Decimal, where: PropertyKey[]) => {
    if (scale.marks.some((mark) => mark.eq(value))) return true;
    outcome.outOfScale.push(
      issueAt(
        where,
        `expected a mark on the ${scale.scale} scale (${scale.marks.join(', ')}), received ${value.toString()}`,
      ),
    );
    return false;
  };
  let valid = given.every((mark) => onScale(mark.value, mark.at));
  if (moderated !== undefined) valid = onScale(moderated, [...at, 'moderated']) && valid;
  const marks = given.map((mark) => mark.value);
  const combine = scale.combine ?? (moderated === undefined ? 'mean' : 'moderated');
  if (combine === 'moderated' && moderated === undefined) {
    outcome.missing.push(issueAt([...at, 'moderated'], 'expected a moderated mark'));
    return undefined;
  }
  if (combine === 'mean' && marks.length === 0) {
    outcome.missing.push(issueAt([...at, 'marks'], 'expected at least one mark'));
    return undefined;
  }
  if (!valid) return undefined;
  const mark = combine === 'moderated' ? moderated! : sumDecimals(marks).dividedBy(marks.length);
  return { mark, marks, combinedBy: combine };
}

function readOffer(
  response: ParsedResponse | undefined,
  at: PropertyKey[],
  outcome: ReadOutcome,
): Decimal | undefined {
  let offer: Decimal | undefined;
  let where = at;
  if (response !== undefined) {
    const object = asObject(response);
    if (object === undefined) offer = response as Decimal;
    else if (object.offer !== undefined) {
      offer = Decimal.isDecimal(object.offer) ? object.offer : object.offer.total;
      where = [...at, 'offer'];
    } else offer = object.total;
  }
  if (offer === undefined) {
    outcome.missing.push(issueAt(at, 'expected a £ offer (an amount or a Valuation)'));
    return undefined;
  }
  if (offer.isNegative()) {
    outcome.invalid.push(issueAt(where, `expected an offer of at least 0, received ${offer}`));
    return undefined;
  }
  return offer;
}

function readPrice(bid: ParsedBid, index: number, outcome: ReadOutcome): Decimal | undefined {
  if (bid.price === undefined) {
    outcome.missing.push(issueAt(['bids', index, 'price'], 'expected a price'));
  }
  return bid.price;
}

/**
 * Reads what a bid gives for one leaf criterion, checking marks against the scale and noting
 * missing inputs by path. Internal.
 */
export function readResponse(
  leafId: string,
  scoring: Scoring,
  bid: ParsedBid,
  index: number,
): ReadOutcome {
  const outcome: ReadOutcome = { missing: [], invalid: [], outOfScale: [] };
  const at: PropertyKey[] = ['bids', index, 'responses', leafId];
  const response = bid.responses[leafId];
  let reading: LeafReading | undefined;
  switch (scoring.method) {
    case 'relative-to-lowest':
    case 'linear':
    case 'mean-based': {
      const price = readPrice(bid, index, outcome);
      if (price !== undefined) reading = { price };
      break;
    }
    case 'scale':
      reading = readMarks(scoring, response, at, outcome);
      break;
    case 'relative-to-highest':
    case 'sva': {
      const offer = readOffer(response, at, outcome);
      const price =
        scoring.method === 'sva' && scoring.contractValue === undefined
          ? readPrice(bid, index, outcome)
          : bid.price;
      if (offer !== undefined) reading = { offer, price };
      break;
    }
    case 'blend': {
      const offer = readOffer(response, at, outcome);
      const marks = readMarks(scoring.qualitative, response, at, outcome);
      const price =
        scoring.quantitative.method === 'sva' && scoring.quantitative.contractValue === undefined
          ? readPrice(bid, index, outcome)
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
