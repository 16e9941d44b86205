import type { FoundRelease } from './releases-of.js';
import { isObject, own } from './shape.js';

/** Where a field of a compiled object came from: the object's path in that release. */
interface Origin {
  readonly path: string;
  readonly release: FoundRelease;
}

/** A compiled object: its fields, and for each the release and path it came from. Internal. */
export interface Compiled {
  /** The fields (a null-prototype record: `__proto__` in the data is a field). */
  readonly value: Record<string, unknown>;
  /** For each field, where it came from. */
  readonly origins: Map<string, Origin>;
  /** The object's own path in the latest release that held it. */
  path: string;
}

/** The tender of a process as OCDS merge rules compile it from its releases. Internal. */
export interface CompiledTender {
  /** The compiled tender. */
  readonly tender: Compiled;
  /** The compiled entries of its `lots` and `lotGroups`, by the record that stands for each. */
  readonly entries: WeakMap<object, Compiled>;
  /** The releases at least one field of the compiled tender comes from. */
  readonly contributors: ReadonlySet<FoundRelease>;
}

const LISTS = new Set(['lots', 'lotGroups']);

function compiled(path: string): Compiled {
  return { value: Object.create(null) as Record<string, unknown>, origins: new Map(), path };
}

/** An id an entry is merged by (OCDS identifier merge), or `undefined` without one. */
function idOf(entry: unknown): string | undefined {
  if (!isObject(entry)) return undefined;
  const id = own(entry, 'id');
  return typeof id === 'string' || typeof id === 'number' ? `${typeof id}:${id}` : undefined;
}

/**
 * Compiles the tenders of one process's releases, oldest first, by the OCDS merge rules for the
 * fields the reader reads: a field a release leaves out keeps its earlier value, `null` removes
 * it, any other value replaces it whole (criteria included); `lots` and `lotGroups` whose
 * entries all have ids are merged entry by entry by id (a new id is added at the end), otherwise
 * replaced. Each field keeps the path it came from, so findings and criteria point into the
 * release that gave them. Internal to the ocds area.
 */
export function compileTender(releases: readonly FoundRelease[]): CompiledTender {
  const entries = new WeakMap<object, Compiled>();
  const lists: ListIndex = new WeakMap();
  const tender = compiled('');
  for (const release of releases) {
    const source = own(release.release, 'tender');
    if (!isObject(source)) continue;
    const path = `${release.path}.tender`;
    tender.path = path;
    mergeFields(tender, source, path, release, (key, value) =>
      LISTS.has(key) && Array.isArray(value)
        ? mergeList(tender.value[key], value, `${path}.${key}`, release, entries, lists)
        : value,
    );
  }
  const contributors = new Set<FoundRelease>();
  const collect = (object: Compiled) => {
    for (const origin of object.origins.values()) contributors.add(origin.release);
  };
  collect(tender);
  for (const key of LISTS) {
    const list = tender.value[key];
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const merged = isObject(entry) ? entries.get(entry) : undefined;
      if (merged !== undefined) collect(merged);
    }
  }
  return { tender, entries, contributors };
}

function mergeFields(
  target: Compiled,
  source: object,
  path: string,
  release: FoundRelease,
  read: (key: string, value: unknown) => unknown = (_key, value) => value,
): void {
  for (const key of Object.keys(source)) {
    const value = own(source, key);
    if (value === undefined) continue;
    if (value === null) {
      delete target.value[key];
      target.origins.delete(key);
      continue;
    }
    target.value[key] = read(key, value);
    target.origins.set(key, { path, release });
  }
}

/**
 * The compiled lists of a tender, each with its entries by id (`null` when some entry has no id,
 * so the next release's list replaces it): kept from release to release, so that each release
 * costs the entries it gives, not every entry compiled so far.
 */
type ListIndex = WeakMap<readonly unknown[], Map<string, object> | null>;

/**
 * A list of lots merged, in place, into the earlier one by id (a new id is added at the end),
 * or replacing it when an entry of either has no id.
 */
function mergeList(
  earlier: unknown,
  published: readonly unknown[],
  path: string,
  release: FoundRelease,
  entries: WeakMap<object, Compiled>,
  lists: ListIndex,
): unknown[] {
  // A hole in a sparse list is an entry that is no object (so the list has an entry without an
  // id), reported where the lot is read, not skipped.
  const list = Array.from(published);
  const ids = list.every((entry) => idOf(entry) !== undefined);
  const kept = ids && Array.isArray(earlier) ? lists.get(earlier) : undefined;
  const merged: unknown[] = kept ? (earlier as unknown[]) : [];
  const byId = kept ?? new Map<string, object>();
  // An id given twice in one list is two entries (reported as a duplicate lot), not one merged.
  const given = new Set<string>();
  list.forEach((entry, index) => {
    const at = `${path}[${index}]`;
    if (!isObject(entry)) {
      merged.push(entry);
      return;
    }
    const id = ids ? idOf(entry) : undefined;
    const again = id !== undefined && given.has(id);
    if (id !== undefined) given.add(id);
    const record = id === undefined || again ? undefined : byId.get(id);
    const target = record === undefined ? undefined : entries.get(record);
    if (record !== undefined && target !== undefined) {
      target.path = at;
      mergeFields(target, entry, at, release);
      return;
    }
    const fresh = compiled(at);
    mergeFields(fresh, entry, at, release);
    entries.set(fresh.value, fresh);
    if (id !== undefined && !again) byId.set(id, fresh.value);
    merged.push(fresh.value);
  });
  // A list with an id given twice is replaced by the next release's, not merged into by id.
  lists.set(merged, ids && given.size === list.length ? byId : null);
  return merged;
}
