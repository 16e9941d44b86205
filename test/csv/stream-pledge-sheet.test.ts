import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type PledgeSheet,
  type PledgeSheetBatch,
  type PledgeSheetSource,
  parsePledgeSheet,
  type StreamPledgeSheetOptions,
  streamPledgeSheet,
} from '../../src/csv/index.js';
import { isSocialValueError, revive, type SocialValueError, toDecimal } from '../../src/index.js';
import { caught } from '../errors.js';
import { expectSame } from '../expect-same.js';

const root = join(import.meta.dirname, '../..');

/** Every batch of a stream, or the error it ends with. */
async function read(
  source: PledgeSheetSource,
  options?: StreamPledgeSheetOptions,
): Promise<PledgeSheetBatch[] | SocialValueError> {
  const batches: PledgeSheetBatch[] = [];
  try {
    for await (const batch of streamPledgeSheet(source, options)) batches.push(batch);
  } catch (error) {
    if (isSocialValueError(error)) return error;
    throw error;
  }
  return batches;
}

/** What parsePledgeSheet gives, or its error. */
function parse(text: string, options?: StreamPledgeSheetOptions): PledgeSheet | SocialValueError {
  try {
    const { batchSize: _, ...rest } = options ?? {};
    return parsePledgeSheet(text, rest);
  } catch (error) {
    if (isSocialValueError(error)) return error;
    throw error;
  }
}

/** The batches hold exactly the sheet: rows, problems, and the last batch's totals. */
function expectSheet(
  batches: PledgeSheetBatch[] | SocialValueError,
  sheet: PledgeSheet | SocialValueError,
) {
  if (!Array.isArray(batches) || !('kind' in sheet)) {
    expect(isSocialValueError(batches) && !('kind' in sheet)).toBe(true);
    const [a, b] = [batches as SocialValueError, sheet as SocialValueError];
    expect([a.code, a.message, a.issues]).toEqual([b.code, b.message, b.issues]);
    return;
  }
  const last = batches.at(-1)!;
  expect(batches.map((batch) => batch.done)).toEqual(
    batches.map((_, i) => i === batches.length - 1),
  );
  expectSame(
    batches.flatMap((batch) => batch.rows),
    [...sheet.rows],
  );
  expectSame(
    batches.flatMap((batch) => batch.problems),
    [...sheet.problems],
  );
  expectSame(
    {
      statedTotal: last.statedTotal,
      columns: last.columns,
      tagColumns: last.tagColumns,
      delimiter: last.delimiter,
      headerLine: last.headerLine,
      summary: last.summary,
    },
    {
      statedTotal: sheet.statedTotal,
      columns: sheet.columns,
      tagColumns: sheet.tagColumns,
      delimiter: sheet.delimiter,
      headerLine: sheet.headerLine,
      summary: sheet.summary,
    },
  );
}

/** `text` cut at the given points. */
function pieces(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const parts: string[] = [];
  let from = 0;
  for (const point of [...points, text.length]) {
    parts.push(text.slice(from, point));
    from = point;
  }
  return parts;
}

// Sheets made of the pieces that matter: header words, amounts as spreadsheets write them,
// quotes (closed, doubled, never closed), blank and comment lines, total rows, every line end.
const cell = fc.oneof(
  fc.constantFrom(
    'Reference',
    'Answer',
    'Proxy Value',
    'Pledged Social Value',
    'Theme',
    'CWB Priority',
    'NT1',
    'NT29',
    '',
    ' ',
    '12',
    '16.09',
    '£ 738,768.00',
    '"£ 1,234.50"',
    '(5)',
    '(-5)',
    '£ -',
    'abc',
    'Total',
    '"a, b"',
    '"x ""y"""',
    '"two\nlines"',
    '"open',
    'mid"quote',
    "'=SUM(A1)",
    '# note',
    '1e3',
    '£',
    '0.5',
    '50%',
  ),
  fc.string({ maxLength: 5 }),
);
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
const row = fc.tuple(
  fc.array(cell, { minLength: 1, maxLength: 5 }),
  fc.constantFrom(',', ';', '\t', '|'),
);
const sheetText = fc
  .record({
    bom: fc.boolean(),
    preamble: fc.array(fc.string({ maxLength: 12 }), { maxLength: 2 }),
    header: fc.constantFrom(
      'Reference,Answer,Proxy Value,Pledged Social Value,CWB Priority',
      'Theme;Reference;Answer;Proxy Value',
      'Reference\tAnswer\tNote',
      'Code|Quantity|Note|Note',
      'Nothing,here',
      'Reference,Answer,Proxy Value,Attribution Share,Effect',
    ),
    rows: fc.array(row, { maxLength: 12 }),
    ends: fc.array(lineEnd, { minLength: 1, maxLength: 16 }),
    final: fc.boolean(),
  })
  .map(({ bom, preamble, header, rows, ends }) => {
    const lines = [...preamble, header, ...rows.map(([cells, delimiter]) => cells.join(delimiter))];
    const text = lines.map((line, i) => line + ends[i % ends.length]!).join('');
    return `${bom ? '\uFEFF' : ''}${text}`;
  });
