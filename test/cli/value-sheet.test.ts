// `value` on a sheet's edges: it checks the figures the sheet states as `reconcile` does (and so
// does `track`), and a total past 1e15 is printed exactly.
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { tempFiles } from './temp-files.js';

const { file, pathOf } = tempFiles('sv-cli-value-');

describe('value checks the figures the sheet states', () => {
  // Answers entered a thousand times too big: 24,000 × £30,782 = £738,768,000 where the sheet
  // states £738,768.00, and 32,000 × £16.09 = £514,880 where it states £514.88.
  const scaled = () =>
    file(
      'scaled.csv',
      'Theme,Reference,Proxy Value,Answer,Pledged Social Value\nJobs,NT1,30782,24000,"£ 738,768.00"\nSocial,NT29,16.09,32000,"£ 514.88"\n,,,Total,"£ 739,282.88"\n',
    );

  it('values the answers, says on stderr and in the report that the sheet differs, exits 1', async () => {
    const sheet = scaled();
    const run = await cli(['value', sheet]);
    expect(run.status).toBe(1);
    // £738,768,000 + £514,880 = £739,282,880.
    expect(run.stdout).toMatch(/^Total\s+£739,282,880\.00$/m);
    expect(run.stdout).toContain(
      `\nStated figures that differ\n${sheet} states 2 figures that differ from its answers × proxy values.`,
    );
    expect(run.stdout).toContain(
      '- error: Row 2 (NT1): 24,000 × £30,782 is £738,768,000.00 but the sheet states £738,768.00, 1,000 times too small.',
    );
    expect(run.stderr).toBe(
      [
        `social-value: warning: ${sheet} states 2 figures that differ from its answers × proxy values (exit code 1):`,
        '  - Row 2 (NT1): 24,000 × £30,782 is £738,768,000.00 but the sheet states £738,768.00, 1,000 times too small. Either the value is wrong or the answer should be 24; the corrected total takes the answer as right and counts £738,768,000.00 (the stated value ÷ 0.001, a proxy of £30,782).',
        '  - Row 3 (NT29): 32,000 × £16.09 is £514,880.00 but the sheet states £514.88, 1,000 times too small. Either the value is wrong or the answer should be 32; the corrected total takes the answer as right and counts £514,880.00 (the stated value ÷ 0.001, a proxy of £16.09).',
        `The valuation counts each answer × its proxy value; social-value reconcile ${sheet} shows every row and the corrected total.`,
        '',
      ].join('\n'),
    );
  });

  it('prints the valuation alone as JSON, and the warning on stderr', async () => {
    const run = await cli(['value', scaled(), '--format', 'json']);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as { kind: string; total: string };
    expect([json.kind, json.total]).toEqual(['valuation', '739282880']);
    expect(run.stderr).toMatch(/^social-value: warning: .* \(exit code 1\):\n/);
  });

  it('reports a stated total that is not the sum of the rows', async () => {
    // 24 × £30,782 = £738,768 and 32 × £16.09 = £514.88 add up to £739,282.88, not £739,000.
    const sheet = file(
      'total.csv',
      'Reference,Proxy Value,Answer,Pledged Social Value\nNT1,30782,24,738768\nNT29,16.09,32,514.88\n,,Total,739000\n',
    );
    const run = await cli(['value', sheet]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${sheet} states a figure that differs from its answers × proxy values (exit code 1):\n  - The sheet states a total of £739,000.00, but its rows add up to £739,282.88 (-£282.88 difference).\n`,
    );
  });

  it('checks a total stated without row values against the answers × proxy values', async () => {
    // Answers a thousand times too big and a total alone: 24,000 × £30,782 + 32,000 × £16.09 =
    // £739,282,880, a thousand times the stated £739,282.88 (£738,543,597.12 more).
    const sheet = file(
      'total-alone.csv',
      'Reference,Proxy Value,Answer\nNT1,30782,24000\nNT29,16.09,32000\n,,Total,739282.88\n',
    );
    const run = await cli(['value', sheet]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${sheet} states a figure that differs from its answers × proxy values (exit code 1):\n  - The sheet states a total of £739,282.88, but no row states a value and its answers × proxy values add up to £739,282,880.00, 1,000 times the stated total (-£738,543,597.12 difference).\n`,
    );
  });

  it('reconcile says what the total was compared with when no row states a value', async () => {
    const sheet = file(
      'total-only.csv',
      'Reference,Proxy Value,Answer\nNT1,30782,24000\nNT29,16.09,32000\n,,Total,739282.88\n',
    );
    const run = await cli(['reconcile', sheet]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'The stated total differs from the answers × proxy values (no row states a value).',
    );
    const agrees = file(
      'total-only-right.csv',
      'Reference,Proxy Value,Answer\nNT1,30782,24\nNT29,16.09,32\n,,Total,739282.88\n',
    );
    expect((await cli(['reconcile', agrees])).stdout).toContain(
      'The stated total equals the answers × proxy values (no row states a value).',
    );
  });

  it('takes a stated total as right when the answers × proxies shown round to it', async () => {
    // 24 × £30,782 + 32 × £16.09 = £739,282.88, stated alone. 250,000 × £0.963812 (a proxy shown to 6 places) is
    // £240,953.00; a stated £240,952.95 is within 250,000 × half a millionth = £0.125 of it.
    const alone = file(
      'right-total.csv',
      'Reference,Proxy Value,Answer\nNT1,30782,24\nNT29,16.09,32\n,,Total,739282.88\n',
    );
    const shown = file(
      'rounded-proxy.csv',
      'Reference,Proxy Value,Answer\nNT19,0.963812,250000\n,,Total,240952.95\n',
    );
    for (const sheet of [alone, shown]) {
      const run = await cli(['value', sheet]);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
    }
  });

  it('values a sheet without stated figures, or whose figures add up, as before: exit 0, nothing on stderr', async () => {
    const bare = file('bare.csv', 'Reference,Proxy Value,Answer\nNT1,30782,24\nNT29,16.09,32\n');
    const agrees = file(
      'agrees.csv',
      'Reference,Proxy Value,Answer,Pledged Social Value\nNT1,30782,24,738768\nNT29,16.09,32,514.88\n,,Total,739282.88\n',
    );
    for (const sheet of [bare, agrees]) {
      const run = await cli(['value', sheet]);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).not.toContain('Stated figures');
      // 24 × £30,782 + 32 × £16.09 = £738,768 + £514.88.
      expect(run.stdout).toMatch(/^Total\s+£739,282\.88$/m);
    }
  });
});

