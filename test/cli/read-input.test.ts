// The CLI's CSV reader for bids and deliveries files reads cells as parsePledgeSheet does: a
// header or text cell loses the one apostrophe a writer put before a formula character; a number
// column keeps its cell as written.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../src/cli/read-input.js';

let temp = '';
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'sv-read-input-'));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('readCsvRecords', () => {
  it('takes one added apostrophe off headers and text cells, none off number cells', () => {
    const path = join(temp, 'neutralised.csv');
    writeFileSync(
      path,
      "'=id,price,'-note\n'=A,'-5,'-Housing\n''=B,7,'''@x\nC,8,'plain\n'\uFF1DD,9,\"'\tTab\"\n",
    );
    const records = readCsvRecords(path, temp, (name) => name === 'price');
    expect(records.map((record) => ({ ...record.cells }))).toEqual([
      { '=id': '=A', price: "'-5", '-note': '-Housing' },
      { '=id': "'=B", price: '7', '-note': "''@x" },
      { '=id': 'C', price: '8', '-note': "'plain" },
      // The tab is the cell's own, after the apostrophe: trimming the cell keeps it.
      { '=id': '\uFF1DD', price: '9', '-note': '\tTab' },
    ]);
    expect(records.map((record) => record.line)).toEqual([2, 3, 4, 5]);
  });

  it('reads every cell as text when no column is a number column', () => {
    const path = join(temp, 'all-text.csv');
    writeFileSync(path, "measure,quantity\nNT1,'-5\n");
    expect({ ...readCsvRecords(path, temp)[0]?.cells }).toEqual({ measure: 'NT1', quantity: '-5' });
  });
});
