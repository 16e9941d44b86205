import { Decimal } from '../core/decimal.js';
import type { SocialValueIssue } from '../core/errors.js';
import { issueAt } from '../core/issue.js';
import { listed } from '../core/listing.js';
import { DIVISION_DIGITS, divide } from '../core/numeric-domain.js';
import { sumDecimals } from '../core/sum.js';
import { isPriceMethod } from './define-evaluation.js';
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
  /** The mark's place on the scale, when the bid gave one mark (its sentence is then the scale's). */
  readonly place?: number | undefined;
}

/** Where the problems of every bid's responses are collected, by kind, in the order found. */
export interface ReadProblems {
  /** Inputs missing. */
  readonly missing: SocialValueIssue[];
  /** Bad values (a negative £ offer). */
  readonly invalid: SocialValueIssue[];
  /** Marks outside their scale. */
  readonly outOfScale: SocialValueIssue[];
}

type Path = readonly PropertyKey[];
type MarkedResponse = Exclude<ParsedResponse, Decimal>;
type Marks = Pick<LeafReading, 'mark' | 'marks' | 'combinedBy' | 'place'>;

/** `bids[3].responses.quality`, followed by `rest`: built only when a problem is found there. */
function pathOf(at: BidAt, leafId: string, ...rest: PropertyKey[]): Path {
  return [...at.root, at.index, 'responses', leafId, ...rest];
}

function asObject(response: ParsedResponse): MarkedResponse | undefined {
  return Decimal.isDecimal(response) ? undefined : (response as MarkedResponse);
}

/**
 * The place of a mark on the scale (its first, when a mark is listed twice), or -1 when it is not
 * one of its marks: a binary search of the marks, which are ascending, so that many evaluators'
 * marks on a scale of many marks stay fast.
 */
function placeOf(scale: ScaleScoring, value: Decimal): number {
  const marks = scale.marks;
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (marks[middle]!.lt(value)) low = middle + 1;
    else high = middle;
  }
  return low < marks.length && marks[low]!.eq(value) ? low : -1;
}

function outOfScale(scale: ScaleScoring, value: Decimal, where: Path): SocialValueIssue {
  return issueAt(
    where,
    `expected a mark on the ${scale.scale} scale (${listed(scale.marks, { limit: 20, and: 'or' })}), received ${value}`,
  );
}

/** The mean of the marks; one mark is its own mean (when 34 digits hold it, as a division would). */
function meanOf(marks: readonly Decimal[]): Decimal {
  const first = marks[0]!;
  return marks.length === 1 && first.sd() <= DIVISION_DIGITS
    ? first
    : divide(sumDecimals(marks), marks.length);
}

function readMarks(
  scale: ScaleScoring,
  response: ParsedResponse | undefined,
  at: BidAt,
  leafId: string,
  problems: ReadProblems,
): Marks | undefined {
  if (response === undefined) {
    problems.missing.push(
      issueAt(pathOf(at, leafId), 'missing: expected marks for this criterion'),
    );
    return undefined;
  }
  const object = asObject(response);
  let valid = true;
  let place = -1;
  // The first mark off the scale is reported (then the moderated mark, on its own).
  const marks: Decimal[] = [];
  const check = (value: Decimal, at: () => Path) => {
    marks.push(value);
    if (!valid) return;
    place = placeOf(scale, value);
    if (place === -1) {
      problems.outOfScale.push(outOfScale(scale, value, at()));
      valid = false;
    }
  };
  if (object === undefined) check(response as Decimal, () => pathOf(at, leafId));
  else {
    if (object.mark !== undefined) check(object.mark, () => pathOf(at, leafId, 'mark'));
    object.marks?.forEach((value, index) => {
      check(value, () => pathOf(at, leafId, 'marks', index));
    });
  }
  const moderated = object?.moderated;
  if (moderated !== undefined && placeOf(scale, moderated) === -1) {
    problems.outOfScale.push(outOfScale(scale, moderated, pathOf(at, leafId, 'moderated')));
    valid = false;
  }
  const combine = scale.combine ?? (moderated === undefined ? 'mean' : 'moderated');
  if (combine === 'moderated' && moderated === undefined) {
    problems.missing.push(
      issueAt(pathOf(at, leafId, 'moderated'), 'missing: expected a moderated mark'),
    );
    return undefined;
  }
  if (combine === 'mean' && marks.length === 0) {
    problems.missing.push(
      issueAt(pathOf(at, leafId, 'marks'), 'missing: expected at least one mark'),
    );
    return undefined;
  }
  if (!valid) return undefined;
  if (combine === 'moderated') return { mark: moderated!, marks, combinedBy: combine };
  const mark = meanOf(marks);
  return marks.length === 1
    ? { mark, marks, combinedBy: combine, place }
    : { mark, marks, combinedBy: combine };
}

