// An error of the library in a command names the flag that gave the bad value: at the issue's
// path, and where the library's sentence names the option by its path ("expected options.start
// and options.end with a delivery profile" is about two flags of `track`).
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cli-error.js';
import { withSources } from '../../src/cli/sources.js';
import { SocialValueError } from '../../src/index.js';

function messageOf(step: () => unknown): string {
  try {
    step();
  } catch (error) {
    if (error instanceof CliError) return error.message;
    throw error;
  }
  throw new Error('expected a CliError');
}

describe('withSources', () => {
  const flags = { 'options.start': '--start', 'options.end': '--end' };

  it('names the flags in the headline and in each issue, whatever its path', () => {
    const message = messageOf(() =>
      withSources(
        [{ file: 'deliveries.csv', roots: ['deliveries'], lines: [2] }],
        () => {
          throw new SocialValueError({
            code: 'invalid-input',
            message: 'Invalid input: options.start comes after options.end.',
            issues: [
              {
                path: 'options.profile',
                segments: ['options', 'profile'],
                message: 'expected options.start and options.end with a delivery profile',
              },
              {
                path: 'options.start',
                segments: ['options', 'start'],
                message: 'expected a date before options.end',
              },
              {
                path: 'deliveries[0].date',
                segments: ['deliveries', 0, 'date'],
                message: 'expected a date within options.start and options.end',
              },
            ],
          });
        },
        flags,
      ),
    );
    expect(message).toBe(
      [
        'deliveries.csv: Invalid input: --start comes after --end.',
        '  - options.profile: expected --start and --end with a delivery profile',
        '  - --start: expected a date before --end',
        '  - deliveries.csv line 2: deliveries[0].date: expected a date within --start and --end',
      ].join('\n'),
    );
  });
});
