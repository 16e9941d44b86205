/**
 * A generated measure or valuation line as the library takes it: a record-only one is recorded,
 * not monetised, so its proxy value is 0 (`defineFramework` and the readers refuse any other).
 */
export function recordOnlyAtZero<T extends { valueType: string; proxyValue: unknown }>(line: T): T {
  return line.valueType === 'record-only' ? ({ ...line, proxyValue: '0' } as T) : line;
}
