import { describe, expect, it } from 'vitest';
import { parsePledgeSheet, parseSpendLedger, streamPledgeSheet } from '../../src/csv/index.js';
import { caught } from '../errors.js';

// A sheet saved as UTF-16 (Excel's "Unicode Text") and read as UTF-8 or Latin-1 said only "no
// header row found": the text puts a NUL beside every ASCII letter.
const sheet = 'Reference,Proxy Value,Answer,Pledged Social Value\nNT29,16.09,32,514.88\n';
const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sheet, 'utf16le')]);
const HINT =
  ' The text looks UTF-16 (as Excel saves "Unicode Text"), read as UTF-8 or Latin-1: NUL characters sit between its letters. Decode the file as UTF-16 (in Node, readFileSync(path, "utf16le"); the social-value command does so), or save it as "CSV UTF-8".';

describe('a UTF-16 file read as another encoding', () => {
  it('is refused with a hint at the encoding, whether read as UTF-8 or Latin-1', () => {
    for (const text of [bytes.toString('utf8'), bytes.toString('latin1')]) {
      const error = caught(() => parsePledgeSheet(text));
      expect(error.code).toBe('invalid-input');
      expect(error.message).toContain(`use options.columns to name yours.${HINT}`);
      expect(error.issues).toEqual([
        {
          path: 'text',
          segments: ['text'],
          message: 'no header row found (the text looks UTF-16 read as UTF-8 or Latin-1)',
        },
      ]);
    }
    // Decoded as UTF-16, it reads.
    expect(parsePledgeSheet(bytes.toString('utf16le')).rows).toHaveLength(1);
  });

  it('is refused with the hint when streamed, and by the spend-ledger reader', async () => {
    const text = bytes.toString('utf8');
    const streamed = await (async () => {
      try {
        for await (const _ of streamPledgeSheet([text])) {
          // read on
        }
      } catch (error) {
        return error as Error;
      }
      return undefined;
    })();
    expect(streamed?.message).toContain(HINT);
    const ledger = 'Supplier Name,Amount,Payment Date\nAcme,100,2025-04-01\n';
    const utf16 = Buffer.from(ledger, 'utf16le').toString('latin1');
    expect(caught(() => parseSpendLedger(utf16)).message).toContain(HINT);
  });

  it('keeps the plain message for a text that is not UTF-16', () => {
    expect(caught(() => parsePledgeSheet('a,b\n1,2\n')).message).not.toContain('UTF-16');
  });
});
