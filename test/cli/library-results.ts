// The library's own results for the example files, computed in-process: what the command's
// `--format json` must print byte for byte (as JSON).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import {
  assessMaturity,
  type BidInput,
  benchmarkSocialValueAdded,
  type ContractInput,
  checkWeighting,
  compareAssessments,
  evaluateTenders,
  planActions,
  policies,
  presentValue,
  reconcilePledgeSheet,
  requiresSocialValue,
  summarisePortfolio,
  svmiPublicSector,
  trackDelivery,
  valuePledges,
  weightSensitivity,
} from 'social-value';
import { parsePledgeSheet, toFramework, toPledges } from 'social-value/csv';
import { root } from './run-cli.js';

const read = (path: string) => readFileSync(resolve(root, path), 'utf8');
const json = (path: string) => JSON.parse(read(path));

/** The example sheet as parsePledgeSheet reads it. */
export function exampleSheet(path = 'examples/pledge-sheet.csv') {
  return parsePledgeSheet(read(path));
}

/** reconcile examples/pledge-sheet.csv */
export function reconciliation(path = 'examples/pledge-sheet.csv') {
  const sheet = exampleSheet(path);
  return reconcilePledgeSheet(sheet.rows, { statedTotal: sheet.statedTotal });
}

/** The framework and valuation `value` and `track` make of a sheet (price year 2021). */
export function sheetValuation(path = 'examples/pledge-sheet.csv', contractValue?: string) {
  const sheet = exampleSheet(path);
  const fileName = basename(path);
  const framework = toFramework(sheet.rows, {
    id: fileName.replace(/\.[^.]+$/, ''),
    name: `the proxy values of ${fileName}`,
    edition: 'sheet',
    priceYear: 2021,
  });
  const valuation = valuePledges(
    framework,
    toPledges(sheet.rows),
    contractValue === undefined ? undefined : { contractValue },
  );
  return { framework, valuation };
}

/** value examples/pledge-sheet.csv --contract-value 12000000 --years 3 --first-year 2026 */
export function valueResults() {
  const { valuation } = sheetValuation('examples/pledge-sheet.csv', '12000000');
  const share = valuation.total.div(3).toSignificantDigits(34);
  return [
    valuation,
    benchmarkSocialValueAdded(valuation.socialValueAddedRatio!),
    presentValue(
      [
        { year: 2026, value: share },
        { year: 2027, value: share },
        { year: 2028, value: valuation.total.minus(share).minus(share) },
      ],
      { baseYear: 2026 },
    ),
  ];
}

/** score examples/cli/model.json examples/cli/bids.json --sensitivity */
export function scoreResults() {
  const model = json('examples/cli/model.json');
  const bids = json('examples/cli/bids.json') as BidInput[];
  return [evaluateTenders(model, bids), weightSensitivity(model, bids)];
}

/** requires examples/cli/contract.json --policy southend2021 */
export function requiresResult() {
  return requiresSocialValue(
    json('examples/cli/contract.json') as ContractInput,
    policies.southend2021,
  );
}

/** check-weighting --price 60 --quality 32 --social-value 8, central contract, ppn002 */
export function weightingResult() {
  return checkWeighting(
    { price: '60', quality: '32', socialValue: '8' },
    json('examples/cli/central-contract.json') as ContractInput,
    policies.ppn002,
  );
}

/** assess and plan on the SVMI worked example (Surrey). */
export function maturityResults() {
  const present = assessMaturity(svmiPublicSector, json('examples/cli/responses.json'), {
    label: 'Present',
  });
  const target = assessMaturity(svmiPublicSector, json('examples/cli/target.json'), {
    label: 'Target',
  });
  return {
    present,
    target,
    plan: planActions(svmiPublicSector, { present, target, years: 2 }),
    comparison: compareAssessments(present, target),
  };
}

/** The deliveries CSV as the command reads it (a record per row, empty cells left out). */
export function deliveriesOf(path: string) {
  const [header, ...rows] = read(path)
    .trim()
    .split('\n')
    .map((line) => line.split(','));
  return rows.map((row) =>
    Object.fromEntries(header!.flatMap((name, index) => (row[index] ? [[name, row[index]]] : []))),
  ) as unknown as Parameters<typeof trackDelivery>[1];
}

/** track examples/pledge-sheet.csv examples/cli/deliveries.csv at 2026-03-31 (portfolio's sv-004). */
export function trackResult(asOf = '2026-03-31') {
  const { framework, valuation } = sheetValuation('examples/pledge-sheet.csv', '12000000');
  return trackDelivery(valuation, deliveriesOf('examples/cli/deliveries.csv'), {
    start: '2024-04-01',
    end: '2027-03-31',
    asOf,
    contractValue: '12000000',
    framework,
  });
}

/** portfolio examples/cli/portfolio */
export function portfolioResult() {
  const folder = resolve(root, 'examples/cli/portfolio');
  const contracts = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      id: name.replace(/\.json$/, ''),
      report: JSON.parse(read(`examples/cli/portfolio/${name}`)),
    }));
  return summarisePortfolio(contracts);
}
