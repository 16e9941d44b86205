import { parse } from 'postcode';
import { boundedIssuesError } from '../core/bounded-issues.js';
import { describeValue, quoteText } from '../core/describe-value.js';
import { MAX_ISSUES, SocialValueError, type SocialValueIssue } from '../core/errors.js';
import { issueAt } from '../core/issue.js';
import { plural } from '../core/text.js';
import { isPostcodeArea } from './data/postcode-areas.js';
import { outwardParts, type PostcodeParts } from './read-postcode.js';
import type { Locality } from './types.js';

/** How a postcode stands against the locality. Internal. */
export type Standing = 'local' | 'non-local' | 'undecided';

/** A locality read and ready to match postcodes. Internal. */
export interface LocalityMatcher {
  /** The entries, normalised (ranges kept as `PO1-PO6`); `null` for a function. */
  readonly entries: readonly string[] | null;
  /** How sentences name it: `PO1-PO6`, `PO1, PO2 or PO3`, `the locality`. */
  readonly words: string;
  /** Where a parsed postcode stands. */
  readonly standing: (parts: PostcodeParts, outwardOnly: boolean) => Standing;
}

interface Sets {
  readonly areas: Set<string>;
  readonly districts: Set<string>;
  readonly sectors: Set<string>;
  readonly postcodes: Set<string>;
}

const EXPECTED =
  'expected a postcode area (PO), district (PO1), sector (PO1 2), full postcode (PO1 2AB) or district range (PO1-PO6)';

/** The number of a district written as area + digits only (`PO12` → 12), else `undefined`. */
function districtNumber(district: string, area: string): number | undefined {
  const digits = district.slice(area.length);
  if (digits === '' || digits.length > 2) return undefined;
  for (const char of digits) if (char < '0' || char > '9') return undefined;
  return Number(digits);
}

/**
 * Reads one locality entry into the sets, returning its normalised text or a problem. The
 * `postcode` package decides every form: a full postcode is parsed; a district is a valid
 * outward code; a sector is an outward code and one digit; an area is what a probe postcode
 * built on it parses to.
 */
function readEntry(raw: string, sets: Sets): string | { problem: string } {
  const text = raw.trim().toUpperCase().replace(/\s+/g, ' ');
  const range = text.split(/ ?[-–—] ?/); // spaces are single spaces by now
  if (range.length === 2) {
    const [from, to] = [outwardParts(range[0]!), outwardParts(range[1]!)];
    const area = from?.area;
    const low = from && area ? districtNumber(from.outcode, area) : undefined;
    const high = to && area && to.area === area ? districtNumber(to.outcode, area) : undefined;
    if (area === undefined || low === undefined || high === undefined || low > high) {
      return {
        problem: `expected a range of districts of one area, lowest first (PO1-PO6), received ${describeValue(raw)}`,
      };
    }
    if (!isPostcodeArea(area)) return { problem: notInUse(area, raw) };
    for (let n = low; n <= high; n += 1) sets.districts.add(`${area}${n}`);
    return `${area}${low}-${area}${high}`;
  }
  const full = parse(text);
  if (full.valid) {
    if (!isPostcodeArea(full.area)) return { problem: notInUse(full.area, raw) };
    sets.postcodes.add(full.postcode);
    return full.postcode;
  }
  const outward = outwardParts(text);
  if (outward !== undefined) {
    if (!isPostcodeArea(outward.area)) return { problem: notInUse(outward.area, raw) };
    sets.districts.add(outward.outcode);
    return outward.outcode;
  }
  const [head, digit, ...rest] = text.split(' ');
  if (rest.length === 0 && digit !== undefined && digit.length === 1) {
    const probe = parse(`${head} ${digit}AA`);
    if (probe.valid && probe.outcode === head) {
      if (!isPostcodeArea(probe.area)) return { problem: notInUse(probe.area, raw) };
      sets.sectors.add(probe.sector);
      return probe.sector;
    }
  }
  const area = parse(`${text}1 1AA`);
  if (area.valid && area.area === text) {
    if (!isPostcodeArea(text)) return { problem: notInUse(text, raw) };
    sets.areas.add(text);
    return text;
  }
  return { problem: `${EXPECTED}, received ${describeValue(raw)}` };
}

function notInUse(area: string, raw: string): string {
  return `expected a postcode area in use, received ${describeValue(raw)} (no postcode area ${quoteText(area)})`;
}

