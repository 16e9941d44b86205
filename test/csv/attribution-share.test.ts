import { describe, expect, it } from 'vitest';
import {
  formatValuationCsv,
  type PledgeSheetBatch,
  parsePledgeSheet,
  streamPledgeSheet,
  toPledges,
} from '../../src/csv/index.js';
import { reconcilePledgeSheet, revive, valuePledges } from '../../src/index.js';
import { caught } from '../errors.js';
import { expectSame } from '../expect-same.js';
import { seedFramework } from '../toms/fixtures.js';

// A supplier's volunteering shared half with another contract: NT29 32 hours × £16.09 × 0.5 =
// £257.44 (in full, 32 × 16.09 = £514.88). NT1 3 × £30,782 = £92,346, no share. Total £92,603.44.
const valuation = valuePledges(seedFramework, [
  { measure: 'NT1', quantity: 3 },
  { measure: 'NT29', quantity: 32, attributionShare: '0.5' },
]);

/** What a valuation's lines say: measure, quantity, share, proxy, value, tags. */
function linesOf(lines: typeof valuation.lines) {
  return lines.map((line) => [
    line.measure,
    line.quantity.toString(),
    line.attributionShare.toString(),
    line.proxyValue.toString(),
    line.value.toString(),
    { ...line.tags },
  ]);
}

