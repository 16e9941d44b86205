import { describe, expect, it } from 'vitest';
import * as core from '../src/core/index.js';
import * as evaluation from '../src/evaluation/index.js';
import * as root from '../src/index.js';
import * as maturity from '../src/maturity/index.js';
import * as monitoring from '../src/monitoring/index.js';
import * as policy from '../src/policy/index.js';
import * as spend from '../src/spend/index.js';
import * as toms from '../src/toms/index.js';
import * as valuation from '../src/valuation/index.js';

// The root entry lists the areas' modules in its own order (src/index.ts: the order that
// compresses best, the maturity models last), not always through each area's index, so a name
// added to an area's index must be checked to reach the root too.
describe('the root entry', () => {
  const areas = { core, evaluation, maturity, monitoring, policy, spend, toms, valuation };
  for (const [name, area] of Object.entries(areas)) {
    it(`exports every value of social-value/${name}, the same value`, () => {
      const missing = Object.keys(area).filter(
        (key) => (root as Record<string, unknown>)[key] !== (area as Record<string, unknown>)[key],
      );
      expect(missing).toEqual([]);
    });
  }
  it('exports the maturity models (exported last)', () => {
    expect(root.svmiPublicSector.id).toBe('svmi-public-sector');
    expect(root.svmiBusiness).toBe(maturity.svmiBusiness);
    expect(root.portsmouthRoadmap).toBe(maturity.portsmouthRoadmap);
  });
});
