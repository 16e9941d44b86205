// A real browser test: a page bundled (esbuild, for the browser) from the packed package installed
// in `scratch`, which reads the example pledge sheet, checks and values it, evaluates a tender and
// charts the result, served on localhost and opened in headless Chromium (Debian's `chromium`,
// driven by playwright-core). Checks every figure in the DOM against test/embed/figures.js and that
// the console shows no error. Used by scripts/consumer-test.mjs.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { expectedFigures } from '../test/embed/figures.js';

const root = resolve(import.meta.dirname, '..');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Headless Chromium on a machine with a closed network: no sandbox (CI runs as root), no GPU,
// no background connections.
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const page = `import * as sv from 'social-value';
import { barChart } from 'social-value/charts';
import * as csv from 'social-value/csv';
import { scenario } from './scenario.js';

const labels = {
  statedTotal: 'Stated total', correctedTotal: 'Corrected total', computedTotal: 'Rows at their proxies',
  scaleError: 'Scale error on', valuationTotal: 'Valued total', socialValueAdded: 'Social value added',
  winner: 'Winner', winnerTotal: "Winner's score", ranking: 'Ranking', summary: 'Summary',
};
const text = await (await fetch('./pledge-sheet.csv')).text();
const figures = scenario({ ...sv, ...csv }, text);
const table = document.querySelector('#figures');
for (const [key, value] of Object.entries(figures)) {
  const row = table.insertRow();
  row.insertCell().textContent = labels[key] ?? key;
  const cell = row.insertCell();
  cell.dataset.figure = key;
  cell.textContent = value;
}
const sheet = csv.parsePledgeSheet(text, { comments: '#' });
const framework = csv.toFramework(sheet.rows, { id: 's', name: 'Sheet', edition: 'sheet', priceYear: 2021 });
const valuation = sv.valuePledges(framework, csv.toPledges(sheet.rows));
document.querySelector('#chart').innerHTML = barChart({
  title: 'Pledged social value by theme',
  valueFormat: 'money',
  bars: framework.themes.map((theme) => ({ label: theme.shortName ?? theme.name, value: valuation.byTheme[theme.id] })),
});
document.body.dataset.done = 'yes';
`;

const html = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>social-value in the browser</title>
<style>body{font:16px system-ui,sans-serif;margin:2rem;max-width:46rem}td{padding:.2rem .8rem;border-bottom:1px solid #ddd}td:first-child{color:#555}</style>
</head>
<body>
<h1>Pledge sheet and tender, in the browser</h1>
<table id="figures"></table>
<div id="chart"></div>
<script type="module" src="./page.bundle.js"></script>
</body>
</html>
`;

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.csv': 'text/csv',
};

/**
 * Builds and opens the page; returns the problems found (empty when every figure is right).
 * @param {string} scratch A folder where the packed package is installed (node_modules).
 * @param {{ screenshot?: string }} options Where to save a screenshot of the page, if wanted.
 */
export async function browserCheck(scratch, options = {}) {
  const site = join(scratch, 'site');
  mkdirSync(site, { recursive: true });
  writeFileSync(join(scratch, 'page.js'), page);
  copyFileSync(join(root, 'test/embed/scenario.js'), join(scratch, 'scenario.js'));
  copyFileSync(join(root, 'examples/pledge-sheet.csv'), join(site, 'pledge-sheet.csv'));
  writeFileSync(join(site, 'index.html'), html);
  await build({
    entryPoints: [join(scratch, 'page.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: join(site, 'page.bundle.js'),
    logLevel: 'error',
  });

  const server = createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://localhost').pathname.slice(1) || 'index.html';
    try {
      const body = readFileSync(join(site, name.replaceAll('..', '')));
      response.writeHead(200, {
        'content-type': types[extname(name)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  const browser = await chromium.launch({ executablePath, args, headless: true });
  const problems = [];
  try {
    const tab = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    tab.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    tab.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    await tab.goto(`http://127.0.0.1:${port}/`);
    await tab.waitForSelector('body[data-done="yes"]', { timeout: 20_000 }).catch(() => {
      problems.push('the page did not finish');
    });
    const shown = await tab.$$eval('[data-figure]', (cells) =>
      Object.fromEntries(cells.map((cell) => [cell.dataset.figure, cell.textContent])),
    );
    for (const [key, value] of Object.entries(expectedFigures)) {
      if (shown[key] !== value)
        problems.push(`${key}: the page shows ${shown[key]}, expected ${value}`);
    }
    const bars = await tab.$$eval(
      '#chart svg [role="img"], #chart svg rect',
      (nodes) => nodes.length,
    );
    if (bars === 0) problems.push('the chart has no bars');
    if (options.screenshot) await tab.screenshot({ path: options.screenshot, fullPage: true });
  } finally {
    await browser.close();
    server.close();
  }
  return problems;
}
