// The work a page, a warehouse UDF or an edge function does with the library: read the example
// pledge sheet (examples/pledge-sheet.csv, seed 004), check its arithmetic, value it, and
// evaluate a tender (the model and bids of examples/04-evaluation.ts). It uses only the library
// object it is given (the module namespace, or the global `SocialValue` of the single-file build),
// so it runs unchanged in a bare V8 context, in Chromium and in Node; its source is sent into the
// bare context as text, so it must not refer to anything outside itself.

/**
 * @param {Record<string, any>} sv The library: `social-value` and `social-value/csv` exports.
 * @param {string} sheetText The pledge sheet's CSV text.
 * @returns {Record<string, string>} The figures, as text.
 */
export function scenario(sv, sheetText) {
  const sheet = sv.parsePledgeSheet(sheetText, { comments: '#' });
  const check = sv.reconcilePledgeSheet(sheet.rows, { statedTotal: sheet.statedTotal });
  const framework = sv.toFramework(sheet.rows, {
    id: 'seed-004',
    name: 'Council pledge sheet (seed 004)',
    edition: 'sheet',
    priceYear: 2021,
  });
  const valuation = sv.valuePledges(framework, sv.toPledges(sheet.rows), {
    contractValue: '12000000',
  });
  const model = sv.defineEvaluation({
    name: 'Highways maintenance 2026',
    criteria: [
      {
        id: 'quality',
        kind: 'quality',
        name: 'Quality',
        weight: 60,
        scoring: { method: 'scale', scale: '0-5' },
        minimumMark: 2,
      },
      {
        id: 'price',
        kind: 'price',
        name: 'Price',
        weight: 30,
        scoring: { method: 'relative-to-lowest' },
      },
      {
        id: 'sv',
        kind: 'social-value',
        name: 'Social value',
        weight: 10,
        scoring: { method: 'relative-to-highest' },
      },
    ],
    tieBreak: ['higher-quality', 'lower-price'],
  });
  const tender = sv.evaluateTenders(model, [
    {
      id: 'A',
      price: '1000000',
      responses: { quality: { marks: [4, 4, 3], moderated: 4 }, sv: '50000' },
    },
    {
      id: 'B',
      price: '1200000',
      responses: { quality: { marks: [5, 5, 4], moderated: 5 }, sv: '20000' },
    },
    {
      id: 'C',
      price: '1050000',
      responses: { quality: { marks: [4, 3, 4], moderated: 4 }, sv: { total: '300000' } },
    },
  ]);
  return {
    statedTotal: sv.formatGBP(check.statedTotal),
    correctedTotal: sv.formatGBP(check.correctedTotal),
    computedTotal: sv.formatGBP(check.computedTotal),
    scaleError: check.findings.find((finding) => finding.code === 'likely-scale-error').measure,
    valuationTotal: sv.formatGBP(valuation.total),
    socialValueAdded: sv.formatPercent(valuation.socialValueAddedRatio),
    winner: tender.winner.bid,
    winnerTotal: tender.winner.total.toFixed(4),
    ranking: tender.ranking.map((bid) => bid.bid).join(' '),
    summary: tender.summary,
  };
}
