// `social-value ocds <notice.json | folder>`: the award criteria weights of published tender
// notices (OCDS), one row per lot, optionally checked against a social value minimum. A folder
// is read file by file: a file that is not an OCDS notice is a row and a finding of its own, and
// the run goes on (exit code 1), so that one bad file among thousands does not stop a study.
import { statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Decimal, isSocialValueError } from 'social-value';
import {
  type OcdsAwardCriteria,
  type OcdsFinding,
  type OcdsLotCriteria,
  type OcdsWeighting,
  readOcdsAwardCriteria,
  toWeighting,
} from 'social-value/ocds';
import { CliError, isCliError } from '../cli-error.js';
import type { CommandContext, CommandResult } from '../command.js';
import { countText, figureCell, figurePlacesApart, shortList } from '../figures.js';
import { jsonFilesIn, readJson } from '../read-input.js';
import type { CellInput, Table } from '../report.js';
import { warningsSection } from '../warnings.js';

/** Options of the ocds command. */
export interface OcdsCommandOptions {
  /** The social value minimum to check each lot against, in percentage points (a decimal string). */
  readonly minimum?: string | undefined;
}

/** A notice file read: the library's results for it. */
interface NoticeRead {
  /** The file: its name in the folder, or the path as given. */
  readonly file: string;
  /** What `readOcdsAwardCriteria` read from it. */
  readonly awardCriteria: OcdsAwardCriteria;
  /** `toWeighting` of each of its lots, in the same order. */
  readonly weightings: readonly OcdsWeighting[];
}

/** A file of a folder that could not be read as an OCDS notice. */
interface NoticeRefused {
  /** The file's name in the folder. */
  readonly file: string;
  /** Why: `unreadable`, `invalid-input` or `not-ocds`, with the sentence. */
  readonly error: { readonly code: string; readonly severity: 'error'; readonly message: string };
}

type Notice = NoticeRead | NoticeRefused;

/** A finding as the report lists it: its file and lot. */
interface Listed {
  readonly severity: string;
  readonly message: string;
}

/** The weight kinds, in the order of the table's columns. */
const KINDS = [
  ['price', 'Price'],
  ['quality', 'Quality'],
  ['socialValue', 'Social value'],
  ['environmental', 'Environmental'],
  ['other', 'Other'],
] as const;

/** Runs `ocds`. */
export function ocdsCommand(
  path: string,
  options: OcdsCommandOptions,
  context: CommandContext,
): CommandResult {
  const { cwd } = context.terminal;
  // An empty name would resolve to the working folder, read as if named.
  if (path.trim() === '') {
    throw new CliError('<notices>: expected a notice (.json) or a folder of them, received "".');
  }
  const isFolder = statSync(resolve(cwd, path), { throwIfNoEntry: false })?.isDirectory() === true;
  const files = isFolder
    ? jsonFilesIn(path, cwd).map((file) => ({
        name: basename(file),
        path: join(path, basename(file)),
      }))
    : [{ name: path, path }];
  if (files.length === 0) throw new CliError(`${path}: no .json notices in this folder.`);
  const notices = files.map((file, index): Notice => {
    context.progress.update(
      `Reading notices: ${countText(index + 1)} of ${countText(files.length)}…`,
    );
    // A file given alone that cannot be read is bad input (exit code 2); in a folder, a row.
    if (!isFolder) return readNotice(file.name, file.path, cwd);
    try {
      return readNotice(file.name, file.path, cwd);
    } catch (error) {
      if (!isCliError(error)) throw error;
      return { file: file.name, error: refusal(error, file.path) };
    }
  });
  const minimum = options.minimum === undefined ? undefined : new Decimal(options.minimum);
  const table = weightsTable(notices, minimum);
  const refused = notices.filter((notice): notice is NoticeRefused => 'error' in notice);
  const listed = notices.flatMap(findingsOf);
  const about = [
    'Weights are percentage points of the total score, by kind, as toWeighting gives them: blank where they could not all be read exactly and summing to 100, the Weights column then giving the first finding’s code.',
  ];
  if (minimum !== undefined) {
    about.push(
      `${meetsLabel(minimum)}: yes when the social value weight is at least ${minimum.toFixed()} points, no when it is below, unknown when the weights could not be read.`,
    );
  }
  return {
    results: [notices],
    report: {
      title: `OCDS award criteria: ${path}`,
      summary: summaryOf(notices, minimum),
      sources: [
        isFolder ? `Notices: ${countText(files.length)} .json files in ${path}` : `Notice: ${path}`,
        ...(minimum === undefined
          ? []
          : [`Social value minimum: ${minimum.toFixed()} percentage points (--minimum)`]),
      ],
      sections: [
        { heading: 'Award criteria weights', text: about, table },
        ...warningsSection(listed, 'Findings'),
      ],
      csvTable: table,
    },
    failed: listed.some((finding) => finding.severity === 'error'),
    notes: [
      // --minimum 0.1 meant as 10%: a weight is in points, said once the output is written.
      ...(minimum?.gt(0) && minimum.lt(1)
        ? [
            `social-value: warning: --minimum ${minimum.toFixed()} is ${minimum.toFixed()} percentage points of the total score; for ${minimum.times(100).toFixed()}%, give --minimum ${minimum.times(100).toFixed()}.\n`,
          ]
        : []),
      ...(refused.length === 0
        ? []
        : [
            `social-value: warning: ${path}: ${countText(refused.length)} ${refused.length === 1 ? 'file' : 'files'} could not be read as ${refused.length === 1 ? 'an OCDS notice' : 'OCDS notices'} (exit code 1):${shortList(refused.map((notice) => `${notice.file}: ${notice.error.message}`))}\n`,
          ]),
    ],
  };
}

