// The HTML reports and SVG charts opened in headless Chromium (Debian's `chromium`, which
// .ci/run installs when missing): the figures a reader sees, tables whose shown lines add up
// to their shown totals, no request beyond the file itself, and a print layout without dark
// backgrounds. Screenshots go to SV_SCREENSHOTS when it names a folder, to look at.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { toDecimal } from 'social-value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

// The page's own globals, used inside page.evaluate (the project compiles without the DOM lib).
interface PageElement {
  readonly textContent: string | null;
  readonly children: Iterable<PageElement>;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
}
declare const document: PageElement;
declare function getComputedStyle(element: PageElement): {
  backgroundColor: string;
  breakInside: string;
};

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs it.`);

const SHEET = 'examples/pledge-sheet.csv';
const reports: Record<string, string[]> = {
  reconcile: ['reconcile', SHEET],
  value: [
    'value',
    SHEET,
    '--contract-value',
    '12000000',
    '--years',
    '3',
    '--first-year',
    '2026',
    '--price-year',
    '2021',
  ],
  score: ['score', 'examples/cli/model.json', 'examples/cli/bids.csv', '--sensitivity'],
  plan: [
    'plan',
    'examples/cli/responses.json',
    '--model',
    'svmi-public',
    '--target',
    'examples/cli/target.json',
    '--years',
    '2',
  ],
  track: [
    'track',
    SHEET,
    'examples/cli/deliveries.csv',
    '--start',
    '2024-04-01',
    '--end',
    '2027-03-31',
    '--as-of',
    '2025-09-30',
    '--price-year',
    '2021',
  ],
  portfolio: ['portfolio', 'examples/cli/portfolio'],
};

let browser: Browser;
let temp = '';
const shots = process.env.SV_SCREENSHOTS;

/** Opens a written report, recording every request the page makes. */
async function open(name: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`file://${join(temp, `${name}.html`)}`);
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  return { page, requests };
}

/** The cells of a table (by its heading) as text: head, body rows, foot. */
async function tableUnder(page: Page, heading: string) {
  return page.evaluate((text) => {
    const section = [...document.querySelectorAll('section')].find(
      (element) => element.querySelector('h2')?.textContent === text,
    );
    const table = section?.querySelector('table');
    if (!table) return null;
    const cells = (row: PageElement) => [...row.children].map((cell) => cell.textContent ?? '');
    return {
      head: cells(table.querySelector('thead tr')!),
      body: [...table.querySelectorAll('tbody tr')].map(cells),
      foot: table.querySelector('tfoot tr') ? cells(table.querySelector('tfoot tr')!) : null,
    };
  }, heading);
}

const pounds = (text: string) => toDecimal(text.replace(/[£,]/g, '') || '0');

/** Every £ column of a table with a total row adds up, as shown, to the total shown. */
function expectColumnsAddUp(table: NonNullable<Awaited<ReturnType<typeof tableUnder>>>) {
  let checked = 0;
  table.foot?.forEach((total, column) => {
    if (!/^-?£/.test(total)) return;
    const sum = table.body.reduce((acc, row) => acc.plus(pounds(row[column] ?? '')), toDecimal(0));
    expect(`${table.head[column]}: ${sum.toFixed(2)}`).toBe(
      `${table.head[column]}: ${pounds(total).toFixed(2)}`,
    );
    checked += 1;
  });
  expect(checked).toBeGreaterThan(0);
}

