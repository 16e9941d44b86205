// Every command whose result carries `warnings` lists them under a "Warnings" heading, one line
// per warning with its severity, in the terminal, Markdown and HTML outputs alike (JSON carries
// the result's own `warnings`). Run in-process on a recording terminal.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

const root = resolve(import.meta.dirname, '../..');
let temp = '';

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'sv-cli-warnings-'));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function runCli(args: readonly string[]): Promise<{ status: number; stdout: string }> {
  let stdout = '';
  const status = await run(args, {
    out: (text) => {
      stdout += text;
    },
    err: () => {},
    outIsTTY: false,
    errIsTTY: false,
    env: {},
    cwd: root,
  });
  return { status, stdout };
}

// The warning the threshold table gives for a date on or after 1 January 2028, when the next
// biennial revision was due: the latest row (in force from 2026-01-01) is given with it.
const REVISED =
  'warning: The threshold shown is the one in force from 2026-01-01; thresholds are revised every two years and the next revision was due on 2028-01-01, so for a procurement commenced on 2028-03-01 it may have been revised: check the amounts in force on that day.';

/** The list items under the "Warnings" heading of each format. */
async function warningsIn(args: readonly string[]): Promise<Record<string, string[]>> {
  const text = (await runCli([...args, '--format', 'text'])).stdout;
  const md = (await runCli([...args, '--format', 'md'])).stdout;
  const html = (await runCli([...args, '--format', 'html'])).stdout;
  return {
    text: listAfter(text, 'Warnings'),
    md: listAfter(md, '## Warnings'),
    html: html.includes('>Warnings</h2>')
      ? [...htmlList(html.slice(html.indexOf('>Warnings</h2>')))].map(decodeHtml)
      : [],
  };
}

/** The `- ` items of the first list after the heading line, up to the next blank line. */
function listAfter(output: string, heading: string): string[] {
  const lines = output.split('\n');
  const start = lines.indexOf(heading);
  if (start === -1) return [];
  const rest = lines.slice(start + 1);
  const first = rest.findIndex((line) => line !== '');
  const end = rest.indexOf('', first);
  return rest
    .slice(first, end === -1 ? undefined : end)
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2));
}

function htmlList(html: string): string[] {
  const list = html.slice(0, html.indexOf('</ul>'));
  return [...list.matchAll(/<li>(.*?)<\/li>/g)].map((match) => match[1]!);
}

function decodeHtml(text: string): string {
  return text
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

describe('warnings are listed by every command whose result has them', () => {
  it('threshold: figures-may-be-revised from 2028', async () => {
    const args = ['threshold', '--contract-type', 'services', '--authority', 'sub-central'];
    const listed = await warningsIn([...args, '--date', '2028-03-01']);
    expect(listed).toEqual({ text: [REVISED], md: [REVISED], html: [REVISED] });
    // Before 2028 the figure stands: no section.
    expect((await runCli([...args, '--date', '2026-03-01'])).stdout).not.toContain('Warnings');
  });

  it('requires: the statutory threshold’s warning', async () => {
    const contract = join(temp, 'contract-2028.json');
    writeFileSync(
      contract,
      JSON.stringify({
        contractType: 'services',
        authority: 'sub-central',
        value: '250000',
        vatBasis: 'inclusive',
        durationMonths: 24,
        commencedOn: '2028-03-01',
      }),
    );
    const listed = await warningsIn(['requires', contract, '--policy', 'ppn002']);
    expect(listed).toEqual({ text: [REVISED], md: [REVISED], html: [REVISED] });
  });

  it('value: the present value’s warnings as well as the valuation’s', async () => {
    // 32 years from 2026 at a flat 3.5%: year 2057 is 31 years after the base year, past the
    // Green Book's first band (years 0–30), so presentValue adds its info flat-rate-long-series.
    const listed = await warningsIn([
      'value',
      'examples/pledge-sheet.csv',
      '--years',
      '32',
      '--first-year',
      '2026',
      '--discount',
      '0.035',
    ]);
    const flat =
      "info: A flat rate of 3.5% is applied beyond year 30 (2057), where the Green Book's rates decline: leave out the rate to use its schedule.";
    expect(listed.text).toContain(flat);
    expect(listed.md).toEqual(listed.text);
    expect(listed.html).toEqual(listed.text);
  });

  it('track: a tag value written two ways on the lines', async () => {
    // The sheet's extra column is a tag: one department written "Housing" and "housing".
    const sheet = join(temp, 'departments.csv');
    writeFileSync(
      sheet,
      'Theme,Reference,Question,Units,Proxy Value,Answer,Pledged Social Value,department\nJobs,NT1,q,u,10,1,10,Housing\nJobs,NT2,q,u,5,4,20,housing\n',
    );
    const deliveries = join(temp, 'departments-deliveries.csv');
    writeFileSync(deliveries, 'measure,date,quantity\nNT1,2025-01-01,1\n');
    const args = ['track', sheet, deliveries, '--start', '2024-04-01', '--end', '2026-03-31'];
    const spelt =
      'warning: Tag "department" has one value written 2 ways, totalled apart in byTag: "Housing" (line 0) and "housing" (line 1).';
    expect(await warningsIn(args)).toEqual({ text: [spelt], md: [spelt], html: [spelt] });
  });
});
