import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script of the build, without types
import { generate, OUTPUT_PATH, SCHEMA_PATH } from '../../../scripts/config-types.mjs';
import { DEFAULT_BUDGETS } from '../../../src/config/config.ts';
import { parseConfig } from '../../../src/config/load.ts';

describe('the config schema is the one definition of the file', () => {
  it('src/config/file.generated.ts is what the schema generates (run node scripts/config-types.mjs)', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
    expect(readFileSync(OUTPUT_PATH, 'utf8')).toBe(generate(schema));
  });

  it('a key added to the schema shows up in the generated type, and its default in the defaults', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
    schema.properties.capture.properties.gate_something = { type: 'boolean', default: false, description: 'A planted key.' };
    const output = generate(schema) as string;
    expect(output).toMatch(/\/\*\* A planted key\. \*\/\n\s+gate_something\?: boolean;/);
    expect(output).toMatch(/"gate_something": false/);
  });

  it('an empty file gets every default the schema declares', () => {
    const config = parseConfig('schema: db/schema.sql\n', 'pg-plan-gate.yml', {});
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
    expect(config.engine).toBe(schema.properties.engine.default);
    expect(config.build).toBe(schema.properties.build.default);
    expect(config.explainTimeoutSeconds).toBe(schema.properties.explain_timeout_seconds.default);
    expect(config.advice).toEqual({ timeoutSeconds: schema.properties.advice.oneOf[1].properties.timeout_seconds.default });
    expect(config.budgets).toEqual(DEFAULT_BUDGETS);
    expect(DEFAULT_BUDGETS.costIncreasePct).toBe(schema.definitions.budgets.properties.cost_increase_pct.default);
    expect(DEFAULT_BUDGETS.seqScans.minRows).toBe(schema.definitions.seqScans.properties.min_rows.default);
  });
});

/** Every leaf key of the schema as the docs name it: `capture.n_plus_one`, `queries[].file`. */
function leafKeys(schema: any): string[] {
  const resolve = (node: any) => (node?.$ref ? schema.definitions[node.$ref.split('/').pop()] : node);
  const propertiesOf = (node: any) => resolve(node)?.properties ?? resolve(node)?.oneOf?.find((variant: any) => variant.properties)?.properties;
  const keys: string[] = [];
  const walk = (node: any, prefix: string) => {
    for (const [key, child] of Object.entries<any>(propertiesOf(node) ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      const items = resolve(child)?.type === 'array' ? resolve(child).items : undefined;
      if (items?.properties) walk(items, `${path}[]`);
      else if (propertiesOf(child)) walk(child, path);
      else keys.push(path);
    }
  };
  walk(schema, '');
  return keys;
}

describe('the config page documents the schema in words', () => {
  // The hand-kept part of docs/config.md (its "Keys in detail" table), not the generated reference, which names every key by construction.
  it('names every key of the file in docs/config.template.md (an override takes the budget keys)', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
    const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'config.template.md'), 'utf8');
    const keys = leafKeys(schema);
    expect(keys.length).toBeGreaterThan(40);
    const documented = (key: string) => readme.includes(`\`${key}\``) || readme.includes(`\`${key.replace(/^overrides\[\]\./, 'budgets.')}\``);
    const undocumented = keys.filter((key) => !documented(key));
    expect(undocumented).toEqual([]);
  });
});
