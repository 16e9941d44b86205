import type { SocialValueErrorCode } from '../core/error-codes.js';
import { SocialValueError } from '../core/errors.js';
import { formatPath, pathSegments } from '../core/path.js';

/**
 * An error about one field found after schema validation (a cross-field check): the code, a
 * headline, the path and what is wrong there. Internal to the monitoring area.
 */
export function fieldError(
  code: SocialValueErrorCode,
  headline: string,
  segments: readonly PropertyKey[],
  message: string,
  details: Readonly<Record<string, unknown>> = {},
): SocialValueError {
  return new SocialValueError({
    code,
    message: headline,
    issues: [{ path: formatPath(segments), segments: pathSegments(segments), message }],
    details,
  });
}
