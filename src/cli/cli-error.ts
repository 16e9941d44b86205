/** Why a command could not run: a bad flag, an unreadable or malformed file (exit code 2). */
export class CliError extends Error {
  /** Builds the error from the sentence shown to the user. */
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** Tells a CliError apart from other errors. */
export function isCliError(value: unknown): value is CliError {
  return value instanceof CliError;
}
