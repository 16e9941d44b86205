/** Why a command could not run: a bad flag, an unreadable or malformed file (exit code 2). */
export class CliError extends Error {
  /** The library's error code, when the failure is the library's (`invalid-input`, …). */
  readonly code: string | undefined;

  /** Builds the error from the sentence shown to the user, and the library's code if any. */
  constructor(message: string, code?: string) {
    super(message);
    this.name = 'CliError';
    this.code = code;
  }
}

/** Tells a CliError apart from other errors. */
export function isCliError(value: unknown): value is CliError {
  return value instanceof CliError;
}
