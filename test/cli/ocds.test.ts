// `social-value ocds <notice.json | folder>`: the award criteria weights of published tender
// notices, one row per lot, as readOcdsAwardCriteria and toWeighting give them; --minimum checks
// each lot's social value weight. Every figure below is worked out by hand from the notices.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readOcdsAwardCriteria, toWeighting } from 'social-value/ocds';
import { describe, expect, it } from 'vitest';
import { cli, root, snapshot } from './run-cli.js';
import { tempFiles } from './temp-files.js';

const FIXTURES = 'test/fixtures/ocds';
const { file, pathOf } = tempFiles('sv-ocds-');

/** The cells of a CSV output, row by row (no cell here holds a comma or a quote). */
function csvRows(text: string): string[][] {
  return text
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
}

/** A notice of one process whose lots are given. */
function notice(lots: readonly unknown[], ocid = 'ocds-test-cli'): string {
  return JSON.stringify({ ocid, tender: { lots } });
}

const NESTED = 'Price 40%, Quality 60% (including 10% social value)';

describe('ocds on the notices of test/fixtures/ocds', () => {
  it('gives the rows of docs/ocds.md’s table of seven notices, in the same order', async () => {
    const run = await cli(['ocds', FIXTURES, '--minimum', '10', '--format', 'csv']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const [header, ...rows] = csvRows(run.stdout);
    expect(header).toEqual([
      'File',
      'ocid',
      'Lot',
      'Price',
      'Quality',
      'Social value',
      'Environmental',
      'Other',
      'Weights',
      'Meets 10%?',
    ]);
    // The guide's table, written by its script: `| ocid | lot | social value weight | meets 10%? |`.
    const guide = readFileSync(join(root, 'docs/ocds.md'), 'utf8');
    const documented = [...guide.matchAll(/^\| (ocds-\S+) \| (\S+) \| (\S+) \| ([^|]+) \|$/gm)].map(
      (match) => [match[1], match[2], match[3], match[4]!.trim()],
    );
    expect(documented).toHaveLength(40);
    const printed = rows.map(([, ocid, lot, , , socialValue, , , weights, meets]) => [
      ocid,
      lot,
      weights === 'read' ? `${socialValue}%` : 'unknown',
      meets === 'unknown' ? weights : meets,
    ]);
    expect(printed).toEqual(documented);
  });

  it('prints each lot’s weights by kind, the count in a sentence, and every finding once', async () => {
    const run = await cli(['ocds', FIXTURES, '--minimum', '10']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`OCDS award criteria: ${FIXTURES}`);
    // 1 + 1 + 2 + 32 + 1 + 1 + 2 entries; read: the Find a Tender lot, both of 574608, 580764's
    // and 581730's lot 2.
    expect(lines[1]).toBe(
      '40 entries (tender and lots) in 7 notice files: 5 with every weight read and summing to 100, 35 without. Social value of at least 10%: 0 yes, 5 no, 35 unknown.',
    );
    expect(run.stdout).toMatch(
      /^pcs-0000574608\.json +ocds-r6ebe6-0000574608 +2 +80 +20 +0 +0 +0 +read +no$/m,
    );
    expect(run.stdout).toMatch(
      /^cf-2fa4ddab\.json +ocds-b5fd17-2fa4ddab-49ee-4631-a5eb-549c9d75fcda +tender +unknown \(no-award-criteria\) +unknown$/m,
    );
    const findings = lines.slice(lines.indexOf('Findings') + 1).filter((line) => line !== '');
    // Contracts Finder's missing criteria 1, the Find a Tender sole criterion 1, Bikeability's
    // 32 lots × 2 ranges 64, 581499's sum of 88 1, 581730's kind conflict, sum of 80 and sole
    // criterion 3: 70. toWeighting's own (incomplete-weights for each range, the sums again)
    // are the reader's said again, so not listed twice.
    expect(findings).toHaveLength(70);
    expect(findings.filter((line) => line.includes('incomplete-weights'))).toEqual([]);
    expect(findings[0]).toBe(
      '- warning: cf-2fa4ddab.json, tender: no-award-criteria: The tender publishes no award criteria that could be read.',
    );
    // In the table's order: Bikeability's lot 1 (published 31st) before lot 10.
    const bikeability = findings.filter((line) => line.includes('pcs-0000578690.json'));
    expect(bikeability[0]).toBe(
      '- warning: pcs-0000578690.json, lot 1: ambiguous-weight: Criterion "Technical": the text "15-40%" gives a range; no weight was taken from its description.',
    );
    expect(bikeability[2]).toMatch(/^- warning: pcs-0000578690\.json, lot 10: /);
    expect(findings).toContain(
      '- warning: pcs-0000581730.json, lot 1: kind-conflict: Criterion "Price" is read as quality from its type "quality", but its words name a price criterion.',
    );
  });

  it('prints the library’s results as JSON: per file, its award criteria and each lot’s weighting', async () => {
    const run = await cli(['ocds', FIXTURES, '--format', 'json']);
    expect(run.status).toBe(0);
    const names = readdirSync(join(root, FIXTURES))
      .filter((name) => name.endsWith('.json'))
      .sort();
    expect(JSON.parse(run.stdout)).toEqual(
      names.map((name) => {
        const awardCriteria = readOcdsAwardCriteria(
          JSON.parse(readFileSync(join(root, FIXTURES, name), 'utf8')),
        );
        return snapshot({
          file: name,
          awardCriteria,
          weightings: awardCriteria.lots.map((lot) => toWeighting(lot)),
        });
      }),
    );
  });

  it('reads one notice given alone, and prints a list for it too', async () => {
    const one = `${FIXTURES}/pcs-0000574608.json`;
    const run = await cli(['ocds', one]);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[1]).toBe(
      '2 entries (tender and lots) in 1 notice file: 2 with every weight read and summing to 100, 0 without.',
    );
    // No --minimum: no column for it.
    expect(run.stdout).not.toContain('Meets');
    expect(run.stdout).toMatch(
      /^test\/fixtures\/ocds\/pcs-0000574608\.json +ocds-r6ebe6-0000574608 +1 +40 +60 +0 +0 +0 +read$/m,
    );
    const json = JSON.parse((await cli(['ocds', one, '--format', 'json'])).stdout);
    expect(json).toHaveLength(1);
    expect(json[0].file).toBe(one);
  });
});

