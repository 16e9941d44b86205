// The `social-value` command on the example sheet, as a user without code runs it: reconcile
// (exit code 1: the sheet has an error finding), then value it against a contract value (exit
// code 1 too: `value` names the same stated figure on stderr) and write a chart and a
// self-contained HTML report into a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { heading } from './print.js';

const root = resolve(import.meta.dirname, '..');
const bin = join(root, 'dist', 'cli', 'index.js');
const folder = mkdtempSync(join(tmpdir(), 'social-value-demo-'));

function socialValue(...args: string[]): number {
  console.log(`$ social-value ${args.join(' ')}`);
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  process.stdout.write(run.stdout);
  process.stdout.write(run.stderr);
  console.log(`(exit code ${run.status})`);
  if (run.status !== 0 && run.status !== 1) throw new Error(`social-value ${args[0]} failed`);
  return run.status;
}

heading('8. The command line: reconcile, value, chart and report');
socialValue('reconcile', 'examples/pledge-sheet.csv', '--format', 'md');
const chart = join(folder, 'value-by-theme.svg');
const report = join(folder, 'valuation.html');
socialValue(
  'value',
  'examples/pledge-sheet.csv',
  '--contract-value',
  '12000000',
  '--price-year',
  '2021',
  '--chart',
  chart,
  '--format',
  'html',
  '--out',
  report,
);
socialValue(
  'value',
  'examples/pledge-sheet.csv',
  '--contract-value',
  '12000000',
  '--price-year',
  '2021',
);
console.log(`\nChart: ${chart}\nHTML report: ${report} (open it in a browser; print it to PDF)`);
