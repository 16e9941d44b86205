/** Types of bare-context.js (plain JavaScript, shared with scripts/*.mjs). */
export interface BareContextRun {
  /** `typeof` each global the context might offer, read from inside it. */
  readonly globals: Readonly<Record<string, string>>;
  /** The scenario's figures, when `run` was set. */
  readonly figures: Readonly<Record<string, string>> | undefined;
  /** What `code` evaluated to, when given. */
  readonly result: unknown;
}

/** Loads the IIFE text into a fresh empty context; see bare-context.js. */
export function inBareContext(
  bundle: string,
  options?: {
    readonly sheetText?: string | undefined;
    readonly withoutIntl?: boolean | undefined;
    readonly run?: boolean | undefined;
    readonly code?: string | undefined;
  },
): BareContextRun;
