import { describeValue } from '../core/describe-value.js';
import { type CompiledTender, compileTender } from './compile-tender.js';
import { finding, isObject, list, own, text } from './shape.js';
import type { OcdsFinding } from './types.js';

/** A release found in the input, with where it is. */
export interface FoundRelease {
  readonly release: object;
  readonly path: string;
  readonly ocid: string | null;
  readonly id: string | null;
  /** Milliseconds since the epoch of its `date`, or `null` without a readable date. */
  readonly time: number | null;
  /** Position in the input, for ties. */
  readonly position: number;
  readonly hasTender: boolean;
  /** What it is grouped into a process by: its ocid, else its record, else itself. */
  readonly process: string | object;
}

// OCDS dates: ISO 8601 / RFC 3339, `2025-01-15T10:00:00Z`; a date alone, or without an offset, read as UTC.
const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;

/** Milliseconds since the epoch of an ISO 8601 date and time, or `undefined` for anything else. */
function isoTime(date: string): number | undefined {
  const match = ISO_TIME.exec(date.trim());
  if (match === null) return undefined;
  const [, y, mo, d, h = '0', mi = '0', sec = '0', fraction = '', zone = 'Z'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, sec].map(Number) as number[];
  const offset =
    zone.toUpperCase() === 'Z'
      ? 0
      : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  if (hour! > 23 || minute! > 59 || second! > 59 || Math.abs(offset) >= 24 * 60) return undefined;
  const time = new Date(0);
  time.setUTCFullYear(year!, month! - 1, day!);
  if (time.getUTCMonth() !== month! - 1 || time.getUTCDate() !== day) return undefined;
  time.setUTCHours(hour!, minute!, second!, Number(fraction.padEnd(3, '0').slice(0, 3)));
  return time.getTime() - offset * 60_000;
}

/**
 * A release's `date` as milliseconds since the epoch, or `null` without one (a valid `Date` is
 * read as its instant). A date that is not ISO 8601 (`15/01/2025`, which `Date.parse` reads as nothing, `02/01/2025`, which it reads as
 * 1 February in the machine's time zone) is a finding, and the release is undated.
 */
function timeOf(date: unknown, path: string, findings: OcdsFinding[]): number | null {
  if (date === undefined || date === null) return null;
  // A Date (releases built in code rather than parsed from JSON) is the instant it holds.
  const time =
    typeof date === 'string'
      ? isoTime(date)
      : date instanceof Date && !Number.isNaN(date.getTime())
        ? date.getTime()
        : undefined;
  if (time !== undefined) return time;
  findings.push(
    finding(
      'unexpected-shape',
      'warning',
      `The date ${describeValue(date)} is not an ISO 8601 date and time (such as "2025-01-15T10:00:00Z"); the release is ordered as undated, before every dated release of its process.`,
      `${path}.date`,
    ),
  );
  return null;
}

function found(
  release: object,
  path: string,
  position: number,
  findings: OcdsFinding[],
  ocid?: string | null,
  record?: object,
): FoundRelease {
  const given = text(release, 'ocid', path, findings) ?? ocid ?? null;
  return {
    release,
    path,
    ocid: given,
    process: given ?? record ?? release,
    id: text(release, 'id', path, findings),
    time: timeOf(own(release, 'date'), path, findings),
    position,
    hasTender: isObject(own(release, 'tender')),
  };
}

function fromRecord(
  record: unknown,
  path: string,
  out: FoundRelease[],
  findings: OcdsFinding[],
): void {
  if (!isObject(record)) {
    findings.push(
      finding('unexpected-shape', 'warning', 'A record is not an object; it was not read.', path),
    );
    return;
  }
  const ocid = text(record, 'ocid', path, findings);
  const compiled = own(record, 'compiledRelease');
  if (isObject(compiled)) {
    out.push(found(compiled, `${path}.compiledRelease`, out.length, findings, ocid, record));
    return;
  }
  const releases = list(record, 'releases', path, findings);
  if (releases?.length === 0 || (releases === null && own(record, 'releases') == null)) {
    // Nothing to read is said, not left silent (a record of only a versionedRelease).
    findings.push(
      finding(
        'unexpected-shape',
        'warning',
        `The record has no compiledRelease and no releases${own(record, 'versionedRelease') === undefined ? '' : ' (its versionedRelease is not read)'}; nothing was read.`,
        path,
      ),
    );
  }
  // entries(), not forEach: a hole in a sparse list is a release that is no object, not skipped.
  for (const [index, release] of (releases ?? []).entries()) {
    const at = `${path}.releases[${index}]`;
    if (!isObject(release)) {
      findings.push(
        finding('unexpected-shape', 'warning', 'A release is not an object; it was not read.', at),
      );
    } else if (own(release, 'tender') === undefined && typeof own(release, 'url') === 'string') {
      findings.push(
        finding(
          'release-skipped',
          'warning',
          `Release ${describeValue(own(release, 'url'))} is linked, not embedded; it was not fetched.`,
          at,
        ),
      );
    } else {
      out.push(found(release, at, out.length, findings, ocid, record));
    }
  }
}

/**
 * Every release in a release, a record, a release package or a record package, with where it
 * is. Records give their `compiledRelease` when they have one. Internal to the ocds area.
 */