describe.skipIf(!available)('reports and charts in headless Chromium', () => {
  beforeAll(async () => {
    temp = mkdtempSync(join(tmpdir(), 'sv-browser-'));
    for (const [name, args] of Object.entries(reports)) {
      const run = await cli([
        ...args,
        '--format',
        'html',
        '--out',
        join(temp, `${name}.html`),
        '--chart',
        join(temp, `${name}.svg`),
      ]);
      expect(run.status === 0 || run.status === 1, run.stderr).toBe(true);
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(temp, { recursive: true, force: true });
  });

  it('reconciliation: the corrected total, findings, and rows that add up', async () => {
    const { page, requests } = await open('reconcile');
    expect(await page.title()).toBe('Pledge sheet reconciliation: examples/pledge-sheet.csv');
    expect(await page.locator('.summary').textContent()).toContain('corrected total £2,822,946.31');
    const rows = (await tableUnder(page, 'Rows'))!;
    expect(rows.body).toHaveLength(22);
    expect(rows.foot?.slice(4, 7)).toEqual(['£2,822,946.49', '£8,461,245.35', '£2,822,946.31']);
    expectColumnsAddUp(rows);
    const findings = (await tableUnder(page, 'Findings'))!;
    expect(findings.body.find((row) => row[1] === 'NT18')?.slice(2, 4)).toEqual([
      'likely-scale-error',
      'error',
    ]);
    const chart = page.locator('figure svg[role="img"]');
    expect(await chart.count()).toBe(1);
    expect(await chart.locator('title').first().textContent()).toBe(
      'Corrected pledged value by theme',
    );
    expect(requests).toEqual([`file://${join(temp, 'reconcile.html')}`]);
    await page.close();
  });

  it('valuation: by theme, social value added and present value', async () => {
    const { page, requests } = await open('value');
    const themes = (await tableUnder(page, 'By theme'))!;
    expect(themes.foot?.[1]).toBe('£2,822,946.49');
    expectColumnsAddUp(themes);
    const sva = (await tableUnder(page, 'Social value added'))!;
    expect(sva.body.map((row) => row[1])).toEqual([
      '£12,000,000.00',
      '£2,822,946.49',
      '23.52%',
      'between the median and the 75th percentile',
    ]);
    const present = (await tableUnder(page, 'Present value'))!;
    expect(present.foot).toEqual(['Total', '£2,822,946.49', '', '£2,728,560.59']);
    expectColumnsAddUp(present);
    expectColumnsAddUp((await tableUnder(page, 'Lines'))!);
    expect(await page.locator('figure svg.sv-bar-chart').count()).toBe(1);
    expect(await page.locator('figure svg.sv-benchmark-strip-chart').count()).toBe(1);
    expect(requests).toHaveLength(1);
    await page.close();
  });

  it('tender evaluation: the winner, its scores and the weight ranges', async () => {
    const { page } = await open('score');
    const ranking = (await tableUnder(page, 'Ranking'))!;
    expect(ranking.body[0]).toEqual([
      '1',
      'C',
      '£1,050,000.00',
      '48.00',
      '28.57',
      '10.00',
      '86.57',
      'winner',
    ]);
    for (const row of ranking.body) {
      const sum = row.slice(3, 6).reduce((acc, cell) => acc.plus(cell), toDecimal(0));
      expect(sum.toFixed(2)).toBe(row[6]);
    }
    expect(await page.locator('figure svg.sv-weight-range-chart').count()).toBe(1);
    await page.close();
  });

  it('maturity plan: present against target, and the radar', async () => {
    const { page } = await open('plan');
    const comparison = (await tableUnder(page, 'Present and target'))!;
    expect(comparison.foot).toEqual(['Overall', 'Mature (mean 2.4)', 'Leader (mean 3.2)', '']);
    const radar = page.locator('figure svg.sv-radar-chart');
    expect(await radar.count()).toBe(1);
    expect(await radar.locator('desc').first().textContent()).toContain(
      'Measurement: TOMs: Present 2, Target 4',
    );
    expect((await tableUnder(page, 'Year by year'))!.body).toHaveLength(22);
    await page.close();
  });

  it('delivery report and portfolio statement', async () => {
    const track = await open('track');
    expectColumnsAddUp((await tableUnder(track.page, 'Pledge lines'))!);
    expect(await track.page.locator('figure svg.sv-delivery-chart').count()).toBe(1);
    await track.page.close();
    const { page } = await open('portfolio');
    const contracts = (await tableUnder(page, 'Contracts'))!;
    expect(contracts.foot?.slice(0, 5)).toEqual([
      'Total',
      '',
      '£3,902,260.53',
      '£2,961,278.37',
      '£2,185,181.32',
    ]);
    expectColumnsAddUp(contracts);
    expectColumnsAddUp((await tableUnder(page, 'By financial year'))!);
    await page.close();
  });

  it('prints without dark backgrounds, tables and charts kept whole', async () => {
    const { page } = await open('reconcile');
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => {
      const background = (selector: string) =>
        getComputedStyle(document.querySelector(selector)!).backgroundColor;
      return {
        body: background('body'),
        head: background('thead th'),
        row: getComputedStyle(document.querySelector('tbody tr')!).breakInside,
        figure: getComputedStyle(document.querySelector('figure')!).breakInside,
      };
    });
    expect(styles).toEqual({
      body: 'rgb(255, 255, 255)',
      head: 'rgba(0, 0, 0, 0)',
      row: 'avoid',
      figure: 'avoid',
    });
    const pdf = join(temp, 'reconcile.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it('charts written with --chart open on their own', async () => {
    const page = await browser.newPage({ viewport: { width: 700, height: 600 } });
    for (const [name, title] of [
      ['value', 'Social value by theme'],
      ['score', 'Weights that keep the winner'],
      ['plan', 'Maturity by theme: present and target'],
      ['track', 'Value expected and delivered over time'],
      ['portfolio', 'Social value delivered by contract'],
    ] as const) {
      await page.goto(`file://${join(temp, `${name}.svg`)}`);
      expect(await page.locator('svg > title').textContent()).toBe(title);
      const box = await page.locator('svg').boundingBox();
      expect(box?.width).toBeGreaterThan(300);
      if (shots) await page.screenshot({ path: join(shots, `${name}-chart.png`) });
    }
    await page.close();
  });
});
