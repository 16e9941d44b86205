// The HTML form of a report: one self-contained file (inline CSS and SVG, no scripts, no
// network: a Content-Security-Policy forbids any request), readable on screen and printable to
// PDF from a browser (page breaks kept out of tables' rows and charts, no dark backgrounds).
import {
  type CellInput,
  cellText,
  printable,
  type Report,
  type Section,
  type Table,
} from './report.js';

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #1a1a1a;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Arial, Helvetica, sans-serif; }
main { max-width: 62rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin: 2.25rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid #1d5a8c; }
p { margin: .5rem 0; max-width: 48rem; }
.summary { font-size: 1.1rem; }
.sources { color: #444; font-size: .875rem; padding-left: 1.25rem; }
table { border-collapse: collapse; margin: .75rem 0 1rem; font-size: .9rem; width: auto; max-width: 100%; }
th, td { border: 1px solid #b8b8b8; padding: .3rem .6rem; text-align: left; vertical-align: top; }
thead th { background: #eef2f6; border-bottom: 2px solid #555; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tfoot td { font-weight: 700; border-top: 2px solid #555; }
ul.items { padding-left: 1.25rem; max-width: 52rem; }
ul.items li { margin: .3rem 0; }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: #444; font-size: .875rem; }
footer { margin-top: 3rem; color: #555; font-size: .8rem; }
@media print {
  @page { margin: 15mm; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tr, figure, li { break-inside: avoid; page-break-inside: avoid; }
  thead th { background: none; }
  section.chart { break-before: auto; }
}
`;

/** Renders a report as one self-contained HTML page. */
export function renderHtml(report: Report): string {
  const sources =
    report.sources.length === 0
      ? ''
      : `<ul class="sources">${report.sources.map((source) => `<li>${escapeHtml(source)}</li>`).join('')}</ul>`;
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="social-value">',
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(report.title)}</h1>`,
    `<p class="summary">${escapeHtml(report.summary)}</p>`,
    sources,
    ...report.sections.map(sectionHtml),
    '<footer>Made with the social-value command line. Figures are rounded for reading; the exact figures are in the JSON and CSV outputs.</footer>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function sectionHtml(section: Section): string {
  const parts = [`<section${section.chart === undefined ? '' : ' class="chart"'}>`];
  parts.push(`<h2>${escapeHtml(section.heading)}</h2>`);
  for (const paragraph of section.text ?? []) parts.push(`<p>${escapeHtml(paragraph)}</p>`);
  if (section.table !== undefined) parts.push(tableHtml(section.table));
  if (section.list !== undefined && section.list.length > 0) {
    parts.push(
      `<ul class="items">${section.list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`,
    );
  }
  if (section.chart !== undefined) {
    parts.push(
      `<figure>${section.chart.svg.trim()}<figcaption>${escapeHtml(section.chart.caption)}</figcaption></figure>`,
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}

function tableHtml(table: Table): string {
  const numeric = table.columns.map((column) => column.numeric === true);
  const cells = (row: readonly CellInput[], tag: 'td' | 'th') =>
    row
      .map((cell, index) => {
        const attributes = numeric[index] === true ? ' class="n"' : '';
        return `<${tag}${attributes}>${escapeHtml(cellText(cell))}</${tag}>`;
      })
      .join('');
  const head = `<thead><tr>${table.columns
    .map(
      (column) =>
        `<th scope="col"${column.numeric === true ? ' class="n"' : ''}>${escapeHtml(column.label)}</th>`,
    )
    .join('')}</tr></thead>`;
  const body = `<tbody>${table.rows.map((row) => `<tr>${cells(row, 'td')}</tr>`).join('')}</tbody>`;
  const foot =
    table.total === undefined ? '' : `<tfoot><tr>${cells(table.total, 'td')}</tr></tfoot>`;
  return `<table>${head}${body}${foot}</table>`;
}

/**
 * Escapes text for HTML content and attribute values, control characters and bidirectional
 * overrides shown as U+FFFD ({@link printable}).
 */
function escapeHtml(text: string): string {
  return printable(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
