// `track` draws its chart (trackDelivery's totals as of each of the chart's dates: up to 24
// delivery dates and the financial years' ends, worked out together) only for an output that
// shows it: HTML, or --chart. Text, Markdown, CSV and JSON never show a chart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { root } from './run-cli.js';
import { tempFiles } from './temp-files.js';

const { pathOf } = tempFiles('sv-track-chart-');
const TRACK = [
  'track',
  'examples/cli/highways-pledges.csv',
  'examples/cli/highways-deliveries.csv',
  '--start',
  '2025-04-01',
  '--end',
  '2028-03-31',
];

/** Runs the command with standard error a terminal, so progress is written there. */
async function withProgress(args: readonly string[]): Promise<{ status: number; err: string }> {
  let err = '';
  const status = await run(args, {
    out: () => {},
    err: (text) => {
      err += text;
    },
    outIsTTY: false,
    errIsTTY: true,
    env: { PATH: process.env.PATH ?? '' },
    cwd: root,
  });
  return { status, err };
}

describe('track draws its chart only for an output that shows it', () => {
  it('not for text, Markdown, CSV or JSON', async () => {
    for (const format of ['text', 'md', 'csv', 'json']) {
      const { status, err } = await withProgress([...TRACK, '--format', format]);
      expect([format, status, err.includes('Drawing the delivery chart')]).toEqual([
        format,
        0,
        false,
      ]);
    }
  });

  it('for HTML (an --out ending .html too) and --chart', async () => {
    const html = await withProgress([...TRACK, '--format', 'html']);
    expect(html.err).toContain('Drawing the delivery chart');
    const implied = await withProgress([...TRACK, '--out', pathOf('report.html')]);
    expect(implied.err).toContain('Drawing the delivery chart');
    expect(readFileSync(pathOf('report.html'), 'utf8')).toContain('<svg');
    const svg = await withProgress([...TRACK, '--chart', pathOf('chart.svg')]);
    expect(svg.err).toContain('Drawing the delivery chart');
    expect(readFileSync(pathOf('chart.svg'), 'utf8')).toMatch(/^<svg/);
  });
});
