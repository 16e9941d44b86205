import type { SupplierType } from '../spend/supplier-types.js';

/** Lower case, every run of other characters one space: `Non-SME` → `non sme`. Internal. */
export function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const LABELS: Readonly<Record<SupplierType, readonly string[]>> = {
  sme: [
    'sme',
    'smes',
    'small',
    'medium',
    'small business',
    'medium business',
    'small enterprise',
    'medium enterprise',
    'small or medium enterprise',
    'small and medium enterprise',
    'small and medium sized enterprise',
    'small or medium sized enterprise',
    'small medium enterprise',
    'small to medium enterprise',
    'small medium',
  ],
  micro: ['micro', 'micro business', 'micro enterprise', 'microbusiness', 'micro sme'],
  vcse: [
    'vcse',
    'vcs',
    'vcfse',
    'voluntary',
    'voluntary sector',
    'voluntary organisation',
    'charity',
    'registered charity',
    'third sector',
    'community group',
    'voluntary and community sector',
  ],
  'social-enterprise': ['social enterprise', 'cic', 'community interest company'],
  large: ['large', 'large business', 'large enterprise', 'large company', 'non sme', 'corporate'],
  'public-body': [
    'public body',
    'public sector',
    'public sector body',
    'other public body',
    'public',
    'local authority',
    'council',
    'government',
    'government body',
    'nhs',
  ],
  unknown: ['unknown', 'not known', 'not recorded', 'n a'],
};

/**
 * The supplier type a label means: the caller's own labels first, then the usual ones (`SME`,
 * `Micro`, `VCSE`, `Charity`, `Social Enterprise`, `CIC`, `Large`, `Non-SME`, `Public Sector`,
 * the ids themselves…), compared after {@link normaliseLabel}; `undefined` when unknown.
 * Internal.
 */
export function supplierTypeOfLabel(
  label: string,
  own: ReadonlyMap<string, SupplierType>,
): SupplierType | undefined {
  const key = normaliseLabel(label);
  const mine = own.get(key);
  if (mine !== undefined) return mine;
  for (const type of Object.keys(LABELS) as SupplierType[]) {
    if (normaliseLabel(type) === key || LABELS[type].includes(key)) return type;
  }
  return undefined;
}
