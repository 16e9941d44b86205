import { describe, expect, it } from 'vitest';
import { parsePledgeSheet, streamPledgeSheet } from '../../src/csv/index.js';
import { csvSnapshots } from '../../src/csv/snapshots.js';
import { reconcilePledgeSheet } from '../../src/index.js';

// `(1,234)` in the Answer column was read as -1,234 with no word: an answer cannot be negative,
// so the reading is kept (nothing lost) and said.
const text = [
  'Reference,Proxy Value,Answer,Pledged Social Value',
  'NT29,16.09,"(1,234)",-19855.06',
  'NT1,(30782),1,(30782)',
  'NT8,16.09,-5,-80.45',
].join('\n');

describe('accounting negatives in a pledge sheet', () => {
  it('reads an answer or a proxy in brackets as the negative it means, with a warning', () => {
    const sheet = parsePledgeSheet(text);
    expect(sheet.rows.map((row) => [row.quantity?.toString(), row.proxyValue?.toString()])).toEqual(
      [
        ['-1234', '16.09'],
        ['1', '-30782'],
        ['-5', '16.09'],
      ],
    );
    expect(sheet.problems).toEqual([
      {
        code: 'accounting-negative',
        severity: 'warning',
        message:
          'Line 2, column "Answer": "(1,234)" is read as -1,234 (brackets are accounting style for a negative), but an answer cannot be negative: a negative impact is a disbenefit, its answer positive with the Effect "disbenefit".',
        line: 2,
        column: 'Answer',
        columnNumber: 3,
        value: '(1,234)',
      },
      {
        code: 'accounting-negative',
        severity: 'warning',
        message:
          'Line 3, column "Proxy Value": "(30782)" is read as -30,782 (brackets are accounting style for a negative), but a proxy value cannot be negative: a negative impact is a disbenefit, its proxy value positive with the Effect "disbenefit".',
        line: 3,
        column: 'Proxy Value',
        columnNumber: 2,
        value: '(30782)',
      },
    ]);
    // A stated value in brackets is an ordinary negative; a minus sign is not accounting style.
    expect(sheet.rows[1]?.statedValue?.toString()).toBe('-30782');
    expect(reconcilePledgeSheet(sheet.rows).findings.map((finding) => finding.code)).toEqual([
      'negative-quantity',
      'negative-proxy',
      'negative-quantity',
      'no-stated-total',
    ]);
    expect(csvSnapshots['pledge-sheet'](JSON.parse(JSON.stringify(sheet)), ['json'])).toEqual(
      sheet,
    );
  });

  it('says the same when the sheet is streamed', async () => {
    const problems = [];
    for await (const batch of streamPledgeSheet([text])) problems.push(...batch.problems);
    expect(problems).toEqual(parsePledgeSheet(text).problems);
  });
});
