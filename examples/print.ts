// Small printing helpers shared by the example scripts.

/** Prints a section heading. */
export function heading(title: string): void {
  console.log(`\n${title}\n${'='.repeat(title.length)}`);
}

/** Prints rows as an aligned text table. */
export function table(rows: readonly (readonly string[])[]): void {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  for (const row of rows) {
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    );
  }
}
