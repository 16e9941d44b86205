import type * as z from 'zod/mini';
import { choiceSchema } from '../core/choice-schema.js';
import { expectKind } from '../core/expect-kind.js';
import { booleanSchema } from '../core/expected-schema.js';
import { figureSchema } from '../core/figure-schema.js';
import { fractionSchema } from '../core/fraction-schema.js';
import { intSchema } from '../core/int-schema.js';
import {
  type PledgeChannel,
  type PledgeEffect,
  type PledgerKind,
  pledgeChannels,
  pledgeEffects,
  pledgerKinds,
} from '../core/pledge-channel.js';
import { emptyRecord } from '../core/record.js';
import { recordSchema } from '../core/record-schema.js';
import { idSchema, isoDateSchema, strictObject, textSchema } from '../core/schemas.js';
import { listSchema, nullableSchema, optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import {
  assemblePledgeSheet,
  assemblePledgeSheetBatch,
  problemOf,
  sheetRowOf,
} from './assemble-pledge-sheet.js';
import type { PledgeSheet, PledgeSheetBatch } from './types.js';

const amount = /* @__PURE__ */ nullableSchema(/* @__PURE__ */ figureSchema());
const text = textSchema;
const line = /* @__PURE__ */ intSchema(1);
const header = /* @__PURE__ */ optionalSchema(text);

/** The fields of a pledge sheet and of a batch of one (a batch adds `done`). */
const sheetShape = {
  schemaVersion: /* @__PURE__ */ choiceSchema([1]),
  rows: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({
      line,
      theme: text,
      measure: text,
      question: text,
      unit: text,
      proxyValue: amount,
      quantity: amount,
      statedValue: amount,
      tags: /* @__PURE__ */ recordSchema(idSchema, { nonEmptyKeys: true }),
      attributionShare: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ fractionSchema('share')),
      effect: /* @__PURE__ */ optionalSchema(
        /* @__PURE__ */ choiceSchema(pledgeEffects as [PledgeEffect, ...PledgeEffect[]]),
      ),
      channel: /* @__PURE__ */ optionalSchema(
        /* @__PURE__ */ choiceSchema(pledgeChannels as [PledgeChannel, ...PledgeChannel[]]),
      ),
      pledgerKind: /* @__PURE__ */ optionalSchema(
        /* @__PURE__ */ choiceSchema(pledgerKinds as [PledgerKind, ...PledgerKind[]]),
      ),
      pledger: /* @__PURE__ */ optionalSchema(text),
      followUpOn: /* @__PURE__ */ optionalSchema(isoDateSchema),
      barriers: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ listSchema(text)),
    }),
  ),
  statedTotal: amount,
  problems: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject(
      {
        code: /* @__PURE__ */ choiceSchema([
          'not-a-number',
          'not-a-share',
          'not-a-choice',
          'not-a-date',
          'out-of-range',
          'missing-reference',
          'unbalanced-quote',
          'cell-without-header',
          'repeated-column',
          'repeated-total',
          'accounting-negative',
        ]),
        severity: /* @__PURE__ */ choiceSchema(['error', 'warning']),
        message: text,
        line,
        column: /* @__PURE__ */ optionalSchema(text),
        columnNumber: /* @__PURE__ */ optionalSchema(line),
        value: text,
      },
      { kind: 'code' },
    ),
  ),
  columns: /* @__PURE__ */ strictObject({
    theme: header,
    measure: header,
    question: header,
    unit: header,
    proxyValue: header,
    quantity: header,
    statedValue: header,
    attributionShare: header,
    effect: header,
    channel: header,
    pledgerKind: header,
    pledger: header,
    followUpOn: header,
    barriers: header,
  }),
  tagColumns: /* @__PURE__ */ listSchema(text),
  delimiter: text,
  headerLine: line,
  summary: text,
};

const pledgeSheetSchema = /* @__PURE__ */ strictObject({
  kind: /* @__PURE__ */ choiceSchema(['pledge-sheet']),
  ...sheetShape,
});

const pledgeSheetBatchSchema = /* @__PURE__ */ strictObject({
  kind: /* @__PURE__ */ choiceSchema(['pledge-sheet-batch']),
  ...sheetShape,
  done: booleanSchema,
});

/** Rows, problems and columns as the reader gives them (tags without a prototype). */
function sheetPartsOf(parsed: Omit<z.output<typeof pledgeSheetSchema>, 'kind'>) {
  const columns: Record<string, string> = {};
  for (const [role, header] of Object.entries(parsed.columns)) {
    if (header !== undefined) columns[role] = header;
  }
  return {
    rows: parsed.rows.map((row) => {
      const tags = emptyRecord<string>();
      for (const key of Object.keys(row.tags)) tags[key] = row.tags[key]!;
      return sheetRowOf({ ...row, tags });
    }),
    problems: parsed.problems.map(problemOf),
    columns,
  };
}

function pledgeSheetFromJson(json: unknown, path: readonly PropertyKey[]): PledgeSheet {
  expectKind(
    json,
    'pledge-sheet',
    'a pledge sheet (from parsePledgeSheet) or its JSON form',
    path,
    ['rows'],
  );
  const parsed = parseInput(pledgeSheetSchema, json, 'pledge sheet', path);
  return assemblePledgeSheet({ ...parsed, ...sheetPartsOf(parsed) });
}

function pledgeSheetBatchFromJson(json: unknown, path: readonly PropertyKey[]): PledgeSheetBatch {
  expectKind(json, 'pledge-sheet-batch', 'a batch of streamPledgeSheet or its JSON form', path, [
    'rows',
  ]);
  const {
    done,
    kind: _,
    ...parsed
  } = parseInput(pledgeSheetBatchSchema, json, 'pledge sheet batch', path);
  return assemblePledgeSheetBatch({ ...parsed, ...sheetPartsOf(parsed), done });
}

/**
 * Readers of the JSON forms of what `social-value/csv` returns, by kind. Internal: `revive`
 * dispatches here.
 */
export const csvSnapshots = {
  'pledge-sheet': pledgeSheetFromJson,
  'pledge-sheet-batch': pledgeSheetBatchFromJson,
} as const;
