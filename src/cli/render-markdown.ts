// The Markdown form of a report, to paste into a board paper or an issue.
import { escapeBlockStart } from '../core/text.js';
import { type CellInput, cellText, hasText, printable, type Report, type Table } from './report.js';

/** Renders a report as Markdown: headings, paragraphs, tables (figures right-aligned), lists. */
export function renderMarkdown(report: Report): string {
  const lines: string[] = [`# ${heading(report.title)}`, '', block(report.summary)];
  // One push a line: a table or list of 150,000 lines is too many arguments for one call.
  const add = (more: readonly string[]) => {
    for (const line of more) lines.push(line);
  };
  if (report.sources.length > 0) {
    add(['', ...report.sources.map((source) => `- ${block(source)}`)]);
  }
  for (const section of report.sections.filter(hasText)) {
    lines.push('', `## ${heading(section.heading)}`);
    for (const paragraph of section.text ?? []) lines.push('', block(paragraph));
    if (section.table !== undefined) add(['', ...tableLines(section.table)]);
    if (section.list !== undefined && section.list.length > 0) {
      add(['', ...section.list.map((item) => `- ${block(item)}`)]);
    }
  }
  return `${lines.join('\n')}\n`;
}

function tableLines(table: Table): string[] {
  const row = (cells: readonly CellInput[], strong = false) =>
    `| ${cells
      .map((cell) => {
        const text = cellCode(cellText(cell));
        return strong && text !== '' ? `**${text}**` : text;
      })
      .join(' | ')} |`;
  const out = [
    row(table.columns.map((column) => column.label)),
    `| ${table.columns.map((column) => (column.numeric === true ? '---:' : '---')).join(' | ')} |`,
    ...table.rows.map((cells) => row(cells)),
  ];
  if (table.total !== undefined) out.push(row(table.total, true));
  return out;
}

/**
 * Escapes what Markdown would read as markup in running text: emphasis, code, links, HTML,
 * entities (`&amp;` shows as written), strikethrough and table pipes.
 */
function inline(text: string): string {
  return printable(text).replace(/([\\`*_[\]<>|&~])/g, '\\$1');
}

/**
 * Heading text: as {@link inline}, and a run of `#` at its end escaped, so that a name ending in
 * ` #` keeps its `#` (Markdown reads an unescaped run there as the heading's closing sequence).
 */
function heading(text: string): string {
  const written = inline(text);
  // A scan from the end, not a pattern: /#+\s*$/ would rescan a long run of `#` from each start.
  const end = written.trimEnd().length;
  let start = end;
  while (start > 0 && written[start - 1] === '#') start -= 1;
  return `${written.slice(0, start)}${'\\#'.repeat(end - start)}${written.slice(end)}`;
}

/**
 * Text that starts a paragraph or a list item: as {@link inline}, and a leading `#`, `-`, `+`,
 * `=` or `1.` escaped too, so that it is not read as a heading or a list.
 */
function block(text: string): string {
  return escapeBlockStart(inline(text.trimStart()));
}

function cellCode(text: string): string {
  return inline(text);
}
