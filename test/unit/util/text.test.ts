import { describe, expect, it } from 'vitest';
import { scalarText } from '../../../src/util/text.ts';

describe('scalarText', () => {
  it('gives scalars as String() would', () => {
    expect(scalarText('16.4')).toBe('16.4');
    expect(scalarText(160004)).toBe('160004');
    expect(scalarText(12n)).toBe('12');
    expect(scalarText(true)).toBe('true');
    expect(scalarText(null)).toBe('null');
    expect(scalarText(undefined)).toBe('undefined');
  });

  it('shows an unexpected object as JSON, not as [object Object]', () => {
    expect(scalarText({ sval: 'name' })).toBe('{"sval":"name"}');
    expect(scalarText(['a', 1])).toBe('["a",1]');
  });
});
