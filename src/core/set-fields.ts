/**
 * The fields of an object that are set (not `undefined`), in its keys' order (a strict object's
 * output has its schema's order, whatever the input's), leaving out `except`. Internal: the
 * optional fields of a framework, a measure and a valuation.
 */
export function setFields<T extends object>(input: T, except?: string): Partial<T> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined && key !== except) fields[key] = value;
  }
  return fields as Partial<T>;
}
