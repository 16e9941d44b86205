import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { streamPledgeSheet, toPledges } from '../../src/csv/index.js';
import { createValuationAccumulator, defineFramework } from '../../src/index.js';

// A pledge sheet of SOCIAL_VALUE_STREAM_ROWS rows (200,000 by default; 10,000,000 for the full
// run, about 2 GB of text), generated as it is read and never stored, streamed and valued batch
// by batch without keeping lines. The heap is measured after a full collection every few
// batches: it must stay under 100 MB above where it started. The total is checked against one
// worked out independently with integers. The full run's figures are in docs/performance.md:
//   SOCIAL_VALUE_STREAM_ROWS=10000000 npx vitest run test/csv/stream-valuation.test.ts
const ROWS = Number(process.env.SOCIAL_VALUE_STREAM_ROWS ?? 200_000);
const HEAP_LIMIT = 100 * 1024 * 1024;

// Proxy values × 10^7 (all have at most 7 decimal places), for the integer check.
const proxies = ['30782', '16.09', '0.9638118', '101.86', '0', '0.02223'];
const scaled = proxies.map((proxy) => {
  const [whole, fraction = ''] = proxy.split('.');
  return BigInt(whole! + fraction.padEnd(7, '0'));
});
const themes = [
  'Jobs: Promote Local Skills and Employment',
  'Social: Healthier, Safer and more Resilient Communities',
];
const priorities = ['Advancing Fairer Employment', 'Progressive Procurement', 'Plural Ownership'];
const MEASURES = 60;

const framework = defineFramework({
  id: 'stream',
  name: 'Stream',
  edition: '2021',
  priceYear: 2021,
  themes: [
    { id: 'jobs', name: 'Jobs' },
    { id: 'social', name: 'Social' },
  ],
  measures: Array.from({ length: MEASURES }, (_, m) => ({
    code: `NT${m}`,
    theme: m % 2 === 0 ? 'jobs' : 'social',
    title: `Measure ${m}`,
    unit: 'units',
    proxyValue: proxies[m % proxies.length]!,
    valueType: 'social' as const,
  })),
});

const quantityOf = (row: number) => (row * 7919) % 1000;

let characters = 0;

/** The sheet's text, row after row, in pieces of about 64 KB; nothing is kept. */
async function* sheet(rows: number): AsyncGenerator<string> {
  let piece =
    'Theme,Reference,Question,Units,Proxy Value,Answer,Pledged Social Value,CWB Priority\r\n';
  for (let row = 0; row < rows; row += 1) {
    const measure = row % MEASURES;
    const pence = (row * 104_729) % 10_000_000;
    piece += `"${themes[measure % 2]}",NT${measure},"No. of local people (FTE) on contract for one year, measure ${measure}",no. people FTE,${proxies[measure % proxies.length]},${quantityOf(row)},"£ ${Math.floor(pence / 100).toLocaleString('en-GB')}.${String(pence % 100).padStart(2, '0')}",${priorities[row % 3]}\r\n`;
    if (piece.length > 65_536) {
      characters += piece.length;
      yield piece;
      piece = '';
    }
  }
  piece += ',,,,,Total,"£ 1.00",\r\n';
  characters += piece.length;
  yield piece;
}

/** Σ quantity × proxy, worked out with integers (quantities summed per measure first). */
function expectedTotal(rows: number): string {
  const quantities = new Array<number>(MEASURES).fill(0);
  for (let row = 0; row < rows; row += 1) quantities[row % MEASURES]! += quantityOf(row);
  const total = quantities.reduce(
    (sum, quantity, measure) => sum + BigInt(quantity) * scaled[measure % proxies.length]!,
    0n,
  );
  const digits = total.toString().padStart(8, '0');
  const pounds = `${digits.slice(0, -7)}.${digits.slice(-7)}`.replace(/\.?0+$/, '');
  return pounds;
}

describe('streaming a large pledge sheet into a running valuation', () => {
  it(`values ${ROWS.toLocaleString('en-GB')} generated rows with a bounded heap`, async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const base = process.memoryUsage().heapUsed;
    let most = 0;
    const started = process.cpuUsage();
    const running = createValuationAccumulator(framework, { lines: false });
    let batches = 0;
    let statedTotal: string | undefined;
    for await (const batch of streamPledgeSheet(sheet(ROWS), { batchSize: 5000 })) {
      running.add(toPledges(batch.rows));
      batches += 1;
      if (batches % 20 === 0 || batch.done) {
        gc();
        most = Math.max(most, process.memoryUsage().heapUsed - base);
      }
      if (batch.done) statedTotal = batch.statedTotal?.toString();
    }
    const used = process.cpuUsage(started);
    const valuation = running.result();
    if (process.env.SOCIAL_VALUE_STREAM_ROWS !== undefined) {
      console.log(
        `${ROWS.toLocaleString('en-GB')} rows, ${(characters / 1e9).toFixed(2)} GB of text: CPU ${((used.user + used.system) / 1e6).toFixed(1)} s, most heap above the start ${(most / 1024 / 1024).toFixed(1)} MB`,
      );
    }
    expect(most).toBeLessThan(HEAP_LIMIT);
    expect(running.count).toBe(ROWS);
    expect(valuation.lines).toEqual([]);
    expect(valuation.total.toString()).toBe(expectedTotal(ROWS));
    expect(statedTotal).toBe('1');
    // Every measure is pledged once per 60 rows: one duplicate warning each.
    expect(valuation.warnings).toHaveLength(MEASURES);
    expect(valuation.warnings[0]?.message).toMatch(
      /^NT0 is pledged [\d,]+ times \(pledges 0, 60, 120, 180, 240, 300, 360, 420, 480, 540 and [\d,]+ more\)/,
    );
    expect(Object.keys(valuation.byTag['CWB Priority']!)).toEqual([...priorities].sort());
  }, 600_000);
});
