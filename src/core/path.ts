import { quoteText } from './describe-value.js';

/**
 * Writes a path of keys and indexes as code would: `['pledges', 3, 'quantity']` becomes
 * `pledges[3].quantity`. Internal helper shared by every area's error reporting.
 */
export function formatPath(segments: readonly PropertyKey[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (typeof segment === 'symbol') path += `[${segment.toString()}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) path += path === '' ? segment : `.${segment}`;
    else path += `[${quoteText(segment)}]`;
  }
  return path;
}

/** Turns a path's keys into the `(string | number)[]` form kept on issues. Internal. */
export function pathSegments(segments: readonly PropertyKey[]): (string | number)[] {
  return segments.map((segment) => (typeof segment === 'symbol' ? segment.toString() : segment));
}
