// Editing a stored result's JSON, for the tests that check `revive` refuses figures that
// disagree with the result's own contents (test/<area>/snapshot-figures.test.ts).

/** A step of a path into a snapshot: a key or a list position. */
export type Step = string | number;

/** The JSON form of `result` with the value at `path` set (or removed: `undefined`). */
export function edited(
  result: unknown,
  path: readonly Step[],
  value: unknown,
): Record<string, unknown> {
  const json = JSON.parse(JSON.stringify(result));
  const parent = path.slice(0, -1).reduce((inner, key) => inner[key], json);
  if (value === undefined) delete parent[path.at(-1)!];
  else parent[path.at(-1)!] = value;
  return json;
}

/** A path as issues write it: `json.lines[0].value`, `json.statusCounts["at-risk"]`. */
export const pathText = (path: readonly Step[]) =>
  `json${path
    .map((step) =>
      typeof step === 'number'
        ? `[${step}]`
        : /^[A-Za-z_$][\w$]*$/.test(step)
          ? `.${step}`
          : `[${JSON.stringify(step)}]`,
    )
    .join('')}`;
