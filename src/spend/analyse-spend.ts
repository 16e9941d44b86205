import { seal } from '../core/brand.js';
import { parseInput } from '../core/zod-error.js';
import { accumulate } from './accumulate.js';
import { analysisOf, findingOf } from './explain.js';
import { readLocality } from './locality.js';
import { analyseSpendOptionsSchema, ledgerSchema } from './schemas.js';
import type { AnalyseSpendOptions, PaymentInput, SpendAnalysis } from './types.js';

/**
 * Analyses a ledger of payments: total spend, local spend and its share (the local spend
 * indicator councils report), and spend by supplier type, department, UK financial year and
 * ward, each with its local part and a sentence.
 *
 * **Local.** A payment is local when its supplier's postcode lies in `options.locality`: a list
 * of postcode areas, districts, sectors, full postcodes or district ranges (`['PO1-PO6']`,
 * matching Portsmouth's "within the Portsmouth City postcode area"), or a function of the
 * normalised postcode. Postcodes are read with the `postcode` package (any case and spacing;
 * an outward code or a sector alone is placed by its district when the locality allows). A missing or
 * invalid postcode is never taken as non-local: its spend is of **unknown** location and a
 * finding names its row. Local, non-local and unknown add up to the total, and `localShare`
 * is local ÷ total (so unknown spend lowers it rather than being guessed).
 *
 * **Figures.** Sums are exact; shares are divided to 34 significant digits. A credit (negative
 * amount) reduces the spend it belongs to, so shares are of net spend, and a share is always a
 * fraction 0–1: it is `null` when its whole is zero or below, or its part is a net credit or
 * more than its whole (a refund elsewhere in the whole larger than what was paid there), and
 * its sentence says which (`'no share: more than the total, which credits reduce'`).
 *
 * @param ledger - The payments, in any order (order changes only the findings' order).
 * @param options - The locality, and its name for sentences.
 * @returns The sealed analysis (`kind: 'spend-analysis'`).
 * @throws SocialValueError `invalid-input` for a bad payment (at `ledger[i].field`) or option
 * (at `options.locality[i]`); `out-of-range` for an amount outside the numeric domain.
 *
 * @example
 * ```ts
 * import { analyseSpend } from 'social-value/spend';
 *
 * const analysis = analyseSpend(
 *   [
 *     { supplier: 'Harbour Catering', amount: '1200.00', date: '2025-04-14', postcode: 'PO1 2AB', supplierType: 'sme', department: 'Education' },
 *     { supplier: 'Nationwide Fleet plc', amount: '2500.00', date: '2025-05-02', postcode: 'M1 1AA', supplierType: 'large', department: 'Transport' },
 *     { supplier: 'Southsea Trust', amount: '300.00', date: '2026-01-20', postcode: 'PO5 1XY', supplierType: 'vcse', department: 'Education' },
 *     { supplier: 'Unknown Co', amount: '100.00', date: '2026-02-01', postcode: 'NOT KNOWN' },
 *   ],
 *   { locality: ['PO1-PO6'], localityName: 'Portsmouth' },
 * );
 * analysis.total.toString(); // => '4100'
 * analysis.localSpend.toString(); // => '1500'
 * analysis.localShare?.toFixed(4); // => '0.3659'
 * analysis.byDepartment.Education?.localShare?.toString(); // => '1'
 * analysis.byFinancialYear['2025/26']?.amount.toString(); // => '4100'
 * analysis.findings[0]?.code; // => 'invalid-postcode'
 * analysis.findings[0]?.row; // => 4
 * ```
 */
export function analyseSpend(
  ledger: readonly PaymentInput[],
  options: AnalyseSpendOptions,
): SpendAnalysis {
  const list = parseInput(ledgerSchema, ledger, 'ledger', ['ledger']);
  const read = parseInput(analyseSpendOptionsSchema, options, 'options', ['options']);
  const locality = readLocality(read.locality);
  const tallies = accumulate(list, locality);
  const findings = tallies.notes.map((note) => findingOf(note, locality));
  return seal(
    analysisOf(tallies, locality.entries, read.localityName ?? null, locality.words, findings),
    'spend-analysis',
  );
}