/**
 * How sentences name a locality: `PO1, PO2 or PO3`; beyond six entries the first five and a
 * count of the rest (`PO, SO, BN, GU, RG or 2 more`: areas, districts, sectors, postcodes or
 * ranges alike); `the locality` for a function (`null`). Internal.
 */
export function localityWords(entries: readonly string[] | null): string {
  if (entries === null) return 'the locality';
  if (entries.length === 1) return entries[0]!;
  if (entries.length <= 6) return `${entries.slice(0, -1).join(', ')} or ${entries.at(-1)}`;
  return `${entries.slice(0, 5).join(', ')} or ${entries.length - 5} more`;
}

/**
 * Reads `options.locality`: every entry of a list checked with the `postcode` package (issues
 * at `options.locality[i]`), or a function called once per distinct postcode. Internal.
 */
export function readLocality(locality: Locality): LocalityMatcher {
  if (typeof locality === 'function') return predicateMatcher(locality);
  const sets: Sets = {
    areas: new Set(),
    districts: new Set(),
    sectors: new Set(),
    postcodes: new Set(),
  };
  const entries = new Set<string>();
  const issues: SocialValueIssue[] = [];
  let bad = 0;
  if (locality.length === 0) {
    bad += 1;
    issues.push(issueAt(['options', 'locality'], `${EXPECTED}: received an empty list`));
  }
  // Every index, holes of a sparse list too (forEach would skip them).
  for (let index = 0; index < locality.length; index += 1) {
    const entry = locality[index];
    const read =
      typeof entry === 'string'
        ? readEntry(entry, sets)
        : { problem: `${EXPECTED}, received ${describeValue(entry)}` };
    if (typeof read === 'string') {
      entries.add(read);
    } else {
      bad += 1;
      if (issues.length < MAX_ISSUES) {
        issues.push(issueAt(['options', 'locality', index], read.problem));
      }
    }
  }
  if (bad > 0) {
    throw boundedIssuesError(
      'invalid-input',
      `Invalid options: ${plural(bad, 'problem')}.`,
      issues,
      bad,
    );
  }
  // The outward codes only part of which is local: those of sectors and full postcodes, and the
  // districts of sub-districts (EC1 for EC1A). An outward code alone among them cannot decide,
  // nor a sector alone among the sectors of full postcodes.
  const partial = new Set<string>();
  for (const code of [...sets.sectors, ...sets.postcodes, ...sets.districts]) {
    const parts = outwardParts(code.split(' ')[0]!)!;
    if (code.includes(' ')) partial.add(parts.outcode);
    if (parts.outcode !== parts.district) partial.add(parts.district);
    // The sectors only part of which is local: those of full postcodes.
    if (sets.postcodes.has(code)) partial.add(code.slice(0, -2));
  }
  return {
    entries: [...entries],
    words: localityWords([...entries]),
    standing(parts, outwardOnly) {
      if (
        sets.areas.has(parts.area) ||
        sets.districts.has(parts.outcode) ||
        sets.districts.has(parts.district)
      ) {
        return 'local';
      }
      if (sets.sectors.has(parts.sector!) || sets.postcodes.has(parts.postcode)) return 'local';
      // An outward code or a sector alone: undecided when the locality names part of it.
      return outwardOnly && partial.has(parts.sector ?? parts.outcode) ? 'undecided' : 'non-local';
    },
  };
}

/** A function locality: asked once per distinct full postcode; an outward code alone is undecided. */
function predicateMatcher(isLocal: (postcode: string) => boolean): LocalityMatcher {
  const answers = new Map<string, boolean>();
  return {
    entries: null,
    words: localityWords(null),
    standing(parts, outwardOnly) {
      if (outwardOnly) return 'undecided';
      let answer = answers.get(parts.postcode);
      if (answer === undefined) {
        const given: unknown = isLocal(parts.postcode);
        if (typeof given !== 'boolean') {
          throw new SocialValueError({
            code: 'invalid-input',
            message: 'Invalid options: 1 problem.',
            issues: [
              issueAt(
                ['options', 'locality'],
                `expected the function to return true or false, received ${describeValue(given)} for ${quoteText(parts.postcode)}`,
              ),
            ],
          });
        }
        answer = given;
        answers.set(parts.postcode, answer);
      }
      return answer ? 'local' : 'non-local';
    },
  };
}
