import { describe, expect, it } from 'vitest';
import { SocialValueError } from '../../src/core/errors.js';
import { fieldError, issueAt, issuesError } from '../../src/core/issue.js';

describe('SocialValueError', () => {
  it('keeps a message without issues as it is, with no issues and no details', () => {
    const error = new SocialValueError({ code: 'unknown-measure', message: 'No measure NT99.' });
    expect(error.message).toBe('No measure NT99.');
    expect(error.issues).toEqual([]);
    expect(error.details).toEqual({});
    expect(Object.isFrozen(error.details)).toBe(true);
  });

  it('copies and freezes the details and issues it is given', () => {
    const details = { suggestions: ['NT18'] };
    const issues = [issueAt(['a'], 'bad')];
    const error = new SocialValueError({ code: 'invalid-input', message: 'x', issues, details });
    expect(error.details).toEqual({ suggestions: ['NT18'] });
    expect(error.details).not.toBe(details);
    expect(Object.isFrozen(error.details)).toBe(true);
    expect(Object.isFrozen(details)).toBe(false);
    expect(error.issues).not.toBe(issues);
    expect(Object.isFrozen(issues)).toBe(false);
  });

  it('lists exactly 20 issues without a count of more', () => {
    const issues = Array.from({ length: 20 }, (_, index) => issueAt(['x', index], 'bad'));
    const error = new SocialValueError({ code: 'invalid-input', message: 'Invalid x.', issues });
    expect(error.message.split('\n')).toHaveLength(21);
    expect(error.message).not.toContain('more');
  });
});

describe('issueAt', () => {
  it('writes the path both ways', () => {
    expect(issueAt(['pledges', 3, 'quantity'], 'bad')).toEqual({
      path: 'pledges[3].quantity',
      segments: ['pledges', 3, 'quantity'],
      message: 'bad',
    });
  });
});

describe('issuesError', () => {
  it('heads the issues with what was invalid and how many problems, invalid-input by default', () => {
    const one = issuesError('pledges', [issueAt(['pledges', 0], 'bad')]);
    expect(one.code).toBe('invalid-input');
    expect(one.message).toBe('Invalid pledges: 1 problem.\n  - pledges[0]: bad');
    const two = issuesError(
      'model',
      [issueAt(['model', 'a'], 'x'), issueAt(['model', 'b'], 'y')],
      'weights-do-not-sum',
    );
    expect(two.code).toBe('weights-do-not-sum');
    expect(two.message.split('\n')[0]).toBe('Invalid model: 2 problems.');
    expect(two.issues.map((issue) => issue.path)).toEqual(['model.a', 'model.b']);
  });
});

describe('fieldError', () => {
  it('is one issue at a path under a headline, with details', () => {
    const error = fieldError(
      'unknown-measure',
      'Unknown measure.',
      ['pledges', 2, 'measure'],
      'no NT99',
      {
        suggestions: ['NT9'],
      },
    );
    expect(error.code).toBe('unknown-measure');
    expect(error.message).toBe('Unknown measure.\n  - pledges[2].measure: no NT99');
    expect(error.issues).toEqual([
      { path: 'pledges[2].measure', segments: ['pledges', 2, 'measure'], message: 'no NT99' },
    ]);
    expect(error.details).toEqual({ suggestions: ['NT9'] });
    expect(fieldError('invalid-input', 'H.', [], 'm').details).toEqual({});
    expect(fieldError('invalid-input', 'H.', [], 'm').message).toBe('H.\n  - (input): m');
  });
});
