// The CLI's CSV reader for bids and deliveries files reads cells as parsePledgeSheet does: a
// header or text cell loses the one apostrophe a writer put before a formula character; a number
// column keeps its cell as written.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBytes, readCsvRecords } from '../../src/cli/read-input.js';

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

describe('readBytes', () => {
  const MB = 2 ** 20;

  it('refuses a file over the limit by its size, before reading it', () => {
    // A sparse file of 3 GB: readFileSync cannot read 2 GB or more in one piece, and the CLI
    // answered "cannot be read (ERR_FS_FILE_TOO_LARGE)" instead of saying what to do.
    const path = join(temp, 'national.csv');
    writeFileSync(path, 'Reference,Answer\n');
    truncateSync(path, 3 * 1024 * MB);
    expect(() => readBytes(path, 'national.csv')).toThrow(
      'national.csv: is too large to read (3072 MB; the most a file can be is 511 MB): split it into smaller files.',
    );
    rmSync(path);
  });

  it('reads a device or pipe until it ends, refusing it past the limit', () => {
    // /dev/zero never ends: it was read until memory ran out.
    expect(() => readBytes('/dev/zero', '/dev/zero', 3 * MB)).toThrow(
      '/dev/zero: is too large to read (more than 3 MB; the most a file can be is 3 MB): split it into smaller files.',
    );
    // A pipe's bytes, read in pieces of 1 MB: all of them, in order.
    const fifo = join(temp, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const text = 'Reference,Answer\n'.repeat(200_000);
    const source = join(temp, 'source.csv');
    writeFileSync(source, text);
    // The writer runs beside this test, which blocks opening the pipe until it does.
    spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', source, fifo], { stdio: 'ignore' });
    expect(Buffer.from(readBytes(fifo, 'pipe')).toString()).toBe(text);
  });
});
