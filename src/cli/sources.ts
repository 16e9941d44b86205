// The files a command read, so that an error of the library names the file (and, for a CSV,
// the line) its bad value came from, not only the path into the value the command built.
import { isSocialValueError } from 'social-value';
import { CliError } from './cli-error.js';

/** The most issues a message lists, as the library's own messages do. */
const MESSAGE_ISSUES = 20;

/** A file a command read, and the library's paths that lead into what it held. */
export interface Source {
  /** The file, as the user named it. */
  readonly file: string;
  /**
   * The paths into its content, as the library writes them (`bids`, `rows`, `contracts[3]`,
   * `options.targets`): an issue is the file's when its path is one of them or goes on from one.
   */
  readonly roots: readonly string[];
  /** For a CSV, the line each record starts on, by the index after the first root (`bids[3]`). */
  readonly lines?: readonly number[] | undefined;
  /** For a pledge sheet, the line of each pledge made of its answered rows (`pledges[3]`). */
  readonly pledgeLines?: readonly number[] | undefined;
  /**
   * For a pledge sheet, the line of each measure of the framework made of its rows, the first
   * row of its code (`framework.measures[3]`).
   */
  readonly measureLines?: readonly number[] | undefined;
}

/**
 * The flags a command passed on to the library, by the path the library gives each value
 * (`{ 'options.rate': '--discount' }`): an issue at that path, or inside it, names the flag.
 */
export type FlagPaths = Readonly<Record<string, string>>;

/**
 * Runs a step of a command, turning a SocialValueError it throws into a CliError (same code,
 * same exit code) whose message names the files of the bad values, and for each issue the file
 * and, in a CSV, the line its record starts on (1-based, the header being line 1, as a text
 * editor numbers lines), or the flag it came from (`--discount` for `options.rate`).
 */
export function withSources<T>(
  sources: readonly Source[],
  step: () => T,
  flags: FlagPaths = {},
): T {
  try {
    return step();
  } catch (error) {
    if (!isSocialValueError(error)) throw error;
    throw new CliError(describe(error, sources, flags), error.code);
  }
}

function describe(
  error: {
    message: string;
    issues: readonly { path: string; segments: readonly (string | number)[]; message: string }[];
  },
  sources: readonly Source[],
  flags: FlagPaths,
): string {
  const files = new Set<string>();
  // The library's sentences may name an option by its path ("use options.columns to name
  // yours", "expected options.start and options.end"): they name the flag that gave it.
  const flagged = (text: string) =>
    Object.entries(flags).reduce((words, [path, flag]) => words.replaceAll(path, flag), text);
  const lines = error.issues.map((issue) => {
    const message = flagged(issue.message);
    const flag = Object.entries(flags).find(([path]) => isWithin(issue.path, path))?.[1];
    if (flag !== undefined) return `  - ${flag}: ${message}`;
    const source = sources.find((candidate) => owns(candidate, issue.path));
    if (source === undefined) return `  - ${issue.path || '(input)'}: ${message}`;
    files.add(source.file);
    const [root, index] = issue.segments;
    const measure = root === 'framework' && index === 'measures' ? issue.segments[2] : undefined;
    const lines =
      root === source.roots[0] ? source.lines : root === 'pledges' ? source.pledgeLines : undefined;
    const line =
      typeof measure === 'number'
        ? source.measureLines?.[measure]
        : typeof index === 'number'
          ? lines?.[index]
          : undefined;
    const where = line === undefined ? source.file : `${source.file} line ${line}`;
    return `  - ${where}: ${issue.path}: ${message}`;
  });
  // A failure without issues (a measure missing from a framework, …) comes from what was read.
  if (error.issues.length === 0) for (const source of sources) files.add(source.file);
  const headline = flagged(
    error.issues.length === 0 ? error.message : error.message.split('\n  - ')[0]!,
  );
  const shown = lines.slice(0, MESSAGE_ISSUES);
  const more = lines.length - shown.length;
  if (more > 0) shown.push(`  - … and ${more} more problem${more === 1 ? '' : 's'}`);
  const named = files.size === 0 ? headline : `${[...files].join(', ')}: ${headline}`;
  return [named, ...shown].join('\n');
}

function owns(source: Source, path: string): boolean {
  return source.roots.some((root) => isWithin(path, root));
}

/** True when `path` is `root` or goes on from it (`contracts[3].value` within `contracts`). */
function isWithin(path: string, root: string): boolean {
  return (
    path.startsWith(root) &&
    (path.length === root.length || path[root.length] === '.' || path[root.length] === '[')
  );
}
