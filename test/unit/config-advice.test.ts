import { describe, expect, it } from 'vitest';
import { configErrorOf, parseWithSchema } from '../helpers/config.ts';

const parse = parseWithSchema;
const errorOf = configErrorOf;

describe('config: advice', () => {
  it('is on with a 30 s bound by default, off with false, bounded by timeout_seconds', () => {
    expect(parse('').advice).toEqual({ timeoutSeconds: 30 });
    expect(parse('advice: false\n').advice).toBe(false);
    expect(parse('advice:\n  timeout_seconds: 2.5\n').advice).toEqual({ timeoutSeconds: 2.5 });
    expect(parse('advice: {}\n').advice).toEqual({ timeoutSeconds: 30 });
  });

  it('rejects other values in one line that names the key and its line', () => {
    expect(errorOf('advice: true\n')).toBe('pg-plan-gate.yml:2: advice must be false or a mapping such as { timeout_seconds: 30 }');
    expect(errorOf('advice: 30\n')).toBe('pg-plan-gate.yml:2: advice must be false or a mapping such as { timeout_seconds: 30 }');
    expect(errorOf('advice:\n  timeout_seconds: 0\n')).toBe('pg-plan-gate.yml:3: advice.timeout_seconds must be > 0');
    expect(errorOf('advice:\n  timeout_seconds: soon\n')).toBe('pg-plan-gate.yml:3: advice.timeout_seconds must be number');
    expect(errorOf('advice:\n  timeout: 5\n')).toBe('pg-plan-gate.yml:3: advice.timeout is not a known key');
  });
});
