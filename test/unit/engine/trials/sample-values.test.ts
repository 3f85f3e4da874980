import { describe, expect, it } from 'vitest';
import { oneElementArray, typicalScalar } from '../../../../src/engine/trials/sample-values.ts';

describe('typical values by type', () => {
  it('fixed values for the common base types, an enum its first label, nothing for others', () => {
    expect(typicalScalar('int8', 'b', null)).toBe('1');
    expect(typicalScalar('timestamptz', 'b', null)).toBe('2026-01-01 00:00:00+00');
    expect(typicalScalar('uuid', 'b', null)).toBe('00000000-0000-4000-8000-000000000001');
    expect(typicalScalar('jsonb', 'b', null)).toBe('{}');
    expect(typicalScalar('text', 'b', null)).toBe('a');
    expect(typicalScalar('bool', 'b', null)).toBe('true');
    expect(typicalScalar('task_status', 'e', 'QUEUED')).toBe('QUEUED');
    expect(typicalScalar('point', 'b', null)).toBeNull();
    expect(typicalScalar('tstzrange', 'r', null)).toBeNull();
  });

  it('an array of one element, quoted', () => {
    expect(oneElementArray('1')).toBe('{"1"}');
    expect(oneElementArray('a"b\\c')).toBe('{"a\\"b\\\\c"}');
  });
});
