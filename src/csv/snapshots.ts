import * as z from 'zod/mini';
import { expectKind } from '../core/expect-kind.js';
import { figureSchema } from '../core/figure-schema.js';
import { pledgeChannels, pledgeEffects, pledgerKinds } from '../core/pledge-channel.js';
import { emptyRecord } from '../core/record.js';
import { recordSchema } from '../core/record-schema.js';
import { isoDateSchema, strictObject } from '../core/schemas.js';
import { parseInput } from '../core/zod-error.js';
import { assemblePledgeSheet, problemOf, sheetRowOf } from './assemble-pledge-sheet.js';
import type { PledgeSheet } from './types.js';

const amount = z.nullable(figureSchema());
const text = z.string();
const line = z.int().check(z.gte(1));
const header = z.optional(text);

const pledgeSheetSchema = strictObject({
  kind: z.literal('pledge-sheet'),
  schemaVersion: z.literal(1),
  rows: z.array(
    strictObject({
      line,
      theme: text,
      measure: text,
      question: text,
      unit: text,
      proxyValue: amount,
      quantity: amount,
      statedValue: amount,
      tags: recordSchema(text),
      effect: z.optional(z.enum(pledgeEffects)),
      channel: z.optional(z.enum(pledgeChannels)),
      pledgerKind: z.optional(z.enum(pledgerKinds)),
      pledger: z.optional(text),
      followUpOn: z.optional(isoDateSchema),
      barriers: z.optional(z.array(text)),
    }),
  ),
  statedTotal: amount,
  problems: z.array(
    strictObject(
      {
        code: z.enum([
          'not-a-number',
          'not-a-choice',
          'not-a-date',
          'out-of-range',
          'missing-reference',
          'unbalanced-quote',
        ]),
        severity: z.enum(['error', 'warning']),
        message: text,
        line,
        column: z.optional(text),
        columnNumber: z.optional(line),
        value: text,
      },
      { kind: 'code' },
    ),
  ),
  columns: strictObject({
    theme: header,
    measure: header,
    question: header,
    unit: header,
    proxyValue: header,
    quantity: header,
    statedValue: header,
    effect: header,
    channel: header,
    pledgerKind: header,
    pledger: header,
    followUpOn: header,
    barriers: header,
  }),
  tagColumns: z.array(text),
  delimiter: text,
  headerLine: line,
  summary: text,
});

function pledgeSheetFromJson(json: unknown, path: readonly PropertyKey[]): PledgeSheet {
  expectKind(
    json,
    'pledge-sheet',
    'a pledge sheet (from parsePledgeSheet) or its JSON form',
    path,
    ['rows'],
  );
  const parsed = parseInput(pledgeSheetSchema, json, 'pledge sheet', path);
  const columns: Record<string, string> = {};
  for (const [role, header] of Object.entries(parsed.columns)) {
    if (header !== undefined) columns[role] = header;
  }
  return assemblePledgeSheet({
    ...parsed,
    rows: parsed.rows.map((row) => {
      const tags = emptyRecord<string>();
      for (const key of Object.keys(row.tags)) tags[key] = row.tags[key]!;
      return sheetRowOf({ ...row, tags });
    }),
    problems: parsed.problems.map(problemOf),
    columns,
  });
}

/**
 * Readers of the JSON forms of what `social-value/csv` returns, by kind. Internal: `revive`
 * dispatches here.
 */
export const csvSnapshots = {
  'pledge-sheet': pledgeSheetFromJson,
} as const;
