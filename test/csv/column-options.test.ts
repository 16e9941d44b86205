import { describe, expect, it } from 'vitest';
import { parsePledgeSheet, parseSpendLedger, streamPledgeSheet } from '../../src/csv/index.js';
import { caught } from '../errors.js';

// One header named for two roles in options.columns cannot be read as both: the readers said
// "no header row found … Check the names against the sheet's header row", though the header
// row has that name.
describe('options.columns naming one header for two roles', () => {
  const issues = (run: () => unknown) =>
    caught(run).issues.map((issue) => [issue.path, issue.message]);

  it('is refused at the second role, naming the first, for a pledge sheet', () => {
    const text = 'Reference,Proxy,Answer\nNT1,5,2\n';
    expect(
      issues(() =>
        parsePledgeSheet(text, { columns: { proxyValue: 'answer', quantity: 'Answer' } }),
      ),
    ).toEqual([
      [
        'options.columns.quantity',
        'expected a header no other column is named by, received "Answer", which options.columns.proxyValue names too (headers are compared ignoring case and spacing)',
      ],
    ]);
    // Three roles: the second and the third are named.
    expect(
      issues(() =>
        parsePledgeSheet(text, {
          columns: { measure: 'Ref', proxyValue: ' REF: ', quantity: 'ref' },
        }),
      ).map(([path]) => path),
    ).toEqual(['options.columns.proxyValue', 'options.columns.quantity']);
  });

  it('is refused by the stream and the spend ledger too', async () => {
    // Refused when called, or when read: either way, before any row.
    const error = await (async () => {
      try {
        const stream = streamPledgeSheet(['Reference,Answer\nNT1,2\n'], {
          columns: { measure: 'Answer', quantity: 'Answer' },
        });
        for await (const _ of stream);
      } catch (thrown) {
        return thrown as { issues: { path: string }[] };
      }
      return undefined;
    })();
    expect(error?.issues.map((issue) => issue.path)).toEqual(['options.columns.quantity']);
    expect(
      issues(() =>
        parseSpendLedger('Who,How much,When\nA,100,2025-01-01\n', {
          columns: { supplier: 'Who', amount: 'who', date: 'When' },
        }),
      ),
    ).toEqual([
      [
        'options.columns.amount',
        'expected a header no other column is named by, received "who", which options.columns.supplier names too (headers are compared ignoring case and spacing)',
      ],
    ]);
  });

  it('still reads distinct headers', () => {
    const sheet = parsePledgeSheet('Ref,Unit cost,Target\nNT1,5,2\n', {
      columns: { measure: 'Ref', proxyValue: 'Unit cost', quantity: 'Target' },
    });
    expect(
      sheet.rows.map((row) => [row.measure, String(row.proxyValue), String(row.quantity)]),
    ).toEqual([['NT1', '5', '2']]);
  });
});
