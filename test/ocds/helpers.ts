import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OcdsLotCriteria } from '../../src/ocds/index.js';

/** A fixture of test/fixtures/ocds, parsed. */
export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/ocds', name), 'utf8'));
}

/** A lot's criteria as `[kind, weight, source]` rows, for exact comparison. */
export function rows(lot: OcdsLotCriteria | undefined): (string | null)[][] {
  return (lot?.criteria ?? []).map((c) => [c.kind, c.weight?.toString() ?? null, c.weightSource]);
}

/** The codes of a list of findings. */
export function codes(findings: readonly { code: string }[] | undefined): string[] {
  return (findings ?? []).map((f) => f.code);
}

/** A release with one lot whose award criteria are `criteria`. */
export function oneLot(criteria: unknown, id: unknown = '1'): Record<string, unknown> {
  return { ocid: 'ocds-test-1', tender: { lots: [{ id, awardCriteria: { criteria } }] } };
}
