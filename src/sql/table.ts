import { Decimal } from '../core/decimal.js';
import { exactText } from '../core/exact-text.js';
import { checkKeySize } from './index-key.js';
import {
  DATE_COLUMNS,
  fitsInteger,
  refuseCell,
  storableDate,
  UnstorableJson,
  unstorableText,
} from './storable.js';
import type { Cell, Row, TableRows } from './types.js';

/** What a column reads from an item: a Decimal becomes text (or a number), `undefined` null. */
export type Value = Decimal | string | number | boolean | null | undefined;

/** One column of a table: its name, how it reads an item, whether it is a label column. */
export interface Column<T> {
  /** The column's name in `sql/schema.sql`. */
  readonly name: string;
  /** Reads the column's value from one item. */
  readonly read: (item: T) => Value;
  /** True for a column added only with `labels: true`. */
  readonly label: boolean;
}

/** Makes a column of items of type `T`: its name and how it reads an item. */
export type ColumnMaker<T> = (name: string, read: (item: T) => Value) => Column<T>;

/** How cells are written: exact numbers as text or as JS numbers, label columns or not. */
export interface CellFormat {
  /** `'string'`: plain decimal strings; `'number'`: JS numbers (lossy). */
  readonly numbers: 'string' | 'number';
  /** Whether label columns are written. */
  readonly labels: boolean;
}

/**
 * A value as JSON text, for a `JSONB` column (Decimals become their exact plain text, every
 * digit and never an exponent, as in the other cells). A key or text that JSONB cannot hold (a
 * NUL, a lone surrogate) throws `UnstorableJson`, which `tableOf` reports at the cell. Internal.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, storableJson);
}

function storableJson(this: unknown, key: string, value: unknown): unknown {
  // `value` has been through Decimal's toJSON (`1e+30` from 1e30 up); the holder has the Decimal.
  const raw = (this as Record<string, unknown>)[key];
  if (Decimal.isDecimal(raw)) return exactText(raw);
  for (const text of typeof value === 'string' ? [key, value] : [key]) {
    const reason = unstorableText(text);
    if (reason !== undefined) throw new UnstorableJson(reason, text);
  }
  return value;
}

/**
 * An exact number as its cell: its exact plain text (`exactText`: every digit, never an
 * exponent, never `'-0'`), or a JS number when asked (lossy, by the caller's choice).
 */
function numberCell(value: Decimal, numbers: CellFormat['numbers']): string | number {
  if (numbers === 'number') return value.isZero() ? 0 : value.toNumber();
  return exactText(value);
}

function cellOf(value: Value, numbers: CellFormat['numbers']): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'object') return numberCell(value, numbers);
  return value;
}

/** A cell, refused (at its place in the rows) when PostgreSQL cannot store it as it is. */
function storableCell<T>(
  table: string,
  index: number,
  entry: Column<T>,
  item: T,
  format: CellFormat,
): Cell {
  let value: Value;
  try {
    value = entry.read(item);
  } catch (error) {
    if (!(error instanceof UnstorableJson)) throw error;
    return refuseCell(table, index, entry.name, { kind: 'text', ...error });
  }
  if (typeof value === 'string') {
    const reason = unstorableText(value);
    if (reason !== undefined)
      refuseCell(table, index, entry.name, { kind: 'text', reason, text: value });
    if (DATE_COLUMNS.has(entry.name) && !storableDate(value))
      refuseCell(table, index, entry.name, { kind: 'date', date: value });
  } else if (typeof value === 'number' && !fitsInteger(value)) {
    // Whole numbers (positions, ranks, counts) go to INTEGER columns; exact numbers are Decimals.
    refuseCell(table, index, entry.name, { kind: 'integer', value });
  }
  return cellOf(value, format.numbers);
}

const schemaColumn = <T>(name: string, read: (item: T) => Value): Column<T> => ({
  name,
  read,
  label: false,
});
const labelColumn = <T>(name: string, read: (item: T) => Value): Column<T> => ({
  name,
  read,
  label: true,
});

/**
 * The rows of one table: one frozen row per item, every column present, in column order.
 * `define` lists the columns with the two makers it is given: `column` for a column of the
 * reference schema, `label` for one written only with `labels: true`. Internal: each kind's
 * table definitions build their rows with it.
 */
export function tableOf<Name extends string, T>(
  table: Name,
  items: readonly T[],
  format: CellFormat,
  define: (column: ColumnMaker<T>, label: ColumnMaker<T>) => readonly Column<T>[],
): TableRows<Name> {
  const columns = define(schemaColumn, labelColumn);
  const used = format.labels ? columns : columns.filter((entry) => !entry.label);
  const rows: Row[] = new Array(items.length);
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index]!;
    const row: Record<string, Cell> = {};
    for (const entry of used) row[entry.name] = storableCell(table, index, entry, item, format);
    checkKeySize(table, index, row);
    rows[index] = Object.freeze(row);
  }
  return Object.freeze({
    table,
    columns: Object.freeze(used.map((entry) => entry.name)),
    rows: Object.freeze(rows),
  });
}