describe('track checks the figures the sheet states, as value does', () => {
  const period = ['--start', '2024-04-01', '--end', '2026-03-31', '--as-of', '2026-03-31'];
  // 12 FTE of NT1 delivered: 12 × £30,782 = £369,384.
  const deliveries = () =>
    file('track-deliveries.csv', 'measure,date,quantity\nNT1,2025-01-01,12\n');

  it('tracks the answers, says on stderr and in the report that the sheet differs, exits 1', async () => {
    // Answers a thousand times too big, as above: 24,000 × £30,782 + 32,000 × £16.09 pledged.
    const sheet = file(
      'track-scaled.csv',
      'Theme,Reference,Proxy Value,Answer,Pledged Social Value\nJobs,NT1,30782,24000,"£ 738,768.00"\nSocial,NT29,16.09,32000,"£ 514.88"\n,,,Total,"£ 739,282.88"\n',
    );
    const run = await cli(['track', sheet, deliveries(), ...period]);
    expect(run.status).toBe(1);
    // £738,768,000 + £514,880 pledged, £369,384 delivered.
    expect(run.stdout).toMatch(/^Pledged\s+£739,282,880\.00$/m);
    expect(run.stdout).toMatch(/^Delivered\s+£369,384\.00$/m);
    // At the top of the report, before the totals.
    expect(run.stdout).toContain(
      `\n\nStated figures that differ\n${sheet} states 2 figures that differ from its answers × proxy values. The valuation counts each answer × its proxy value; the reconcile command shows every row and the corrected total.\n- error: Row 2 (NT1): 24,000 × £30,782 is £738,768,000.00 but the sheet states £738,768.00, 1,000 times too small.`,
    );
    expect(run.stdout.indexOf('Stated figures that differ')).toBeLessThan(
      run.stdout.indexOf('\nTotals\n'),
    );
    // The warning value writes for this sheet, word for word.
    expect(run.stderr).toContain(
      `social-value: warning: ${sheet} states 2 figures that differ from its answers × proxy values (exit code 1):\n  - Row 2 (NT1): 24,000 × £30,782 is £738,768,000.00`,
    );
    expect(run.stderr).toBe((await cli(['value', sheet])).stderr);
    // As JSON: the delivery report alone on stdout, the warning on stderr, exit code 1.
    const json = await cli(['track', sheet, deliveries(), ...period, '--format', 'json']);
    expect(json.status).toBe(1);
    expect((JSON.parse(json.stdout) as { kind: string }).kind).toBe('delivery-report');
    expect(json.stderr).toBe(run.stderr);
  });

  it('lists a warning about the sheet, such as a repeated Answer column, and exits 0', async () => {
    // Two Answer columns (one per year): the second is a tag, 24 × £30,782 = £738,768 is valued.
    const sheet = file('two-answers.csv', 'Reference,Proxy Value,Answer,Answer\nNT1,30782,24,25\n');
    const run = await cli(['value', sheet]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('£738,768.00');
    expect(run.stdout).toContain(
      '\nProblems in the sheet\n- warning: Column 4 repeats the header "Answer" of column 3, the quantity column',
    );
    expect(run.stderr).toBe('');
  });

  it('says the sheet warnings on stderr in json and csv, which carry no report, and exits 0', async () => {
    // A row with an answer but no measure code is skipped, and a second Answer column is not
    // counted: `--format json` and `csv` wrote the valuation alone, exit code 0, nothing said.
    const sheet = file(
      'skipped-row.csv',
      'Reference,Proxy Value,Answer,Answer\nNT1,30782,24,25\n,16.09,500,\n',
    );
    const said =
      'social-value: warning: 2 warnings about skipped-row.csv:\n' +
      '  - Column 4 repeats the header "Answer" of column 3, the quantity column: it is read as the tag "Answer" and its figures are not counted. Give the columns different headers, and name the one to read with --column role=header if it is not column 3.\n' +
      '  - Line 3 has content but no measure code; it is skipped.\n';
    for (const command of ['value', 'track', 'reconcile']) {
      const args = command === 'track' ? [sheet, deliveries(), ...period] : [sheet];
      for (const format of ['json', 'csv']) {
        const run = await cli([command, ...args, '--format', format]);
        expect([command, format, run.status, run.stderr]).toEqual([command, format, 0, said]);
      }
      // The report lists them: nothing more on stderr.
      const md = await cli([command, ...args, '--format', 'md']);
      expect([command, md.status, md.stderr]).toEqual([command, 0, '']);
      expect(md.stdout).toContain('Line 3 has content but no measure code; it is skipped.');
    }
  });

  it('lists the cells it could not read and exits 1, as value does', async () => {
    // NT1's stated value is a formula's text: left blank, so only 24 × £30,782 = £738,768 is valued.
    const sheet = file(
      'track-formula.csv',
      'Reference,Proxy Value,Answer,Pledged Social Value\nNT1,30782,24,=SUM(A1)\n',
    );
    for (const command of ['value', 'track', 'reconcile']) {
      const args = command === 'track' ? [sheet, deliveries(), ...period] : [sheet];
      const run = await cli([command, ...args]);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(
        '\nProblems in the sheet\n- error: Line 2, column "Pledged Social Value": "=SUM(A1)" is not a number',
      );
      // Standard error says why the exit code is 1, in every format: JSON on stdout has no room
      // for it (it said nothing).
      const json = await cli([command, ...args, '--format', 'json']);
      expect(json.status).toBe(1);
      expect(json.stderr).toBe(
        'social-value: warning: 1 cell of track-formula.csv could not be read and was left blank (exit code 1):\n  - Line 2, column "Pledged Social Value": "=SUM(A1)" is not a number (the text of a formula, not its result: save the sheet as CSV from the spreadsheet, which writes each formula’s value); it is left blank.\n',
      );
    }
  });

  it('tracks a sheet whose figures add up, or a stored valuation, as before: exit 0, nothing on stderr', async () => {
    const agrees = file(
      'track-agrees.csv',
      'Reference,Proxy Value,Answer,Pledged Social Value\nNT1,30782,24,738768\nNT29,16.09,32,514.88\n,,Total,739282.88\n',
    );
    const stored = pathOf('track-valuation.json');
    expect((await cli(['value', agrees, '--format', 'json', '--out', stored])).status).toBe(0);
    for (const pledges of [agrees, stored]) {
      const run = await cli(['track', pledges, deliveries(), ...period]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).not.toContain('Stated figures');
      // 24 × £30,782 + 32 × £16.09 = £738,768 + £514.88.
      expect(run.stdout).toMatch(/^Pledged\s+£739,282\.88$/m);
    }
  });

  it('a delivery of a measure nobody pledged: from a sheet valued, from a stored valuation refused with a hint', async () => {
    // NT29 is in the sheet, answered 0: a measure of its framework, 3 × £16.09 = £48.27.
    const sheet = file(
      'track-unpledged.csv',
      'Reference,Proxy Value,Answer\nNT1,30782,24\nNT29,16.09,0\n',
    );
    const delivered = file(
      'track-unpledged-deliveries.csv',
      'measure,date,quantity\nNT30,2025-01-01,3\n',
    );
    const nt29 = file('track-nt29-deliveries.csv', 'measure,date,quantity\nNT29,2025-01-01,3\n');
    const fromSheet = await cli(['track', sheet, nt29, ...period]);
    expect(fromSheet.status).toBe(0);
    expect(fromSheet.stdout).toMatch(/^Delivered\s+£48\.27$/m);
    // A stored valuation has no framework: the hint names what the command can take.
    const stored = pathOf('track-unpledged.json');
    expect((await cli(['value', sheet, '--format', 'json', '--out', stored])).status).toBe(0);
    const fromStored = await cli(['track', stored, delivered, ...period]);
    expect(fromStored.status).toBe(2);
    expect(fromStored.stderr).toContain(
      'expected a pledged measure (pass the pledge sheet, not a stored valuation, to value measures nobody pledged), received "NT30"',
    );
  });
});

describe('a total of £1e15 or more', () => {
  // 20 × £99,999,999,999,999 = £1,999,999,999,999,980; with 32 × £16.09 = £514.88 the total is
  // £2,000,000,000,000,494.88: past 1e15, the limit of an input, as a total may be.
  const huge = () =>
    file(
      'huge.csv',
      'Theme,Reference,Proxy Value,Answer\nJobs,NT1,99999999999999,20\nSocial,NT29,16.09,32\n',
    );

  it('is printed exactly in every format, its chart drawn', async () => {
    const sheet = huge();
    const text = await cli(['value', sheet]);
    expect(text.status).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout).toMatch(/^Jobs\s+£1,999,999,999,999,980\.00\s+100\.0%$/m);
    expect(text.stdout).toMatch(/^Total\s+£2,000,000,000,000,494\.88$/m);
    const csv = await cli(['value', sheet, '--format', 'csv']);
    expect(csv.stdout).toContain('\r\n,,Total,,,,2000000000000494.88\r\n');
    const html = await cli(['value', sheet, '--format', 'html', '--years', '2']);
    expect(html.status).toBe(0);
    expect(html.stdout).toContain('Jobs, £1,999,999,999,999,980.00');
    const json = JSON.parse((await cli(['value', sheet, '--format', 'json'])).stdout) as {
      total: string;
    };
    expect(json.total).toBe('2000000000000494.88');
  });

  it('is printed exactly by reconcile and against a contract value', async () => {
    const sheet = huge();
    const reconciled = await cli(['reconcile', sheet]);
    expect(reconciled.stderr).toBe('');
    expect(reconciled.stdout).toMatch(/^Corrected total\s+£2,000,000,000,000,494\.88$/m);
    // £2,000,000,000,000,494.88 ÷ £1,000,000 = 2,000,000,000.00049488 = 200,000,000,000.05%.
    const added = await cli(['value', sheet, '--contract-value', '1000000', '--format', 'html']);
    expect(added.status).toBe(0);
    expect(added.stdout).toContain('200,000,000,000.05%');
  });
});

