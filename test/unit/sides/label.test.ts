import { describe, expect, it } from 'vitest';
import { shortSha, sideLabel } from '../../../src/sides/label.ts';

const SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f80912a3b4c5';

describe('a commit as people read it', () => {
  it('the first 7 hex digits; nothing without a commit', () => {
    expect(shortSha(SHA)).toBe('1a2b3c4');
    expect(shortSha(null)).toBe('');
  });
});

describe("a side's label", () => {
  it('a branch with its short commit', () => {
    expect(sideLabel({ ref: 'main', sha: SHA })).toBe('main (1a2b3c4)');
    expect(sideLabel({ ref: 'refs/pull/42/merge', sha: SHA })).toBe('refs/pull/42/merge (1a2b3c4)');
  });

  it('a ref without a commit (a working tree) as it is', () => {
    expect(sideLabel({ ref: 'HEAD', sha: null })).toBe('HEAD');
    expect(sideLabel({ ref: 'working tree', sha: null })).toBe('working tree');
  });

  it('a ref that is the commit itself, short or full, in any case, is shortened rather than repeated', () => {
    expect(sideLabel({ ref: SHA, sha: SHA })).toBe('1a2b3c4');
    expect(sideLabel({ ref: '1a2b3c4d', sha: SHA })).toBe('1a2b3c4');
    expect(sideLabel({ ref: '1A2B3C4D5E', sha: SHA })).toBe('1a2b3c4');
  });

  it('a hex-looking ref of another commit, or one too short to be a SHA, is a name', () => {
    expect(sideLabel({ ref: 'deadbeef', sha: SHA })).toBe('deadbeef (1a2b3c4)');
    expect(sideLabel({ ref: '1a2b3c', sha: SHA })).toBe('1a2b3c (1a2b3c4)');
  });
});
