import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/cli/render-markdown.js';
import { renderText } from '../../src/cli/render-text.js';
import type { Report } from '../../src/cli/report.js';

// `social-value value` on a sheet of 150,000 lines stopped with "unexpected error: Maximum call
// stack size exceeded" (exit 3) in the text and Markdown formats: the table's lines were pushed
// as the arguments of one call, and its widths measured with Math.max(...widths).
describe('reports with very long tables and lists', () => {
  const count = 200_000;
  const rows = Array.from({ length: count }, (_, index) => [`NT${index}`, '1.50']);
  const report: Report = {
    title: 'Valuation',
    summary: `${count} pledges.`,
    sources: Array.from({ length: count }, (_, index) => `source ${index}`),
    sections: [
      {
        heading: 'Lines',
        table: {
          columns: [{ label: 'Measure' }, { label: 'Value', numeric: true }],
          rows,
          total: ['Total', '300,000.00'],
        },
        list: Array.from({ length: count }, (_, index) => `warning ${index}`),
      },
    ],
    csvTable: { columns: [], rows: [] },
  };

  it('render as text, every row aligned to the widest cell', () => {
    const lines = renderText(report, false).split('\n');
    // Title, summary, blank, heading, header, rule, the rows, rule, total, the list, end.
    expect(lines).toHaveLength(4 + 2 + count + 2 + count + 1);
    // "NT199999" is the widest measure (8 characters), "300,000.00" the widest value (10).
    expect(lines[6]).toBe('NT0             1.50');
    expect(lines[6 + count - 1]).toBe('NT199999        1.50');
  });

  it('render as Markdown, every row and list item kept', () => {
    const lines = renderMarkdown(report).split('\n');
    expect(lines.filter((line) => line.startsWith('| NT'))).toHaveLength(count);
    expect(lines.filter((line) => line.startsWith('- warning '))).toHaveLength(count);
    expect(lines.filter((line) => line.startsWith('- source '))).toHaveLength(count);
  });
});
