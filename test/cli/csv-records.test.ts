// Bids and deliveries CSVs as Excel saves them: its shortened numbers (`1.23E+06`) are refused,
// and its `sep=;` first line declares the delimiter.
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, spawnCli } from './run-cli.js';
import { tempFiles } from './temp-files.js';

const MODEL = 'examples/cli/model.json';
const { file } = tempFiles('sv-cli-records-');

/** `track` of the example pledge sheet with `deliveries`, over its contract period. */
const trackArgs = (deliveries: string) => [
  'track',
  'examples/pledge-sheet.csv',
  deliveries,
  '--start',
  '2024-04-01',
  '--end',
  '2027-03-31',
];

/** The value delivered against NT1 when `track` reads the example pledge sheet with `deliveries`. */
async function deliveredOfNt1(deliveries: string): Promise<string | undefined> {
  const track = await cli([...trackArgs(deliveries), '--format', 'json']);
  expect(track.stderr).not.toContain('error');
  const report = JSON.parse(track.stdout) as { lines: { measure: string; delivered: string }[] };
  return report.lines.find((line) => line.measure === 'NT1')?.delivered;
}

describe("Excel's shortened numbers in bids and deliveries", () => {
  const lost =
    'is how Excel shows a number too wide for its column (scientific notation), and a CSV keeps only the digits shown, so digits may have been lost: widen the column or format it as Number, then save the CSV again.';

  it('refuses a price written 1.23E+06, naming the line and how to fix it', async () => {
    const bids = file('excel-bids.csv', 'id,price,quality,sv\nA,1.23E+06,4,50000\n');
    const run = await cli(['score', MODEL, bids]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `social-value: error: ${bids} line 2: column "price" holds "1.23E+06", which ${lost}\n`,
    );
  });

  it('refuses such a mark among several, and a delivered quantity', async () => {
    const marks = file('excel-marks.csv', 'id,price,quality,sv\nA,1000000,4;4.5E+00,50000\n');
    expect((await cli(['score', MODEL, marks])).stderr).toBe(
      `social-value: error: ${marks} line 2: column "quality" holds "4;4.5E+00", whose "4.5E+00" ${lost}\n`,
    );
    const deliveries = file(
      'excel-deliveries.csv',
      'measure,date,quantity\nNT1,2024-09-30,4\nNT29,2024-09-30,-1.2E-05\n',
    );
    const run = await cli(trackArgs(deliveries));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `social-value: error: ${deliveries} line 3: column "quantity" holds "-1.2E-05", which ${lost}\n`,
    );
  });

  it('refuses one with a pound sign as well: £1.23E+06 is no more exact', async () => {
    const bids = file(
      'excel-pounds.csv',
      'id,price,quality,sv\nA,1000000,4,50000\nB,"£1.23E+06",5,20000\n',
    );
    const run = await cli(['score', MODEL, bids]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `social-value: error: ${bids} line 3: column "price" holds "£1.23E+06", which ${lost}\n`,
    );
  });

  it('reads other exponents as before: 1.2e6 is 1,200,000', async () => {
    const bids = file('exponent-bids.csv', 'id,price,quality,sv\nA,1.2e6,4,50000\nB,1E6,5,20000\n');
    const run = await cli(['score', MODEL, bids]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('£1,200,000.00');
  });
});