export function releasesOf(input: object, path: string, findings: OcdsFinding[]): FoundRelease[] {
  const out: FoundRelease[] = [];
  const records = own(input, 'records');
  if (records !== undefined) {
    for (const [index, record] of (list(input, 'records', path, findings) ?? []).entries()) {
      fromRecord(record, `${path}.records[${index}]`, out, findings);
    }
    return out;
  }
  const isRecord =
    own(input, 'compiledRelease') !== undefined ||
    own(input, 'versionedRelease') !== undefined ||
    (own(input, 'releases') !== undefined &&
      own(input, 'ocid') !== undefined &&
      own(input, 'tender') === undefined);
  if (isRecord) {
    fromRecord(input, path, out, findings);
    return out;
  }
  if (own(input, 'releases') !== undefined) {
    for (const [index, release] of (list(input, 'releases', path, findings) ?? []).entries()) {
      const at = `${path}.releases[${index}]`;
      if (isObject(release)) out.push(found(release, at, out.length, findings));
      else
        findings.push(
          finding(
            'unexpected-shape',
            'warning',
            'A release is not an object; it was not read.',
            at,
          ),
        );
    }
    return out;
  }
  if (own(input, 'ocid') !== undefined || own(input, 'tender') !== undefined) {
    out.push(found(input, path, 0, findings));
    return out;
  }
  findings.push(
    finding(
      'not-ocds',
      'error',
      'The input is not an OCDS release, record or package: it has no ocid, tender, releases or records.',
      path,
    ),
  );
  return out;
}

/** A contracting process: its latest release with a tender, and the tender compiled. */
export interface Process {
  /** The latest release by `date` among those with a tender (the later in the input on a tie). */
  readonly latest: FoundRelease;
  /** The tender compiled from its releases with a tender, oldest first (when any has one). */
  readonly compiled: CompiledTender | undefined;
}

/**
 * The contracting processes of the releases found (by ocid; a release without one is a process
 * of its own, or of its record's): for each, the latest release with a tender
 * and the tender compiled from all its releases with one, oldest first, as OCDS merge rules
 * compile a record (a field a later release leaves out keeps its earlier value). A release none
 * of whose fields is left in the compiled tender is reported as skipped. Internal.
 */
export function latestPerProcess(
  releases: readonly FoundRelease[],
  findings: OcdsFinding[],
): Process[] {
  // A release without an ocid cannot be told to belong with another (unless a record holds
  // both): it is a process of its own.
  const byOcid = new Map<string | object, FoundRelease[]>();
  for (const release of releases) {
    const group = byOcid.get(release.process);
    if (group) group.push(release);
    else byOcid.set(release.process, [release]);
  }
  const chosen: Process[] = [];
  const when = (a: FoundRelease, b: FoundRelease) =>
    (a.time ?? Number.NEGATIVE_INFINITY) - (b.time ?? Number.NEGATIVE_INFINITY);
  const byTime = (a: FoundRelease, b: FoundRelease) => when(a, b) || a.position - b.position;
  const name = (release: FoundRelease) =>
    release.id === null ? '(no id)' : describeValue(release.id);
  for (const all of byOcid.values()) {
    // OCDS gives each release of a process its own id: of two with one id, the later by date (on
    // a tie, in the input) is the release, as a compiled record keeps it; the other is not read.
    const byId = new Map<string, FoundRelease>();
    for (const release of all) {
      const kept = release.id === null ? undefined : byId.get(release.id);
      if (kept === undefined || byTime(release, kept) > 0) byId.set(release.id!, release);
    }
    const group = all.filter((r) => r.id === null || byId.get(r.id) === r);
    for (const other of all) {
      const kept = other.id === null ? other : byId.get(other.id)!;
      if (kept === other) continue;
      findings.push(
        finding(
          'release-skipped',
          'warning',
          `Release ${name(other)} of ${other.ocid ?? 'a process with no ocid'} was not read: its id is given again at ${kept.path} (OCDS gives each release of a process its own id), and the one there, ${when(kept, other) === 0 ? 'dated alike and later in the input' : 'dated later'}, was read in its place.`,
          other.path,
        ),
      );
    }
    const withTender = group.filter((r) => r.hasTender);
    const candidates = withTender.length > 0 ? withTender : group;
    const ordered = [...candidates].sort(byTime);
    const latest = ordered.at(-1)!;
    const compiled = withTender.length > 0 ? compileTender(ordered) : undefined;
    chosen.push({ latest, compiled });
    for (const other of group) {
      if (other !== latest && compiled?.contributors.has(other) !== true) {
        // One without an id is named by where it is.
        const processName = other.ocid === null ? 'a process with no ocid' : other.ocid;
        const kept = latest.id === null ? `the one at ${latest.path}` : `release ${name(latest)}`;
        // Why: every field it has is given again later, it has no tender, or no release has one.
        const why =
          compiled === undefined
            ? `no release of ${processName} has a tender, and ${kept} is the latest`
            : other.hasTender
              ? `${kept} is the latest with a tender, and later releases give every field it has`
              : `it has no tender (${kept} is the latest with one)`;
        findings.push(
          finding(
            'release-skipped',
            'info',
            `Release ${name(other)} of ${processName} was not read: ${why}.`,
            other.path,
          ),
        );
      }
    }
  }
  return chosen;
}
