// What a hostile sheet or file name can hold (escape codes, bidirectional overrides, Markdown and
// HTML markup) is shown as text in every format and on standard error, never run or obeyed; and
// output that cannot be written is a message and exit code 2, never a stack trace.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePledgeSheet } from 'social-value/csv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/cli/render-csv.js';
import { renderHtml } from '../../src/cli/render-html.js';
import { renderMarkdown } from '../../src/cli/render-markdown.js';
import { renderText } from '../../src/cli/render-text.js';
import type { Report } from '../../src/cli/report.js';
import { bin, cli, ensureBuilt, root } from './run-cli.js';

const ESC = '\u001b';
const RLO = '\u202e';
let temp = '';

/** The control characters and overrides in a text (other than line feeds). */
function unshown(text: string): string[] {
  return [...text].filter((char) => {
    const code = char.codePointAt(0)!;
    return (code < 0x20 && char !== '\n') || (code >= 0x7f && code <= 0x9f) || char === RLO;
  });
}

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'sv-hostile-'));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A report whose every text holds a bidi override, an escape code and markup. */
function report(text: string): Report {
  const table = {
    columns: [{ label: 'Theme' }, { label: 'Value', numeric: true }],
    rows: [[text, '£5.00']],
  };
  return {
    title: 'Title',
    summary: text,
    sources: [text],
    sections: [{ heading: 'Lines', text: [text], table, list: [text] }],
    csvTable: table,
  };
}

describe('hostile text in the outputs', () => {
  const hostile = `${RLO}evil ${ESC}[31m&amp; ~x~`;

  it('text: an override or escape code is shown as U+FFFD, so the figures after it read as written', () => {
    const out = renderText(report(hostile), false);
    expect(unshown(out)).toEqual([]);
    expect(out).toContain('\uFFFDevil \uFFFD[31m&amp; ~x~  £5.00');
  });

  it('Markdown: entities, strikethrough and a leading heading or list mark are escaped', () => {
    const out = renderMarkdown(report(hostile));
    expect(unshown(out)).toEqual([]);
    expect(out).toContain('| \uFFFDevil \uFFFD\\[31m\\&amp; \\~x\\~ | £5.00 |');
    const marks = renderMarkdown(report('# not a heading'));
    expect(marks).toContain('\n\\# not a heading\n');
    expect(renderMarkdown(report('- not an item'))).toContain('\n- \\- not an item\n');
    expect(renderMarkdown(report('1. not a list'))).toContain('\n1\\. not a list\n');
    expect(renderMarkdown(report('+ x'))).toContain('\n\\+ x\n');
  });

  it("Markdown: a heading's closing # is kept (a file or model name ending in ' #')", () => {
    const out = renderMarkdown({
      ...report('x'),
      title: 'Pledge sheet reconciliation: sheet #',
      sections: [{ heading: 'Policy: Level ##', text: ['p'] }],
    });
    expect(out).toContain('# Pledge sheet reconciliation: sheet \\#\n');
    expect(out).toContain('\n## Policy: Level \\#\\#\n');
  });

  it('HTML: markup escaped, control characters and overrides shown as U+FFFD', () => {
    const out = renderHtml(report(`<script>x</script>${hostile}\u0000`));
    expect(unshown(out)).toEqual([]);
    expect(out).toContain(
      '<td>&lt;script&gt;x&lt;/script&gt;\uFFFDevil \uFFFD[31m&amp;amp; ~x~\uFFFD</td>',
    );
    expect(out).not.toContain('<script>');
  });

  it('CSV: a cell a spreadsheet would run gets the apostrophe formatValuationCsv gives it (headers are text)', () => {
    const cells = ['=1+1', '\0x', '\nx', '\uFF1Dx', '\uFF20x', "'=x", '+5', '-£12.50', "'"];
    const table = { columns: cells.map((label) => ({ label })), rows: [] };
    const out = renderCsv({ ...report(''), csvTable: table });
    expect(out).toBe(`'=1+1,'\0x,"'\nx",'\uFF1Dx,'\uFF20x,''=x,'+5,'-£12.50,'\r\n`);
    const parsed = parsePledgeSheet(`Reference,Answer,${out.trimEnd()}\r\nNT1,1\r\n`);
    expect(parsed.tagColumns).toEqual(cells);
  });

  it('CSV: text that reads as a number (a bid id +1) gets the apostrophe too; figures stay numbers', async () => {
    // A spreadsheet would show the id +1 as the number 1 and -2 as a figure; the prices and
    // scores, figures, are written as numbers (-500 as -500).
    const table = {
      columns: [{ label: '-1' }, { label: 'Id' }, { label: 'Value', numeric: true }],
      rows: [
        ['+1', { text: '-£500.00', exact: '-500' }, '-500'],
        ['-2', '+1e3', '-£12.50'],
      ],
      total: ['-', { text: 'x', exact: '-0.5' }, { text: '-£1.00', exact: '-1' }],
    };
    expect(renderCsv({ ...report(''), csvTable: table })).toBe(
      "'-1,Id,Value\r\n'+1,-500,-500\r\n'-2,'+1e3,-£12.50\r\n'-,-0.5,-1\r\n",
    );
    const bids = join(temp, 'number-ids.csv');
    writeFileSync(bids, 'id,price,quality,sv\n+1,1000000,4,50000\n-2,1200000,5,20000\n');
    const run = await cli(['score', 'examples/cli/model.json', bids, '--format', 'csv']);
    const rows = run.stdout.trimEnd().split('\r\n');
    expect(rows.slice(1).map((row) => row.split(',').slice(0, 3))).toEqual([
      ['1', "'-2", '1200000'],
      ['2', "'+1", '1000000'],
    ]);
  });
});

describe('standard error', () => {
  it('shows an escape code in a header or a file name as U+FFFD', async () => {
    const bids = join(temp, 'bids.csv');
    writeFileSync(bids, `id,price,quality,sv,${ESC}]0;title\u0007X\nA,1,4,5,1\n`);
    const header = await cli(['score', 'examples/cli/model.json', bids]);
    expect(header.status).toBe(2);
    expect(unshown(header.stderr)).toEqual([]);
    const file = await cli(['value', join(temp, `${ESC}[2J${RLO}.csv`)]);
    expect(file.status).toBe(2);
    expect(file.stderr).toContain('\uFFFD[2J\uFFFD.csv: cannot be read (no such file or folder).');
    const flag = await cli(['value', 'examples/pledge-sheet.csv', `--${ESC}[1m`]);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain("unknown option '--\uFFFD[1m'");
  });

  it.skipIf(!existsSync('/dev/full'))(
    'output that cannot be written (a full disk) is a message and exit code 2, not a stack trace',
    () => {
      ensureBuilt();
      const full = openSync('/dev/full', 'w');
      try {
        // A sheet whose stated figures add up: nothing else is written to stderr.
        const sheet = 'examples/cli/highways-pledges.csv';
        const result = spawnSync(process.execPath, [bin, 'value', sheet], {
          cwd: root,
          encoding: 'utf8',
          stdio: ['ignore', full, 'pipe'],
        });
        expect(result.status).toBe(2);
        expect(result.stderr).toBe(
          'social-value: error: standard output cannot be written (ENOSPC).\n',
        );
      } finally {
        closeSync(full);
      }
    },
  );
});
