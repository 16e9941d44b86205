// A sheet whose columns the reader does not know by name (`Ref`, `Qty`, `Proxy`): the library
// takes `options.columns`, and the command line had no way to give it, so such a sheet could not
// be used; worse, a sheet with a known measure and proxy column but its answers headed `Qty`
// was valued at £0.00 with exit code 0 (every row unanswered). `--column role=header` names a
// column; `value` and `track` refuse a CSV sheet without an answer column, naming the flag.
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';
import { tempFiles } from './temp-files.js';

const { file } = tempFiles('sv-cli-columns-');

// 5 × £10 = £50 and 2 × £3.50 = £7: £57 in all, as the sheet states.
const SHEET = 'Ref,Qty,Proxy,Pledged Social Value\nNT1,5,10,50\nNT2,2,3.5,7\n';

describe('--column names a pledge sheet column the reader does not know by name', () => {
  it('values the answers of a column headed Qty', async () => {
    const run = await cli(['value', file('qty.csv', SHEET), '--column', 'quantity=Qty']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^2 pledges valued at £57\.00 /m);
    expect(run.stdout).toMatch(/^NT1 .* £50\.00$/m);
    expect(run.stdout).toMatch(/^NT2 .* £7\.00$/m);
  });

  it('reads every column named, repeated for each role', async () => {
    const sheet = file('names.csv', 'Code No,Qty,Unit Price\nNT1,5,10\nNT2,2,3.5\n');
    const run = await cli([
      'reconcile',
      sheet,
      '--column',
      'measure=Code No',
      '--column',
      'quantity=Qty',
      '--column',
      'proxyValue=Unit Price',
      '--format',
      'json',
    ]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).correctedTotal).toBe('57');
  });

  it('refuses a sheet without an answer column, naming its columns and the flag', async () => {
    const sheet = file('no-answers.csv', SHEET);
    for (const command of [
      ['value', sheet],
      ['track', sheet, sheet],
    ]) {
      const run = await cli(command);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `social-value: error: ${sheet}: has no answer column, so there is nothing to value: the header on line 1 has "Ref" (measure), "Proxy" (proxyValue), "Pledged Social Value" (statedValue) and the tag "Qty". Name the column of each measure's answer with --column quantity=<header> (a column headed Answer, Quantity, Target, Commitment or Pledge is read as it).\n`,
      );
    }
  });

  it('names the flag, not options.columns, when a header is not found or a role is misspelt', async () => {
    const sheet = file('missing.csv', SHEET);
    const absent = await cli(['value', sheet, '--column', 'quantity=Quantity']);
    expect(absent.status).toBe(2);
    expect(absent.stderr).toBe(
      `social-value: error (invalid-input): ${sheet}: Invalid pledge sheet: no header row found with the columns named in --column ("Quantity" (quantity)) and a Reference column and an Answer, Proxy Value or Pledged Social Value column. Check the names against the sheet's header row.\n  - ${sheet}: text: no header row has the columns "Quantity" (quantity)\n`,
    );
    const misspelt = await cli(['value', sheet, '--column', 'qty=Qty']);
    expect(misspelt.status).toBe(2);
    expect(misspelt.stderr).toBe(
      'social-value: error (invalid-input): Invalid options: 1 problem.\n  - --column qty=Qty: unknown key (did you mean "quantity"?)\n',
    );
    const unknown = await cli(['value', file('unknown.csv', 'Ref,Qty\nNT1,5\n')]);
    expect(unknown.stderr).toContain('; use --column to name yours.');
  });

  it('names the flag in a repeated column warning', async () => {
    const sheet = file('twice.csv', 'Reference,Answer,Proxy Value,Answer\nNT1,5,10,6\n');
    const run = await cli(['value', sheet]);
    expect(run.stdout).toContain(
      'name the one to read with --column role=header if it is not column 2.',
    );
  });

  it('refuses a flag without a header, a role named twice and a JSON sheet', async () => {
    const sheet = file('flags.csv', SHEET);
    const bare = await cli(['value', sheet, '--column', 'quantity']);
    expect(bare.stderr).toBe(
      'social-value: error: --column: expected a role and the header of its column, such as quantity=Target, received "quantity".\n',
    );
    const twice = await cli([
      'value',
      sheet,
      '--column',
      'quantity=Qty',
      '--column',
      'quantity=Ref',
    ]);
    expect(twice.stderr).toBe(
      'social-value: error: --column: "quantity" is named twice ("Qty" and "Ref"): give each role one column.\n',
    );
    const json = file('rows.json', '[{"measure":"NT1","quantity":5,"proxyValue":10}]');
    const onJson = await cli(['value', json, '--column', 'quantity=Qty']);
    expect(onJson.stderr).toBe(
      `social-value: error: --column: names the columns of a CSV or TSV sheet; ${json} is JSON, whose rows name their fields.\n`,
    );
    for (const run of [bare, twice, onJson]) expect(run.status).toBe(2);
  });

  it('keeps a column named __proto__ an unknown role, not a prototype', async () => {
    const run = await cli(['value', file('proto.csv', SHEET), '--column', '__proto__=Qty']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('  - --column __proto__=Qty: unknown key\n');
  });
});
