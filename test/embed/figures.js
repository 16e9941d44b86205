// The figures the scenario (scenario.js) must give wherever it runs: in a bare V8 context, in
// Chromium, in Node.
// - Seed 004's pledge sheet (examples/pledge-sheet.csv): stated total £8,461,245.35; corrected
//   £2,822,946.31 once the NT18 ×10 slip is taken out (docs/pledge-sheets.md, and the demo);
//   its rows at the proxies shown sum to £2,822,946.49, which is also what valuing them gives;
//   23.5% of the example contract value of £12,000,000.
// - The tender of examples/04-evaluation.ts: C wins with 86.5714 of 100 (scripts/demo-check.mjs).
export const expectedFigures = {
  statedTotal: '£8,461,245.35',
  correctedTotal: '£2,822,946.31',
  computedTotal: '£2,822,946.49',
  scaleError: 'NT18',
  valuationTotal: '£2,822,946.49',
  socialValueAdded: '23.5%',
  winner: 'C',
  winnerTotal: '86.5714',
  ranking: 'C B A',
  summary: 'C wins with 86.5714 of 100.',
};
