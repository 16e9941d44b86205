import type { Column, ColumnMaker } from './table.js';

/** An item with its position in the result's list. Internal. */
export interface Positioned<T> {
  readonly item: T;
  readonly position: number;
}

/** Each item with its position in `items`. Internal. */
export function positioned<T>(items: readonly T[]): Positioned<T>[] {
  return items.map((item, position) => ({ item, position }));
}

/**
 * The columns every warnings or findings table has after its owner's key: `position`, `code`,
 * `severity` and `message`. Internal.
 */
export function findingColumns<T extends { code: string; severity: string; message: string }>(
  column: ColumnMaker<Positioned<T>>,
): Column<Positioned<T>>[] {
  return [
    column('position', ({ position }) => position),
    column('code', ({ item }) => item.code),
    column('severity', ({ item }) => item.severity),
    column('message', ({ item }) => item.message),
  ];
}