describe('ocds on a package with no releases', () => {
  it('counts its one row, as the table shows it', async () => {
    // The summary said "0 entries" above a table of one row, `unknown (no-release)`.
    const empty = file('no-release.json', '{ "uri": "https://example.org/p", "releases": [] }');
    const run = await cli(['ocds', empty, '--minimum', '10']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[1]).toBe(
      '1 entry (tender and lots; 1 notice with none) in 1 notice file: 0 with every weight read and summing to 100, 1 without. Social value of at least 10%: 0 yes, 0 no, 1 unknown.',
    );
    const table = lines.slice(lines.indexOf('Award criteria weights'));
    const rows = table.slice(table.findIndex((line) => line.startsWith('---')) + 1);
    expect(rows.slice(0, rows.indexOf(''))).toEqual([
      expect.stringMatching(/^\S+no-release\.json +unknown \(no-release\) +unknown$/),
    ]);
    expect(run.stdout).toContain(`- warning: ${empty}: no-release: No release could be read.`);
  });
});

describe('docs/cli.md: Tender notices (OCDS)', () => {
  // Every command the section shows runs, and every line it shows is a line of what it prints.
  const guide = readFileSync(join(root, 'docs/cli.md'), 'utf8');
  const section = guide.slice(
    guide.indexOf('## Tender notices (OCDS)'),
    guide.indexOf('## Terminals, colour and progress'),
  );
  const blocks = [...section.matchAll(/```(sh|text)\n([^`]*)```/g)].map((match) => ({
    kind: match[1]!,
    body: match[2]!,
  }));

  it('shows a command with its output', () => {
    expect(blocks.map((block) => block.kind)).toEqual(['sh', 'text']);
  });

  it('prints what it shows', async () => {
    const [command, shown] = blocks;
    const args = command!.body.trim().split(/\s+/);
    expect(args.slice(0, 2)).toEqual(['npx', 'social-value']);
    const run = await cli(args.slice(2));
    expect(run.status).toBe(0);
    const printed = run.stdout.split('\n');
    for (const line of shown!.body.split('\n').filter((text) => text !== '')) {
      expect(printed).toContain(line);
    }
  });
});

describe('ocds on weights written in words', () => {
  it('reads social value inside quality’s brackets as points of the total, with the other reading', async () => {
    const nested = file(
      'nested.json',
      notice([{ id: '1', awardCriteria: { description: NESTED } }], 'ocds-test-nested'),
    );
    const run = await cli(['ocds', nested, '--minimum', '10', '--format', 'csv']);
    expect(run.status).toBe(0);
    // Price 40; quality 60 less the 10 within it, 50; social value 10: 10 meets 10.
    expect(csvRows(run.stdout)[1]).toEqual([
      nested,
      'ocds-test-nested',
      '1',
      '40',
      '50',
      '10',
      '0',
      '0',
      'read',
      'yes',
    ]);
    const text = await cli(['ocds', nested, '--minimum', '10.5']);
    expect(text.stdout).toMatch(/ +1 +40 +50 +10 +0 +0 +read +no$/m);
    expect(text.stdout).toContain(
      `- info: ${nested}, lot 1: nested-weight: Within "Quality 60%", social value 10% was read as points of the total score, leaving quality 50; read as shares of its 60 points instead: social value 6.`,
    );
  });

  it('shows a social value weight just below the minimum to the places that tell them apart', async () => {
    const close = file(
      'close.json',
      notice([
        {
          id: '1',
          awardCriteria: {
            criteria: [
              { type: 'quality', name: 'Social value', description: '9.99999%' },
              { type: 'price', name: 'Price', description: '90.00001%' },
            ],
          },
        },
      ]),
    );
    // 9.99999 to 4 places is 10.0000, beside "no": shown to 5 places, 9.99999.
    const run = await cli(['ocds', close, '--minimum', '10']);
    expect(run.stdout).toMatch(/ +1 +90 +0 +9\.99999 +0 +0 +read +no$/m);
    // Without a minimum to tell it from, 4 places; the CSV has every digit.
    expect((await cli(['ocds', close])).stdout).toMatch(/ +1 +90 +0 +10 +0 +0 +read$/m);
    const csv = await cli(['ocds', close, '--format', 'csv']);
    expect(csvRows(csv.stdout)[1]?.slice(3, 8)).toEqual(['90.00001', '0', '9.99999', '0', '0']);
  });

  it('names the tender, lot groups and lots without an id apart from lots', async () => {
    const levels = file(
      'levels.json',
      JSON.stringify({
        ocid: 'ocds-test-levels',
        tender: {
          awardCriteria: { criteria: [{ type: 'price' }] },
          lotGroups: [{ id: 'G1', awardCriteria: { criteria: [{ type: 'price' }] } }],
          lots: [{ awardCriteria: { criteria: [{ type: 'price' }] } }],
        },
      }),
    );
    const rows = csvRows((await cli(['ocds', levels, '--format', 'csv'])).stdout).slice(1);
    expect(rows.map((row) => row[2])).toEqual(['tender', 'group G1', '(no id)']);
    const text = (await cli(['ocds', levels])).stdout;
    expect(text).toContain(
      `- warning: ${levels}, lot (no id): unexpected-shape: Entry 1 of lots has no id.`,
    );
  });
});

describe('ocds on a folder holding files that are not notices', () => {
  const notices: Readonly<Record<string, string>> = {
    'a-empty.json': '',
    'b-text.json': 'not json',
    'c-list.json': '[{"ocid":"ocds-in-a-list"}]',
    'd-other.json': '{"name":"a pledge sheet, not a notice"}',
    'e-package.json': '{"releases":[]}',
    '__proto__.json': notice(
      [
        { id: '__proto__', awardCriteria: { criteria: [{ type: 'price' }] } },
        { id: 'constructor', awardCriteria: { description: NESTED } },
      ],
      '__proto__',
    ),
    [`${'n'.repeat(240)}.json`]: notice([{ id: '1', awardCriteria: { description: NESTED } }]),
  };
  // The folder's path once the temporary folder is made (before each test).
  let folder = '';
  const setUp = () => {
    folder = pathOf('mixed');
    mkdirSync(folder, { recursive: true });
    for (const [name, text] of Object.entries(notices)) file(`mixed/${name}`, text);
    // A folder named like a notice.
    mkdirSync(join(folder, 'f-folder.json'), { recursive: true });
  };

  it('reads every notice, reports each other file as a row and an error, and exits 1', async () => {
    setUp();
    const run = await cli(['ocds', folder, '--minimum', '10', '--format', 'csv']);
    expect(run.status).toBe(1);
    const rows = csvRows(run.stdout).slice(1);
    const blank = ['', '', '', '', '', '', ''];
    // In code-unit order of the names: `_` (5F) before `a` (61).
    expect(rows).toEqual([
      ['__proto__.json', '__proto__', '__proto__', '100', '0', '0', '0', '0', 'read', 'no'],
      ['__proto__.json', '__proto__', 'constructor', '40', '50', '10', '0', '0', 'read', 'yes'],
      ['a-empty.json', ...blank, 'not read (unreadable)', ''],
      ['b-text.json', ...blank, 'not read (unreadable)', ''],
      ['c-list.json', ...blank, 'not read (invalid-input)', ''],
      ['d-other.json', ...blank, 'not read (not-ocds)', ''],
      ['e-package.json', ...blank, 'unknown (no-release)', 'unknown'],
      ['f-folder.json', ...blank, 'not read (unreadable)', ''],
      [`${'n'.repeat(240)}.json`, 'ocds-test-cli', '1', '40', '50', '10', '0', '0', 'read', 'yes'],
    ]);
    // Said on standard error too, whatever the format: the first three, and how many more.
    const said = run.stderr.split('\n');
    expect(said[0]).toBe(
      `social-value: warning: ${folder}: 5 files could not be read as OCDS notices (exit code 1):`,
    );
    expect(said[1]).toBe('  - a-empty.json: is empty (no text): expected JSON.');
    // `not json`: the o is where it stops being JSON.
    expect(said[2]).toBe(
      "  - b-text.json: line 1, column 2: not valid JSON (Unexpected token 'o').",
    );
    expect(said.slice(3)).toEqual([
      '  - c-list.json: expected a parsed OCDS release, record or package (an object), received an array; wrap a list of releases as { releases: [...] }.',
      '  - … and 2 more',
      '',
    ]);
  });

  it('lists the files it could not read among the findings, naming each and why', async () => {
    setUp();
    const run = await cli(['ocds', folder, '--minimum', '10']);
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')[1]).toBe(
      // __proto__.json's 2 lots and the long name's 1, and the empty package's row: read, with
      // no tender or lot, its weights unknown.
      '4 entries (tender and lots; 1 notice with none) in 3 notice files: 3 with every weight read and summing to 100, 1 without. Social value of at least 10%: 2 yes, 1 no, 1 unknown. 5 files could not be read as OCDS notices.',
    );
    const findings = run.stdout.slice(run.stdout.indexOf('\nFindings\n'));
    expect(findings).toContain(
      '- error: a-empty.json: unreadable: is empty (no text): expected JSON.',
    );
    expect(findings).toContain(
      "- error: b-text.json: unreadable: line 1, column 2: not valid JSON (Unexpected token 'o').",
    );
    expect(findings).toContain(
      '- error: c-list.json: invalid-input: expected a parsed OCDS release, record or package (an object), received an array; wrap a list of releases as { releases: [...] }.',
    );
    expect(findings).toContain(
      '- error: d-other.json: not-ocds: The input is not an OCDS release, record or package: it has no ocid, tender, releases or records.',
    );
    expect(findings).toContain('- warning: e-package.json: no-release: No release could be read.');
    expect(findings).toContain('- error: f-folder.json: unreadable: is a folder, not a file.');
    expect(findings).toContain('- info: __proto__.json, lot constructor: nested-weight: ');
  });

  it('gives each file not read as { file, error } in the JSON', async () => {
    setUp();
    const json = JSON.parse((await cli(['ocds', folder, '--format', 'json'])).stdout);
    expect(json.map((entry: { file: string }) => entry.file)).toEqual(
      inNameOrder(Object.keys(notices).concat('f-folder.json')),
    );
    expect(json[3]).toEqual({
      file: 'c-list.json',
      error: {
        code: 'invalid-input',
        severity: 'error',
        message:
          'expected a parsed OCDS release, record or package (an object), received an array; wrap a list of releases as { releases: [...] }.',
      },
    });
    expect(json[0].awardCriteria.lots.map((lot: { lot: string }) => lot.lot)).toEqual([
      '__proto__',
      'constructor',
    ]);
  });

  it('refuses a folder without notices, and an --out inside the folder it reads', async () => {
    mkdirSync(pathOf('none'), { recursive: true });
    file('none/notes.txt', 'no notices here');
    const none = await cli(['ocds', pathOf('none')]);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe(
      `social-value: error: ${pathOf('none')}: no .json notices in this folder.\n`,
    );
    setUp();
    const out = await cli(['ocds', folder, '--out', join(folder, 'b-text.json')]);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('is a file this command reads');
    expect(readFileSync(join(folder, 'b-text.json'), 'utf8')).toBe('not json');
  });
});

/** The names in code-unit order, as the folder is read. */
function inNameOrder(names: readonly string[]): string[] {
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

describe('ocds on one file that is not a notice: bad input, exit code 2', () => {
  it.each([
    ['empty.json', '', 'social-value: error: empty.json: is empty (no text): expected JSON.'],
    [
      'list.json',
      '[]',
      'social-value: error (invalid-input): list.json: expected a parsed OCDS release, record or package (an object), received an array; wrap a list of releases as { releases: [...] }.',
    ],
    [
      'text.json',
      '"ocds-b5fd17-1"',
      'social-value: error (invalid-input): text.json: expected a parsed OCDS release, record or package (an object), received a string.',
    ],
    [
      'other.json',
      '{"rows":[]}',
      'social-value: error (not-ocds): other.json: The input is not an OCDS release, record or package: it has no ocid, tender, releases or records.',
    ],
    [
      'twice.json',
      '{"ocid":"a",\n"ocid":"b"}',
      'social-value: error: twice.json line 2: the key "ocid" is given twice in one object (first on line 1); JSON keeps only the last, so give it once.',
    ],
  ])('%s', async (name, text, message) => {
    file(name, text);
    const run = await cli(['ocds', name], {}, pathOf(''));
    expect(run).toEqual({ status: 2, stdout: '', stderr: `${message}\n` });
  });

  it('an empty name, which would be the working folder', async () => {
    expect(await cli(['ocds', ''])).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'social-value: error: <notices>: expected a notice (.json) or a folder of them, received "".\n',
    });
  });

  it('a file name holding an escape code or an override, shown as U+FFFD', async () => {
    mkdirSync(pathOf('named'), { recursive: true });
    file('named/\u202eevil\u001b[31m.json', 'x');
    const run = await cli(['ocds', pathOf('named')]);
    expect(run.status).toBe(1);
    const said = `${run.stdout}${run.stderr}`;
    expect(said.includes('\u001b') || said.includes('\u202e')).toBe(false);
    expect(run.stdout).toContain(
      '- error: \uFFFDevil\uFFFD[31m.json: unreadable: line 1, column 1: not valid JSON',
    );
    expect(run.stderr).toContain('  - \uFFFDevil\uFFFD[31m.json: line 1, column 1: not valid JSON');
    // CSV keeps the name as it is.
    const csv = await cli(['ocds', pathOf('named'), '--format', 'csv']);
    expect(csv.stdout).toContain('\u202eevil\u001b[31m.json');
  });

  it('a file that does not exist', async () => {
    const run = await cli(['ocds', 'nope.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'social-value: error: nope.json: cannot be read (no such file or folder).\n',
    );
  });
});

describe('ocds --minimum', () => {
  const one = `${FIXTURES}/pcs-0000574608.json`;

  it('reads points, with or without a percent sign', async () => {
    for (const minimum of ['10', '10%', ' 10 % ', '1e1', '10.0']) {
      const run = await cli(['ocds', one, '--minimum', minimum]);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Social value of at least 10%: 0 yes, 2 no, 0 unknown.');
    }
    // 0 points: every lot whose weights were read meets it.
    expect((await cli(['ocds', one, '--minimum', '0'])).stdout).toContain(
      'Social value of at least 0%: 2 yes, 0 no, 0 unknown.',
    );
  });

  it('says that a fraction is points, not a share, and checks it as points', async () => {
    const run = await cli(['ocds', one, '--minimum', '0.1']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Meets 0.1%?');
    expect(run.stderr).toBe(
      'social-value: warning: --minimum 0.1 is 0.1 percentage points of the total score; for 10%, give --minimum 10.\n',
    );
  });

  it.each([['abc'], ['101'], ['-1'], ['1e-99999'], [`0.${'0'.repeat(40)}1`], ['10%%']])(
    'refuses %s with exit code 2',
    async (minimum) => {
      const run = await cli(['ocds', one, `--minimum=${minimum}`]);
      expect(run).toEqual({
        status: 2,
        stdout: '',
        stderr: `social-value: error: --minimum: expected percentage points of the total score from 0 to 100, at most 40 decimal places (10 for 10%), received "${minimum}".\n`,
      });
    },
  );

  it('refuses Excel’s shortened figure and a minimum given twice', async () => {
    const excel = await cli(['ocds', one, '--minimum', '1E+01']);
    expect(excel.status).toBe(2);
    expect(excel.stderr).toContain('--minimum: "1E+01" is how Excel shows a number');
    const twice = await cli(['ocds', one, '--minimum', '10', '--minimum', '20']);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toBe(
      'social-value: error: --minimum: given twice ("10" and "20"): give it once.\n',
    );
  });
});

describe('ocds in every format', () => {
  const hostile = () =>
    file(
      'hostile.json',
      notice(
        [{ id: '<b>1</b> | *x*', awardCriteria: { criteria: [{ type: 'price' }] } }],
        '@SUM(A1)',
      ),
    );

  it('text, Markdown and HTML show the table and findings; CSV neutralises formulas', async () => {
    const path = hostile();
    const md = await cli(['ocds', path, '--minimum', '10', '--format', 'md']);
    expect(md.status).toBe(0);
    expect(md.stdout).toContain(`# OCDS award criteria: ${path}`);
    expect(md.stdout).toMatch(
      /^\| File \| ocid \| Lot \| Price \| Quality \| Social value \| Environmental \| Other \| Weights \| Meets 10%\? \|$/m,
    );
    expect(md.stdout).toContain('\\<b\\>1\\</b\\> \\| \\*x\\*');
    expect(md.stdout).toContain('## Findings');
    const html = await cli(['ocds', path, '--minimum', '10', '--format', 'html']);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain('&lt;b&gt;1&lt;/b&gt; | *x*');
    expect(html.stdout).not.toContain('<b>1</b>');
    expect(html.stdout).toContain('<th');
    const csv = await cli(['ocds', path, '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[1]).toBe(`${path},'@SUM(A1),<b>1</b> | *x*,100,0,0,0,0,read`);
  });
});

describe('ocds on a folder: the summary counts what the table shows', () => {
  /** A lot of three criteria: price, technical and social value, each a percentage as text. */
  const lot = (id: string, price: string, technical: string, socialValue: string) => ({
    id,
    awardCriteria: {
      criteria: [
        { type: 'price', name: 'Price', description: price },
        { type: 'quality', name: 'Technical', description: technical },
        { type: 'quality', name: 'Social value', description: socialValue },
      ],
    },
  });
  const release = (ocid: string, id: string, date: string, lots?: unknown[], tag = 'tender') => ({
    ocid,
    id,
    date,
    tag: [tag],
    ...(lots === undefined ? {} : { tender: { id: `${ocid}-t`, lots } }),
  });
  const pack = (...releases: unknown[]) => JSON.stringify({ uri: 'x', version: '1.1', releases });

  it('three packages and a file that is no notice: yes, no and unknown as the rows say', async () => {
    mkdirSync(pathOf('three'), { recursive: true });
    // a: 10 points (yes), b: 5 (no).
    file(
      'three/p1.json',
      pack(
        release('ocds-a', 'a1', '2026-01-10', [lot('1', '60%', '30%', '10%')]),
        release('ocds-b', 'b1', '2026-01-11', [lot('1', '70%', '25%', '5%')]),
      ),
    );
    // c: the later release's 15 (yes), the earlier's 5 skipped; d: a contract release, no
    // tender, an entry whose weights are unknown.
    file(
      'three/p2.json',
      pack(
        release('ocds-c', 'c2', '2026-02-01', [lot('1', '50%', '35%', '15%')], 'tenderUpdate'),
        release('ocds-c', 'c1', '2026-01-01', [lot('1', '50%', '45%', '5%')]),
        release('ocds-d', 'd1', '2026-01-05', undefined, 'contract'),
      ),
    );
    // e lot 1: a range (unknown); lot 2: 9.99999 points (no).
    file(
      'three/p3.json',
      pack(
        release('ocds-e', 'e1', '2026-03-01', [
          {
            id: '1',
            awardCriteria: {
              criteria: [
                { type: 'price', name: 'Price', description: '60%' },
                { type: 'quality', name: 'Technical', description: '15-40%' },
              ],
            },
          },
          lot('2', '40.00001%', '50%', '9.99999%'),
        ]),
      ),
    );
    file('three/q-bad.json', 'not json');
    const run = await cli(['ocds', pathOf('three'), '--minimum', '10', '--format', 'csv']);
    expect(run.status).toBe(1);
    const rows = csvRows(run.stdout).slice(1);
    const blank = ['', '', '', '', '', '', ''];
    expect(rows.map((row) => [row[0], row[1], row[2], row[8], row[9]])).toEqual([
      ['p1.json', 'ocds-a', '1', 'read', 'yes'],
      ['p1.json', 'ocds-b', '1', 'read', 'no'],
      ['p2.json', 'ocds-c', '1', 'read', 'yes'],
      ['p2.json', 'ocds-d', 'tender', 'unknown (no-award-criteria)', 'unknown'],
      ['p3.json', 'ocds-e', '1', 'unknown (incomplete-weights)', 'unknown'],
      ['p3.json', 'ocds-e', '2', 'read', 'no'],
      // A file not read is no entry: neither unknown nor yes or no.
      ['q-bad.json', ...blank.slice(0, 2), 'not read (unreadable)', ''],
    ]);
    const text = await cli(['ocds', pathOf('three'), '--minimum', '10']);
    expect(text.stdout.split('\n')[1]).toBe(
      '6 entries (tender and lots) in 3 notice files: 4 with every weight read and summing to 100, 2 without. Social value of at least 10%: 2 yes, 2 no, 2 unknown. 1 file could not be read as an OCDS notice.',
    );
  });
});

describe('a notice whose written weights no lot can have', () => {
  it('is a row with its finding, and the run goes on (one notice of 110% stopped it with exit 2)', async () => {
    const folder = pathOf('over-100');
    mkdirSync(folder);
    file(
      'over-100/a.json',
      JSON.stringify({
        ocid: 'ocds-test-a',
        tender: { awardCriteriaDetails: 'Price 110%, Quality 10%' },
      }),
    );
    file(
      'over-100/b.json',
      JSON.stringify({ ocid: 'ocds-test-b', tender: { awardCriteriaDetails: NESTED } }),
    );
    const csv = await cli(['ocds', folder, '--minimum', '10', '--format', 'csv']);
    expect(csv.stderr).toBe('');
    expect(csv.status).toBe(0);
    expect(csvRows(csv.stdout).slice(1)).toEqual([
      [
        'a.json',
        'ocds-test-a',
        'tender',
        '',
        '',
        '',
        '',
        '',
        'unknown (no-award-criteria)',
        'unknown',
      ],
      ['b.json', 'ocds-test-b', 'tender', '40', '50', '10', '0', '0', 'read', 'yes'],
    ]);
    const text = await cli(['ocds', folder, '--minimum', '10']);
    expect(text.stdout).toContain(
      'No criteria were read from the award criteria description "Price 110%, Quality 10%": it gives "Price 110%", above 100: not a weight in percentage points.',
    );
  });
});
