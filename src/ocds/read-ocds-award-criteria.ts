import { describeValue } from '../core/describe-value.js';
import { SocialValueError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { countText, plural } from '../core/text.js';
import type { CompiledTender } from './compile-tender.js';
import { type ResolvedCriteria, readCriteriaBlock, readLot, resolveCriteria } from './read-lot.js';
import { type FoundRelease, latestPerProcess, releasesOf } from './releases-of.js';
import { finding, isObject, list, own, text } from './shape.js';
import type { OcdsAwardCriteria, OcdsFinding, OcdsLotCriteria } from './types.js';

const ROOT = 'input';
const LEVEL_ORDER = { tender: 0, 'lot-group': 1, lot: 2 } as const;

/** Adds every item of `items` to `list`, one by one (a spread of a long list overflows the stack). */
function append<T>(list: T[], items: readonly T[]): void {
  for (const item of items) list.push(item);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}

/** The lots (or lot groups) of a tender, each read with the tender's criteria to fall back on. */
function readLots(
  tender: object,
  key: 'lots' | 'lotGroups',
  found: FoundRelease,
  tenderCriteria: ResolvedCriteria | null,
  findings: OcdsFinding[],
  compiled: CompiledTender | undefined,
): OcdsLotCriteria[] {
  const tenderPath = compiled?.tender.origins.get(key)?.path ?? `${found.path}.tender`;
  const lots = list(tender, key, tenderPath, findings) ?? [];
  const seen = new Map<string, number>();
  return lots.map((lot, index) => {
    const merged = isObject(lot) ? compiled?.entries.get(lot) : undefined;
    const path = merged?.path ?? `${tenderPath}.${key}[${index}]`;
    const criteriaPath = merged?.origins.get('awardCriteria')?.path ?? path;
    const lotFindings: OcdsFinding[] = [];
    const source = isObject(lot) ? lot : {};
    if (source !== lot) {
      lotFindings.push(
        finding(
          'unexpected-shape',
          'warning',
          `Entry ${index + 1} of ${key} is not an object; nothing could be read from it.`,
          path,
        ),
      );
    }
    const id = text(source, 'id', path, lotFindings);
    if (id === null && source === lot) {
      lotFindings.push(
        finding('unexpected-shape', 'warning', `Entry ${index + 1} of ${key} has no id.`, path),
      );
    }
    if (id !== null) {
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        lotFindings.push(
          finding(
            'duplicate-lot',
            'warning',
            `Lot id ${describeValue(id)} is used again (first at ${key}[${earlier}]); both are read.`,
            path,
          ),
        );
      } else seen.set(id, index);
    }
    return readLot({
      ocid: found.ocid,
      release: found.id,
      level: key === 'lots' ? 'lot' : 'lot-group',
      lot: id,
      lotName: text(source, 'title', path, lotFindings),
      path,
      block: readCriteriaBlock(own(source, 'awardCriteria'), `${criteriaPath}.awardCriteria`),
      inherited: key === 'lots' ? tenderCriteria : null,
      findings: lotFindings,
    });
  });
}

/**
 * The entries of one process: the tender level (when it has criteria or no lots), then lots,
 * read from its latest release, or from the tender compiled from its releases.
 */
function readRelease(
  found: FoundRelease,
  findings: OcdsFinding[],
  compiled?: CompiledTender,
): OcdsLotCriteria[] {
  const tenderValue = compiled?.tender.value ?? own(found.release, 'tender');
  const tenderPath = `${found.path}.tender`;
  const from = (key: string) => compiled?.tender.origins.get(key)?.path ?? tenderPath;
  const shapeFindings: OcdsFinding[] = [];
  if (tenderValue !== undefined && !isObject(tenderValue)) {
    shapeFindings.push(
      finding(
        'unexpected-shape',
        'warning',
        `The tender is ${describe(tenderValue)}, not an object; it was not read.`,
        tenderPath,
      ),
    );
  }
  const tender = isObject(tenderValue) ? tenderValue : {};
  const codeBlock = readCriteriaBlock(
    own(tender, 'awardCriteria'),
    `${from('awardCriteria')}.awardCriteria`,
  );
  const detailsBlock = readCriteriaBlock(
    own(tender, 'awardCriteriaDetails'),
    `${from('awardCriteriaDetails')}.awardCriteriaDetails`,
  );
  const withCriteria = [codeBlock, detailsBlock].find((b) => b !== null && b.readings.length > 0);
  const tenderBlock = withCriteria ?? codeBlock ?? detailsBlock;
  // The other block's findings too, whether or not either block has criteria.
  const other = tenderBlock === codeBlock ? detailsBlock : codeBlock;
  if (other !== null) append(shapeFindings, other.findings);
  // Worked out once: the tender entry and every lot without criteria of its own share it.
  const tenderCriteria = tenderBlock === null ? null : resolveCriteria(tenderBlock);
  const lots = readLots(tender, 'lots', found, tenderCriteria, findings, compiled);
  const groups = readLots(tender, 'lotGroups', found, null, findings, compiled);
  const entries: OcdsLotCriteria[] = [];
  const hasTenderCriteria = tenderBlock !== null && tenderBlock.readings.length > 0;
  if (hasTenderCriteria || lots.length + groups.length === 0) {
    entries.push(
      readLot({
        ocid: found.ocid,
        release: found.id,
        level: 'tender',
        lot: null,
        lotName: text(tender, 'title', from('title'), shapeFindings),
        path: tenderPath,
        block: tenderBlock,
        resolved: tenderCriteria ?? undefined,
        inherited: null,
        findings: shapeFindings,
      }),
    );
  } else {
    append(findings, shapeFindings);
    append(findings, tenderBlock?.findings ?? []);
  }
  append(entries, groups);
  append(entries, lots);
  return entries;
}

