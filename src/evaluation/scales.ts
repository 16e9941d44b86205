/**
 * Published marking scales for quality and qualitative social value. There is no single
 * official scale in UK public procurement: these are the three most used in published tender
 * documents (DOMAIN.md §5; for example the 0–5 scale of Crown Commercial Service further
 * competition templates, the 0–4 scale of many council ITTs, and 0/25/50/75/100 percentage
 * bands). Each mark scores `mark ÷ highest mark`. Internal table, read by the schemas.
 */
export const PUBLISHED_SCALES = {
  '0-5': ['0', '1', '2', '3', '4', '5'],
  '0-4': ['0', '1', '2', '3', '4'],
  '0-100': ['0', '25', '50', '75', '100'],
} as const satisfies Record<string, readonly string[]>;
