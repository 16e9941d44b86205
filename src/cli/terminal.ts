// What the command knows about where it writes: colour only on a terminal (and never with
// NO_COLOR), progress only when stderr is a terminal.

/** The streams and environment a command runs with (a subprocess's own, or a test's). */
export interface Terminal {
  /** Writes to standard output. */
  readonly out: (text: string) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /** True when standard output is a terminal. */
  readonly outIsTTY: boolean;
  /** True when standard error is a terminal. */
  readonly errIsTTY: boolean;
  /** The environment variables. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The folder relative paths are read from. */
  readonly cwd: string;
}

/** The terminal of the running process. */
export function processTerminal(): Terminal {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    outIsTTY: process.stdout.isTTY === true,
    errIsTTY: process.stderr.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * Whether to colour standard output: never when `NO_COLOR` is set to anything but the empty
 * string (no-color.org) or `TERM=dumb`; with `FORCE_COLOR` set to 1, 2, 3 or true even when
 * piped; otherwise only on a terminal.
 */
export function wantsColour(terminal: Terminal): boolean {
  const { NO_COLOR: noColour, FORCE_COLOR: force, TERM: term } = terminal.env;
  if (noColour !== undefined && noColour !== '') return false;
  if (term === 'dumb') return false;
  if (force !== undefined && ['1', '2', '3', 'true'].includes(force)) return true;
  return terminal.outIsTTY;
}

/** A line of progress on stderr, rewritten in place; silent unless stderr is a terminal. */
export interface Progress {
  /** Shows a message, replacing the previous one. */
  readonly update: (message: string) => void;
  /** Clears the line. */
  readonly done: () => void;
}

/**
 * Progress on stderr when it is a terminal: one line rewritten in place with a carriage return
 * and spaces (no escape codes at all, so NO_COLOR terminals stay plain too).
 */
export function progressOn(terminal: Terminal): Progress {
  if (!terminal.errIsTTY) return { update: () => {}, done: () => {} };
  let shown = 0;
  const clear = () => (shown > 0 ? `\r${' '.repeat(shown)}\r` : '');
  return {
    update: (message) => {
      terminal.err(`${clear()}${message}`);
      shown = [...message].length;
    },
    done: () => {
      if (shown > 0) terminal.err(clear());
      shown = 0;
    },
  };
}
