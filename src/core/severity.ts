/**
 * How much a finding, warning or problem matters: `error` (a figure is wrong or missing, or the
 * thing cannot be used), `warning` (a person should check it), `info` (explained, nothing to
 * do). Every area's findings, warnings and problems carry one.
 */
export type Severity = 'error' | 'warning' | 'info';

/** Every severity, most serious first. Internal: the one list the snapshot schemas read. */
export const severities: readonly Severity[] = /* @__PURE__ */ Object.freeze([
  'error',
  'warning',
  'info',
]);
