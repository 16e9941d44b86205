/**
 * The `social-value` command: pledge sheets, valuations, tender scores, thresholds, policies,
 * maturity self-assessments and delivery monitoring from CSV and JSON files, written as terminal
 * tables, JSON, CSV, Markdown or a self-contained HTML report, with SVG charts.
 *
 * @packageDocumentation
 */
import { run } from './run.js';
import { processTerminal } from './terminal.js';

process.exitCode = await run(process.argv.slice(2), processTerminal());
