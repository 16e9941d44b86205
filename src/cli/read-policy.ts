// A policy named on the command line: a preset of `policies` or a policy.json.
import { policies } from 'social-value';
import { quoteText } from '../core/describe-value.js';
import { didYouMean, suggest } from '../core/suggest.js';
import { CliError } from './cli-error.js';
import { isJsonFile, readJson } from './read-input.js';
import type { Source } from './sources.js';

type PolicyArgument = (typeof policies)[keyof typeof policies];

/** The sources of a command's errors for a policy given as a file (none for a preset). */
export function policySources(value: string): Source[] {
  return isJsonFile(value) ? [{ file: value, roots: ['policy'] }] : [];
}

/** Reads `--policy`: a preset name (`southend2021`) or a policy file (`policy.json`). */
export function readPolicy(value: string, cwd: string): { policy: PolicyArgument; source: string } {
  if (Object.hasOwn(policies, value)) {
    const policy = policies[value as keyof typeof policies];
    return { policy, source: `Policy: ${policy.name} (preset ${value})` };
  }
  if (isJsonFile(value)) {
    return { policy: readJson(value, cwd) as PolicyArgument, source: `Policy: ${value}` };
  }
  throw new CliError(
    `--policy: expected a preset (${Object.keys(policies).join(', ')}) or a .json file, received ${quoteText(value)}${didYouMean(suggest(value, Object.keys(policies)))}.`,
  );
}
