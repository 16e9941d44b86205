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
// Any other failure to write (a full disk, `> /dev/full`) is bad output, said in one line (when
// standard error can still be written), never a stack trace: exit code 2.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream === process.stdout) {
      process.stderr.write(
        `social-value: error: standard output cannot be written (${error.code ?? error.message}).\n`,
      );
    }
    process.exit(2);
  });
}

process.exitCode = await run(process.argv.slice(2), processTerminal());
