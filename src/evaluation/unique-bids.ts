import { SocialValueError } from '../core/errors.js';
import { issueAt } from './define-evaluation.js';

/** Throws `duplicate-bid` when two bids share an id, naming every repeat. Internal. */
export function checkUniqueBids(bids: readonly { readonly id: string }[]): void {
  const seen = new Map<string, number>();
  const issues = bids.flatMap((bid, index) => {
    const first = seen.get(bid.id);
    if (first === undefined) {
      seen.set(bid.id, index);
      return [];
    }
    return [
      issueAt(
        ['bids', index, 'id'],
        `expected a unique bid id, "${bid.id}" is also bids[${first}]`,
      ),
    ];
  });
  if (issues.length > 0) {
    throw new SocialValueError({
      code: 'duplicate-bid',
      message: `Bid ids must be unique: ${issues.length === 1 ? '1 repeat' : `${issues.length} repeats`}.`,
      issues,
    });
  }
}
