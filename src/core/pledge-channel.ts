/**
 * Where a pledge comes from. `tender`: a supplier's bid (the default); `grant`: a grant
 * agreement; `asset-transfer`: a community asset transfer; `section-106`: a Section 106 planning
 * obligation; `planning`: another planning condition; `partnership`: a partnership agreement;
 * `internal`: the council's own departments and officers (Suffolk's officers' pledges).
 */
export type PledgeChannel =
  | 'tender'
  | 'grant'
  | 'asset-transfer'
  | 'section-106'
  | 'planning'
  | 'partnership'
  | 'internal';

/** Every pledge channel, in report order. Internal: the one list the areas read. */
export const pledgeChannels: readonly PledgeChannel[] = /* @__PURE__ */ Object.freeze([
  'tender',
  'grant',
  'asset-transfer',
  'section-106',
  'planning',
  'partnership',
  'internal',
]);

/** Who makes a pledge: a supplier, a council department or an officer. */
export type PledgerKind = 'supplier' | 'department' | 'officer';

/** Every pledger kind. Internal. */
export const pledgerKinds: readonly PledgerKind[] = /* @__PURE__ */ Object.freeze([
  'supplier',
  'department',
  'officer',
]);

/**
 * Whether a pledge line adds value (`benefit`) or takes it away (`disbenefit`, a negative
 * impact such as the emissions of a construction contract, valued as a negative amount).
 */
export type PledgeEffect = 'benefit' | 'disbenefit';

/** Both effects. Internal. */
export const pledgeEffects: readonly PledgeEffect[] = /* @__PURE__ */ Object.freeze([
  'benefit',
  'disbenefit',
]);