describe('value names the line of a row the framework refuses', () => {
  it('names the line of the first row of a measure whose proxy value is refused', async () => {
    // The framework holds one measure per code, made of its first row: measures[1] is NT2, on
    // line 4 (NT1 takes lines 2 and 3). The message named the file alone.
    const sheet = file(
      'negative-proxy.csv',
      'Theme,Reference,Proxy Value,Answer\nJobs,NT1,30782,2\nJobs,NT1,30782,1\nJobs,NT2,-5,1\n',
    );
    const run = await cli(['value', sheet]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `social-value: error (invalid-input): ${sheet}: Invalid framework: 1 problem.\n  - ${sheet} line 4: framework.measures[1].proxyValue: expected a number at least 0, received -5\n`,
    );
  });
});

describe('value --format csv', () => {
  it('writes every figure in plain notation, as every CSV of the command', async () => {
    // A proxy of 1e-40 and the value of its line were written 1e-40 (and a value of 1e30 or more
    // 1e+30): docs/cli.md promises every digit in plain notation, never 1e-31.
    const sheet = file(
      'tiny.csv',
      'Theme,Reference,Proxy Value,Answer\nJobs,NT1,0.0000000000000000000000000000000000000001,1\nJobs,NT2,999999999999999,999999999999999\n',
    );
    const run = await cli(['value', sheet, '--format', 'csv']);
    expect(run.status).toBe(0);
    expect(run.stdout.split(/\r?\n/)).toEqual([
      'Theme,Reference,Question,Units,Proxy Value,Answer,Pledged Social Value',
      'Jobs,NT1,NT1,units,0.0000000000000000000000000000000000000001,1,0.0000000000000000000000000000000000000001',
      'Jobs,NT2,NT2,units,999999999999999,999999999999999,999999999999998000000000000001',
      ',,Total,,,,999999999999998000000000000001.0000000000000000000000000000000000000001',
      '',
    ]);
  });
});
