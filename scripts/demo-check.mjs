// Runs the demo (every script in examples/) against the built package and checks that the
// figures the README and the issues promise are in its output, so the README's demo command
// cannot silently break. Usage: npm run test:demo (after npm run build).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const output = execFileSync('node', [resolve(root, 'examples/run-all.mjs')], {
  cwd: root,
  encoding: 'utf8',
});

const expected = [
  // Valuation of seed 004's sheet (issue 3).
  /NT18\s+likely-scale-error/,
  /NT19\s+proxy-rounding/,
  /implies £0\.9638118\b/,
  /stated total = sum of stated rows\?\s+yes/,
  /stated total\s+£8,461,245\.35/,
  /corrected total\s+£2,822,946\.31/,
  // Policy (issue 4): £177,897 plus VAT is £0.60 under the statutory £213,477.
  /£213,476\.40 inc VAT, £0\.60 below the threshold/,
  // Evaluation (issue 5): social value changes the winner.
  /C wins with 86\.5714 of 100/,
  /The winner would change from C to B/,
  // Evaluation (issue 14): a Scottish tender, graduated pricing (CPN 3/2024) beside lowest ÷ price,
  // the steeper rate stated by the example (0.5 per 1% beyond the inflection point £1,127,500).
  /W2\s+£1,050,000\.00\s+95\.24\s+99\.50/,
  /W4\s+£1,200,000\.00\s+83\.33\s+95\.10/,
  /inflection point £1,127,500\.00 \(the median £1,100,000\.00 plus 2\.5%\): 100 − 0\.1 × 12\.75 − 0\.5 × 7\.25 = 95\.1 points of 100/,
  // Maturity (issue 6): seed 002's worked example.
  /24 \/ 10 = 2\.4; rounded down, that is Mature/,
  /32 \/ 10 = 3\.2; rounded down, that is Leader/,
  // Monitoring (issue 7).
  /Nobody pledged NT13: 12 delivered, worth £2,024\.64/,
  /between the median \(15\.7%\) and the 75th percentile \(36\.6%\)/,
  // The council ledger (issue 17): the local spend indicator, overall and by department.
  /£25,750\.00 in 10 payments: £10,950\.00 \(42\.52%\) local to Portsmouth/,
  /Transport\s+£17,900\.00\s+£5,600\.00\s+31\.3%/,
  // The social value budget (issue 17): 2025/26 against last year's budget as the baseline.
  /Social value budget 2025\/26: £149,673\.32 delivered in 2025\/26 against a whole-council target of £150,000\.00 \(not met\), up £32,132\.36 \(27\.3%\) on 2024\/25; 1 department or priority below target\./,
  /Department Housing, 2025\/26: £43,654\.00 of social value delivered, against a target of £40,000\.00 \(109\.1%\): met; £42,527\.70 due under pledges; up £3,218\.00 \(8%\) on 2024\/25 \(£40,436\.00\)\./,
  // The command line (issue 15): reconcile exits 1, value writes a chart and an HTML report.
  /\| \*\*Total\*\* \| {2}\| {2}\| {2}\| \*\*£2,822,946\.49\*\* \| \*\*£8,461,245\.35\*\* \| \*\*£2,822,946\.31\*\* \| {2}\|/,
  /corrected total £2,822,946\.31 against the stated £8,461,245\.35\.\n[\s\S]*\(exit code 1\)/,
  /Social value added \(SVA\)\s+23\.52%/,
  /Chart: \S+value-by-theme\.svg\nHTML report: \S+valuation\.html/,
  // Green Book discounting (issue 14, item 7): £10,000 a year for 40 years; year 31's factor is
  // 1 ÷ (1.035^30 × 1.03), and the schedule is worth more than one flat 3.5%.
  /Green Book 2022 schedule\s+0\.345901\s+0\.265105\s+£214,311\.73/,
  /flat 3\.5%\s+0\.344230\s+0\.252572\s+£213,550\.72/,
];
const missing = expected.filter((pattern) => !pattern.test(output)).map(String);
const files = [...output.matchAll(/^(?:Chart|HTML report): (\S+)/gm)].map((match) => match[1]);
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  if (
    !(
      file.endsWith('.svg')
        ? /^<svg [\s\S]*<\/svg>\n$/
        : /^<!doctype html>[\s\S]*£2,822,946\.49[\s\S]*<svg /
    ).test(text)
  ) {
    missing.push(`${file} is not the chart or report expected`);
  }
}
if (missing.length > 0) {
  console.error(`demo check: ${missing.length} expected line(s) missing:`);
  for (const entry of missing) console.error(`  ${entry}`);
  process.exit(1);
}
console.log(`demo check: all ${expected.length} expected figures found in the demo output`);
