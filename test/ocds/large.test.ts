import { describe, expect, it } from 'vitest';
import { readOcdsAwardCriteria } from '../../src/ocds/index.js';
import { codes, oneLot } from './helpers.js';

// Large published inputs, read in time and memory that grow with the input, not with a product
// of its sizes. Before: 20,000 lots under a tender's 5,000 criteria made 100 million criteria
// references and a 60 kB sentence per lot (out of memory); a process whose 20,000 releases each
// add a lot rebuilt the compiled list at every release (200 million steps, minutes); 140,000
// findings on one lot were spread into push() at once (RangeError: Maximum call stack size
// exceeded). Figures only here, no timing.

describe('large inputs', () => {
  it('20,000 lots inheriting a tender’s 5,000 criteria share them, each finding once', () => {
    const criteria = Array.from({ length: 5000 }, (_, i) => ({
      type: 'quality',
      name: `Question ${i + 1}`,
      numbers: [{ number: 0.02, weight: 'percentageExact' }],
    }));
    const lots = Array.from({ length: 20_000 }, (_, i) => ({ id: `L${i}` }));
    const result = readOcdsAwardCriteria({
      ocid: 'ocds-large-1',
      tender: { awardCriteria: { criteria }, lots },
    });
    // The tender entry, then 20,000 lots (sorted by id: L0, L1, L10, L100, …).
    expect(result.lots).toHaveLength(20_001);
    const [tender, first] = result.lots;
    expect(tender?.criteria).toHaveLength(5000);
    // 5,000 × 0.02 = 100: every entry complete.
    expect(tender?.total?.toString()).toBe('100');
    expect(result.lots.filter((lot) => lot.complete)).toHaveLength(20_001);
    expect(first?.lot).toBe('L0');
    expect(first?.criteria).toBe(tender?.criteria);
    // One finding per lot (the tender's criteria apply); the criteria have none of their own.
    expect(first?.findings.map((f) => [f.code, f.severity])).toEqual([
      ['no-award-criteria', 'info'],
    ]);
    expect(result.findings).toHaveLength(20_000);
    // A sentence lists 12 criteria and counts the rest, grouped in thousands.
    expect(first?.summary).toBe(
      `Lot "L0": ${Array(12).fill('quality 0.02').join(', ')} and 4,988 more (total 100).`,
    );
    // The whole read's summary groups its counts too.
    expect(result.summary).toBe(
      'Read 1 process and 20,001 entries (tender level and lots): 20,001 with every weight read and summing to 100, 0 without.',
    );
  });

  it('lists each finding of the tender’s criteria once, not once per lot that inherits them', () => {
    const result = readOcdsAwardCriteria({
      ocid: 'ocds-large-2',
      tender: {
        awardCriteria: {
          criteria: [
            { type: 'quality', name: 'Quality' },
            { type: 'price', name: 'Price', description: '40%' },
          ],
        },
        lots: [{ id: 'A' }, { id: 'B' }],
      },
    });
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ['no-weight', 'input.tender.awardCriteria.criteria[0]'],
      ['no-award-criteria', 'input.tender.lots[0]'],
      ['no-award-criteria', 'input.tender.lots[1]'],
    ]);
    expect(result.lots.map((lot) => lot.summary)).toEqual([
      'The tender: 1 of 2 criteria have no weight that could be read exactly.',
      'Lot "A": 1 of 2 criteria have no weight that could be read exactly.',
      'Lot "B": 1 of 2 criteria have no weight that could be read exactly.',
    ]);
  });

  it('compiles a process of 20,000 releases, each adding a lot, keeping every lot', () => {
    const releases = Array.from({ length: 20_000 }, (_, i) => ({
      ocid: 'ocds-large-3',
      id: `r${i}`,
      date: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
      tag: ['tenderUpdate'],
      tender: { lots: [{ id: `L${i}`, awardCriteria: 'priceOnly' }] },
    }));
    const result = readOcdsAwardCriteria({ releases });
    expect(result.lots).toHaveLength(20_000);
    // Each lot points into the release that gave it; every release gives a lot, none skipped.
    const last = result.lots.find((lot) => lot.lot === 'L19999');
    expect(last?.path).toBe('input.releases[19999].tender.lots[0]');
    expect(last?.release).toBe('r19999');
    expect(result.lots.find((lot) => lot.lot === 'L0')?.path).toBe(
      'input.releases[0].tender.lots[0]',
    );
    expect(result.lots.every((lot) => lot.complete)).toBe(true);
    expect(codes(result.findings)).toEqual([]);
  });

  it('reports 140,000 findings of one lot without overflowing the stack', () => {
    const result = readOcdsAwardCriteria({
      ocid: 'ocds-large-4',
      tender: { lots: [{ id: '1', awardCriteria: { criteria: new Array(70_000).fill(0) } }] },
    });
    // Each entry: not an object, and so no weight.
    expect(result.findings).toHaveLength(140_000);
    expect(result.findings[0]?.message).toBe(
      'Criterion 1 is not an object; nothing could be read from it.',
    );
    expect(result.lots[0]?.summary).toBe(
      'Lot "1": 70,000 of 70,000 criteria have no weight that could be read exactly.',
    );
  });
  it('names 10 of 50,000 candidate weights of one criterion and counts the rest', () => {
    // A criterion whose numbers give 50,000 weights (0, 1, 2, … percentageExact) takes none; its
    // finding listed every one (a 1 MB sentence for 80,000). It names the first 10, as every
    // message of the library does, and counts the other 49,990.
    const numbers = Array.from({ length: 50_000 }, (_, i) => ({
      number: i,
      weight: 'percentageExact',
    }));
    const result = readOcdsAwardCriteria(oneLot([{ type: 'price', numbers }]));
    const first = Array.from({ length: 10 }, (_, i) => `${i} percentageExact`).join(', ');
    expect(result.findings.map((f) => [f.code, f.path, f.message])).toEqual([
      [
        'ambiguous-weight',
        'input.tender.lots[0].awardCriteria.criteria[0].numbers',
        `The price criterion: The numbers give 50000 weights (${first} and 49,990 more); none was taken.`,
      ],
    ]);
  });
});
