import { describe, expect, it } from 'vitest';
import { readInputs } from '../../../src/github/inputs.ts';

describe('action inputs', () => {
  it('rejects an unknown comment mode with a one-line message', () => {
    expect(() => readInputs((name) => (name === 'comment' ? 'sometimes' : ''))).toThrow('input comment: "sometimes" is not one of always, on-change, never');
  });
});
