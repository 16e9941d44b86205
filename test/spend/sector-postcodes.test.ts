import { describe, expect, it } from 'vitest';
import { analyseSpend } from '../../src/spend/index.js';

const place = (locality: readonly string[] | ((postcode: string) => boolean), postcode: string) => {
  const analysis = analyseSpend(
    [{ supplier: 'Fratton Print', amount: 150, date: '2025-08-08', postcode, line: 11 }],
    { locality },
  );
  const [finding] = analysis.findings;
  const location = (['local', 'non-local', 'unknown'] as const).find(
    (where) => analysis.byLocation[where].paymentCount === 1,
  );
  return [location, finding?.code, finding?.message];
};

// A postcode cut to its sector (`PO1 2`, as files that blur individuals' addresses write it)
// says more than its outward code, which is placed by its district: it was "not a UK postcode"
// and of unknown location even where its district decides it.
describe('analyseSpend: a postcode sector alone', () => {
  it('is placed by its district, as an outward code is', () => {
    expect(place(['PO1-PO6'], 'PO1 2')).toEqual([
      'local',
      'outward-code-only',
      'Row 11 (Fratton Print, £150.00): only the sector "PO1 2" is given; by it the payment is local.',
    ]);
    expect(place(['PO1-PO6'], 'sw1a  1')).toEqual([
      'non-local',
      'outward-code-only',
      'Row 11 (Fratton Print, £150.00): only the sector "SW1A 1" is given; by it the payment is not local.',
    ]);
    expect(place(['EC1'], 'EC1A 1')[0]).toBe('local');
  });

  it('is placed by a locality of sectors, and unknown only when the locality names postcodes in it', () => {
    expect(place(['PO1 2'], 'PO1 2')[0]).toBe('local');
    expect(place(['PO1 3'], 'PO1 2')[0]).toBe('non-local');
    expect(place(['PO1 2AB'], 'PO1 3')[0]).toBe('non-local');
    expect(place(['PO1 2AB'], 'PO1 2')).toEqual([
      'unknown',
      'undecided-postcode',
      'Row 11 (Fratton Print, £150.00): only the sector "PO1 2" is given and the locality names only some sectors or postcodes of it, so its location is unknown: it is counted neither local nor non-local.',
    ]);
    // An outward code alone is still undecided where the locality names some of its sectors.
    expect(place(['PO1 3'], 'PO1')[0]).toBe('unknown');
  });

  it('is undecided for a locality function, which decides full postcodes only', () => {
    expect(place(() => true, 'PO1 2').slice(0, 2)).toEqual(['unknown', 'undecided-postcode']);
  });

  it('still refuses what is no sector', () => {
    for (const text of ['PO1 23', 'PO1 2A', 'P01 2', 'PO1 X']) {
      expect(place(['PO'], text).slice(0, 2), text).toEqual(['unknown', 'invalid-postcode']);
    }
  });
});
