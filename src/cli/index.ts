/**
 * The `social-value` command: pledge sheets, valuations, tender scores, thresholds, policies,
 * maturity self-assessments and delivery monitoring from CSV and JSON files, written as terminal
 * tables, JSON, CSV, Markdown or a self-contained HTML report, with SVG charts.
 *
 * @packageDocumentation
 */
import { run } from './run.js';
import { processTerminal } from './terminal.js';

// A reader that stops early (`social-value --help | head`) closes the pipe: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

process.exitCode = await run(process.argv.slice(2), processTerminal());
