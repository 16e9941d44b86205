// Excel's separator line: `sep=;` as the first line declares the file's delimiter (Excel reads
// it so and does not show it), and some exports write it quoted (`"sep=;"`) or padded with the
// delimiter (`sep=;;;`). `sep=` and a tab is a tab-separated file.
const SEPARATOR_LINE = /^(?:sep=([^\r\n"])\1*|"sep=([^\r\n"])")(?=\r|\n|$)/i;

/**
 * A text without the separator line Excel writes as its first line (`sep=;`, `sep=,`, `sep=` and
 * a tab), and the delimiter it declares; the line break stays, so the rows keep their line
 * numbers (the header is then on line 2) and the line is read as a blank one. `undefined` when
 * the text has no such line. Internal: the csv readers and the command's bids and deliveries.
 */
export function withoutSeparatorLine(
  text: string,
): { readonly text: string; readonly delimiter: string } | undefined {
  const found = SEPARATOR_LINE.exec(text);
  if (found === null) return undefined;
  return { text: text.slice(found[0].length), delimiter: (found[1] ?? found[2])! };
}
