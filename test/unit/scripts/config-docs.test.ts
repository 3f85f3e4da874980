import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script of the build, without types
import { generate, MARKER, OUTPUT_PATH, rows, SCHEMA_PATH, TEMPLATE_PATH } from '../../../scripts/config-docs.mjs';

const schema = () => JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
const template = () => readFileSync(TEMPLATE_PATH, 'utf8');

describe('docs/config.md is generated from the schema', () => {
  it('is what scripts/config-docs.mjs generates (run npm run config-docs)', () => {
    expect(readFileSync(OUTPUT_PATH, 'utf8')).toBe(generate(schema(), template()));
  });

  it('has a reference row for every key of the schema, nested ones and list items too', () => {
    const keys = (rows(schema()) as { key: string }[]).map((row) => row.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'engine',
        'server.bin',
        'queries[].file',
        'budgets.seq_scans.min_rows',
        'capture.gate_untagged',
        'advice.timeout_seconds',
        'overrides[].max_cost',
      ]),
    );
    const page = readFileSync(OUTPUT_PATH, 'utf8');
    for (const key of keys) expect(page).toContain(`| \`${key}\` |`);
  });

  it('a key added to the schema shows up with its type, default and description', () => {
    const planted = schema();
    planted.properties.capture.properties.gate_something = { type: 'boolean', default: false, description: 'A planted key | with a pipe.' };
    const output = generate(planted, template()) as string;
    expect(output).toContain('| `capture.gate_something` | boolean | `false` | A planted key \\| with a pipe. |');
    expect(output).not.toContain(MARKER);
  });
});