function readOffer(
  response: ParsedResponse | undefined,
  at: BidAt,
  leafId: string,
  problems: ReadProblems,
): Decimal | undefined {
  const offer = response === undefined ? undefined : (asObject(response)?.offer ?? response);
  if (offer !== undefined && Decimal.isDecimal(offer)) {
    if (!offer.isNegative()) return offer as Decimal;
    problems.invalid.push(
      issueAt(pathOf(at, leafId), `expected a £ offer of at least 0, received ${offer}`),
    );
    return undefined;
  }
  problems.missing.push(
    issueAt(pathOf(at, leafId), 'missing: expected a £ offer (an amount or a Valuation)'),
  );
  return undefined;
}

/** Where a bid is: the bids parameter's path and the bid's index; paths are built on a problem only. */
export interface BidAt {
  /** The path of the bids parameter (`['bids']`). */
  readonly root: Path;
  /** The bid's index. */
  readonly index: number;
}

/** The bid's price, or a `missing` problem at `bids[i].price`. Internal. */
export function readPrice(bid: ParsedBid, at: BidAt, problems: ReadProblems): Decimal | undefined {
  if (bid.price === undefined) {
    problems.missing.push(issueAt([...at.root, at.index, 'price'], 'missing: expected a price'));
  }
  return bid.price;
}

/**
 * Why a response has a part its criterion's method does not read (an offer beside marks on a
 * scale, marks beside an offer on an offer method; a blend reads both), or `undefined`.
 */
function unreadPart(method: Scoring['method'], response: ParsedResponse): string | undefined {
  const object = asObject(response);
  if (object === undefined) return undefined;
  if (method === 'scale' && object.offer !== undefined) {
    return 'expected marks (mark, marks or moderated): a scale criterion reads no £ offer (offer or total); only relative-to-highest, sva and blend do';
  }
  const marked =
    object.mark !== undefined || object.marks !== undefined || object.moderated !== undefined;
  if ((method === 'relative-to-highest' || method === 'sva') && marked) {
    return `expected a £ offer (offer or total): a ${method} criterion reads no marks (mark, marks or moderated); only scale and blend do`;
  }
  return undefined;
}

/**
 * Reads what a bid gives for one leaf criterion, checking marks against the scale; every
 * problem goes to `problems` with its path (`bids[3].responses.quality`). Returns the reading,
 * or `undefined` when something is missing or wrong. Internal.
 */
export function readResponse(
  leafId: string,
  scoring: Scoring,
  bid: ParsedBid,
  at: BidAt,
  problems: ReadProblems,
): LeafReading | undefined {
  if (isPriceMethod(scoring.method)) {
    const price = readPrice(bid, at, problems);
    return price === undefined ? undefined : { price };
  }
  const response = bid.responses.get(leafId);
  const unread = response === undefined ? undefined : unreadPart(scoring.method, response);
  if (unread !== undefined) {
    problems.invalid.push(issueAt(pathOf(at, leafId), unread));
    return undefined;
  }
  const before = problems.missing.length + problems.invalid.length + problems.outOfScale.length;
  let reading: LeafReading | undefined;
  if (scoring.method === 'scale') reading = readMarks(scoring, response, at, leafId, problems);
  else {
    // A £ offer, a blend's marks beside it, and the price an SVA without a contract value divides by.
    const offer = readOffer(response, at, leafId, problems);
    const marks =
      scoring.method === 'blend'
        ? readMarks(scoring.qualitative, response, at, leafId, problems)
        : undefined;
    const quantitative = scoring.method === 'blend' ? scoring.quantitative : scoring;
    const price =
      quantitative.method === 'sva' && quantitative.contractValue === undefined
        ? readPrice(bid, at, problems)
        : bid.price;
    // Nothing read is missing here unless a problem was found (and then no reading is returned).
    reading = marks === undefined ? { offer, price } : { ...marks, offer, price };
  }
  const after = problems.missing.length + problems.invalid.length + problems.outOfScale.length;
  return after === before ? reading : undefined;
}
