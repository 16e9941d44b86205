import { describe, expect, it } from 'vitest';
import { defineEvaluation, defineFramework, definePolicy } from '../../src/index.js';
import { caught } from '../errors.js';

/** The `path: message` lines of what `run` throws. */
const lines = (run: () => unknown) =>
  caught(run).issues.map((issue) => `${issue.path}: ${issue.message}`);

describe('a kind written with a slip', () => {
  it('offers the kind meant', () => {
    expect(lines(() => defineFramework({ kind: 'Framework' } as never))).toEqual([
      'framework: expected a framework (from defineFramework) or its JSON form, received an object of kind "Framework" (did you mean "framework"?)',
    ]);
    expect(
      lines(() => defineEvaluation({ kind: 'evaluation_model', criteria: [] } as never)),
    ).toEqual([
      'model: expected an evaluation model (from defineEvaluation, or its JSON), received an object of kind "evaluation_model" (did you mean "evaluation-model"?)',
    ]);
    expect(lines(() => definePolicy({ kind: 'polcy', id: 'x' } as never))).toEqual([
      'policy: expected a policy (from definePolicy or policies, its JSON snapshot, or a policy input), received an object of kind "polcy" (did you mean "policy"?)',
    ]);
  });

  it('offers nothing for another kind of result', () => {
    expect(lines(() => definePolicy({ kind: 'valuation', id: 'x' } as never))).toEqual([
      'policy: expected a policy (from definePolicy or policies, its JSON snapshot, or a policy input), received an object of kind "valuation"',
    ]);
  });
});
