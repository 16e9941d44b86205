import type { Framework, Measure } from './types.js';

// Lookup tables of frameworks by measure code, built once per framework object. Frameworks are
// sealed (frozen), so a table never goes stale; the WeakMap lets unused frameworks be collected.
const indexes = /* @__PURE__ */ new WeakMap<Framework, ReadonlyMap<string, Measure>>();

/** The framework's measures by code (built on first use). Internal. */
export function measureIndex(framework: Framework): ReadonlyMap<string, Measure> {
  let index = indexes.get(framework);
  if (index === undefined) {
    index = new Map(framework.measures.map((measure) => [measure.code, measure]));
    if (Object.isFrozen(framework)) indexes.set(framework, index);
  }
  return index;
}
