// The command on the example files: exit codes, JSON equal to the library's own result for the
// same input, CSV read back by parsePledgeSheet, --out, plain output without a terminal or with
// NO_COLOR, and bad input reported with paths and no stack trace. Run in-process (`cli`) but for
// --help and --version, which run the built command as a subprocess (`spawnCli`);
// test/cli/bin.test.ts checks that the two ways print the same.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { formatGBP, reconcilePledgeSheet, toDecimal } from 'social-value';
import { parsePledgeSheet, toPledges } from 'social-value/csv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  maturityResults,
  portfolioResult,
  reconciliation,
  requiresResult,
  scoreResults,
  sheetValuation,
  trackResult,
  valueResults,
  weightingResult,
} from './library-results.js';
import { cli, cliJson, ensureBuilt, root, snapshot, spawnCli } from './run-cli.js';

const SHEET = 'examples/pledge-sheet.csv';
/** What reconcile writes on standard error for the sample sheet's one error. */
const SCALE_ERROR_NOTE =
  'social-value: warning: examples/pledge-sheet.csv: 1 finding of severity error (exit code 1): likely-scale-error at row 18 (NT18).\n';
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[`);
const STACK = /^\s+at /m;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/;
let temp = '';
const COMMANDS = [
  'reconcile',
  'value',
  'score',
  'threshold',
  'requires',
  'check-weighting',
  'assess',
  'plan',
  'track',
  'portfolio',
  'ocds',
];

beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), 'sv-cli-'));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('social-value --help and --version', () => {
  it('lists every command and exits 0', () => {
    const run = spawnCli(['--help']);
    expect(run.status).toBe(0);
    for (const command of COMMANDS) {
      expect(run.stdout).toContain(`  ${command} `);
    }
  });

  it('lists every exit code and names no file the npm package lacks', async () => {
    // docs/cli.md "Exit codes and errors" lists 0 to 3; package.json "files" ships dist, sql and
    // docs, so `social-value reconcile examples/pledge-sheet.csv` failed where it was installed.
    const help = (await cli(['--help'])).stdout;
    expect(help).toContain('2 bad input or usage, 3 a bug in social-value.');
    expect(help).toContain('examples/ of the source repository, not in the npm package');
    expect(help).not.toMatch(/social-value \S+ examples\//);
  });

  it('marks the options a command cannot run without as required in its help', async () => {
    const help = (await cli(['check-weighting', '--help'])).stdout;
    expect(help).toMatch(/--contract <file>\s+the contract \(\.json\) \(required\)/);
    expect(help).toMatch(/--policy <policy>\s+a preset or a policy\.json \(required\)/);
    expect(help).not.toMatch(/--price <points>.*\(required\)/);
    expect((await cli(['threshold', '--help'])).stdout).toMatch(
      /--date <YYYY-MM-DD>\s+the date the procurement commenced \(required\)/,
    );
  });

  it('describes every command in its help: what it reads, what it prints, the library function', async () => {
    // threshold, requires, assess and plan printed their usage and options with no paragraph
    // under the usage line, as the other commands have.
    const functions: Record<string, string> = {
      threshold: 'ukProcurementThreshold',
      requires: 'requiresSocialValue',
      assess: 'assessMaturity',
      plan: 'planActions',
    };
    for (const command of COMMANDS) {
      const help = (await cli([command, '--help'])).stdout;
      const paragraph = help.split('\n\n')[1] ?? '';
      expect(paragraph, command).not.toMatch(/^(Arguments|Options):/);
      expect(paragraph.length, command).toBeGreaterThan(80);
      const name = functions[command];
      if (name !== undefined) expect(paragraph.replace(/\s+/g, ' '), command).toContain(name);
    }
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(spawnCli(['--version']).stdout.trim()).toBe(version);
  });
});

describe('reconcile', () => {
  it('exits 1 on the example sheet (a likely scale error) and shows the corrected total', async () => {
    const run = await cli(['reconcile', SHEET]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(SCALE_ERROR_NOTE);
    expect(run.stdout).toContain('corrected total £2,822,946.31 against the stated £8,461,245.35');
    expect(run.stdout).toMatch(/18\s+NT18\s+likely-scale-error\s+error/);
    // The rows' corrected column adds up to the shown total.
    expect(run.stdout).toMatch(/^Total\s+£2,822,946\.49\s+£8,461,245\.35\s+£2,822,946\.31$/m);
  });

  it('says why it exits 1 on standard error, in one line, whatever the format or --out', async () => {
    // `reconcile --out report.html` exited 1 with only "Wrote …" on standard error, where value
    // and track name the stated figures that differ. Row 18 (NT18): 650,000 × £0.963812 is
    // £626,477.80, the sheet states £6,264,776.71 (ten times as much): the one error.
    const out = join(temp, 'reconcile-report.html');
    const html = await cli(['reconcile', SHEET, '--out', out]);
    expect([html.status, html.stdout, html.stderr]).toEqual([
      1,
      '',
      `Wrote ${out}\n${SCALE_ERROR_NOTE}`,
    ]);
    for (const format of ['json', 'csv', 'md']) {
      const run = await cli(['reconcile', SHEET, '--format', format]);
      expect([run.status, run.stderr], format).toEqual([1, SCALE_ERROR_NOTE]);
    }
    // Five errors: each row states 2, 3, 4 and 5 times its 1 × £10 (no power of ten: a
    // mismatch), and the stated total £99 is not the rows' £140. The first three are named.
    const many = join(temp, 'five-errors.csv');
    writeFileSync(
      many,
      'Theme,Reference,Question,Units,Proxy Value,Answer,Pledged Social Value\nJobs,NT1,q,u,10,1,20\nJobs,NT2,q,u,10,1,30\nJobs,NT3,q,u,10,1,40\nJobs,NT4,q,u,10,1,50\nTotal,,,,,,99\n',
    );
    expect((await cli(['reconcile', many, '--format', 'json'])).stderr).toBe(
      `social-value: warning: ${many}: 5 findings of severity error (exit code 1): value-mismatch at row 2 (NT1), value-mismatch at row 3 (NT2), value-mismatch at row 4 (NT3) and 2 more.\n`,
    );
    // A sheet without errors: nothing on standard error, exit code 0.
    const clean = await cli(['reconcile', 'examples/cli/highways-pledges.csv', '--out', out]);
    expect([clean.status, clean.stderr]).toEqual([0, `Wrote ${out}\n`]);
  });

  it('prints the library result as JSON', async () => {
    const run = await cli(['reconcile', SHEET, '--format', 'json']);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual(snapshot(reconciliation()));
  });

  it('exits 0 on a sheet without errors', async () => {
    const run = await cli(['reconcile', 'examples/cli/highways-pledges.csv']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('no errors, no warnings, no notes');
  });

  it('writes its exact rows as CSV', async () => {
    const run = await cli(['reconcile', SHEET, '--format', 'csv']);
    const lines = run.stdout.trim().split('\r\n');
    expect(lines[0]).toBe(
      'Row,Measure,Answer,Proxy value,Answer × proxy,Stated,Corrected,Findings',
    );
    expect(lines).toContain(
      '18,NT18,650000,0.963812,626477.8,6264776.71,626477.671,likely-scale-error',
    );
    expect(lines.at(-1)).toBe('Total,,,,2822946.49,8461245.35,2822946.311,');
  });

  it('checks a shared row against answer × proxy × share and values it so', async () => {
    // NT29: 32 hours × £16.09 × 0.5 = £257.44, half credited to this contract.
    const sheet = join(temp, 'shared.csv');
    writeFileSync(
      sheet,
      'Reference,Question,Units,Proxy Value,Answer,Pledged Social Value,Attribution Share\nNT29,Volunteering,hours,16.09,32,257.44,0.5\n',
    );
    const run = await cli(['reconcile', sheet, '--format', 'csv']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\r\n');
    expect(lines[0]).toBe(
      'Row,Measure,Answer,Proxy value,Attribution,Answer × proxy × share,Stated,Corrected,Findings',
    );
    expect(lines[1]).toBe('2,NT29,32,16.09,0.5,257.44,257.44,257.44,');
    const valued = await cli(['value', sheet, '--format', 'csv']);
    expect(valued.status).toBe(0);
    expect(valued.stdout).toContain('257.44');
    expect(valued.stdout).not.toContain('514.88');
  });

  it('never counts in full a row whose share cannot be read', async () => {
    // NT29 32 × £16.09 × 0.5 = £257.44 (line 2); line 3's share "abc" cannot be read, so its
    // answer is left blank: £514.88 (32 × £16.09 in full) is never counted.
    const sheet = join(temp, 'bad-share.csv');
    writeFileSync(
      sheet,
      'Reference,Proxy Value,Answer,Pledged Social Value,Attribution Share\nNT29,16.09,32,257.44,0.5\nNT29,16.09,32,257.44,abc\n',
    );
    const run = await cli(['reconcile', sheet, '--format', 'csv']);
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\r\n');
    expect(lines[2]).toBe('3,NT29,,16.09,1,,257.44,257.44,missing-quantity');
    const valued = await cli(['value', sheet, '--format', 'csv']);
    expect(valued.status).toBe(1);
    expect(valued.stdout).not.toContain('514.88');
  });
});

describe('value', () => {
  const args = [
    'value',
    SHEET,
    '--contract-value',
    '£12,000,000',
    '--years',
    '3',
    '--first-year',
    '2026',
    '--price-year',
    '2021',
  ];

  it('prints the valuation, its benchmark position and its present value as JSON', async () => {
    expect(await cliJson(args)).toEqual(snapshot(valueResults()));
  });

  it('prints the valuation alone when nothing else is asked for', async () => {
    const { valuation } = sheetValuation();
    expect(await cliJson(['value', SHEET, '--price-year', '2021'])).toEqual(snapshot(valuation));
  });

  it('shows tables whose lines add up to their totals', async () => {
    const run = await cli([...args, '--by', 'tag:CWB Priority']);
    // NT18's stated £6,264,776.71 is ten times 650,000 × £0.963812: exit code 1.
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('\nBy CWB Priority\n');
    expect(run.stdout).toMatch(/^Progressive Procurement\s+£629,642\.44\s+22\.3%$/m);
    expect(run.stdout).toMatch(/^Total\s+£2,822,946\.49$/m);
    expect(run.stdout).toContain(
      '23.5% is between the median (15.7%) and the 75th percentile (36.6%)',
    );
    expect(run.stdout).toMatch(/^2028\s+£940,982\.17\s+0\.933511\s+£878,416\.92$/m);
    expect(run.stdout).toMatch(/^Total\s+£2,822,946\.49\s+£2,728,560\.59$/m);
  });

  it('writes CSV that parsePledgeSheet reads back as the same pledges', async () => {
    const run = await cli(['value', SHEET, '--format', 'csv', '--price-year', '2021']);
    const again = parsePledgeSheet(run.stdout);
    expect(again.problems).toEqual([]);
    const { valuation } = sheetValuation();
    expect(
      again.rows.map((row) => [row.measure, row.quantity?.toString(), row.proxyValue?.toString()]),
    ).toEqual(
      valuation.lines.map((line) => [
        line.measure,
        line.quantity.toString(),
        line.proxyValue.toString(),
      ]),
    );
    expect(toPledges(again.rows).length).toBe(valuation.lines.length);
    const check = reconcilePledgeSheet(again.rows, { statedTotal: again.statedTotal });
    expect(check.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(formatGBP(check.correctedTotal)).toBe('£2,822,946.49');
  });

  it('groups by value type', async () => {
    const run = await cli(['value', SHEET, '--by', 'value-type', '--price-year', '2021']);
    expect(run.stdout).toMatch(/^Value type\s+Value\s+Share$/m);
  });

  it('gives pledges without the tag a row of their own, so the tag table adds up to the total', async () => {
    const sheet = join(temp, 'untagged.csv');
    writeFileSync(
      sheet,
      [
        'Theme,Reference,Question,Units,Proxy Value,Answer,Pledged Social Value,Ward',
        'Jobs,NT1,q,u,10,3,30,North',
        'Jobs,NT2,q,u,1,5,5,',
        'Growth,NT3,q,u,2,10,20,South',
        '',
      ].join('\n'),
    );
    const run = await cli(['value', sheet, '--by', 'tag:Ward', '--format', 'md']);
    expect(run.stdout).toContain(
      [
        '| Ward | Value | Share |',
        '| --- | ---: | ---: |',
        '| North | £30.00 | 54.5% |',
        '| South | £20.00 | 36.4% |',
        '| (no Ward) | £5.00 | 9.1% |',
        '| **Total** | **£55.00** |  |',
      ].join('\n'),
    );
  });
});

describe('score', () => {
  it('shows the figure a price-per-quality-point or value-for-money model ranks on', async () => {
    // docs/evaluation.md "Inputs": price ÷ quality points, lowest first; a bid without points is
    // disqualified. Points: A 4/5 × 100 = 80, B 100, D 80. A 100 ÷ 80 = 1.25, B 120 ÷ 100 = 1.2,
    // D 96 ÷ 80 = 1.2. Before, only the totals showed: D (80) ranked 1 and A (80) ranked 3.
    const quality = {
      id: 'q',
      kind: 'quality',
      weight: 100,
      scoring: { method: 'scale', scale: '0-5' },
    };
    const perPoint = join(temp, 'per-point.json');
    writeFileSync(
      perPoint,
      JSON.stringify({ method: 'price-per-quality-point', criteria: [quality] }),
    );
    const bids = join(temp, 'per-point.csv');
    writeFileSync(bids, 'id,price,q\nA,100,4\nB,120,5\nC,90,0\nD,96,4\n');
    expect((await cli(['score', perPoint, bids, '--format', 'csv'])).stdout).toBe(
      [
        'Rank,Bid,Price,q (100),Total,Price per quality point,Status',
        '1,B,120,100,100,1.2,ranked',
        '1,D,96,80,80,1.2,ranked',
        '3,A,100,80,80,1.25,ranked',
        '–,C,90,0,0,,disqualified',
        '',
      ].join('\r\n'),
    );
    // Value for money at £1 a point: price − points. D 96 − 80 = 16, A 100 − 80 = 20, B 20, C 90.
    const forMoney = join(temp, 'for-money.json');
    writeFileSync(
      forMoney,
      JSON.stringify({ method: 'value-for-money', willingnessToPay: 1, criteria: [quality] }),
    );
    expect((await cli(['score', forMoney, bids])).stdout).toMatch(
      /^1 +D +£96\.00 +80\.00 +80\.00 +£16\.00 +winner$/m,
    );
  });

  it('ranks the bids with every formula and the weight ranges', async () => {
    const run = await cli([
      'score',
      'examples/cli/model.json',
      'examples/cli/bids.csv',
      '--sensitivity',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('C wins with 86.5714 of 100.');
    expect(run.stdout).toMatch(
      /^1\s+C\s+£1,050,000\.00\s+48\.00\s+28\.57\s+10\.00\s+86\.57\s+winner$/m,
    );
    expect(run.stdout).toContain(
      'lowest qualifying price £1,000,000.00 ÷ price £1,050,000.00 = 0.9524',
    );
    expect(run.stdout).toMatch(/^Social value\s+10\s+9\.12\s+100\s+B\s+–$/m);
  });

  it('prints the evaluation and the sensitivity as JSON, the same from CSV and JSON bids', async () => {
    const expected = snapshot(scoreResults()) as [{ ranking: { bid: string; total: string }[] }];
    const fromJson = await cliJson([
      'score',
      'examples/cli/model.json',
      'examples/cli/bids.json',
      '--sensitivity',
    ]);
    expect(fromJson).toEqual(expected);
    const fromCsv = (await cliJson([
      'score',
      'examples/cli/model.json',
      'examples/cli/bids.csv',
    ])) as (typeof expected)[0];
    expect(fromCsv.ranking.map((bid) => [bid.bid, bid.total])).toEqual(
      expected[0].ranking.map((bid) => [bid.bid, bid.total]),
    );
  });
  /** A model file of quality 60 (0-5 scale) and price 40, with `extra` fields. */
  const qualityAndPrice = (name: string, extra: object = {}) => {
    const model = join(temp, `${name}.json`);
    const criteria = [
      { id: 'quality', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } },
      { id: 'price', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } },
    ];
    writeFileSync(model, JSON.stringify({ ...extra, criteria }));
    return model;
  };

  it('writes "tie" where several bids tie beyond a weight range, "–" at the scale\'s end', async () => {
    // test/evaluation/sensitivity.test.ts's case: A and C (copies) cross B together at a price
    // weight of 50, so beyond 50 (and below 50 for quality) no single bid wins.
    const model = qualityAndPrice('two-crossing');
    const bids = join(temp, 'two-crossing.csv');
    writeFileSync(bids, 'id,price,quality\nA,100,4\nB,125,5\nC,100,4\n');
    const run = await cli(['score', model, bids, '--sensitivity']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^quality\s+60\s+50\s+100\s+tie\s+–$/m);
    expect(run.stdout).toMatch(/^price\s+40\s+0\s+50\s+–\s+tie$/m);
  });

  it('writes "none qualifies" beyond an end where no bid has the minimum quality points', async () => {
    // test/evaluation/sensitivity.test.ts's worked example: with at least 30 quality points, B
    // wins while quality weighs 30 to 100; below 30 no bid has the minimum (it said "tie").
    const model = qualityAndPrice('minimum', { minimumQualityPoints: 30 });
    const bids = join(temp, 'minimum.csv');
    writeFileSync(bids, 'id,price,quality\nA,100,3\nB,125,5\n');
    const run = await cli(['score', model, bids, '--sensitivity']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^quality\s+60\s+30\s+100\s+none qualifies\s+–$/m);
    expect(run.stdout).toMatch(/^price\s+40\s+0\s+70\s+–\s+none qualifies$/m);
  });

  it('names a disqualified bid as such in the chart of total scores', async () => {
    const bids = join(temp, 'disqualified.csv');
    writeFileSync(bids, 'id,price,quality,sv\nA,1000000,1,50000\nB,1200000,5,20000\n');
    const chart = join(temp, 'scores.svg');
    const run = await cli(['score', 'examples/cli/model.json', bids, '--chart', chart]);
    expect(run.status).toBe(0);
    const svg = new DOMParser().parseFromString(readFileSync(chart, 'utf8'), 'image/svg+xml');
    expect(svg.getElementsByTagName('desc')[0]?.textContent).toBe(
      'B wins with 100 of 100; 1 disqualified. Bar chart, 2 bars from top to bottom: B, 100; A (disqualified), 52.',
    );
  });
});

describe('threshold, requires, check-weighting', () => {
  it('gives the statutory threshold', async () => {
    const run = await cli([
      'threshold',
      '--contract-type',
      'services',
      '--authority',
      'sub-central',
      '--date',
      '2017-06-30',
      '--format',
      'json',
    ]);
    expect(run.status).toBe(0);
    const threshold = JSON.parse(run.stdout);
    expect(threshold.kind).toBe('procurement-threshold');
    expect(threshold.amount).toBe('164176');
  });

  it('says whether social value is required', async () => {
    expect(
      await cliJson(['requires', 'examples/cli/contract.json', '--policy', 'southend2021']),
    ).toEqual(snapshot(requiresResult()));
  });

  it('shows a value under the threshold by less than a penny to the places that tell them apart', async () => {
    // Before: Threshold £207,720.00, Contract value £207,720.00, At or above no, Shortfall £0.01.
    const file = join(temp, 'half-penny.json');
    writeFileSync(
      file,
      '{"contractType":"services","authority":"sub-central","value":"207719.995","vatBasis":"inclusive","commencedOn":"2026-06-01"}',
    );
    const run = await cli(['requires', file, '--policy', 'statutory']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Threshold {2,}£207,720\.000\n/);
    expect(run.stdout).toMatch(/Contract value \(inclusive of VAT\) {2,}£207,719\.995\n/);
    expect(run.stdout).toMatch(/Shortfall {2,}£0\.005\n/);
    // A penny or more apart, to the penny as before.
    writeFileSync(file, readFileSync(file, 'utf8').replace('207719.995', '207719.99'));
    const penny = await cli(['requires', file, '--policy', 'statutory']);
    expect(penny.stdout).toMatch(/Contract value \(inclusive of VAT\) {2,}£207,719\.99\n/);
    expect(penny.stdout).toMatch(/Shortfall {2,}£0\.01\n/);
  });

  it('exits 1 when the weighting does not meet the policy', async () => {
    const args = [
      'check-weighting',
      '--price',
      '60',
      '--quality',
      '32',
      '--social-value',
      '8',
      '--contract',
      'examples/cli/central-contract.json',
      '--policy',
      'ppn002',
    ];
    const run = await cli(args);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('the weights give 8% (8 of 100 points): not met.');
    expect(JSON.parse((await cli([...args, '--format', 'json'])).stdout)).toEqual(
      snapshot(weightingResult()),
    );
  });

  it('shows an unmet percentage apart from the one required', async () => {
    // Before: Required % 10, Actual % 10, Met no (9.995 and 100.0000001 rounded to 2 places).
    const run = await cli([
      'check-weighting',
      '--price',
      '60',
      '--quality',
      '30.0050001',
      '--social-value',
      '9.995',
      '--contract',
      'examples/cli/central-contract.json',
      '--policy',
      'ppn002',
      '--format',
      'csv',
    ]);
    expect(run.status).toBe(1);
    // Why it exits 1, on standard error whatever the format (it said nothing, as reconcile did).
    expect(run.stderr).toBe(
      'social-value: warning: the weighting: 2 findings of severity error (exit code 1): weights-do-not-sum, social-value-minimum (rule ppn002-total).\n',
    );
    // CSV keeps every digit, as before: 9.995 of 100.0000001 points.
    expect(run.stdout.split(/\r?\n/)).toEqual([
      'Finding,Severity,Met,Rule,Of,Required %,Actual %',
      'weights-do-not-sum,error,no,,total,100,100.0000001',
      'social-value-minimum,error,no,ppn002-total,total,10,9.994999990005000009994999990005',
      '',
    ]);
    const text = await cli([
      'check-weighting',
      '--price',
      '60',
      '--quality',
      '30.0050001',
      '--social-value',
      '9.995',
      '--contract',
      'examples/cli/central-contract.json',
      '--policy',
      'ppn002',
    ]);
    expect(text.stdout).toMatch(/weights-do-not-sum +error +no +total +100 +100\.0000001\n/);
    expect(text.stdout).toMatch(
      /social-value-minimum +error +no +ppn002-total +total +10 +9\.99\n/,
    );
    expect(text.stdout).toMatch(/Total +100\.0000001\n/);
  });

  it('writes the weights to the places of a total that is not 100, so that they add up to it', async () => {
    // Before: Social value 10 (to 4 places) in rows of 60, 30 and 10 above a total of
    // 100.000000000000000000001: the weight that made the total differ read as 10.
    const run = await cli([
      'check-weighting',
      '--price',
      '60',
      '--quality',
      '30',
      '--social-value',
      '10.000000000000000000001',
      '--contract',
      'examples/cli/contract.json',
      '--policy',
      'southend2021',
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      [
        'Group                    Weight (points)',
        '-------------  -------------------------',
        'Price                                 60',
        'Quality                               30',
        'Social value    10.000000000000000000001',
        'Environmental                          0',
        'Other                                  0',
        '-------------  -------------------------',
        'Total          100.000000000000000000001',
      ].join('\n'),
    );
  });

  it('exits 0 when an evaluation model meets it', async () => {
    const run = await cli([
      'check-weighting',
      'examples/cli/model.json',
      '--contract',
      'examples/cli/central-contract.json',
      '--policy',
      'ppn002',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('meets the policy');
  });
});

describe('assess and plan', () => {
  it('assesses the SVMI worked example', async () => {
    const { present } = maturityResults();
    const json = await cliJson([
      'assess',
      'examples/cli/responses.json',
      '--model',
      'svmi-public',
      '--label',
      'Present',
    ]);
    expect(json).toEqual(snapshot(present));
    expect(
      (await cli(['assess', 'examples/cli/responses.json', '--model', 'svmi-public'])).stdout,
    ).toContain('Mean rank of 10 themes: 24 / 10 = 2.4; rounded down, that is Mature (rank 2).');
  });

  it('plans from the present to the target', async () => {
    const { present, target, plan, comparison } = maturityResults();
    const args = [
      'plan',
      'examples/cli/responses.json',
      '--model',
      'svmi-public',
      '--target',
      'examples/cli/target.json',
      '--years',
      '2',
    ];
    // The comparison the report's first table shows is in the JSON too (it was left out).
    expect(await cliJson(args)).toEqual(snapshot([present, target, plan, comparison]));
    const markdown = (await cli([...args, '--format', 'md'])).stdout;
    expect(markdown).toContain('| Measurement: TOMs | Mature | Innovator | +2 |');
    expect(markdown).toContain(
      '22 steps across 6 of 10 themes (15 to reach Leader, 7 to reach Innovator).',
    );
  });

  it('assesses against a model of 140,000 levels (the chart scale does not overflow the stack)', async () => {
    // Levels l0 … l139999 ranked 0 … 139,999; theme a has one criterion at l1, b none, so b is
    // met at every level (cumulative) and reaches the top: ranks 0 and 139,999, mean 69,999.5.
    // (The radar's top rank was Math.max(...ranks): too many arguments past about 130,000.)
    const levels = Array.from({ length: 140_000 }, (_, i) => ({
      id: `l${i}`,
      name: `L${i}`,
      rank: i,
      description: 'A level.',
    }));
    const model = join(temp, 'many-levels.json');
    writeFileSync(
      model,
      JSON.stringify({
        id: 'many',
        name: 'Many levels',
        source: { title: 'Generated', publisher: 'Tests', year: 2026 },
        levels,
        themes: [
          { id: 'a', name: 'A' },
          { id: 'b', name: 'B' },
        ],
        criteria: [{ id: 'a1', theme: 'a', level: 'l1', statement: 'S.', action: 'Do a1.' }],
      }),
    );
    const responses = join(temp, 'many-levels-responses.json');
    writeFileSync(responses, JSON.stringify({ a: 'l0', b: 'l0' }));
    const assess = await cli(['assess', responses, '--model', model]);
    expect([assess.status, assess.stderr]).toEqual([0, '']);
    expect(assess.stdout).toContain('139,999 / 2 = 69,999.5');
  });

  it('assesses a model whose theme name is a noncharacter alone, drawing it as U+FFFD', async () => {
    // The model takes the name (it is not blank); the chart refuses a label it would draw as
    // nothing but U+FFFD, so the command gives it the U+FFFD it draws.
    const model = join(temp, 'noncharacter-theme.json');
    writeFileSync(
      model,
      JSON.stringify({
        id: 'odd',
        name: 'Odd names',
        source: { title: 'Generated', publisher: 'Tests', year: 2026 },
        levels: [
          { id: 'l1', name: 'One', rank: 1, description: 'A level.' },
          { id: 'l2', name: 'Two', rank: 2, description: 'A level.' },
        ],
        themes: [
          { id: 'a', name: '\uFDD0' },
          { id: 'b', name: 'Growth\uD800' },
        ],
        criteria: [{ id: 'a2', theme: 'a', level: 'l2', statement: 'S.', action: 'Do a2.' }],
      }),
    );
    const responses = join(temp, 'noncharacter-theme-responses.json');
    writeFileSync(responses, JSON.stringify({ a: 'l1', b: 'l2' }));
    const chart = join(temp, 'noncharacter-theme.svg');
    const assess = await cli(['assess', responses, '--model', model, '--chart', chart]);
    expect([assess.status, assess.stderr]).toEqual([0, `Wrote ${chart}\n`]);
    expect(readFileSync(chart, 'utf8')).toContain('\uFFFD: Present 1; Growth\uFFFD: Present 2.');
  });

  it('exits 0 with warnings: assessments and plans have none of severity error', async () => {
    // A criterion the model does not have; the target below the present level of all 10 themes
    // (each Mature or above).
    const responses = join(temp, 'unknown-criterion.json');
    const answers = JSON.parse(readFileSync('examples/cli/responses.json', 'utf8'));
    answers.procurement.met['procurement.nonexistent.9'] = true;
    writeFileSync(responses, JSON.stringify(answers));
    const assess = await cli(['assess', responses, '--model', 'svmi-public']);
    expect([assess.status, assess.stderr]).toEqual([0, '']);
    expect(assess.stdout).toContain(
      '\nWarnings\n- warning: Ignored: "procurement.nonexistent.9" is not a criterion of Social Value Maturity Index (public sector).\n',
    );
    const plan = await cli(['plan', responses, '--model', 'svmi-public', '--target', 'follower']);
    expect([plan.status, plan.stderr]).toEqual([0, '']);
    expect(plan.stdout.match(/^- warning: .* is below the present level/gm)).toHaveLength(10);
    // And --help says so (it said exit code 1 on a warning of severity error).
    for (const command of ['assess', 'plan']) {
      const help = (await cli([command, '--help'])).stdout.replace(/\s+/g, ' ');
      expect(help).toContain('are listed, and the exit code stays 0.');
    }
  });

  it('plans to a level with answers that leave a theme out (it is left out of the target too)', async () => {
    // Before: exit code 2, compareAssessments' model-mismatch ("cover different themes"), the
    // target having Reporting at Leader and the present no level for it.
    const responses = join(temp, 'no-reporting.json');
    const answers = JSON.parse(readFileSync('examples/cli/responses.json', 'utf8'));
    delete answers.reporting;
    writeFileSync(responses, JSON.stringify(answers));
    const run = await cli(['plan', responses, '--model', 'svmi-public', '--target', 'leader']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    // Said once, not of the present and again of the target made from it.
    expect(
      run.stdout.split('\n').filter((line) => line.startsWith('- warning: Reporting')),
    ).toEqual([
      '- warning: Reporting is not in the responses: it has no level and is left out of the overall mean.',
      '- warning: Reporting: no present level, so nothing is planned.',
    ]);
    const json = JSON.parse(
      (
        await cli([
          'plan',
          responses,
          '--model',
          'svmi-public',
          '--target',
          'leader',
          '--format',
          'json',
        ])
      ).stdout,
    );
    const reporting = (assessment: { themes: { theme: string; level: string | null }[] }) =>
      assessment.themes.find((theme) => theme.theme === 'reporting')?.level;
    expect([reporting(json[0]), reporting(json[1])]).toEqual([null, null]);
  });

  it('takes a level for every theme as the target', async () => {
    const run = await cli([
      'plan',
      'examples/cli/responses.json',
      '--model',
      'svmi-public',
      '--target',
      'innovator',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('to reach Innovator');
  });
});

describe('track and portfolio', () => {
  const track = [
    'track',
    SHEET,
    'examples/cli/deliveries.csv',
    '--start',
    '2024-04-01',
    '--end',
    '2027-03-31',
    '--contract-value',
    '12000000',
    '--price-year',
    '2021',
  ];

  it('prints the delivery report as JSON', async () => {
    expect(await cliJson([...track, '--as-of', '2026-03-31'])).toEqual(snapshot(trackResult()));
  });

  it('shows social value added and the deliveries left out after the report date', async () => {
    const run = await cli([...track, '--as-of', '2025-01-01']);
    // 1: the sheet states NT18's value ten times too large, as value and reconcile find.
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('- Row 18 (NT18): 650,000 × £0.963812 is £626,477.80');
    expect(run.stdout).toContain(
      'Totals\n13 deliveries are dated after 2025-01-01, the report date, and left out.\n',
    );
    expect(run.stdout).toMatch(/^Contract value\s+£12,000,000\.00$/m);
    expect(run.stdout).toMatch(/^SVA pledged\s+23\.52%$/m);
    expect(run.stdout).toMatch(/^SVA delivered\s+1\.99%$/m);
    expect((await cli([...track, '--as-of', '2026-03-31'])).stdout).not.toMatch(/dated after/);
  });

  it('tracks against the valuation value writes as JSON, alone or first in a list', async () => {
    const period = ['--start', '2024-04-01', '--end', '2027-03-31', '--as-of', '2026-03-31'];
    const deliveries = 'examples/cli/highways-deliveries.csv';
    const fromSheet = await cli([
      'track',
      'examples/cli/highways-pledges.csv',
      deliveries,
      ...period,
      '--price-year',
      '2021',
    ]);
    for (const extra of [[], ['--contract-value', '4000000', '--years', '3']]) {
      const stored = join(temp, 'valuation.json');
      const value = [
        'value',
        'examples/cli/highways-pledges.csv',
        '--price-year',
        '2021',
        ...extra,
        '--format',
        'json',
        '--out',
        stored,
      ];
      expect((await cli(value)).status).toBe(0);
      const run = await cli(['track', stored, deliveries, ...period]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      // The stored contract value adds its SVA rows to the totals; nothing else differs.
      expect(run.stdout.replace(/^(Contract value|SVA \w+) .*\n/gm, '')).toBe(fromSheet.stdout);
    }
  });

  it('lists a line pledged at 0 when something was delivered against it', async () => {
    const sheet = join(temp, 'zero-pledge.csv');
    writeFileSync(
      sheet,
      'Theme,Reference,Question,Units,Proxy Value,Answer,Pledged Social Value\nJobs,NT1,q,u,10,0,0\nJobs,NT2,q,u,5,4,20\n',
    );
    const deliveries = join(temp, 'zero-pledge-deliveries.csv');
    writeFileSync(deliveries, 'measure,date,quantity\nNT1,2025-01-01,2\nNT2,2025-01-01,1\n');
    const run = await cli([
      'track',
      sheet,
      deliveries,
      '--start',
      '2024-04-01',
      '--end',
      '2026-03-31',
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Delivered\s+£25\.00$/m);
    expect(run.stdout).toMatch(/^NT1\s+over-delivered\s+0\s+0\s+2\s+£20\.00\s+£0\.00$/m);
    expect(run.stdout).toMatch(/^Total\s+125\.0%\s+£25\.00\s+£15\.00$/m);
  });

  it('keeps the stored portfolio reports equal to what track writes today', async () => {
    expect(await cliJson([...track, '--as-of', '2026-03-31'])).toEqual(
      JSON.parse(readFileSync(join(root, 'examples/cli/portfolio/sv-004.json'), 'utf8')),
    );
  });

  it('sums the folder of reports', async () => {
    expect(await cliJson(['portfolio', 'examples/cli/portfolio'])).toEqual(
      snapshot(portfolioResult()),
    );
    const run = await cli(['portfolio', 'examples/cli/portfolio']);
    expect(run.stdout).toMatch(
      /^Total\s+£3,902,260\.53\s+£2,961,278\.37\s+£2,185,181\.32\s+73\.8%\s+13\.67%$/m,
    );
  });

  it('shows the statement by theme, adding up to the same totals', async () => {
    const run = await cli(['portfolio', 'examples/cli/portfolio', '--format', 'md']);
    expect(run.stdout).toContain(
      [
        '## By theme',
        '',
        '| Theme | Pledged | Expected | Delivered | Delivery ratio |',
        '| --- | ---: | ---: | ---: | ---: |',
        '| environment | £1,478.83 | £1,134.09 | £571.31 | 50.4% |',
        '| growth | £1,644,089.52 | £1,353,076.16 | £1,031,278.71 | 76.2% |',
        '| jobs | £2,255,177.30 | £1,606,058.20 | £1,152,009.50 | 71.7% |',
        '| social | £1,514.88 | £1,009.92 | £1,321.80 | 130.9% |',
        '| **Total** | **£3,902,260.53** | **£2,961,278.37** | **£2,185,181.32** |  |',
      ].join('\n'),
    );
  });
});

describe('output', () => {
  it('writes --out and --chart files and says so on stderr only', async () => {
    const out = join(temp, 'report.md');
    const chart = join(temp, 'themes.svg');
    const run = await cli(['value', SHEET, '--format', 'md', '--out', out, '--chart', chart]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    // The files written, then why the exit code is 1 (NT18's stated value), on stderr too.
    expect(run.stderr).toMatch(
      new RegExp(
        `^Wrote ${chart}\nWrote ${out}\nsocial-value: warning: examples/pledge-sheet\\.csv states a figure that differs from its answers × proxy values \\(exit code 1\\):\n  - Row 18 \\(NT18\\): `,
      ),
    );
    expect(readFileSync(out, 'utf8')).toMatch(/^# Valuation: examples\/pledge-sheet\.csv\n/);
    const svg = new DOMParser().parseFromString(readFileSync(chart, 'utf8'), 'image/svg+xml');
    expect(svg.documentElement?.getAttribute('role')).toBe('img');
    expect(svg.getElementsByTagName('title')[0]?.textContent).toBe('Social value by theme');
  });

  it('writes an HTML report with no script and no address to fetch', async () => {
    const html = (await cli(['reconcile', SHEET, '--format', 'html'])).stdout;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(
      html.match(/https?:\/\/[^"\s]*/g)?.every((url) => url === 'http://www.w3.org/2000/svg'),
    ).toBe(true);
    expect(html).toContain('<tfoot><tr><td>Total</td>');
    expect(html).toContain('£2,822,946.31');
  });

  it('is plain without a terminal, and with NO_COLOR even when colour is forced', async () => {
    expect((await cli(['reconcile', SHEET])).stdout).not.toMatch(ANSI);
    expect((await cli(['reconcile', SHEET], { FORCE_COLOR: '1' })).stdout).toMatch(ANSI);
    expect(
      (await cli(['reconcile', SHEET], { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout,
    ).not.toMatch(ANSI);
    expect((await cli(['reconcile', SHEET], { FORCE_COLOR: '1', NO_COLOR: '1' })).stderr).toBe(
      SCALE_ERROR_NOTE,
    );
  });

  it('writes no control character from a sheet to a terminal or Markdown', async () => {
    const esc = String.fromCharCode(27);
    const bel = String.fromCharCode(7);
    const sheet = join(temp, 'control.csv');
    writeFileSync(
      sheet,
      [
        'Theme,Reference,Question,Units,Proxy Value,Answer,Pledged Social Value',
        '"Jobs\nand skills",NT1,q,u,10,1,10',
        `"Green ${esc}]0;owned${bel}${esc}[31mred${esc}[0m",NT2,q,u,1,1,1`,
        '"Tab\there",NT3,q,u,1,1,1',
        '',
      ].join('\n'),
    );
    const text = (await cli(['value', sheet], { FORCE_COLOR: '1' })).stdout;
    const byTheme = text.split('\n\n')[1]!.split('\n');
    expect(byTheme.slice(3, 6)).toEqual([
      'Jobs and skills               £10.00  83.3%',
      'Green \uFFFD]0;owned\uFFFD\uFFFD[31mred\uFFFD[0m   £1.00   8.3%',
      'Tab here                       £1.00   8.3%',
    ]);
    // The only escape codes are the bold headings asked for.
    expect(text.replaceAll(`${esc}[1m`, '').replaceAll(`${esc}[22m`, '')).not.toMatch(CONTROL);
    const md = (await cli(['value', sheet, '--format', 'md'])).stdout;
    expect(md).toContain(
      '| Green \uFFFD\\]0;owned\uFFFD\uFFFD\\[31mred\uFFFD\\[0m | £1.00 | 8.3% |',
    );
    expect(md).not.toMatch(CONTROL);
  });

  it('ends every CSV line with CRLF, the last too', async () => {
    expect((await cli(['value', SHEET, '--format', 'csv'])).stdout).toMatch(
      /,,Total,,,,2822946\.49,,\r\n$/,
    );
    expect((await cli(['reconcile', SHEET, '--format', 'csv'])).stdout).toMatch(/\r\n$/);
  });

  it('writes a pledge sheet back with figures a spreadsheet will not run', async () => {
    const csv = (await cli(['value', 'examples/cli/highways-pledges.csv', '--format', 'csv']))
      .stdout;
    expect(csv.split('\r\n')[0]).toMatch(/^Theme,Reference,/);
    expect(parsePledgeSheet(csv).statedTotal?.toString()).toBe('1079314.04');
  });
});

describe('bad input: exit 2, the message and its path, never a stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    [
      'a missing file',
      ['reconcile', 'nope.csv'],
      /nope\.csv: cannot be read \(no such file or folder\)/,
    ],
    ['a folder as a file', ['reconcile', 'examples'], /examples: is a folder, not a file/],
    [
      'malformed JSON',
      ['assess', SHEET, '--model', 'svmi-public'],
      /pledge-sheet\.csv: line 1, column 1: not valid JSON \(Unexpected token '#'\)\.\n/,
    ],
    [
      'an unknown option',
      ['reconcile', SHEET, '--frmat', 'json'],
      /unknown option '--frmat'\n\(Did you mean --format\?\)/,
    ],
    // Commander kept the last of a flag given twice, silently: this valued at £12m.
    [
      'a flag given twice',
      ['value', SHEET, '--contract-value', '1000000', '--contract-value=12000000'],
      /^social-value: error: --contract-value: given twice \("1000000" and "12000000"\): give it once\.\n$/,
    ],
    [
      'a format given twice, once by its short name',
      ['reconcile', SHEET, '-f', 'json', '--format', 'text'],
      /^social-value: error: --format: given twice \("json" and "text"\): give it once\.\n$/,
    ],
    [
      'an unknown format',
      ['reconcile', SHEET, '--format', 'xml'],
      /Allowed choices are text, json, csv, md, html/,
    ],
    ['an unknown command', ['recncile', SHEET], /unknown command 'recncile'/],
    [
      'a missing option',
      ['threshold', '--contract-type', 'services', '--authority', 'sub-central'],
      /required option '--date <YYYY-MM-DD>' not specified/,
    ],
    [
      'an amount that is not one',
      ['value', SHEET, '--contract-value', '12m'],
      /--contract-value: expected an amount in pounds/,
    ],
    [
      'a negative contract value',
      ['value', SHEET, '--contract-value', '-5'],
      /error \(invalid-input\)[\s\S]*--contract-value: expected a number at least 0\.01, received "-5"/,
    ],
    [
      'a percentage for a rate',
      ['value', SHEET, '--years', '3', '--discount', '3.5'],
      /--discount: [^\n]*did you mean 0\.035\?/,
    ],
    [
      'an unknown tag',
      ['value', SHEET, '--by', 'tag:CWB'],
      /its tags are "CWB Priority", "Corporate Strategy"/,
    ],
    [
      'a tag written in another case',
      ['value', SHEET, '--by', 'tag:cwb priority'],
      /--by: the sheet has no tag "cwb priority" \(did you mean "CWB Priority"\?\); its tags are/,
    ],
    [
      // Named by the library's path, options.label, not by the flag that gave it.
      'an empty label',
      ['assess', 'examples/cli/responses.json', '--model', 'svmi-public', '--label', ''],
      /^social-value: error \(invalid-input\): Invalid options: 1 problem\.\n {2}- --label: expected non-empty text, received ""\n$/,
    ],
    [
      // A tag's name without `tag:` was "expected theme, value-type or tag:<name>" alone.
      'a tag without tag:',
      ['value', SHEET, '--by', 'cwb priority'],
      /--by: expected theme, value-type or tag:<name>, received "cwb priority" \(did you mean "tag:CWB Priority"\?\)\.\n$/,
    ],
    [
      'a misspelt breakdown',
      ['value', SHEET, '--by', 'themes'],
      /--by: expected theme, value-type or tag:<name>, received "themes" \(did you mean "theme"\?\)\.\n$/,
    ],
    [
      'a misspelt contract type',
      [
        'threshold',
        '--contract-type',
        'servces',
        '--authority',
        'sub-central',
        '--date',
        '2020-01-01',
      ],
      /error \(unknown-contract-type\)[\s\S]*--contract-type: [^\n]*did you mean "services"/,
    ],
    [
      'an unknown policy',
      ['requires', 'examples/cli/contract.json', '--policy', 'southend'],
      /--policy: expected a preset \(statutory, /,
    ],
    [
      // Before: no suggestion, though --target and --by suggest the name meant.
      'a preset written in another case or spacing',
      ['requires', 'examples/cli/contract.json', '--policy', 'northern-ireland'],
      /--policy: expected a preset \([^)]*\) or a \.json file, received "northern-ireland" \(did you mean "northernIreland"\?\)\.\n/,
    ],
    [
      'a misspelt preset',
      ['requires', 'examples/cli/contract.json', '--policy', 'Southend2021'],
      /received "Southend2021" \(did you mean "southend2021"\?\)\.\n/,
    ],
    [
      'a misspelt maturity model',
      ['assess', 'examples/cli/responses.json', '--model', 'SVMI_public'],
      /--model: expected svmi-public, svmi-business, portsmouth or a model \.json file, received "SVMI_public" \(did you mean "svmi-public"\?\)\.\n/,
    ],
    [
      'a bids file that is not bids',
      ['score', 'examples/cli/model.json', 'examples/cli/contract.json'],
      /contract\.json: expected a list of bids, or \{ "bids": \[\.\.\.\] \}, received \{"contractType":/,
    ],
    [
      'a chart where there is none',
      [
        'threshold',
        '--contract-type',
        'services',
        '--authority',
        'sub-central',
        '--date',
        '2020-01-01',
        '--chart',
        'x.svg',
      ],
      /unknown option '--chart'/,
    ],
    [
      'a folder with other files',
      ['portfolio', 'examples'],
      /tsconfig\.json: expected a delivery report/,
    ],
    [
      'an unwritable --out',
      ['reconcile', SHEET, '--out', 'no/such/folder/out.txt'],
      /no\/such\/folder\/out\.txt: cannot be written \(its folder does not exist\)/,
    ],
  ];
  for (const [name, args, message] of cases) {
    it(name, async () => {
      const run = await cli(args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(STACK);
      expect(run.stderr).not.toMatch(/undefined|NaN|\[object Object\]/);
    });
  }

  it('refuses --out and --chart naming one file, before writing either', async () => {
    const file = join(temp, 'same.svg');
    const run = await cli(['value', SHEET, '--format', 'html', '--out', file, '--chart', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `social-value: error: --out and --chart name the same file (${file}): give each its own.\n`,
    );
    expect(existsSync(file)).toBe(false);
    const relative = await cli([
      'value',
      SHEET,
      '--contract-value',
      '12000000',
      '--chart',
      join(temp, 'chart.svg'),
      '--benchmark-chart',
      join(temp, '.', 'chart.svg'),
    ]);
    expect(relative.stderr).toMatch(/--chart and --benchmark-chart name the same file/);
    expect(existsSync(join(temp, 'chart.svg'))).toBe(false);
  });

  it('reports a misspelt response key at its path with the name meant', async () => {
    const bids = join(temp, 'bids.csv');
    writeFileSync(bids, 'id,price,qualty,sv\nA,1000000,4,50000\n');
    const run = await cli(['score', 'examples/cli/model.json', bids]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/bids\[0\]\.responses\.qualty: [^\n]*did you mean "quality"/);
    expect(run.stderr).not.toMatch(STACK);
  });

  it('refuses a delivery column named __proto__ like any unknown column', async () => {
    const deliveries = join(temp, 'proto-deliveries.csv');
    writeFileSync(deliveries, 'measure,date,quantity,__proto__\nNT18,2025-01-01,1000,x\n');
    const run = await cli(['track', SHEET, deliveries]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/deliveries\[0\]\.__proto__: unknown key/);
  });

  it('names a bid without an id by its line and its path, whatever blank lines come before it', async () => {
    const bids = join(temp, 'no-id.csv');
    // Line 1 the header, 2 blank, 3 bid A, 4 blank, 5 the second bid (bids[1]), without an id.
    writeFileSync(bids, 'id,price,quality,sv\n\nA,1000000,4,50000\n\n,1200000,5,20000\n');
    const run = await cli(['score', 'examples/cli/model.json', bids]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `social-value: error: ${bids} line 5: bids[1].id: missing (each bid needs an id, in a column named "id").\n`,
    );
  });

  it('reports a bad delivery row at its path', async () => {
    const deliveries = join(temp, 'deliveries.csv');
    writeFileSync(deliveries, 'measure,date,quantity,verified\nNT1,2025-01-31,-2,yes\n');
    const run = await cli(['track', SHEET, deliveries]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/deliveries\[0\]\./);
  });
});

describe('figures', () => {
  it('shows money tables whose rounded lines add up to the rounded total', async () => {
    const csv = (await cli(['reconcile', SHEET, '--format', 'csv'])).stdout
      .trim()
      .split('\r\n')
      .slice(1, -1);
    const shown = (await cli(['reconcile', SHEET, '--format', 'md'])).stdout;
    const exactTotal = csv.reduce((sum, line) => sum.plus(line.split(',')[6]!), toDecimal(0));
    expect(formatGBP(exactTotal)).toBe('£2,822,946.31');
    expect(shown).toContain(
      '| **Total** |  |  |  | **£2,822,946.49** | **£8,461,245.35** | **£2,822,946.31** |  |',
    );
  });
});