function compareLots(a: OcdsLotCriteria, b: OcdsLotCriteria): number {
  const ocidA = a.ocid ?? '';
  const ocidB = b.ocid ?? '';
  if (ocidA !== ocidB) return ocidA < ocidB ? -1 : 1;
  if (a.level !== b.level) return LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level];
  const lotA = a.lot ?? '';
  const lotB = b.lot ?? '';
  return lotA < lotB ? -1 : lotA > lotB ? 1 : 0;
}

/**
 * Reads the award criteria of published OCDS tender notices (OCDS 1.1 with the lots and award
 * criteria extensions, as Find a Tender, Contracts Finder and Public Contracts Scotland publish
 * them): for the tender as a whole (`tender.awardCriteria`, `tender.awardCriteriaDetails`) and for
 * each lot (`tender.lots[].awardCriteria`) and lot group, it gives every criterion a kind (price,
 * quality, social value, environmental, other: from the OCDS `type`, then from its words) and a
 * weight in percentage points when one can be read exactly:
 *
 * - from `numbers` (eForms): `percentageExact` as is, `decimalExact` times 100 (0.7 is 70),
 *   `pointsExact` when the lot's points total 100;
 * - else from the free text of `name` or `description`: `"70"`, `"70%"`, `"Price 30%"`, or the
 *   matching part of `"Quality 60% / Price 40%"`;
 * - a lot's only criterion, published without a weight, carries the whole score.
 *
 * Anything it cannot read exactly is a finding and the weight stays `null`: ranges, orders of
 * importance, several candidate numbers, weights above 100, weights that do not sum to 100. It
 * accepts a release, a record (its `compiledRelease`, else its embedded releases), a release
 * package or a record package. The releases of a process with a tender are compiled as OCDS
 * merge rules compile a record (oldest first: a field a release leaves out keeps its earlier
 * value, `null` removes it, lots are merged by id), each criterion's path pointing into the
 * release it came from.
 * Messy data never throws: unexpected shapes are findings.
 *
 * @param input - A parsed OCDS release, record, release package or record package.
 * @returns The lots (sorted by ocid, then tender, lot groups and lots by id), every finding and a
 * summary, frozen.
 * @throws SocialValueError `invalid-input` when the input is not an object.
 *
 * @example
 * ```ts
 * import { readOcdsAwardCriteria } from 'social-value/ocds';
 *
 * const result = readOcdsAwardCriteria({
 *   ocid: 'ocds-example-4',
 *   tender: {
 *     lots: [{
 *       id: '1',
 *       awardCriteria: {
 *         criteria: [
 *           { type: 'quality', name: 'Technical', numbers: [{ number: 0.6, weight: 'decimalExact' }] },
 *           { type: 'quality', name: 'Social value', numbers: [{ number: 0.1, weight: 'decimalExact' }] },
 *           { type: 'price', name: 'Price', description: '30%' },
 *         ],
 *       },
 *     }],
 *   },
 * });
 * result.lots[0]?.criteria.map((c) => [c.kind, c.weight?.toString(), c.weightSource]);
 * // => [['quality', '60', 'numbers'], ['social-value', '10', 'numbers'], ['price', '30', 'description']]
 * result.lots[0]?.complete; // => true
 * readOcdsAwardCriteria({ ocid: 'ocds-example-5', tender: {} }).findings[0]?.code;
 * // => 'no-award-criteria'
 * ```
 */
export function readOcdsAwardCriteria(input: unknown): OcdsAwardCriteria {
  if (!isObject(input)) {
    throw new SocialValueError({
      code: 'invalid-input',
      message: 'Invalid OCDS input.',
      issues: [
        {
          path: ROOT,
          segments: [ROOT],
          message: `expected a parsed OCDS release, record or package (an object), received ${describe(input)}${Array.isArray(input) ? '; wrap a list of releases as { releases: [...] }' : ''}`,
        },
      ],
    });
  }
  const findings: OcdsFinding[] = [];
  const processes = latestPerProcess(releasesOf(input, ROOT, findings), findings);
  const releases = processes.map((process) => process.latest);
  const lots: OcdsLotCriteria[] = [];
  for (const process of processes) {
    append(lots, readRelease(process.latest, findings, process.compiled));
  }
  for (const lot of lots) append(findings, lot.findings);
  lots.sort(compareLots);

  const ocids = [...new Set(releases.map((r) => r.ocid))];
  const complete = lots.filter((lot) => lot.complete).length;
  const summary =
    releases.length === 0
      ? 'No release could be read.'
      : `Read ${plural(releases.length, 'process', 'processes')} and ${plural(lots.length, 'entry', 'entries')} (tender level and lots): ${countText(complete)} with every weight read and summing to 100, ${countText(lots.length - complete)} without.`;
  return deepFreeze({
    kind: 'ocds-award-criteria',
    schemaVersion: 1,
    ocid: ocids.length === 1 ? (ocids[0] ?? null) : null,
    lots,
    findings,
    summary,
  });
}