describe("Excel's shortened numbers in flags, read as cells are", () => {
  // The built command, as a user runs it. A flag is typed, but the text is the same as a
  // spreadsheet shows for a wider number (1,234,567 shows as 1.23E+06): refused as in a cell.
  const SHEET = 'examples/pledge-sheet.csv';
  const shown = (flag: string, value: string, full: string) =>
    `social-value: error: ${flag}: "${value}" is how Excel shows a number too wide for its column (scientific notation), so digits may have been lost, and is refused as a CSV cell holding it is: type the figure in full (${full} if that is exactly it).\n`;
  beforeAll(ensureBuilt);

  it('refuses 1.23E+06 as an amount and 3.5E-02 as a rate, with exit code 2', () => {
    for (const [args, stderr] of [
      [
        ['value', SHEET, '--contract-value', '1.23E+06'],
        shown('--contract-value', '1.23E+06', '1230000'),
      ],
      [['reconcile', SHEET, '--tolerance', '5E+00'], shown('--tolerance', '5E+00', '5')],
      // With a pound sign, as an amount is often typed: the figure shown is still 1,230,000.
      [
        ['value', SHEET, '--contract-value', '£1.23E+06'],
        shown('--contract-value', '£1.23E+06', '1230000'),
      ],
      [
        ['value', SHEET, '--years', '3', '--discount', '3.5E-02'],
        shown('--discount', '3.5E-02', '0.035'),
      ],
    ] as const) {
      const run = spawnCli(args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(stderr);
    }
  });

  it('reads other exponents as cells read them: 1.2e6 and 1.2E6 are 1,200,000', () => {
    // Exit code 1: the sample sheet states one value 10 times too large, whatever the flags.
    const plain = spawnCli(['value', SHEET, '--contract-value', '1200000', '--format', 'json']);
    expect(plain.status).toBe(1);
    expect(plain.stdout).toContain('"contractValue": "1200000"');
    for (const typed of ['1.2e6', '1.2E6', '£1,200,000']) {
      const run = spawnCli(['value', SHEET, '--contract-value', typed, '--format', 'json']);
      expect([run.status, run.stdout]).toEqual([1, plain.stdout]);
    }
    // A rate with an exponent: 3.5e-2 is 0.035 (£940,982.16 a year, the second and third
    // divided by 1.035 and 1.035²: £2,728,560.59).
    const rate = (discount: string) =>
      spawnCli(['value', SHEET, '--years', '3', '--first-year', '2026', '--discount', discount])
        .stdout;
    expect(rate('3.5e-2')).toContain('worth £2,728,560.59 in 2026 at 3.5% a year.');
    expect(rate('3.5e-2')).toBe(rate('0.035'));
  });
});

describe("Excel's sep= line in bids and deliveries", () => {
  it('reads the delimiter it declares and counts lines from it', async () => {
    const comma = file(
      'comma-bids.csv',
      'id,price,quality,sv\nA,1000000,4,50000\nB,1200000,5,20000\n',
    );
    const plain = await cli(['score', MODEL, comma, '--format', 'json']);
    const bids = file(
      'sep-bids.csv',
      'sep=;\r\nid;price;quality;sv\r\nA;1000000;4;50000\r\nB;1200000;5;20000\r\n',
    );
    const declared = await cli(['score', MODEL, bids, '--format', 'json']);
    expect(declared.status).toBe(0);
    expect(declared.stderr).toBe('');
    // The same bids as the comma-separated file without the line.
    expect(declared.stdout).toBe(plain.stdout);
    // A bad price is named on its own line: the header is line 2, bid B line 4.
    const bad = file(
      'sep-bad.csv',
      'sep=,\nid,price,quality,sv\nA,1000000,4,50000\nB,-5,5,20000\n',
    );
    expect((await cli(['score', MODEL, bad])).stderr).toContain(`${bad} line 4: bids[1].price`);
  });

  it('reads deliveries with it', async () => {
    const deliveries = file(
      'sep-deliveries.csv',
      'sep=;\nmeasure;date;quantity\nNT1;2024-09-30;4\nNT1;2025-03-31;4\n',
    );
    // 4 + 4 delivered against NT1.
    expect(await deliveredOfNt1(deliveries)).toBe('8');
  });
});

describe('the delimiter of bids and deliveries: the one that splits the header into known columns', () => {
  // A criterion whose id holds two entities (`&amp;`, `&#60;`): papaparse's guess is `;` for a
  // comma-separated file whose header holds it and whose rows hold marks (`4;5`).
  // Written by each test: the folder is made before the tests.
  const model = () =>
    file(
      'entities-model.json',
      JSON.stringify({
        criteria: [
          {
            id: 'q &amp; &#60;',
            kind: 'quality',
            weight: 100,
            scoring: { method: 'scale', scale: '0-5' },
          },
        ],
      }),
    );

  it('reads a comma-separated header with semicolons in a name as commas', async () => {
    const bids = file('entities-bids.csv', 'id,q &amp; &#60;\nA,4;5\nB,3;4\n');
    const run = await cli(['score', model(), bids, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { ranking: { bid: string; total: string }[] };
    // A: (4 + 5) ÷ 2 = 4.5 of 5 × 100 = 90; B: 3.5 of 5 × 100 = 70.
    expect(result.ranking.map((bid) => [bid.bid, bid.total])).toEqual([
      ['A', '90'],
      ['B', '70'],
    ]);
  });

  it('still reads a semicolon-separated file, and one whose header names no known column as guessed', async () => {
    const semicolons = file('semicolon-bids.csv', 'id;q &amp, &#60,\nA;4\nB;3\n');
    const run = await cli(['score', model(), semicolons]);
    // Split by `;`, the header names `id`: the second column is no criterion of the model.
    expect(run.stderr).toContain('q &amp, &#60,');
    const deliveries = file(
      'semicolon-deliveries.csv',
      'measure;date;quantity;note\nNT1;2024-09-30;4;a, b, c\nNT1;2025-03-31;4;d, e, f\n',
    );
    expect(await deliveredOfNt1(deliveries)).toBe('8');
  });
});
