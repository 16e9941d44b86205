// `reconcile --stated-total`: the total a bid states outside its sheet (a cover letter), for a
// sheet without a total row; the library takes it as `options.statedTotal`, and the command line
// had no way to give it, though the finding told the user to ("none was given as
// options.statedTotal").
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { tempFiles } from './temp-files.js';

const { file } = tempFiles('sv-cli-total-');

// 5 × £10 = £50 and 2 × £3.50 = £7, as stated: £57, and no total row.
const SHEET = 'Reference,Answer,Proxy Value,Pledged Social Value\nNT1,5,10,50\nNT2,2,3.5,7\n';

describe('reconcile --stated-total', () => {
  it('checks the rows against the total given: £60 stated, £57 in the rows, exit code 1', async () => {
    const run = await cli(['reconcile', file('rows.csv', SHEET), '--stated-total', '£60']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '2 rows checked: 1 error, no warnings, no notes; corrected total £57.00 against the stated £60.00.',
    );
    expect(run.stdout).toMatch(/^Correction\s+-£3\.00$/m);
    const json = await cli([
      'reconcile',
      file('rows.csv', SHEET),
      '--stated-total',
      '57',
      '-f',
      'json',
    ]);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).statedTotal).toBe('57');
  });

  it('names the flag when no total is given', async () => {
    const run = await cli(['reconcile', file('none.csv', SHEET)]);
    expect(run.stdout).toContain(
      '- No stated total to check: the sheet has no total row (or none was given with --stated-total), so only its rows are checked',
    );
  });

  it('is refused beside a total row, and when it is not an amount', async () => {
    const sheet = file('total.csv', `${SHEET},,Total,57\n`);
    const beside = await cli(['reconcile', sheet, '--stated-total', '60']);
    expect(beside.stderr).toBe(
      `social-value: error: --stated-total: ${sheet} states its own total (£57.00), which is the one checked; the flag is for a sheet without a total row.\n`,
    );
    const words = await cli(['reconcile', sheet, '--stated-total', 'sixty']);
    expect(words.stderr).toBe(
      'social-value: error: --stated-total: expected an amount in pounds such as 12000000 or £12,000,000, received "sixty".\n',
    );
    for (const run of [beside, words]) expect(run.status).toBe(2);
  });
});
