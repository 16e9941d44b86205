import fc from 'fast-check';

// Near-valid inputs: a valid input with one thing changed at a random place, the changes people
// and programs make: a value of another type or outside its bounds, a number written another
// way, a key left out, an unknown key, an element dropped or repeated.

/** Values put in place of a field: other types, boundary numbers, numbers as text, dates, text. */
export const replacements: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  -0.5,
  0.5,
  1,
  1.5,
  2,
  50,
  100,
  100.5,
  150,
  1e15,
  1e-41,
  2.5e-7,
  1e300,
  '',
  ' ',
  '  x ',
  'x',
  '-1',
  '-0',
  '0',
  '0.5',
  ' 0.25 ',
  '+1',
  '1.',
  '.5',
  '1.0',
  '1.5',
  '50',
  '100',
  '100.000',
  '101',
  '1e3',
  '5e-1',
  '1e20',
  '0x10',
  '1,000',
  '£5',
  '0.01',
  '0.009',
  `0.${'0'.repeat(39)}1`,
  `0.${'0'.repeat(40)}1`,
  `1.${'5'.repeat(40)}000`,
  '999999999999999.9',
  '1000000000000000',
  '2026-01-01',
  '2026-02-30',
  '2024-02-29',
  '0000-01-01',
  '2026-1-1',
  '2026-01-01T00:00:00Z',
  'works',
  'services',
  'leader',
  'exclusive',
  'flag',
  'social',
  [],
  ['x'],
  [1, '2'],
  {},
  { total: 5 },
  { kind: 'valuation', total: '10' },
];

type Path = (string | number)[];

/** Every path to a value inside `value` (the root included), objects and lists alike. */
export function pathsOf(value: unknown, path: Path = []): Path[] {
  const paths: Path[] = [path];
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      paths.push(...pathsOf(item, [...path, index]));
    });
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      paths.push(...pathsOf((value as Record<string, unknown>)[key], [...path, key]));
    }
  }
  return paths;
}

/** A deep copy of `value` with `change` applied to the value at `path` (or to its parent). */
function changed(
  value: unknown,
  path: Path,
  change: (parent: unknown, key: string | number) => void,
): unknown {
  const copy = structuredClone(value);
  if (path.length === 0) return copy;
  let parent: unknown = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
  change(parent, path.at(-1)!);
  return copy;
}

/** One change to a valid input. */
export function mutation(input: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(input);
  return fc
    .tuple(fc.constantFrom(...paths), fc.nat(), fc.constantFrom(...replacements))
    .map(([path, choice, replacement]) => {
      if (path.length === 0) return choice % 4 === 0 ? replacement : input;
      switch (choice % 6) {
        case 0:
        case 1:
        case 2:
          return changed(input, path, (parent, key) => {
            (parent as Record<string | number, unknown>)[key] = replacement;
          });
        case 3:
          return changed(input, path, (parent, key) => {
            if (Array.isArray(parent)) parent.splice(Number(key), 1);
            else delete (parent as Record<string, unknown>)[key];
          });
        case 4:
          return changed(input, path, (parent, key) => {
            if (Array.isArray(parent)) parent.push(parent[Number(key)]);
            else (parent as Record<string, unknown>)[`${String(key)}s`] = replacement;
          });
        default:
          return changed(input, path, (parent, key) => {
            const inner = (parent as Record<string | number, unknown>)[key];
            if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) {
              (inner as Record<string, unknown>).extra = replacement;
            } else (parent as Record<string | number, unknown>)[key] = [inner];
          });
      }
    });
}

/**
 * Text that regular-expression engines read differently: Arabic-Indic digits (Python's and .NET's
 * `\d` take them), U+FEFF (not a space to Python's `\s`), U+001C and U+0085 (spaces to Python's
 * `\s`, not to JavaScript's) and a final line break (before which Python's, .NET's and Java's `$`
 * match). Each is put in place of, before and after a text in a valid input.
 */
const engineSensitive = ['\u0665', '\ufeff', '\u001c', '\u0085', '\n', '\u2028'] as const;

/** One text, or one record key, of `input` changed by an engine-sensitive character. */
export function portability(input: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(input).filter(
    (path) => typeof path.at(-1) === 'string' || typeof valueAt(input, path) === 'string',
  );
  if (paths.length === 0) return fc.constant(input);
  return fc
    .tuple(fc.constantFrom(...paths), fc.constantFrom(...engineSensitive), fc.nat())
    .map(([path, character, choice]) =>
      changed(input, path, (parent, key) => {
        const record = parent as Record<string | number, unknown>;
        const value = record[key];
        if (typeof value !== 'string' || (typeof key === 'string' && choice % 5 === 4)) {
          record[character] = value;
          delete record[key];
        } else {
          record[key] = [
            value.replace(/[0-9]/g, (digit) => String.fromCharCode(0x660 + Number(digit))),
            `${character}${value}`,
            `${value}${character}`,
            character,
          ][choice % 4];
        }
      }),
    );
}

/** The value at `path` inside `value`. */
function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (inner, key) => (inner as Record<string | number, unknown>)[key],
    value,
  );
}

/**
 * Near-valid inputs of each schema: {@link mutation}s drawn with a fixed seed (the same on every
 * run), and {@link portability} changes.
 */
export function nearValidInputs(
  validInputs: Readonly<Record<string, readonly unknown[]>>,
): Record<string, unknown[]> {
  return Object.fromEntries(
    Object.entries(validInputs).map(([name, inputs]) => [
      name,
      inputs.flatMap((input, index) => [
        ...fc.sample(mutation(input), { seed: 97 + index, numRuns: 150 }),
        ...fc.sample(portability(input), { seed: 97 + index, numRuns: 30 }),
      ]),
    ]),
  );
}