const anyText = fc.oneof(
  { weight: 4, arbitrary: sheetText },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom('a', 'N', 'T', '1', ',', '"', '\n', '\r', ' ', '£'),
    }),
  },
);
const options = fc.record(
  {
    batchSize: fc.integer({ min: 1, max: 5 }),
    comments: fc.constant('#'),
    delimiter: fc.constantFrom(',', ';'),
  },
  { requiredKeys: ['batchSize'] },
);

describe('streamPledgeSheet', () => {
  it('gives the rows and problems of parsePledgeSheet, however the text is cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyText,
        fc.array(fc.nat(), { maxLength: 8 }),
        options,
        async (text, cuts, opts) => {
          expectSheet(await read(pieces(text, cuts), opts), parse(text, opts));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads bytes as UTF-8, cut anywhere (inside a character too)', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, fc.array(fc.nat(), { maxLength: 8 }), async (text, cuts) => {
        const bytes = new TextEncoder().encode(text);
        const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort(
          (a, b) => a - b,
        );
        const chunks: Uint8Array[] = [];
        let from = 0;
        for (const point of [...points, bytes.length]) {
          chunks.push(bytes.slice(from, point));
          from = point;
        }
        expectSheet(await read(chunks), parse(new TextDecoder().decode(bytes)));
      }),
      { numRuns: 200 },
    );
  });

  it('reads a Node Readable, a web ReadableStream and an async iterable alike', async () => {
    const text = readFileSync(join(root, 'examples/pledge-sheet.csv'), 'utf8');
    const sheet = parsePledgeSheet(text, { comments: '#' });
    const parts = pieces(text, [7, 100, 101, 2000, 3333]);
    async function* generated() {
      yield* parts;
    }
    const web = new ReadableStream<string>({
      start(controller) {
        for (const part of parts) controller.enqueue(part);
        controller.close();
      },
    });
    const node = Readable.from(parts.map((part) => Buffer.from(part)));
    for (const source of [generated(), web, node, parts]) {
      const batches = await read(source, { comments: '#', batchSize: 5 });
      expectSheet(batches, sheet);
      // 22 rows in batches of 5: 5, 5, 5, 5 and the last 2.
      expect((batches as PledgeSheetBatch[]).map((batch) => batch.rows.length)).toEqual([
        5, 5, 5, 5, 2,
      ]);
    }
  });

  it('reads a file larger than its first megabyte in pieces of any size', async () => {
    const rows = Array.from(
      { length: 30_000 },
      (_, i) => `NT${i % 90},"note ${i}, with a comma",${i % 7 === 0 ? '"£ 1,234.50"' : i}`,
    );
    const text = `Reference,Note,Answer\r\n${rows.join('\r\n')}\r\n,Total,"£ 10.00"\r\n`;
    expect(text.length).toBeGreaterThan(1024 * 1024);
    const sheet = parsePledgeSheet(text);
    expect(sheet.rows).toHaveLength(30_000);
    expectSheet(
      await read(pieces(text, [1, 65_536, 1_048_575, 1_048_577, 1_200_000]), { batchSize: 7000 }),
      sheet,
    );
  });

  it('recovers 100 quotes that never close, as parsePledgeSheet, and reads every row after each', async () => {
    // Lines 2 to 101 each open a quote; line 102 is read as usual.
    const lines = Array.from({ length: 100 }, (_, i) => `NT${i},"open ${i},${i}`);
    const text = `Reference,Note,Answer\n${lines.join('\n')}\nNT1,"closed, fine",3\n`;
    const sheet = parsePledgeSheet(text);
    expect(sheet.problems.map((problem) => [problem.code, problem.line])).toEqual(
      Array.from({ length: 100 }, (_, i) => ['unbalanced-quote', i + 2]),
    );
    expect(sheet.rows.map((row) => [row.measure, row.line]).slice(-2)).toEqual([
      ['NT99', 101],
      ['NT1', 102],
    ]);
    for (const cuts of [
      [],
      [5, 6, 7, 300, 1000, 1001],
      Array.from({ length: 60 }, (_, i) => i * 37),
    ]) {
      expectSheet(await read(pieces(text, cuts), { batchSize: 3 }), sheet);
    }
  });

  it('refuses a text with more than 100 quotes that never close, naming the line of the 101st, as parsePledgeSheet', async () => {
    // Lines 2 to 121 each open a quote: the 101st is on line 102. Read as papaparse finds it,
    // the rows after it would be swallowed into one cell.
    const lines = Array.from({ length: 120 }, (_, i) => `NT${i},"open ${i},${i}`);
    const text = `Reference,Note,Answer\n${lines.join('\n')}\nNT1,"closed, fine",3\n`;
    const error = caught(() => parsePledgeSheet(text));
    expect([error.code, error.issues[0]?.path, error.details]).toEqual([
      'invalid-input',
      'text',
      { line: 102 },
    ]);
    expect(error.message).toBe(
      'Invalid CSV text: more than 100 quotes are never closed, the 101st on line 102. A file a spreadsheet saves closes every quote it opens: check the quoting of that line and the ones before it, or save the sheet again as CSV.\n  - text: more than 100 quotes never closed (the 101st on line 102)',
    );
    for (const cuts of [
      [],
      [5, 6, 7, 300, 1000, 1001],
      Array.from({ length: 60 }, (_, i) => i * 37),
    ]) {
      expectSheet(await read(pieces(text, cuts), { batchSize: 3 }), error);
    }
  });

  it('reads a line longer than the first mebibyte, with no break, fed ten characters at a time', async () => {
    // One row of 1.5 MiB after the header: papaparse holds it until its end comes; the pieces
    // are given to it together, and the row reads as parsePledgeSheet reads it.
    const long = 'y'.repeat(1.5 * 1024 * 1024);
    for (const text of [
      `Reference,Answer,Note\r\nNT1,1,x\r\nNT2,2,${long}`,
      `Reference,Answer,Note\r\nNT1,1,x\r\nNT2,2,"${long}`,
    ]) {
      const sheet = parsePledgeSheet(text);
      expect(sheet.rows.map((row) => row.measure)).toEqual(['NT1', 'NT2']);
      const cuts = Array.from({ length: Math.ceil(text.length / 10) }, (_, i) => i * 10);
      expectSheet(await read(pieces(text, cuts)), sheet);
    }
  });

  it('stays streaming after a quote that never closes: rows come before the rest is read', async () => {
    // A quote opened by mistake after the first mebibyte (read whole to guess the delimiter),
    // then rows up to 3.5 MiB.
    const MiB = 1024 * 1024;
    const row = (i: number) => `NT${i},${i % 9},note ${i}\r\n`;
    let pulled = 0;
    let broken = 0;
    let pulledAfterBroken: number | undefined;
    function* source() {
      let piece = 'Reference,Answer,Note\r\n';
      for (let i = 1; pulled < 3.5 * MiB; i += 1) {
        if (broken === 0 && pulled > 1.25 * MiB) {
          broken = i;
          piece += `NT${i},1,"opened by mistake\r\n`;
        } else piece += row(i);
        if (piece.length >= 65_536) {
          pulled += piece.length;
          yield piece;
          piece = '';
        }
      }
      yield piece;
    }
    const problems: [string, string][] = [];
    for await (const batch of streamPledgeSheet(source(), { batchSize: 100 })) {
      if (broken > 0 && batch.rows.some((read) => read.measure === `NT${broken + 1}`)) {
        pulledAfterBroken ??= pulled;
      }
      problems.push(
        ...batch.problems.map((problem): [string, string] => [problem.code, problem.value]),
      );
    }
    expect(problems).toEqual([['unbalanced-quote', `NT${broken},1,"opened by mistake`]]);
    // The row after the broken one comes once its quote has run past a mebibyte, not after the
    // last piece.
    expect(pulledAfterBroken).toBeLessThan(3 * MiB);
  });

  it('reads a quoted cell that runs over lines past a mebibyte as a quote that never closes, as parsePledgeSheet', async () => {
    const long = 'y'.repeat(1024 * 1024);
    const text = `Reference,Answer,Note\nNT1,1,"starts\n${long}"\nNT2,2,x\n`;
    const sheet = parsePledgeSheet(text);
    expect(sheet.problems.map((problem) => [problem.code, problem.line])[0]).toEqual([
      'unbalanced-quote',
      2,
    ]);
    expect(sheet.rows.map((read) => [read.measure, read.line])).toContainEqual(['NT2', 4]);
    // A cell as long on one line, or over lines but shorter, is read as written.
    const oneLine = parsePledgeSheet(`Reference,Answer,Note\nNT1,1,"${long}"\nNT2,2,x\n`);
    expect(oneLine.problems).toEqual([]);
    expect(oneLine.rows[0]?.tags.Note).toHaveLength(1024 * 1024);
    const short = parsePledgeSheet(
      `Reference,Answer,Note\nNT1,1,"a\n${'y'.repeat(1000)}"\nNT2,2,x\n`,
    );
    expect(short.problems).toEqual([]);
    expect(short.rows.map((read) => read.measure)).toEqual(['NT1', 'NT2']);
    for (const cuts of [[], [1000, 70_000, 1_048_600], [1_048_590]]) {
      expectSheet(await read(pieces(text, cuts)), sheet);
    }
  });

  it('refuses what is not a source, chunks that are not text, and bad options', async () => {
    for (const source of [null, 5, 'Reference,Answer', {}]) {
      const error = caught(() => streamPledgeSheet(source as never));
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]?.path).toBe('source');
    }
    const option = caught(() => streamPledgeSheet([], { batchSize: 0 }));
    expect(option.issues[0]?.path).toBe('options.batchSize');
    const misspelt = caught(() => streamPledgeSheet([], { batchsize: 5 } as never));
    expect(misspelt.issues[0]?.message).toBe('unknown key (did you mean "batchSize"?)');
    const chunk = await read([5 as never]);
    expect(isSocialValueError(chunk) && chunk.issues[0]?.path).toBe('source');
    const empty = await read([]);
    expect(isSocialValueError(empty) && empty.issues[0]?.path).toBe('text');
  });

  it('refuses a column named in options.columns that no header row has, as parsePledgeSheet', async () => {
    const text = 'Reference,Answer,Value\nNT1,24,738768\n';
    const options = { columns: { quantity: 'Answers' } };
    const error = await read([text], options);
    expect(isSocialValueError(error) && error.message).toBe(
      (parse(text, options) as SocialValueError).message,
    );
  });

  it('gives batches whose JSON revive reads back as the same batches', async () => {
    // Seed 004's sheet in batches of 5: 22 measure rows, so 5 batches, the last with the stated
    // total £8,461,245.35 and the 2 rows left (NT67 £1,000.00, NT68 £0).
    const text = readFileSync(join(root, 'examples/pledge-sheet.csv'), 'utf8');
    const batches = (await read([text], { comments: '#', batchSize: 5 })) as PledgeSheetBatch[];
    expect(batches.map((batch) => [batch.rows.length, batch.done])).toEqual([
      [5, false],
      [5, false],
      [5, false],
      [5, false],
      [2, true],
    ]);
    for (const batch of batches) {
      const json = JSON.stringify(batch);
      const back = revive(JSON.parse(json), 'pledge-sheet-batch');
      expectSame(back, batch);
      expect(JSON.stringify(back)).toBe(json);
      expectSame(revive(json), batch);
    }
    const last = revive(JSON.parse(JSON.stringify(batches.at(-1))), 'pledge-sheet-batch');
    expect(last.statedTotal?.toString()).toBe('8461245.35');
    expect(last.rows.map((row) => [row.measure, row.statedValue?.toString()])).toEqual([
      ['NT67', '1000'],
      ['NT68', '0'],
    ]);
    // A batch stored with a cell out of shape is refused at its path, as a sheet is.
    const tampered = JSON.parse(JSON.stringify(batches[0]));
    tampered.rows[0].quantity = 'lots';
    expect(caught(() => revive(tampered, 'pledge-sheet-batch')).issues[0]?.path).toBe(
      'json.rows[0].quantity',
    );
    expect(toDecimal(last.rows[1]!.proxyValue!).toString()).toBe('0');
  });
});