/**
 * Reads one notice file: its JSON, the award criteria and each lot's weighting. A file that is
 * not JSON, JSON that is no object, or an object that is not OCDS throws a CliError naming it.
 */
function readNotice(file: string, path: string, cwd: string): NoticeRead {
  const json = readJson(path, cwd);
  let awardCriteria: OcdsAwardCriteria;
  try {
    awardCriteria = readOcdsAwardCriteria(json);
  } catch (error) {
    // JSON that is no object (a list, a string): the library's sentence, with its hint.
    if (!isSocialValueError(error)) throw error;
    const why = error.issues.map((issue) => issue.message).join('; ') || error.message;
    throw new CliError(`${path}: ${why}.`, error.code);
  }
  const notOcds = awardCriteria.findings.find((finding) => finding.code === 'not-ocds');
  if (notOcds !== undefined) throw new CliError(`${path}: ${notOcds.message}`, 'not-ocds');
  return { file, awardCriteria, weightings: awardCriteria.lots.map((lot) => toWeighting(lot)) };
}

/** Why a file of a folder was not read, without its name (the row names it). */
function refusal(error: CliError, path: string): NoticeRefused['error'] {
  const message = error.message.startsWith(path)
    ? error.message.slice(path.length).replace(/^:\s*/, '')
    : error.message;
  return {
    code: error.code ?? 'unreadable',
    severity: 'error',
    // One line (JSON.parse quotes the text around its error, line breaks and all).
    message: message
      .split(/[\r\n]+/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join(' '),
  };
}

/** How a lot is named in the table: `tender`, its id, or `group <id>`. */
function lotCell(lot: OcdsLotCriteria): string {
  if (lot.level === 'tender') return 'tender';
  const id = lot.lot ?? '(no id)';
  return lot.level === 'lot-group' ? `group ${id}` : id;
}

/** How a lot is named in a finding: `tender`, `lot <id>` or `lot group <id>`. */
function lotWords(lot: OcdsLotCriteria): string {
  if (lot.level === 'tender') return 'tender';
  return `${lot.level === 'lot-group' ? 'lot group' : 'lot'} ${lot.lot ?? '(no id)'}`;
}

function meetsLabel(minimum: Decimal): string {
  return `Meets ${minimum.toFixed()}%?`;
}

/** One row per lot of each notice read, one per file not read. */
function weightsTable(notices: readonly Notice[], minimum: Decimal | undefined): Table {
  const rows: CellInput[][] = [];
  const blanks = KINDS.map(() => '');
  const check = minimum === undefined ? [] : ['unknown'];
  for (const notice of notices) {
    // A file not read is no entry: not read, with no answer to the minimum (the summary counts
    // it apart from the entries, whose yes, no and unknown it counts).
    if ('error' in notice) {
      rows.push([
        notice.file,
        '',
        '',
        ...blanks,
        `not read (${notice.error.code})`,
        ...check.map(() => ''),
      ]);
      continue;
    }
    const { lots } = notice.awardCriteria;
    if (lots.length === 0) {
      const code = notice.awardCriteria.findings[0]?.code ?? 'no-release';
      rows.push([notice.file, '', '', ...blanks, `unknown (${code})`, ...check]);
    }
    lots.forEach((lot, index) => {
      const { weights, findings } = notice.weightings[index]!;
      const head = [notice.file, lot.ocid ?? '', lotCell(lot)];
      if (weights === null) {
        rows.push([...head, ...blanks, `unknown (${findings[0]?.code ?? 'no-weight'})`, ...check]);
        return;
      }
      // The social value weight to the places that tell it from the minimum (9.99999 is not 10).
      const places = minimum === undefined ? 4 : figurePlacesApart(weights.socialValue, minimum, 4);
      rows.push([
        ...head,
        ...KINDS.map(([key]) => figureCell(weights[key], key === 'socialValue' ? places : 4)),
        'read',
        ...(minimum === undefined ? [] : [weights.socialValue.gte(minimum) ? 'yes' : 'no']),
      ]);
    });
  }
  return {
    columns: [
      { label: 'File' },
      { label: 'ocid' },
      { label: 'Lot' },
      ...KINDS.map(([, label]) => ({ label, numeric: true })),
      { label: 'Weights' },
      ...(minimum === undefined ? [] : [{ label: meetsLabel(minimum) }]),
    ],
    rows,
  };
}

/**
 * The findings of one file, each once, labelled with the file and lot, in the table's order:
 * those of no lot (a release skipped), then each lot's: the reader's, in input order, then those
 * of `toWeighting` the reader's do not already give (the same code at the same path, or, for a
 * criterion whose weight could not be read, a finding at or within it saying why). A file not
 * read is one finding, an error.
 */
function findingsOf(notice: Notice): Listed[] {
  if ('error' in notice) {
    const { severity, code, message } = notice.error;
    return [{ severity, message: `${notice.file}: ${code}: ${message}` }];
  }
  const { awardCriteria, weightings } = notice;
  const line = (finding: OcdsFinding, lot?: OcdsLotCriteria): Listed => ({
    severity: finding.severity,
    message: `${notice.file}${lot === undefined ? '' : `, ${lotWords(lot)}`}: ${finding.code}: ${finding.message}`,
  });
  const ofLots = new Set(awardCriteria.lots.flatMap((lot) => lot.findings));
  const listed = awardCriteria.findings
    .filter((finding) => !ofLots.has(finding))
    .map((finding) => line(finding));
  const given = new Set(awardCriteria.findings.map((finding) => `${finding.code} ${finding.path}`));
  const within = new Set(awardCriteria.findings.flatMap((finding) => pathsAbove(finding.path)));
  awardCriteria.lots.forEach((lot, index) => {
    for (const finding of lot.findings) listed.push(line(finding, lot));
    for (const finding of weightings[index]!.findings) {
      const explained =
        given.has(`${finding.code} ${finding.path}`) ||
        (finding.code === 'incomplete-weights' && within.has(finding.path));
      if (!explained) listed.push(line(finding, lot));
    }
  });
  if (awardCriteria.lots.length === 0 && awardCriteria.findings.length === 0) {
    listed.push({
      severity: 'warning',
      message: `${notice.file}: no-release: ${awardCriteria.summary}`,
    });
  }
  return listed;
}

/** A path and every path it is within (`a.b[0].c`: itself, `a.b[0]`, `a.b`, `a`). */
function pathsAbove(path: string): string[] {
  const paths = [path];
  for (let at = path.length - 1; at > 0; at -= 1) {
    if (path[at] === '.' || path[at] === '[') paths.push(path.slice(0, at));
  }
  return paths;
}

/**
 * One sentence: entries in notices, how many with every weight read, and the minimum's count.
 * A notice read with no tender or lot (a package with no releases) is one entry, as its row in
 * the table is, whose weights are unknown.
 */
function summaryOf(notices: readonly Notice[], minimum: Decimal | undefined): string {
  const read = notices.filter((notice): notice is NoticeRead => !('error' in notice));
  const weightings = read.flatMap((notice) => notice.weightings);
  const weighed = weightings.filter((weighting) => weighting.weights !== null);
  const none = read.filter((notice) => notice.awardCriteria.lots.length === 0).length;
  const entries = weightings.length + none;
  const plural = (count: number, one: string, many: string) =>
    `${countText(count)} ${count === 1 ? one : many}`;
  let summary = `${plural(entries, 'entry', 'entries')} (tender and lots${none === 0 ? '' : `; ${plural(none, 'notice', 'notices')} with none`}) in ${plural(read.length, 'notice file', 'notice files')}: ${countText(weighed.length)} with every weight read and summing to 100, ${countText(entries - weighed.length)} without.`;
  if (minimum !== undefined) {
    const yes = weighed.filter((weighting) => weighting.weights!.socialValue.gte(minimum)).length;
    summary += ` Social value of at least ${minimum.toFixed()}%: ${countText(yes)} yes, ${countText(weighed.length - yes)} no, ${countText(entries - weighed.length)} unknown.`;
  }
  const refused = notices.length - read.length;
  if (refused > 0) {
    summary += ` ${plural(refused, 'file', 'files')} could not be read as ${refused === 1 ? 'an OCDS notice' : 'OCDS notices'}.`;
  }
  return summary;
}
