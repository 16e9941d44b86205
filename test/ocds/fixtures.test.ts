import { describe, expect, it } from 'vitest';
import { readOcdsAwardCriteria, toWeighting } from '../../src/ocds/index.js';
import { codes, fixture, rows } from './helpers.js';

// Figures read by hand from the published releases in test/fixtures/ocds (see its README).
describe('Public Contracts Scotland notices', () => {
  it('ocds-r6ebe6-0000580764: weights only as bare numbers in the description, 70 / 30', () => {
    const result = readOcdsAwardCriteria(fixture('pcs-0000580764.json'));
    expect(result.ocid).toBe('ocds-r6ebe6-0000580764');
    expect(result.lots).toHaveLength(1);
    const lot = result.lots[0]!;
    expect([lot.level, lot.lot, lot.release]).toEqual(['lot', '1', null]);
    expect(rows(lot)).toEqual([
      ['quality', '70', 'description'],
      ['price', '30', 'description'],
    ]);
    expect(lot.criteria.map((c) => [c.type, c.name, c.description])).toEqual([
      ['quality', 'Technical', '70'],
      ['price', null, '30'],
    ]);
    expect(lot.total?.toString()).toBe('100');
    expect(lot.complete).toBe(true);
    expect(result.findings).toEqual([]);
    const weights = toWeighting(lot).weights!;
    expect(Object.entries(weights).map(([k, v]) => [k, v.toString()])).toEqual([
      ['price', '30'],
      ['quality', '70'],
      ['socialValue', '0'],
      ['environmental', '0'],
      ['other', '0'],
    ]);
  });

  it('ocds-r6ebe6-0000574608: two lots published as 2 then 1, read and sorted by id', () => {
    const result = readOcdsAwardCriteria(fixture('pcs-0000574608.json'));
    expect(result.lots.map((lot) => [lot.lot, lot.lotName])).toEqual([
      ['1', 'Roadside Advertising'],
      ['2', 'Bus Shelter Advertising'],
    ]);
    expect(rows(result.lots[0])).toEqual([
      ['quality', '60', 'description'],
      ['price', '40', 'description'],
    ]);
    expect(rows(result.lots[1])).toEqual([
      ['quality', '20', 'description'],
      ['price', '80', 'description'],
    ]);
    expect(result.lots[1]?.path).toBe('input.tender.lots[0]');
    expect(result.lots.every((lot) => lot.complete)).toBe(true);
  });

  it('ocds-r6ebe6-0000581499: "63%" and "25%" sum to 88, a finding, no weighting', () => {
    const result = readOcdsAwardCriteria(fixture('pcs-0000581499.json'));
    const lot = result.lots[0]!;
    expect(rows(lot)).toEqual([
      ['quality', '63', 'description'],
      ['price', '25', 'description'],
    ]);
    expect(lot.total?.toString()).toBe('88');
    expect(lot.complete).toBe(false);
    expect(codes(lot.findings)).toEqual(['weights-do-not-sum']);
    expect(lot.findings[0]?.path).toBe('input.tender.lots[0]');
    const weighting = toWeighting(lot);
    expect(weighting.weights).toBeNull();
    expect(codes(weighting.findings)).toEqual(['weights-do-not-sum']);
  });

  it('ocds-r6ebe6-0000581730: a quality criterion named "Price"; lot 2 is price only', () => {
    const result = readOcdsAwardCriteria(fixture('pcs-0000581730.json'));
    const [one, two] = result.lots;
    expect(rows(one)).toEqual([
      ['quality', '40', 'description'],
      ['price', '40', 'description'],
    ]);
    expect(codes(one?.findings)).toEqual(['kind-conflict', 'weights-do-not-sum']);
    expect(one?.findings[0]?.path).toBe('input.tender.lots[0].awardCriteria.criteria[0]');
    expect(rows(two)).toEqual([['price', '100', 'sole-criterion']]);
    expect(codes(two?.findings)).toEqual(['sole-criterion']);
    expect(two?.complete).toBe(true);
    expect(toWeighting(two!).weights?.price.toString()).toBe('100');
  });

  it('ocds-r6ebe6-0000578690: 32 lots weighted as ranges ("15-40%"), never a guess', () => {
    const result = readOcdsAwardCriteria(fixture('pcs-0000578690.json'));
    expect(result.lots).toHaveLength(32);
    for (const lot of result.lots) {
      expect(rows(lot)).toEqual([
        ['quality', null, null],
        ['price', null, null],
      ]);
      expect(lot.criteria[1]?.type).toBe('cost');
      expect(codes(lot.findings)).toEqual(['ambiguous-weight', 'ambiguous-weight']);
      expect(lot.total).toBeNull();
    }
    const twenty = result.lots.find((lot) => lot.lot === '20');
    expect(twenty?.criteria[0]?.description).toBe('14-40%');
    expect(twenty?.findings[0]?.message).toContain('"14-40%" gives a range');
  });
});

describe('Contracts Finder notice', () => {
  it('ocds-b5fd17-2fa4ddab-…: no award criteria are published, a finding', () => {
    const result = readOcdsAwardCriteria(fixture('cf-2fa4ddab.json'));
    expect(result.ocid).toBe('ocds-b5fd17-2fa4ddab-49ee-4631-a5eb-549c9d75fcda');
    expect(result.lots).toHaveLength(1);
    const tender = result.lots[0]!;
    expect([tender.level, tender.lot, tender.release]).toEqual([
      'tender',
      null,
      '56659441-df13-4937-99b2-3e6d79c277e8-832975',
    ]);
    expect(tender.lotName).toBe('Martock Recreation Ground Maintenance Contract');
    expect(tender.criteria).toEqual([]);
    expect(codes(result.findings)).toEqual(['no-award-criteria']);
    expect(toWeighting(tender).weights).toBeNull();
  });
});

describe('Find a Tender documentation sample (not a real notice)', () => {
  it('reads the package and its lone price criterion', () => {
    const result = readOcdsAwardCriteria(fixture('fts-documentation-sample.json'));
    expect(result.ocid).toBe('ocds-h6vhtk-0026ef-integration');
    expect(result.lots.map((lot) => [lot.level, lot.lot, lot.release])).toEqual([
      ['lot', '1', '001060-2020'],
    ]);
    expect(rows(result.lots[0])).toEqual([['price', '100', 'sole-criterion']]);
    expect(result.lots[0]?.path).toBe('input.releases[0].tender.lots[0]');
  });
});
