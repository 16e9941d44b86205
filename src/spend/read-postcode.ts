import { fix, parse, validOutcode } from 'postcode';
import { quoteText } from '../core/describe-value.js';
import { isPostcodeArea } from './data/postcode-areas.js';

/**
 * The parts of a postcode the locality is matched on (upper case, as `postcode` writes them). For
 * a sector alone (`PO1 2`), `postcode` and `sector` are the sector.
 */
export interface PostcodeParts {
  /** The full postcode, normalised (`'PO1 2AB'`); for an outward code alone, the outward code. */
  readonly postcode: string;
  /** The outward code (`'PO1'`, `'EC1A'`). */
  readonly outcode: string;
  /** The area (`'PO'`). */
  readonly area: string;
  /** The district (`'PO1'`, `'EC1'` for `EC1A`). */
  readonly district: string;
  /** The sector (`'PO1 2'`); `null` for an outward code alone. */
  readonly sector: string | null;
}

/** What a payment's postcode cell says (`outward`: an outward code or a sector alone). Internal. */
export type PostcodeReading =
  | { readonly status: 'full' | 'outward'; readonly parts: PostcodeParts }
  | { readonly status: 'missing' }
  /** A British Forces Post Office number (`BFPO 123`): an address in no council area. */
  | { readonly status: 'forces' }
  | {
      readonly status: 'invalid';
      /** Why: the format, or an area that is not in use. */
      readonly problem: string;
      /** A valid postcode the `postcode` package's `fix` makes of it, if any. */
      readonly suggestion: string | undefined;
    };

const MISSING: PostcodeReading = { status: 'missing' };
const FORCES: PostcodeReading = { status: 'forces' };

/** The parts of a well-formed full postcode, or `undefined`. */
function fullParts(text: string): PostcodeParts | undefined {
  const parsed = parse(text);
  if (!parsed.valid) return undefined;
  return {
    postcode: parsed.postcode,
    outcode: parsed.outcode,
    area: parsed.area,
    district: parsed.district,
    sector: parsed.sector,
  };
}

/** The parts of an outward code alone (`'PO1'`), read through a probe postcode, or `undefined`. */
export function outwardParts(text: string): PostcodeParts | undefined {
  if (!validOutcode(text)) return undefined;
  const probe = fullParts(`${text} 1AA`);
  if (probe === undefined) return undefined;
  return {
    postcode: probe.outcode,
    outcode: probe.outcode,
    area: probe.area,
    district: probe.district,
    sector: null,
  };
}

/**
 * `GIR 0AA` (Girobank's, now Santander's, at Bootle): a real postcode outside the format the
 * `postcode` package checks, and non-geographic, so in no postcode area. Read as a full postcode
 * in area `GIR`, which no locality entry names: never local to a list of areas, districts or
 * sectors (as a non-geographic `BX` code is not, unless the list names `BX`); a locality
 * function decides it as any other.
 */
const GIROBANK: PostcodeReading = {
  status: 'full',
  parts: { postcode: 'GIR 0AA', outcode: 'GIR', area: 'GIR', district: 'GIR', sector: 'GIR 0' },
};

/**
 * Reads a postcode with the `postcode` package (never a hand-written pattern): a full postcode
 * in any case and spacing, or an outward code or a sector (`PO1 2`) alone. A well-formed code in an area not in use
 * (`P01 2AB`, suggested as `PO1 2AB`) is invalid too; `GIR 0AA` is valid, in no area. A British
 * Forces Post Office number (`BFPO 123`, in any case and spacing: not a postcode, so not the
 * package's to read) is an address in no council area. Internal.
 */
export function readPostcode(value: string | null | undefined): PostcodeReading {
  if (value === null || value === undefined) return MISSING;
  const text = value.trim();
  if (text === '') return MISSING;
  if (/^gir\s*0aa$/i.test(text)) return GIROBANK;
  if (/^bfpo\s*\d{1,4}$/i.test(text)) return FORCES;
  const upper = text.toUpperCase();
  // A sector alone (`PO1 2`): its outward code, and the sector to place it by.
  const outward = /^\S+\s+\d$/.test(upper) ? outwardParts(upper.slice(0, -1).trim()) : undefined;
  const sector = `${outward?.outcode} ${upper.at(-1)}`;
  const parts =
    fullParts(text) ?? outwardParts(upper) ?? (outward && { ...outward, postcode: sector, sector });
  if (parts !== undefined && isPostcodeArea(parts.area)) {
    return {
      status: parts.postcode === parts.sector || parts.sector === null ? 'outward' : 'full',
      parts,
    };
  }
  // The `postcode` package's fix, else a zero typed for the letter O in the area (`P01 2AB`,
  // `0X1 2AB`), which its fix leaves: `P01` is well formed, in an area P not in use.
  const suggestion = [fix(text), text.replace(/^([a-z]?)0/i, '$1O')]
    .map(fullParts)
    .find(
      (fixed) =>
        fixed !== undefined && isPostcodeArea(fixed.area) && fixed.postcode !== parts?.postcode,
    )?.postcode;
  return {
    status: 'invalid',
    problem:
      parts === undefined
        ? 'is not a UK postcode'
        : `is in no postcode area in use (${quoteText(parts.area)})`,
    suggestion,
  };
}