describe('the Attribution Share column of a pledge sheet', () => {
  it('is written by formatValuationCsv and read back as the pledge’s share', () => {
    expect(valuation.total.toString()).toBe('92603.44');
    const csv = formatValuationCsv(valuation);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'Theme,Reference,Question,Units,Proxy Value,Answer,Pledged Social Value,Attribution Share',
    );
    expect(lines[2]).toBe(
      '"Healthier, Safer and more Resilient Communities",NT29,Volunteering hours,no. staff volunteering hours,16.09,32,257.44,0.5',
    );
    const sheet = parsePledgeSheet(csv);
    expect(sheet.problems).toEqual([]);
    expect(sheet.tagColumns).toEqual([]);
    expect(sheet.columns.attributionShare).toBe('Attribution Share');
    expect(sheet.rows.map((row) => row.attributionShare?.toString())).toEqual(['1', '0.5']);
    expect(sheet.rows[1]!.tags).toEqual({});
    const again = valuePledges(seedFramework, toPledges(sheet.rows));
    expect(again.total.toString()).toBe('92603.44');
    expect(again.lines[1]!.value.toString()).toBe('257.44');
    expect(linesOf(again.lines)).toEqual(linesOf(valuation.lines));
  });

  it('reconciles: the stated £257.44 is 32 × £16.09 × 0.5, no value-mismatch', () => {
    const sheet = parsePledgeSheet(formatValuationCsv(valuation));
    const reconciled = reconcilePledgeSheet(sheet.rows, { statedTotal: sheet.statedTotal });
    expect(reconciled.findings).toEqual([]);
    expect(reconciled.ok).toBe(true);
    expect(reconciled.computedTotal.toString()).toBe('92603.44');
    expect(reconciled.correctedTotal.toString()).toBe('92603.44');
    expect(reconciled.rows[1]!.computed?.toString()).toBe('257.44');
  });

  it('reports a cell that is not a share at its line and column, and leaves the row uncounted', () => {
    const sheet = parsePledgeSheet(
      'Reference,Answer,Attribution Share\nNT29,32,1.5\nNT29,32,abc\nNT29,32,-0.1\nNT29,32,50%\nNT29,32,\nNT29,32, 0.25 \nNT29,32,0\n',
    );
    expect(sheet.rows.map((row) => row.attributionShare?.toString())).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '0.25',
      '0',
    ]);
    // The answer of a row whose share cannot be read is left blank with it, as an answer that
    // cannot be read is: the row is not counted at 32 in full.
    expect(sheet.rows.map((row) => row.quantity?.toString() ?? null)).toEqual([
      null,
      null,
      null,
      null,
      '32',
      '32',
      '32',
    ]);
    expect(
      sheet.problems.map((problem) => [
        problem.code,
        problem.severity,
        problem.line,
        problem.column,
        problem.columnNumber,
        problem.value,
      ]),
    ).toEqual([
      ['not-a-share', 'error', 2, 'Attribution Share', 3, '1.5'],
      ['not-a-number', 'error', 3, 'Attribution Share', 3, 'abc'],
      ['not-a-share', 'error', 4, 'Attribution Share', 3, '-0.1'],
      ['not-a-share', 'error', 5, 'Attribution Share', 3, '50%'],
    ]);
    expect(sheet.problems.map((problem) => problem.message)).toEqual([
      'Line 2, column "Attribution Share": "1.5" is not a share from 0 to 1 (a fraction, not a percentage) (did you mean 0.015?); it is left blank, and so is the row\'s answer (32): the row is not counted until the share is corrected.',
      'Line 3, column "Attribution Share": "abc" is not a number (a share is a fraction from 0 to 1, such as 0.5); it is left blank, and so is the row\'s answer (32): the row is not counted until the share is corrected.',
      'Line 4, column "Attribution Share": "-0.1" is not a share from 0 to 1 (a fraction, not a percentage); it is left blank, and so is the row\'s answer (32): the row is not counted until the share is corrected.',
      'Line 5, column "Attribution Share": "50%" is not a share from 0 to 1 (a fraction, not a percentage) (did you mean 0.5?); it is left blank, and so is the row\'s answer (32): the row is not counted until the share is corrected.',
    ]);
    expect(sheet.summary).toBe(
      '7 measure rows after the header on line 1, no stated total; 4 problems to check.',
    );
  });

  it('leaves a row whose share cannot be read out of the pledges and the value', () => {
    // NT29 32 hours × £16.09 × 0.5 = £257.44 on line 2 (a share that reads); on lines 3 to 5 the
    // same row with a share that does not. Counted in full each would be 32 × £16.09 = £514.88,
    // so a caller ignoring `problems` would get £1,801.76 instead of £257.44.
    const text = [
      'Reference,Proxy Value,Answer,Pledged Social Value,Attribution Share',
      'NT29,16.09,32,257.44,0.5',
      'NT29,16.09,32,257.44,abc',
      'NT29,16.09,32,257.44,150%',
      'NT29,16.09,32,257.44,-0.2',
    ].join('\n');
    const sheet = parsePledgeSheet(text);
    expect(sheet.problems.map((problem) => [problem.line, problem.code])).toEqual([
      [3, 'not-a-number'],
      [4, 'not-a-share'],
      [5, 'not-a-share'],
    ]);
    const pledges = toPledges(sheet.rows);
    expect(pledges).toHaveLength(1);
    expect(valuePledges(seedFramework, pledges).total.toString()).toBe('257.44');
    const reconciled = reconcilePledgeSheet(sheet.rows);
    expect(reconciled.findings.map((finding) => [finding.row, finding.code])).toEqual([
      [3, 'missing-quantity'],
      [4, 'missing-quantity'],
      [5, 'missing-quantity'],
      [undefined, 'duplicate-measure'],
      [undefined, 'no-stated-total'],
    ]);
    // The answer cannot be checked: the corrected total keeps the stated £257.44 of each row.
    expect(reconciled.computedTotal.toString()).toBe('257.44');
    expect(reconciled.correctedTotal.toString()).toBe('1029.76');
    expect(reconciled.ok).toBe(false);
  });

  it('reads a share the same in streamPledgeSheet batches, the bad ones left uncounted', async () => {
    const text =
      'Reference,Proxy Value,Answer,Attribution Share\nNT29,16.09,32,abc\nNT29,16.09,32,0.5\n';
    const rows = [];
    for await (const batch of streamPledgeSheet([text])) rows.push(...batch.rows);
    expect(rows.map((row) => row.quantity?.toString() ?? null)).toEqual([null, '32']);
    expect(toPledges(rows)).toHaveLength(1);
  });

  it('knows the column by the names people give it, or by the name given in options', () => {
    const byName = parsePledgeSheet('Ref,Answer,Attribution\nNT29,32,0.5\n');
    expect(byName.columns.attributionShare).toBe('Attribution');
    expect(byName.rows[0]!.attributionShare?.toString()).toBe('0.5');
    expect(byName.rows[0]!.tags).toEqual({});
    const named = parsePledgeSheet('Ref,Answer,Credited\nNT29,32,0.5\n', {
      columns: { attributionShare: 'Credited' },
    });
    expect(named.rows[0]!.attributionShare?.toString()).toBe('0.5');
    expect(
      caught(() =>
        parsePledgeSheet('Ref,Answer\nNT29,32\n', {
          columns: { attributionShare: 'Credited' },
        }),
      ).code,
    ).toBe('invalid-input');
  });

  it('keeps a tag named Attribution Share a tag, the share column written before the tags', () => {
    const tagged = valuePledges(seedFramework, [
      {
        measure: 'NT29',
        quantity: 32,
        attributionShare: '0.5',
        tags: { 'Attribution Share': 'half, with Lot 2' },
      },
      { measure: 'NT1', quantity: 3, tags: { Attribution: '1' } },
    ]);
    const csv = formatValuationCsv(tagged);
    expect(csv.split('\r\n')[0]).toBe(
      'Theme,Reference,Question,Units,Proxy Value,Answer,Pledged Social Value,Attribution Share,Attribution,Attribution Share',
    );
    const sheet = parsePledgeSheet(csv);
    expect(sheet.problems).toEqual([]);
    expect(sheet.tagColumns).toEqual(['Attribution', 'Attribution Share']);
    expect(sheet.rows.map((row) => [row.attributionShare?.toString(), { ...row.tags }])).toEqual([
      ['0.5', { 'Attribution Share': 'half, with Lot 2' }],
      ['1', { Attribution: '1' }],
    ]);
    const again = valuePledges(seedFramework, toPledges(sheet.rows));
    expect(linesOf(again.lines)).toEqual(linesOf(tagged.lines));
    expect(again.total.toString()).toBe('92603.44');
    // No share anywhere, but a tag of that name: the column comes (all 1s) so the tag stays one.
    const unshared = valuePledges(seedFramework, [
      { measure: 'NT1', quantity: 3, tags: { 'Attribution Share': 'none' } },
    ]);
    const read = parsePledgeSheet(formatValuationCsv(unshared));
    expect(read.rows[0]!.tags).toEqual({ 'Attribution Share': 'none' });
    expect(valuePledges(seedFramework, toPledges(read.rows)).total.toString()).toBe('92346');
  });

  it('is read the same by streamPledgeSheet and kept by the sheet’s JSON snapshot', async () => {
    const csv = `${formatValuationCsv(valuation)}\r\nNT29,x,x,x,16.09,32,257.44,2\r\n`;
    const sheet = parsePledgeSheet(csv);
    const batches: PledgeSheetBatch[] = [];
    for await (const batch of streamPledgeSheet([csv], { batchSize: 1 })) batches.push(batch);
    expectSame(
      batches.flatMap((batch) => batch.rows),
      [...sheet.rows],
    );
    expectSame(
      batches.flatMap((batch) => batch.problems),
      [...sheet.problems],
    );
    expect(sheet.problems.map((problem) => problem.code)).toEqual(['not-a-share']);
    const revived = revive(JSON.parse(JSON.stringify(sheet)), 'pledge-sheet');
    expect(revived.rows.map((row) => row.attributionShare?.toString())).toEqual([
      '1',
      '0.5',
      undefined,
    ]);
    expect(revived.problems[0]!.code).toBe('not-a-share');
    const tooBig = JSON.parse(JSON.stringify(sheet));
    tooBig.rows[1].attributionShare = '2';
    expect(caught(() => revive(tooBig, 'pledge-sheet')).issues[0]?.path).toBe(
      'json.rows[1].attributionShare',
    );
  });

  it('refuses a share outside 0 to 1 in rows given by hand, at its path', () => {
    const rows = [{ measure: 'NT29', quantity: 32, proxyValue: '16.09', attributionShare: 50 }];
    expect(caught(() => toPledges(rows)).issues[0]).toMatchObject({
      path: 'rows[0].attributionShare',
    });
    expect(caught(() => reconcilePledgeSheet(rows)).issues[0]?.path).toBe(
      'rows[0].attributionShare',
    );
    expect(toPledges([{ measure: 'NT29', quantity: 32, attributionShare: '0.5' }])).toEqual([
      { measure: 'NT29', quantity: expect.anything(), attributionShare: expect.anything() },
    ]);
  });
});
