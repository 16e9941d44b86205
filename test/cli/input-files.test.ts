// What the command reads from files, as a user meets it: library errors name the file and, in
// a CSV, the line (1-based, the header on line 1, as a text editor numbers lines); bids and
// deliveries CSVs read money cells as pledge sheets do; a stored parse result keeps its problems;
// no output file is written when another cannot be.
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { parsePledgeSheet } from 'social-value/csv';
import { describe, expect, it } from 'vitest';
import { type CliRun, cli } from './run-cli.js';
import { tempFiles } from './temp-files.js';

const MODEL = 'examples/cli/model.json';
const SHEET = 'examples/pledge-sheet.csv';
const STACK = /^\s+at /m;
const { file, pathOf } = tempFiles('sv-cli-files-');

describe('a library error names the file and the CSV line', () => {
  it('names the line of a bad bid, counting the header and blank lines', async () => {
    // Line 1 header, line 2 blank, line 3 bid A, line 4 bid B (bids[1], the second bid).
    const bids = file('bad-price.csv', 'id,price,quality,sv\n\nA,1000000,4,50000\nB,-5,5,20000\n');
    const run = await cli(['score', MODEL, bids]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `social-value: error (invalid-input): ${bids}: Invalid bids: 1 problem.\n  - ${bids} line 4: bids[1].price: expected a number above 0, received "-5"\n`,
    );
  });

  it('names a report of a portfolio folder by the folder as given, not its absolute path', async () => {
    // The folder given as `reports` (relative): its files were named /tmp/…/reports/a.json.
    const folder = pathOf('reports');
    mkdirSync(folder);
    const report = JSON.parse(readFileSync('examples/cli/portfolio/hw-017.json', 'utf8'));
    report.lines[0].pledged = '-5';
    writeFileSync(join(folder, 'a.json'), JSON.stringify(report));
    const run = await cli(['portfolio', 'reports'], {}, pathOf('.'));
    expect([run.status, run.stdout, run.stderr]).toEqual([
      2,
      '',
      'social-value: error (invalid-input): reports/a.json: Invalid delivery report: 1 problem.\n' +
        '  - reports/a.json: contracts[0].report.lines[0].pledged: expected a number at least 0, received "-5"\n',
    ]);
    writeFileSync(join(folder, 'a.json'), '{');
    expect((await cli(['portfolio', 'reports'], {}, pathOf('.'))).stderr).toMatch(
      /^social-value: error: reports\/a\.json: line 1, column 2: not valid JSON \(/,
    );
    writeFileSync(join(folder, 'a.json'), '{"id":"a"}');
    expect((await cli(['portfolio', 'reports'], {}, pathOf('.'))).stderr).toBe(
      'social-value: error: reports/a.json: expected a delivery report (written by track --format json) or { "id", "report" }.\n',
    );
  });

  it('names the sheet line of a pledge valuePledges refuses, blank answers skipped', async () => {
    // Line 1 header, line 2 NT1 (pledges[0]), line 3 NT13 unanswered (no pledge), line 4 NT29
    // answered -5: pledges[1], so the message names line 4, not line 3.
    const sheet = file(
      'negative.csv',
      'Reference,Proxy,Answer\nNT1,30782,24\nNT13,168.72,\nNT29,16.09,-5\n',
    );
    const run = await cli(['value', sheet]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `social-value: error (invalid-input): ${sheet}: Invalid pledge: 1 problem.\n  - ${sheet} line 4: pledges[1].quantity: expected a number at least 0, received -5 (a negative impact is a positive quantity with effect: 'disbenefit')\n`,
    );
    // An accountant's negative, (1,200): the number it reads as, not "Decimal(-1200)".
    const bracketed = file('bracketed.csv', 'Reference,Proxy,Answer\nNT1,30782,"(1,200)"\n');
    expect((await cli(['value', bracketed])).stderr).toBe(
      `social-value: error (invalid-input): ${bracketed}: Invalid pledge: 1 problem.\n  - ${bracketed} line 2: pledges[0].quantity: expected a number at least 0, received -1200 (a negative impact is a positive quantity with effect: 'disbenefit')\n`,
    );
  });

  it('says which cells could not be read when the valuation then fails for want of them', async () => {
    // LibreOffice set to German saved 0.963 as "0,963" (test/fixtures/libreoffice): the proxy is
    // left blank, so NT18 (line 4) has none. Its cell comes first, then the others, 11 in all.
    const sheet = 'test/fixtures/libreoffice/european-semicolon-utf8.csv';
    const run = await cli(['value', sheet]);
    expect(run.status).toBe(2);
    const lines = run.stderr.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      `social-value: error (missing-proxy): ${sheet}: Measure NT18 has no proxy value (not monetised yet), so pledge 0 cannot be valued.`,
      `  - ${sheet} line 4: pledges[0].measure: measure "NT18" has a null proxy value`,
    ]);
    expect(lines[2]).toBe(
      '11 cells of european-semicolon-utf8.csv could not be read, which may be why:',
    );
    expect(lines[3]).toMatch(
      /^ {2}- Line 4, column "Proxy Value": "0,963" is not a number \(a decimal comma/,
    );
    expect(lines.slice(6)).toEqual(['  - … and 8 more', '']);
  });

  it('counts CRLF line ends and a cell holding a line break as an editor does', async () => {
    // Line 1 header; the first delivery's note spans lines 2 and 3 (CRLF inside the quotes);
    // the second delivery starts on line 4.
    const deliveries = file(
      'bad-date.csv',
      'measure,date,quantity,note\r\nNT1,2025-01-31,2,"two\r\nlines"\r\nNT1,2025-02-31,3,x\r\n',
    );
    const run = await cli(['track', SHEET, deliveries]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `social-value: error (invalid-input): ${deliveries}: Invalid delivery: 1 problem.\n  - ${deliveries} line 4: deliveries[1].date: expected a calendar date written YYYY-MM-DD (years 0001 to 9999), received "2025-02-31"\n`,
    );
  });

  it('reads delivery dates as a UK spreadsheet writes them, as spend ledgers do', async () => {
    // examples/cli/deliveries.csv with its dates written day first (30/09/2024, 31 Mar 2025,
    // 30.9.2025): the same report, figure for figure (£1,281,109.90 delivered by 30 September
    // 2025, every delivery counted).
    const iso = readFileSync('examples/cli/deliveries.csv', 'utf8');
    const uk = file(
      'uk-dates.csv',
      iso
        .replaceAll('2024-09-30', '30/09/2024')
        .replaceAll('2025-03-31', '31 Mar 2025')
        .replaceAll('2025-09-30', '30.9.2025'),
    );
    expect(uk).not.toBe(iso);
    const [written, asIso] = await Promise.all([
      cli(['track', SHEET, uk, '--format', 'json']),
      cli(['track', SHEET, 'examples/cli/deliveries.csv', '--format', 'json']),
    ]);
    expect(written.status).toBe(asIso.status);
    expect(written.stdout).toBe(asIso.stdout);
    expect(written.stdout).toContain('"delivered": "1281109.901"');
    expect(written.stdout).toContain('"laterDeliveryCount": 0');
    // A day no calendar has is refused as written, with the line.
    const impossible = file('no-day.csv', 'measure,date,quantity\nNT1,31/02/2025,2\n');
    const run = await cli(['track', SHEET, impossible]);
    expect([run.status, run.stderr]).toEqual([
      2,
      `social-value: error (invalid-input): ${impossible}: Invalid delivery: 1 problem.\n  - ${impossible} line 2: deliveries[0].date: expected a calendar date written YYYY-MM-DD (years 0001 to 9999), received "31/02/2025"\n`,
    ]);
  });

  it('reads a lone CR (an old Mac line end) as the end of a row, as spreadsheets do', async () => {
    // CRLF file with bid A's row ended by a lone CR: three bids, B on line 3, so B's price (not
    // a number) is named on line 3 and C's on line 4.
    const bids = file(
      'lone-cr.csv',
      'id,price,quality,sv\r\nA,1000000,4,50000\rB,lots,4,20000\r\nC,-1,4,300000\r\n',
    );
    const run = await cli(['score', MODEL, bids]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${bids} line 3: bids[1].price`);
    expect(run.stderr).toContain(`${bids} line 4: bids[2].price`);
    const ok = file(
      'lone-cr-ok.csv',
      'id,price,quality,sv\r\nA,1000000,4,50000\rB,1200000,5,20000\r\n',
    );
    const json = JSON.parse((await cli(['score', MODEL, ok, '--format', 'json'])).stdout);
    expect(json.ranking.map((bid: { bid: string }) => bid.bid).sort()).toEqual(['A', 'B']);
  });

  it('names the deliveries file for a measure pledged nowhere', async () => {
    const deliveries = file('unknown.csv', 'measure,date,quantity\n\n\nNT99,2025-01-31,2\n');
    const run = await cli(['track', SHEET, deliveries]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(
        `^social-value: error \\(unknown-measure\\): ${deliveries}: No pledge or framework measure "NT99"[^\\n]*\\n  - ${deliveries} line 4: deliveries\\[0\\]\\.measure: `,
      ),
    );
  });

  it('names the model file, not the bids, for a bad model', async () => {
    const model = file(
      'model.json',
      '{"name":"x","criteria":[{"id":"quality","kind":"quality","name":"Q","weight":100,"scoring":{"method":"scale","scale":"0-9"}}]}',
    );
    const run = await cli(['score', model, 'examples/cli/bids.csv']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      `social-value: error (invalid-input): ${model}: Invalid evaluation model: 1 problem.\n  - ${model}: model.criteria[0].scoring.scale: expected one of`,
    );
  });

  it('names the pledge sheet for rows it holds (JSON) and for the framework made from it (CSV)', async () => {
    const rows = file('rows.json', '[{"measure":"NT1","quantity":"x","proxyValue":"1"}]');
    expect((await cli(['value', rows])).stderr).toBe(
      `social-value: error (invalid-input): ${rows}: Invalid pledge sheet rows: 1 problem.\n  - ${rows}: rows[0].quantity: expected a finite number, a decimal string, a bigint or a Decimal, received "x"\n`,
    );
    // NT1 twice with two proxies: the sheet's second row of it, on line 3 (it was the
    // framework's second measure, framework.measures[1].code, with no line).
    const sheet = file(
      'dup.csv',
      'Theme,Reference,Question,Units,Proxy Value,Answer,Pledged Social Value\nJobs,NT1,q,u,100,2,200\nJobs,NT1,q,u,150,2,300\n',
    );
    const run = await cli(['value', sheet]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `social-value: error (duplicate-code): ${sheet}: Measure "NT1" is listed with two proxy values: a framework gives each measure one proxy.\n  - ${sheet} line 3: rows[1].proxyValue: expected the proxy of the first row of "NT1" (line 2), "100", received "150" (line 3)\n`,
    );
  });

  it('names the file of a JSON input: answers, a contract, one report of a portfolio folder', async () => {
    const answers = file('answers.json', '{"bogus":1}');
    expect((await cli(['assess', answers, '--model', 'svmi-public'])).stderr).toMatch(
      `social-value: error (invalid-input): ${answers}: Invalid maturity responses: 1 problem.\n  - ${answers}: responses.bogus: `,
    );
    const contract = file('contract.json', '{"contractType":"servces"}');
    expect((await cli(['requires', contract, '--policy', 'ppn0620'])).stderr).toMatch(
      `  - ${contract}: contract.contractType: `,
    );
    // The second file of the folder (in name order) is contracts[1].
    const folder = pathOf('portfolio');
    mkdirSync(folder);
    copyFileSync('examples/cli/portfolio/hw-017.json', join(folder, 'a.json'));
    writeFileSync(join(folder, 'b.json'), '{"id":"b","report":{}}');
    const run = await cli(['portfolio', folder]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(`  - ${join(folder, 'b.json')}: contracts[1].report: `);
  });

  it('names the flag of a flag’s issue, not a file or the library’s path', async () => {
    const run = await cli(['value', SHEET, '--contract-value', '-5']);
    expect(run.stderr).toBe(
      'social-value: error (invalid-input): Invalid options: 1 problem.\n  - --contract-value: expected a number at least 0.01, received "-5"\n',
    );
  });

  // Each command's flags that the library checks: the issue names the flag the user typed.
  it.each([
    [
      ['value', SHEET, '--price-year', '1800'],
      '  - --price-year: expected a number at least 1900, received 1800',
    ],
    [
      ['value', SHEET, '--years', '3', '--discount', '3.5'],
      '  - --discount: expected a rate from 0 to 1 (a fraction, not a percentage), received 3.5 (did you mean 0.035?)',
    ],
    [
      [
        'track',
        SHEET,
        'examples/cli/deliveries.csv',
        '--start',
        '2026-02-30',
        '--end',
        '2027-01-01',
      ],
      '  - --start: expected a calendar date written YYYY-MM-DD (years 0001 to 9999), received "2026-02-30"',
    ],
    [
      ['track', SHEET, 'examples/cli/deliveries.csv', '--end', '2027-01-01'],
      '  - --start: expected both start and end of the contract, or neither',
    ],
    [
      [
        'plan',
        'examples/cli/responses.json',
        '--model',
        'svmi-public',
        '--target',
        'leader',
        '--years',
        '0',
      ],
      '  - --years: expected a whole number from 1 to 50, received 0',
    ],
    [
      [
        'threshold',
        '--contract-type',
        'services',
        '--authority',
        'sub-central',
        '--date',
        '2020-02-30',
      ],
      '  - --date: expected a calendar date written YYYY-MM-DD (years 0001 to 9999), received "2020-02-30"',
    ],
    [
      [
        'check-weighting',
        '--price',
        '200',
        '--quality',
        '0',
        '--contract',
        'examples/cli/contract.json',
        '--policy',
        'statutory',
      ],
      '  - --price: expected a number at most 100, received "200"',
    ],
  ])('names the flag: %j', async (args, issue) => {
    const run = await cli(args);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')).toContain(issue);
  });

  it('names the model file, not --price, when the weights come from a model', async () => {
    const model = pathOf('heavy-model.json');
    writeFileSync(
      model,
      JSON.stringify({
        criteria: [
          {
            id: 'price',
            kind: 'price',
            name: 'Price',
            weight: 200,
            scoring: { method: 'relative-to-lowest' },
          },
        ],
      }),
    );
    const run = await cli([
      'check-weighting',
      model,
      '--contract',
      'examples/cli/contract.json',
      '--policy',
      'statutory',
    ]);
    expect(run.stderr.split('\n')).toContain(
      `  - ${model}: weights.criteria[0].weight: expected a number at most 100, received 200`,
    );
  });

  it('says which years --first-year and --years reach past 9999, of the flag', async () => {
    // 9998, 9999 and 10000: the third year is past the last year presentValue reads.
    const run = await cli(['value', SHEET, '--years', '3', '--first-year', '9998']);
    expect(run.stderr).toBe(
      'social-value: error: --first-year: expected a year whose 3 years (--years) end by 9999, received 9998.\n',
    );
    const reached = await cli(['value', SHEET, '--years', '2', '--first-year', '9998']);
    // Exit code 1 for NT18's stated value alone: the years are read.
    expect(reached.status).toBe(1);
    expect(reached.stderr).not.toContain('social-value: error');
    expect(reached.stdout).toMatch(/^9999\s+£/m);
  });

  it('names the level meant by a --target written by its name or in another case', async () => {
    const levels = 'non-compliant, follower, mature, leader, innovator';
    for (const [target, meant] of [
      ['Leader', 'leader'],
      ['Non Compliant', 'non-compliant'],
    ]) {
      const run = await cli([
        'plan',
        'examples/cli/responses.json',
        '--model',
        'svmi-public',
        '--target',
        target!,
      ]);
      expect(run.stderr).toBe(
        `social-value: error: --target: expected a .json file or a level of Social Value Maturity Index (public sector) (${levels}), received "${target}" (did you mean "${meant}"?).\n`,
      );
    }
    expect(
      (
        await cli([
          'plan',
          'examples/cli/responses.json',
          '--model',
          'svmi-public',
          '--target',
          'leadr',
        ])
      ).stderr,
    ).not.toContain('did you mean');
  });
});

describe('files as spreadsheets save them', () => {
  // One measure row and a total: 32 × £16.09 = £514.88, stated as "£ 514.88".
  const SHEET_TEXT =
    'Reference\tProxy Value\tAnswer\tPledged Social Value\r\nNT29\t16.09\t32\t£ 514.88\r\nTotal\t\t\t£ 514.88\r\n';
  const bytesFile = (name: string, bytes: Uint8Array): string => {
    const path = pathOf(name);
    writeFileSync(path, bytes);
    return path;
  };
  const statedTotal = async (path: string) => {
    const run = await cli(['reconcile', path, '--format', 'json']);
    return [run.status, run.stderr, JSON.parse(run.stdout || '{}').statedTotal];
  };

  it('reads Excel’s "Unicode Text" (UTF-16 with a byte-order mark, either byte order)', async () => {
    const le = Buffer.from(`\uFEFF${SHEET_TEXT}`, 'utf16le');
    expect(await statedTotal(bytesFile('unicode-le.txt', le))).toEqual([0, '', '514.88']);
    const be = Buffer.from(le).swap16();
    expect(await statedTotal(bytesFile('unicode-be.txt', be))).toEqual([0, '', '514.88']);
  });

  it('reads Excel’s "CSV (Comma delimited)", which is Windows-1252, £ signs and all', async () => {
    // £ is byte 0xA3 in Windows-1252; read as UTF-8 it was U+FFFD and every amount was lost.
    const ansi = Buffer.from(SHEET_TEXT.replaceAll('\t', ','), 'latin1');
    expect(ansi.includes(0xa3)).toBe(true);
    expect(await statedTotal(bytesFile('ansi.csv', ansi))).toEqual([0, '', '514.88']);
  });

  it('refuses a file too large for one string, naming it (Windows-1252 decoding aborted)', async () => {
    // Sparse files of 513 MB, over the 511.99 MB a JavaScript string can hold, and of 3 GB,
    // which was "cannot be read (ERR_FS_FILE_TOO_LARGE)": refused by their size, unread.
    for (const megabytes of [513, 3072]) {
      const path = pathOf('huge.csv');
      writeFileSync(path, 'Reference,Answer\n');
      truncateSync(path, megabytes * 2 ** 20);
      const run = await cli(['value', path]);
      rmSync(path);
      expect([run.status, run.stderr]).toEqual([
        2,
        `social-value: error: ${path}: is too large to read (${megabytes} MB; the most a file can be is 511 MB): split it into smaller files.\n`,
      ]);
    }
  });

  it('names the file that is a workbook, UTF-16 without a byte-order mark, empty or JSON', async () => {
    const xlsx = bytesFile('book.xlsx', Buffer.from('PK\u0003\u0004\u0014\u0000binary', 'latin1'));
    const xls = bytesFile('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const bare16 = bytesFile('bare16.csv', Buffer.from(SHEET_TEXT, 'utf16le'));
    const empty = file('empty.csv', '');
    const json = file('sheet.csv', '{"rows": []}');
    const runs: CliRun[] = [];
    for (const path of [xlsx, xls, bare16, empty, json]) runs.push(await cli(['value', path]));
    expect(runs.map((run) => run.status)).toEqual([2, 2, 2, 2, 2]);
    expect(runs[0]?.stderr).toBe(
      `social-value: error: ${xlsx}: is a spreadsheet workbook (.xlsx or .ods), not a CSV or JSON file: save the sheet as "CSV UTF-8" and give that file.\n`,
    );
    expect(runs[1]?.stderr).toBe(
      `social-value: error: ${xls}: is a spreadsheet workbook (Excel 97-2003 .xls), not a CSV or JSON file: save the sheet as "CSV UTF-8" and give that file.\n`,
    );
    expect(runs[2]?.stderr).toBe(
      `social-value: error: ${bare16}: holds NUL characters, so it is not text in UTF-8 (UTF-16 without a byte-order mark?): save it as "CSV UTF-8" and give that file.\n`,
    );
    expect(runs[3]?.stderr).toMatch(
      new RegExp(
        `^social-value: error \\(invalid-input\\): ${empty}: Invalid pledge sheet: the file is empty \\(no text\\)\\.`,
      ),
    );
    expect(runs[4]?.stderr).toBe(
      `social-value: error: ${json}: holds JSON, not CSV: give it a .json name to read it as JSON.\n`,
    );
    // Bids and deliveries CSVs too.
    expect((await cli(['score', MODEL, json])).stderr).toBe(runs[4]?.stderr);
  });

  it('says a JSON file with no text (or a byte-order mark and spaces alone) is empty', async () => {
    // Before: "not valid JSON (Unexpected end of JSON input)".
    for (const text of ['', '\uFEFF', ' \r\n\t']) {
      const model = file('model.json', text);
      const run = await cli(['score', model, 'examples/cli/bids.csv']);
      expect([run.status, run.stderr]).toEqual([
        2,
        `social-value: error: ${model}: is empty (no text): expected JSON.\n`,
      ]);
    }
  });
});

describe('malformed JSON is named at its line and column', () => {
  it('says where: the position JSON.parse gives, or the token it quotes, or the end', async () => {
    const runs: [string[], string, string][] = [
      // Line 4 is `    { "id": "q", }`: the `}` is its 18th character.
      [
        ['score', 'model.json', 'examples/cli/bids.csv'],
        '{\n  "name": "x",\n  "criteria": [\n    { "id": "q", }\n  ]\n}\n',
        'line 4, column 18: not valid JSON (Expected double-quoted property name).',
      ],
      // CRLF lines; line 3 is `   "quality": x}`, x the 15th character (JSON.parse gives no position).
      [
        ['score', MODEL, 'bids.json'],
        '[\r\n  {"id": "A", "price": 1000000,\r\n   "quality": x}\r\n]\r\n',
        "line 3, column 15: not valid JSON (Unexpected token 'x').",
      ],
      // Cut short: the end, after the 16 characters of line 2 (`  "quantity": tr`).
      [
        ['track', 'examples/cli/highways-pledges.csv', 'deliveries.json'],
        '[{"measure": "NT1",\n  "quantity": tr',
        'line 2, column 17: not valid JSON (Unexpected end of JSON input).',
      ],
      // Characters, not UTF-16 units: 😀 is one; the x is the 16th.
      [
        ['portfolio', 'examples/cli/portfolio', '--targets', 'targets.json'],
        '{"name": "😀é", x}',
        'line 1, column 16: not valid JSON (Expected double-quoted property name).',
      ],
      // A stored valuation given to track, a stray `}` starting its third line.
      [
        ['track', 'valuation.json', 'examples/cli/highways-deliveries.csv'],
        '{"kind": "valuation"}\n\n} 2',
        'line 3, column 1: not valid JSON (Unexpected non-whitespace character after JSON).',
      ],
    ];
    for (const [args, text, said] of runs) {
      const name = args.find((arg) => !arg.includes('/') && arg.endsWith('.json'))!;
      const path = file(name, text);
      const run = await cli(args.map((arg) => (arg === name ? path : arg)));
      expect([run.status, run.stdout, run.stderr]).toEqual([
        2,
        '',
        `social-value: error: ${path}: ${said}\n`,
      ]);
    }
  });
});

describe('bids and deliveries CSVs read money cells as pledge sheets do', () => {
  it('refuses two columns with one header, which kept only the second’s cells', async () => {
    // A's social value was read as 1 (the second "sv" column), not 50,000.
    const bids = file('twice.csv', 'id,price,quality,sv,SV \nA,1000000,4,50000,1\n');
    const run = await cli(['score', MODEL, bids]);
    expect([run.status, run.stdout, run.stderr]).toEqual([
      2,
      '',
      `social-value: error: ${bids} line 1: columns 4 and 5 have the same header ("sv", "SV"): rename or remove one, as only one of their cells could be read.\n`,
    ]);
    const deliveries = file(
      'twice-deliveries.csv',
      '\nmeasure,date,quantity,Quantity\nNT1,2025-01-31,2,3\n',
    );
    expect((await cli(['track', SHEET, deliveries])).stderr).toBe(
      `social-value: error: ${deliveries} line 2: columns 3 and 4 have the same header ("quantity", "Quantity"): rename or remove one, as only one of their cells could be read.\n`,
    );
  });

  it('refuses a cell past the header, which unquoted commas in an amount put there', async () => {
    // docs/cli.md "Bids (CSV)": "£1,000,000" must be quoted. Unquoted, A's price was read as £1,
    // its quality as 0 and its social value as 0, and "4" and "50000" were dropped (exit 0).
    const bids = file(
      'unquoted.csv',
      'id,price,quality,sv\nA,£1,000,000,4,50000\nB,1200000,5,20000\n',
    );
    const run = await cli(['score', MODEL, bids]);
    expect([run.status, run.stdout, run.stderr]).toEqual([
      2,
      '',
      `social-value: error: ${bids} line 2: column 5 holds "4", but the header (line 1) names no column 5: quote a cell holding commas ("£1,000,000"), name the column, or remove a title line above the header.\n`,
    ]);
    // A title line above the header was read as the header: say so.
    const titled = file('titled.csv', 'Tender returns\nid,price,quality,sv\nA,1000000,4,50000\n');
    expect((await cli(['score', MODEL, titled])).stderr).toBe(
      `social-value: error: ${titled} line 2: column 2 holds "price", but the header (line 1) names no column 2: quote a cell holding commas ("£1,000,000"), name the column, or remove a title line above the header.\n`,
    );
    // Under an empty header too; empty trailing cells (as spreadsheets export) stay fine.
    const deliveries = file(
      'unheaded-deliveries.csv',
      'measure,date,quantity,,\nNT1,2025-01-31,2,,\nNT1,2025-02-28,1,000,\n',
    );
    expect((await cli(['track', SHEET, deliveries])).stderr).toBe(
      `social-value: error: ${deliveries} line 3: column 4 holds "000", but the header (line 1) names no column 4: quote a cell holding commas ("£1,000,000"), name the column, or remove a title line above the header.\n`,
    );
  });

  it('reads headers written in another case or spacing (ID, Price, SV)', async () => {
    // The same bids as examples/cli/bids.csv under headers a spreadsheet user might type: the
    // same evaluation ("ID" was "missing", "Price" not a criterion of the model).
    const bids = file(
      'headers.csv',
      ' ID ,PRICE,Quality, SV\nA,1000000,4,50000\nB,1200000,5,20000\nC,1050000,4,300000\n',
    );
    const run = await cli(['score', MODEL, bids, '--format', 'json']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(
      (await cli(['score', MODEL, 'examples/cli/bids.csv', '--format', 'json'])).stdout,
    );
  });

  it('names a misspelt price or id header, not only an unknown criterion', async () => {
    // Before, "prcie" was refused as "expected a criterion id of the model" on every line, and
    // the missing price went unsaid.
    const bids = file('prcie.csv', 'id,prcie,quality,sv\nA,1000000,4,50000\n');
    expect((await cli(['score', MODEL, bids])).stderr).toBe(
      `social-value: error: ${bids}: no column "price", and column "prcie" is no criterion of the model (did you mean "price"?).\n`,
    );
    const ids = file('idd.csv', 'idd,price,quality,sv\nA,1000000,4,50000\n');
    expect((await cli(['score', MODEL, ids])).stderr).toBe(
      `social-value: error: ${ids}: no column "id", and column "idd" is no criterion of the model (did you mean "id"?).\n`,
    );
  });

  it('says the model comes first when the files are swapped', async () => {
    // Before: "bids.csv: not valid JSON (Unexpected token…)", and "model.json: expected a list
    // of bids" for a JSON list given as the model.
    const swapped = '(the model comes first: social-value score <model.json> <bids>)';
    expect((await cli(['score', 'examples/cli/bids.csv', MODEL])).stderr).toBe(
      `social-value: error: examples/cli/bids.csv: expected the evaluation model (.json) ${swapped}.\n`,
    );
    expect((await cli(['score', 'examples/cli/bids.json', MODEL])).stderr).toBe(
      `social-value: error: examples/cli/bids.json: holds a list (bids?), not an evaluation model ${swapped}.\n`,
    );
  });

  it('refuses a bids file without bids, not "No bid qualifies." and exit 0', async () => {
    const header = file('header-only.csv', 'id,price,quality,sv\n\n');
    expect(await cli(['score', MODEL, header])).toMatchObject({
      status: 2,
      stdout: '',
      stderr: `social-value: error: ${header}: holds no bids (for a CSV, no row below the header).\n`,
    });
    const list = file('no-bids.json', '{ "bids": [] }');
    expect((await cli(['score', MODEL, list])).stderr).toBe(
      `social-value: error: ${list}: holds no bids (for a CSV, no row below the header).\n`,
    );
  });

  it('reads sub-criteria headers in another case too (Q1 for q1)', async () => {
    // docs/cli.md "Bids (CSV)": one column per criterion scored from a response, headers in any
    // case. q1 (40, 0-5) and q2 (30, 0-4), price 30 relative to the lowest (docs/evaluation.md
    // "Scores"): A 3/5 × 40 + 4/4 × 30 + 80/100 × 30 = 24 + 30 + 24 = 78; B 40 + 7.5 + 30 = 77.5.
    const model = file(
      'sub-model.json',
      JSON.stringify({
        criteria: [
          {
            id: 'q',
            kind: 'quality',
            weight: 70,
            subCriteria: [
              { id: 'q1', weight: 40, scoring: { method: 'scale', scale: '0-5' } },
              { id: 'q2', weight: 30, scoring: { method: 'scale', scale: '0-4' } },
            ],
          },
          { id: 'p', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
        ],
      }),
    );
    const bids = file('sub-bids.csv', 'ID,Price,Q1, q2 \nA,100,3,4\nB,80,5,1\n');
    const run = await cli(['score', model, bids, '--format', 'csv']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(
      'Rank,Bid,Price,q (70),p (30),Total,Status\r\n1,A,100,54,24,78,winner\r\n2,B,80,47.5,30,77.5,ranked\r\n',
    );
  });

  it('scores £1,200,000-style cells as the plain figures', async () => {
    const plain = file('plain.csv', 'id,price,quality,sv\nA,1200000,4,50000\nB,1000000,3,20000\n');
    const money = file(
      'money.csv',
      'id,price,quality,sv\nA,"£1,200,000",4,"£ 50,000.00"\nB,"1 000 000",3,"£20,000"\n',
    );
    const expected = await cli(['score', MODEL, plain, '--format', 'json']);
    const got = await cli(['score', MODEL, money, '--format', 'json']);
    expect(got.status).toBe(0);
    expect(got.stdout).toBe(expected.stdout);
  });

  it('still refuses an ambiguous cell, as written, at its line', async () => {
    const bids = file('ambiguous.csv', 'id,price,quality,sv\nA,(-5),4,"1,20,0"\n');
    const run = await cli(['score', MODEL, bids]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(`  - ${bids} line 2: bids[0].price: `);
    expect(run.stderr).toMatch(/received "\(-5\)"/);
    expect(run.stderr).toMatch(`  - ${bids} line 2: bids[0].responses.sv: `);
    expect(run.stderr).toMatch(/received "1,20,0"/);
  });

  it("reads a bid id written '=A as =A, and refuses a price written '+5 as written", async () => {
    const plain = file(
      'formula-plain.csv',
      'id,price,quality,sv\n=A,1000000,4,50000\nB,1200000,5,20000\n',
    );
    const neutralised = file(
      'formula-neutralised.csv',
      "id,price,quality,sv\n'=A,1000000,4,50000\nB,1200000,5,20000\n",
    );
    const expected = await cli(['score', MODEL, plain, '--format', 'json']);
    const got = await cli(['score', MODEL, neutralised, '--format', 'json']);
    expect([got.status, got.stderr]).toEqual([0, '']);
    expect(got.stdout).toBe(expected.stdout);
    expect(got.stdout).toContain('"=A"');
    const price = file('formula-price.csv', "id,price,quality,sv\nA,'+1000000,4,50000\n");
    const run = await cli(['score', MODEL, price]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(`  - ${price} line 2: bids[0].price: `);
    expect(run.stderr).toMatch(/received "'\+1000000"/);
  });

  it('tracks a delivered quantity written 1,000 as 1000', async () => {
    const plain = file('plain-deliveries.csv', 'measure,date,quantity\nNT18,2025-01-01,1000\n');
    const grouped = file(
      'grouped-deliveries.csv',
      'measure,date,quantity\nNT18,2025-01-01,"1,000"\n',
    );
    const expected = await cli(['track', SHEET, plain, '--format', 'json']);
    const got = await cli(['track', SHEET, grouped, '--format', 'json']);
    // 1 for the sheet's NT18 stated ten times too large, as with the plain file.
    expect([got.status, got.stderr]).toEqual([expected.status, expected.stderr]);
    expect(got.status).toBe(1);
    expect(got.stdout).toBe(expected.stdout);
  });
  it('refuses 1,125 in a semicolon-separated file (1.125 or 1125?), and reads 1,125.00', async () => {
    // A spreadsheet set to German saves 1.125 as "1,125" with ";" between cells: read as 1125 a
    // price or a quantity would be a thousand times what was meant.
    const bids = file('semicolon-bids.csv', 'id;price;quality;sv\nA;1,125;4;50000\n');
    const run = await cli(['score', MODEL, bids]);
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(
      `social-value: error: ${bids} line 2: column "price" holds "1,125", which is not a number (in a semicolon-separated sheet, as a spreadsheet set to a European language saves one, a comma may be a decimal comma: write 1.125 or 1125, whichever it means).\n`,
    );
    const deliveries = file(
      'semicolon-deliveries.csv',
      'measure;date;quantity\nNT18;2025-01-01;1,000\n',
    );
    expect((await cli(['track', SHEET, deliveries])).stderr).toMatch(
      /line 2: column "quantity" holds "1,000", which is not a number .*write 1 or 1000/,
    );
    const plain = file('comma-bids.csv', 'id,price,quality,sv\nA,1125,4,50000\nB,1200,3,20000\n');
    const pointed = file(
      'semicolon-pointed.csv',
      'id;price;quality;sv\nA;1,125.00;4;50000\nB;1200;3;20000\n',
    );
    const expected = await cli(['score', MODEL, plain, '--format', 'json']);
    const got = await cli(['score', MODEL, pointed, '--format', 'json']);
    expect([got.status, got.stderr]).toEqual([0, '']);
    expect(got.stdout).toBe(expected.stdout);
  });
});

describe('a pledge sheet without rows', () => {
  it('refuses a pledge sheet without rows, not £0.00 and exit 0, as score refuses no bids', async () => {
    // A header alone (and a blank line); then a header and a total row but no measure row.
    const header = file('header-only-sheet.csv', 'Reference,Proxy Value,Answer\n\n');
    const totalled = file(
      'total-only-sheet.csv',
      'Reference,Proxy Value,Answer,Value\nTotal,,,100\n',
    );
    const refused = (sheet: string) => ({
      status: 2,
      stdout: '',
      stderr: `social-value: error: ${sheet}: holds no pledge rows (for a CSV, no measure row below the header).\n`,
    });
    for (const command of ['value', 'reconcile']) {
      expect(await cli([command, header])).toMatchObject(refused(header));
      expect(await cli([command, totalled])).toMatchObject(refused(totalled));
    }
    expect(await cli(['track', header, 'examples/cli/deliveries.csv'])).toMatchObject(
      refused(header),
    );
    // JSON: an empty list of rows, or the stored result of parsing a header alone.
    const list = file('no-rows.json', '{ "rows": [] }');
    expect(await cli(['value', list])).toMatchObject(refused(list));
    const stored = file(
      'no-rows-parsed.json',
      JSON.stringify(parsePledgeSheet('Reference,Proxy Value,Answer\n')),
    );
    expect(await cli(['reconcile', stored])).toMatchObject(refused(stored));
  });
});

describe('a stored parse result keeps its problems', () => {
  it('reports the problems of a JSON pledge sheet as of the CSV it was read from', async () => {
    const csv =
      'Theme,Reference,Question,Units,Proxy Value,Answer,Pledged Social Value\nJobs,NT1,q,u,abc,2,200\nJobs,NT2,q,u,10,3,30\n';
    const csvFile = file('problem.csv', csv);
    const jsonFile = file('problem.json', JSON.stringify(parsePledgeSheet(csv)));
    const fromCsv = await cli(['reconcile', csvFile, '--format', 'md']);
    const fromJson = await cli(['reconcile', jsonFile, '--format', 'md']);
    // The proxy cell "abc" is an error: exit code 1 from either file.
    expect(fromCsv.status).toBe(1);
    expect(fromJson.status).toBe(1);
    const problem = 'error: Line 2, column "Proxy Value": "abc" is not a number; it is left blank.';
    expect(fromCsv.stdout).toContain(problem);
    expect(fromJson.stdout).toContain(problem);
    expect(fromJson.stdout.replaceAll(jsonFile, csvFile)).toBe(fromCsv.stdout);
  });

  it('refuses a stored parse result with a bad problem, naming the file', async () => {
    const sheet = parsePledgeSheet('Reference,Proxy Value,Answer\nNT1,abc,2\n');
    const bad = JSON.parse(JSON.stringify(sheet));
    bad.problems[0].severity = 'fatal';
    const jsonFile = file('bad-problem.json', JSON.stringify(bad));
    const run = await cli(['reconcile', jsonFile]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(`${jsonFile}: json.problems[0].severity: `);
    expect(run.stderr).not.toMatch(STACK);
  });
});

describe('no output file is written when another cannot be', () => {
  it('writes the format --out ends in, unless --format says', async () => {
    // `--out report.html` wrote the plain-text report into report.html.
    const html = pathOf('report.HTML');
    expect((await cli(['score', MODEL, 'examples/cli/bids.csv', '--out', html])).status).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/);
    const csv = pathOf('report.csv');
    await cli(['score', MODEL, 'examples/cli/bids.csv', '--out', csv]);
    expect(readFileSync(csv, 'utf8')).toMatch(/^Rank,Bid,Price,/);
    const said = pathOf('said.csv');
    await cli(['score', MODEL, 'examples/cli/bids.csv', '--out', said, '--format', 'text']);
    expect(readFileSync(said, 'utf8')).toMatch(/^Tender evaluation: /);
  });

  it('refuses an output naming a file the command reads, leaving it as it was', async () => {
    // `--out bids.csv` replaced the bids with the report, and `--chart model.json` the model
    // with an SVG (exit 0).
    const bids = file('own-bids.csv', readFileSync('examples/cli/bids.csv', 'utf8'));
    const model = file('own-model.json', readFileSync(MODEL, 'utf8'));
    const out = await cli(['score', model, bids, '--out', bids, '--format', 'csv']);
    expect([out.status, out.stdout, out.stderr]).toEqual([
      2,
      '',
      `social-value: error: --out: ${bids} is a file this command reads: writing the output there would replace it; give another file.\n`,
    ]);
    // Named another way, and as an option's file (--contract, --policy).
    const chart = `${pathOf('.')}/./own-model.json`;
    expect((await cli(['score', model, bids, '--chart', chart])).stderr).toBe(
      `social-value: error: --chart: ${chart} is a file this command reads: writing the output there would replace it; give another file.\n`,
    );
    const contract = file('own-contract.json', readFileSync('examples/cli/contract.json', 'utf8'));
    expect(
      (await cli(['requires', contract, '--policy', 'southend2021', '--out', contract])).status,
    ).toBe(2);
    expect(readFileSync(bids, 'utf8')).toBe(readFileSync('examples/cli/bids.csv', 'utf8'));
    expect(readFileSync(model, 'utf8')).toBe(readFileSync(MODEL, 'utf8'));
    expect(readFileSync(contract, 'utf8')).toBe(readFileSync('examples/cli/contract.json', 'utf8'));
  });

  it('refuses an output that is a file the command reads under another name: a hard link', async () => {
    // A hard link, as a file named in another case on a disk that ignores case (macOS, Windows:
    // `--out Sheet.csv` for `sheet.csv`), is the same file under another path: the report
    // replaced the sheet (exit code 1, "Wrote …").
    const sheet = file('linked-sheet.csv', readFileSync(SHEET, 'utf8'));
    const link = pathOf('linked-sheet-2.csv');
    linkSync(sheet, link);
    const run = await cli(['reconcile', sheet, '--out', link, '--format', 'csv']);
    expect([run.status, run.stdout, run.stderr]).toEqual([
      2,
      '',
      `social-value: error: --out: ${link} is a file this command reads: writing the output there would replace it; give another file.\n`,
    ]);
    expect(readFileSync(sheet, 'utf8')).toBe(readFileSync(SHEET, 'utf8'));
    // Two outputs naming one file through a link: the second would replace the first.
    const report = file('linked-report.md', '');
    const chart = pathOf('linked-report-2.svg');
    linkSync(report, chart);
    expect((await cli(['reconcile', SHEET, '--out', report, '--chart', chart])).stderr).toBe(
      `social-value: error: --out and --chart name the same file (${chart}): give each its own.\n`,
    );
  });

  it('refuses a chart named as another type of file, writing nothing', async () => {
    // `--chart chart.png` wrote SVG text into chart.png, which no image viewer opens as a PNG.
    const png = pathOf('chart.png');
    const out = pathOf('with-png.html');
    const run = await cli(['value', SHEET, '--chart', png, '--out', out]);
    expect([run.status, run.stdout, run.stderr]).toEqual([
      2,
      '',
      `social-value: error: --chart: ${png} names a .png file, but the chart is an SVG image: give a name ending in .svg.\n`,
    ]);
    expect([existsSync(png), existsSync(out)]).toEqual([false, false]);
    const benchmark = pathOf('benchmark.pdf');
    expect(
      (await cli(['value', SHEET, '--contract-value', '12000000', '--benchmark-chart', benchmark]))
        .stderr,
    ).toBe(
      `social-value: error: --benchmark-chart: ${benchmark} names a .pdf file, but the chart is an SVG image: give a name ending in .svg.\n`,
    );
    // Any case of .svg, and a name without an extension, are written as given.
    const upper = pathOf('CHART.SVG');
    expect((await cli(['reconcile', SHEET, '--chart', upper])).status).toBe(1);
    expect(readFileSync(upper, 'utf8')).toMatch(/^<svg /);
  });

  it('refuses an empty folder name, which would be the working folder', async () => {
    expect(await cli(['portfolio', ''])).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'social-value: error: <folder>: expected a folder of delivery reports (.json), received "".\n',
    });
  });

  it('refuses an output naming a report in the folder portfolio reads', async () => {
    // `portfolio reports --out reports/hw-017.json` replaced a delivery report with the summary.
    const folder = pathOf('own-portfolio');
    mkdirSync(folder);
    for (const name of ['hw-017.json', 'sv-004.json']) {
      copyFileSync(join('examples/cli/portfolio', name), join(folder, name));
    }
    const report = join(folder, 'hw-017.json');
    const run = await cli(['portfolio', folder, '--out', report, '--format', 'json']);
    expect([run.status, run.stdout, run.stderr]).toEqual([
      2,
      '',
      `social-value: error: --out: ${report} is a file this command reads: writing the output there would replace it; give another file.\n`,
    ]);
    expect(readFileSync(report, 'utf8')).toBe(
      readFileSync('examples/cli/portfolio/hw-017.json', 'utf8'),
    );
    // A new file beside the reports is no input.
    const summary = pathOf('portfolio-summary.json');
    expect((await cli(['portfolio', folder, '--out', summary, '--format', 'json'])).status).toBe(0);
  });

  it('writes no --chart when --out names a missing folder', async () => {
    const chart = pathOf('chart.svg');
    const out = pathOf(join('no', 'such', 'out.html'));
    const run = await cli(['value', SHEET, '--chart', chart, '--out', out, '--format', 'html']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `social-value: error: ${out}: cannot be written (its folder does not exist).\n`,
    );
    expect(existsSync(chart)).toBe(false);
  });

  it('says a folder on the path is a file, and refuses an empty file name', async () => {
    // "its folder does not exist" was said of a folder that is a file, and ": cannot be
    // written (is a folder)" of an empty name.
    const out = join(SHEET, 'out.csv');
    expect((await cli(['value', SHEET, '--out', out])).stderr).toBe(
      `social-value: error: ${out}: cannot be written (a folder on its path is a file).\n`,
    );
    const empty = await cli(['value', SHEET, '--out', '']);
    expect([empty.status, empty.stderr]).toEqual([
      2,
      'social-value: error: an output file name is empty (--out "", --chart ""): give a file name.\n',
    ]);
  });

  it('writes neither chart when --benchmark-chart names a folder', async () => {
    const folder = pathOf('a-folder');
    mkdirSync(folder, { recursive: true });
    const chart = pathOf('chart2.svg');
    const out = pathOf('out2.html');
    const run = await cli([
      'value',
      SHEET,
      '--contract-value',
      '12000000',
      '--chart',
      chart,
      '--out',
      out,
      '--benchmark-chart',
      folder,
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`social-value: error: ${folder}: cannot be written (is a folder).\n`);
    expect(existsSync(chart)).toBe(false);
    expect(existsSync(out)).toBe(false);
  });
});

describe('a stored result of another kind given for a pledge sheet', () => {
  it('names its kind, and for a valuation what to give instead', async () => {
    // `value --format json` writes the valuation (exit code 1: the sample sheet has a slip).
    const valued = await cli(['value', SHEET, '--format', 'json']);
    expect(JSON.parse(valued.stdout).kind).toBe('valuation');
    const valuation = file('valuation.json', valued.stdout);
    for (const command of ['reconcile', 'value']) {
      const run = await cli([command, valuation]);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(
        `social-value: error: ${valuation}: expected a pledge sheet: a list of rows, { "rows": [...], "statedTotal": ... } or the stored result of parsePledgeSheet, received a result of kind "valuation": a stored valuation is the result of valuing a sheet, not one; give the pledge sheet it was made from (track reads a stored valuation as its pledges).\n`,
      );
    }
    const framework = file('framework.json', JSON.stringify({ kind: 'framework', id: 'f' }));
    expect((await cli(['reconcile', framework])).stderr).toBe(
      `social-value: error: ${framework}: expected a pledge sheet: a list of rows, { "rows": [...], "statedTotal": ... } or the stored result of parsePledgeSheet, received a result of kind "framework".\n`,
    );
  });
});

describe('a file of another kind given as deliveries', () => {
  it('names the kind received, and for a valuation where it goes', async () => {
    // `track sheet.csv valuation.json` said only "expected a list of deliveries.".
    const valued = await cli(['value', SHEET, '--format', 'json']);
    const valuation = file('deliveries-valuation.json', valued.stdout);
    const run = await cli(['track', SHEET, valuation]);
    expect([run.status, run.stdout, run.stderr]).toEqual([
      2,
      '',
      `social-value: error: ${valuation}: expected a list of deliveries, received a result of kind "valuation": a stored valuation is read as the pledges (the first file), not as deliveries.\n`,
    ]);
    const report = file('deliveries-report.json', JSON.stringify({ kind: 'delivery-report' }));
    expect((await cli(['track', SHEET, report])).stderr).toBe(
      `social-value: error: ${report}: expected a list of deliveries, received a result of kind "delivery-report".\n`,
    );
    const other = file('deliveries-object.json', '{ "measure": "NT1" }');
    expect((await cli(['track', SHEET, other])).stderr).toBe(
      `social-value: error: ${other}: expected a list of deliveries, received {"measure":"NT1"}.\n`,
    );
    const number = file('deliveries-number.json', '5');
    expect((await cli(['track', SHEET, number])).stderr).toBe(
      `social-value: error: ${number}: expected a list of deliveries, received 5.\n`,
    );
  });
});

describe('a file of another kind given as bids', () => {
  it('names the kind received, as track names its deliveries', async () => {
    // `score model.json valuation.json` said only "expected a list of bids, or { "bids": [...] }.".
    const valued = await cli(['value', SHEET, '--format', 'json']);
    const valuation = file('bids-valuation.json', valued.stdout);
    const run = await cli(['score', 'examples/cli/model.json', valuation]);
    expect([run.status, run.stdout, run.stderr]).toEqual([
      2,
      '',
      `social-value: error: ${valuation}: expected a list of bids, or { "bids": [...] }, received a result of kind "valuation".\n`,
    ]);
    const number = file('bids-number.json', '5');
    expect((await cli(['score', 'examples/cli/model.json', number])).stderr).toBe(
      `social-value: error: ${number}: expected a list of bids, or { "bids": [...] }, received 5.\n`,
    );
  });
});

describe('a stored result given as maturity answers', () => {
  it('is refused naming its kind, not key by key', async () => {
    // A stored valuation given to assess (or as plan's --target) was 18 problems, one per key
    // of the valuation ("responses.framework.name: unknown key (did you mean "note"?)", …).
    const valued = await cli(['value', SHEET, '--format', 'json']);
    const valuation = file('answers-valuation.json', valued.stdout);
    const problem = `social-value: error: ${valuation}: expected answers per theme ({ "theme id": "level id" or { "met", "level", "evidence", "note" } }), received a result of kind "valuation".\n`;
    const assess = await cli(['assess', valuation, '--model', 'svmi-public']);
    expect([assess.status, assess.stdout, assess.stderr]).toEqual([2, '', problem]);
    const plan = await cli([
      'plan',
      'examples/cli/responses.json',
      '--model',
      'svmi-public',
      '--target',
      valuation,
    ]);
    expect([plan.status, plan.stderr]).toEqual([2, problem]);
  });
});

describe('a JSON number JSON.parse cannot hold as written', () => {
  const exact =
    '(a JSON number keeps about 16 significant digits, from about 5e-324 to 1.8e308): write it as text';

  it('is refused at its line, not read as another figure', async () => {
    // Before: the weights were read as 33.333333333333336 each, and the check failed (exit
    // code 1) with "The weights sum to 100.000000000000008 points", figures the file never held.
    const model = file(
      'thirds.json',
      `{
  "name": "Thirds",
  "criteria": [
    { "id": "price", "kind": "price", "weight": 33.333333333333333333, "scoring": { "method": "relative-to-lowest" } },
    { "id": "q", "kind": "quality", "weight": "33.333333333333333333", "scoring": { "method": "scale", "scale": "0-5" } },
    { "id": "sv", "kind": "social-value", "weight": "33.333333333333333334", "scoring": { "method": "scale", "scale": "0-5" } }
  ]
}
`,
    );
    const contract = file(
      'contract.json',
      '{"contractType":"services","authority":"central-government","value":500000,"vatBasis":"inclusive","commencedOn":"2026-03-01"}',
    );
    const run = await cli(['check-weighting', model, '--contract', contract, '--policy', 'ppn002']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `social-value: error: ${model} line 4: the number 33.333333333333333333 would be read as 33.333333333333336 ${exact}, "33.333333333333333333", which is read exactly.\n`,
    );
    // Written as text, the weights are read exactly and sum to 100.
    const asText = file(
      'thirds-text.json',
      readFileSync(model, 'utf8').replace(
        '"weight": 33.333333333333333333',
        '"weight": "33.333333333333333333"',
      ),
    );
    expect(
      (await cli(['check-weighting', asText, '--contract', contract, '--policy', 'ppn002'])).status,
    ).toBe(0);
  });

  it('refuses a value one penny below a threshold that would read as the threshold, and numbers out of range', async () => {
    // Before: 207719.999999999999999 was read as 207720, at the threshold: "required".
    const below = file(
      'below.json',
      '{"contractType":"services","authority":"sub-central","vatBasis":"inclusive","commencedOn":"2026-06-01",\r\n"value":207719.999999999999999}',
    );
    expect((await cli(['requires', below, '--policy', 'statutory'])).stderr).toBe(
      `social-value: error: ${below} line 2: the number 207719.999999999999999 would be read as 207720 ${exact}, "207719.999999999999999", which is read exactly.\n`,
    );
    // Before: "received Infinity" (the file says 1e400), and 1e-400 was read as a VAT rate of 0.
    const huge = file(
      'huge.json',
      '{"contractType":"services","authority":"sub-central","vatBasis":"exclusive","commencedOn":"2026-06-01","value":1e400}',
    );
    expect((await cli(['requires', huge, '--policy', 'statutory'])).stderr).toContain(
      `${huge} line 1: the number 1e400 would be read as Infinity `,
    );
    const tiny = file(
      'tiny.json',
      '{"contractType":"services","authority":"sub-central","vatBasis":"exclusive","commencedOn":"2026-06-01","value":1,"vatRate":1e-400}',
    );
    expect((await cli(['requires', tiny, '--policy', 'statutory'])).stderr).toContain(
      `${tiny} line 1: the number 1e-400 would be read as 0 `,
    );
  });

  it('reads numbers a JSON number holds, and digits inside text, as before', async () => {
    const contract = file(
      'exact.json',
      '{"contractType":"services","authority":"sub-central","vatBasis":"exclusive","commencedOn":"2026-06-01","value":1.7310000000000e5,"name":"Lot 12345678901234567890","vatRate":0.2}',
    );
    const run = await cli(['requires', contract, '--policy', 'statutory', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).statutoryThreshold.value).toBe('207720');
  });
});

describe('a JSON file with a key given twice in one object', () => {
  const checkWeighting = (model: string) =>
    cli([
      'check-weighting',
      model,
      '--contract',
      file(
        'contract-twice.json',
        '{"contractType":"services","authority":"sub-central","vatBasis":"exclusive","commencedOn":"2026-06-01","value":1}',
      ),
      '--policy',
      'ppn002',
    ]);

  it('is refused at the second, naming the first line, not read as the last', async () => {
    // Before: JSON.parse kept the last weight (60), and the check passed on weights the
    // writer may not have meant; the 40 written first was lost without a word.
    const model = file(
      'weight-twice.json',
      `{
  "name": "Twice",
  "criteria": [
    { "id": "price", "kind": "price", "weight": 40,
      "scoring": { "method": "relative-to-lowest" }, "weight": 60 },
    { "id": "q", "kind": "quality", "weight": 40, "scoring": { "method": "scale", "scale": "0-5" } }
  ]
}
`,
    );
    const run = await checkWeighting(model);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `social-value: error: ${model} line 5: the key "weight" is given twice in one object (first on line 4); JSON keeps only the last, so give it once.\n`,
    );
  });

  it('compares keys as JSON reads them, escapes included, and allows one key in many objects', async () => {
    const escaped = file(
      'escaped-twice.json',
      '{"contractType":"services","authority":"sub-central","vatBasis":"exclusive","commencedOn":"2026-06-01",\n"value":1,\n"v\\u0061lue":2}',
    );
    expect((await cli(['requires', escaped, '--policy', 'statutory'])).stderr).toBe(
      `social-value: error: ${escaped} line 3: the key "value" is given twice in one object (first on line 2); JSON keeps only the last, so give it once.\n`,
    );
    // The same keys in sibling and nested objects, and a value that reads like a key, are fine.
    const model = file(
      'keys-apart.json',
      '{"name":"value","criteria":[{"id":"price","kind":"price","weight":50,"scoring":{"method":"relative-to-lowest"}},{"id":"q","kind":"quality","weight":50,"scoring":{"method":"scale","scale":"0-5"}}]}',
    );
    const run = await checkWeighting(model);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
