import { Decimal } from './decimal.js';
import { divide, figureDomainProblem } from './numeric-domain.js';
import { isPlainRecord } from './record.js';
import { isNumericProblem, readNumber } from './to-decimal.js';

type Path = readonly PropertyKey[];

/** Where a problem is reported: its message and its path inside the valuation. */
export type ReportProblem = (message: string, at: Path) => void;

/**
 * Checks the figures of a valuation that is not the one `valuePledges` returned (its JSON
 * snapshot, a copy) against the figures they were worked out from, reporting each one that
 * differs at its path, as `revive` words it: `expected "738768" (from its own figures),
 * received "9999999"` at `total`. Lighter than `revive`: it checks what `evaluateTenders` (the
 * total) and `trackDelivery` (each line's quantity, share, proxy value and years; the contract
 * value) read, against what the valuation wrote from them: each line's value (and each year's)
 * is its quantity × attribution share × proxy value (negative for a disbenefit), the quantity of
 * a valued line given by year is its years' added up, the total is the lines' values added up
 * (without lines, the theme values added up) and `socialValueAddedRatio` is the total over the
 * contract value. A figure left out (a line without `value`) is not checked; the breakdowns,
 * warnings and summary are not read (a live valuation is not given here: it is trusted). What
 * is not a figure is reported at its path (the caller checks the rest of the shape). Returns
 * true when nothing was reported. Internal: the valuation readers of evaluation and monitoring.
 */
export function checkStoredValuation(
  valuation: Readonly<Record<string, unknown>>,
  report: ReportProblem,
): boolean {
  let right = true;
  /** The figure at `at` + `key`, or `undefined` (reported) when it is not one. */
  const figure = (value: unknown, at: Path, key: PropertyKey) => {
    const read = readNumber(value, figureDomainProblem);
    if (!isNumericProblem(read)) return read;
    right = false;
    report(read.message, [...at, key]);
  };
  /** Checks a stored figure, when given, against the one worked out from its sources. */
  const check = (stored: unknown, expected: Decimal, at: Path, key: PropertyKey) => {
    const given = stored === undefined ? expected : figure(stored, at, key);
    if (given?.eq(expected) === false) {
      right = false;
      report(`expected "${expected}" (from its own figures), received "${given}"`, [...at, key]);
    }
  };
  const { lines, total, byTheme, contractValue, socialValueAddedRatio: ratio } = valuation;
  const list: unknown[] = Array.isArray(lines) ? lines : [];
  let sum = new Decimal(0);
  list.forEach((value, index) => {
    const at = ['lines', index];
    // `Object(…)`: a line that is not an object has none of the figures, each reported missing.
    const line = Object(value) as Readonly<Record<string, unknown>>;
    const { attributionShare: share, years } = line;
    const proxy = figure(line.proxyValue, at, 'proxyValue');
    const part = share === undefined ? 1 : figure(share, at, 'attributionShare');
    const quantity = figure(line.quantity, at, 'quantity');
    if (proxy === undefined || part === undefined || quantity === undefined) return;
    const rate = line.effect === 'disbenefit' ? proxy.times(part).neg() : proxy.times(part);
    // A line valuePledges wrote (with its value): its quantity is its years' added up. In a line
    // made by hand, years only spread the quantity (by their shares of it).
    if (Array.isArray(years) && line.value !== undefined) {
      let added = new Decimal(0);
      years.forEach((year, position) => {
        const yearAt = [...at, 'years', position];
        const entry = Object(year) as Readonly<Record<string, unknown>>;
        const count = figure(entry.quantity, yearAt, 'quantity');
        if (count === undefined) return;
        added = added.plus(count);
        check(entry.value, count.times(rate), yearAt, 'value');
      });
      check(quantity, added, at, 'quantity');
    }
    const lineValue = quantity.times(rate);
    check(line.value, lineValue, at, 'value');
    sum = sum.plus(lineValue);
  });
  if (!right || total === undefined) return right;
  if (list.length === 0) {
    // Kept without lines (or none pledged): the total is its themes' values added up.
    if (!isPlainRecord(byTheme)) return right;
    for (const theme of Object.keys(byTheme)) {
      sum = sum.plus(figure(byTheme[theme], ['byTheme'], theme) ?? 0);
    }
  }
  check(total, sum, [], 'total');
  const base =
    ratio === undefined || !right ? undefined : figure(contractValue, [], 'contractValue');
  if (base !== undefined && !base.isZero()) {
    check(ratio, divide(sum, base), [], 'socialValueAddedRatio');
  }
  return right;
}
