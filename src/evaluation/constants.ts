import { Decimal } from '../core/decimal.js';

// The figures the evaluation's arithmetic starts from, made once for every module of the area
// (scores compare shares with them by identity: see score-leaf.ts). Internal.

/** 0. */
export const ZERO = /* @__PURE__ */ new Decimal(0);
/** 1: full marks as a share. */
export const ONE = /* @__PURE__ */ new Decimal(1);
/** 100: points of 100, percentage points. */
export const HUNDRED = /* @__PURE__ */ new Decimal(100);
