// Runs the command line: parses the arguments, runs the command, writes its output, and turns
// every failure into a message and an exit code (0 ok, 1 error findings, 2 bad input or usage,
// 3 a bug). Never a stack trace.
import { CommanderError } from 'commander';
import { isSocialValueError } from 'social-value';
import { isCliError } from './cli-error.js';
import { buildProgram } from './program.js';
import { messageText } from './report.js';
import { progressOn, type Terminal } from './terminal.js';

/** The exit codes of the command. */
export const exitCodes = { ok: 0, findings: 1, input: 2, bug: 3 } as const;

/** Runs the command with its arguments (without `node` and the script) and returns the exit code. */
export async function run(argv: readonly string[], terminal: Terminal): Promise<number> {
  const progress = progressOn(terminal);
  const state = { exitCode: exitCodes.ok as number };
  const program = buildProgram({ terminal, progress }, state);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return state.exitCode;
  } catch (error) {
    progress.done();
    if (error instanceof CommanderError) {
      // Commander has printed its message (or the help) already.
      return error.exitCode === 0 ? exitCodes.ok : exitCodes.input;
    }
    if (isCliError(error)) {
      terminal.err(
        messageText(
          `social-value: error${error.code === undefined ? '' : ` (${error.code})`}: ${error.message}\n`,
        ),
      );
      return exitCodes.input;
    }
    if (isSocialValueError(error)) {
      terminal.err(messageText(`social-value: error (${error.code}): ${error.message}\n`));
      return exitCodes.input;
    }
    const message = error instanceof Error ? error.message : String(error);
    terminal.err(
      `social-value: unexpected error: ${messageText(message)}\nThis is a bug in social-value: please report it with the command you ran.\n`,
    );
    return exitCodes.bug;
  } finally {
    progress.done();
  }
}
