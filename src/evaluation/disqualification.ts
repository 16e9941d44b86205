import { defined } from '../core/defined.js';
import type { DisqualificationCode, DisqualificationReason } from './types.js';

/** Why a bid is disqualified, as a result lists it (severity `error`), frozen. Internal. */
export function disqualification(
  code: DisqualificationCode,
  message: string,
  criterion?: string,
): DisqualificationReason {
  return Object.freeze(defined({ code, severity: 'error', message, criterion }));
}
