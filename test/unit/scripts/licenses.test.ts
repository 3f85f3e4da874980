import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script of the bundle step, without types
import { bundledPackages } from '../../../scripts/licenses.mjs';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('dist/licenses.txt', () => {
  it('names every package the bundle ships, with its licence, and PostgreSQL', async () => {
    // The bundle's inputs, found again here rather than read from what bundle.mjs wrote.
    const { metafile } = await build({
      entryPoints: ['src/cli.ts', 'src/index.ts', 'src/engine/embedded/worker.ts'].map((file) => join(ROOT, file)),
      bundle: true,
      platform: 'node',
      format: 'esm',
      splitting: true,
      outdir: join(ROOT, '.tmp', 'licenses-check'),
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const packages = [...(bundledPackages(metafile, ROOT) as Map<string, string>).keys()];
    const text = readFileSync(join(ROOT, 'dist', 'licenses.txt'), 'utf8');
    const listed = new Set([...text.matchAll(/^(\S+@\d\S*)\nLicense: (\S.*)$/gm)].map((match) => match[1]));
    expect(packages.length).toBeGreaterThan(20);
    expect(packages.filter((id) => !listed.has(id))).toEqual([]);
    for (const id of ['@electric-sql/pglite', 'libpg-query', '@actions/github', 'pg', 'ajv', 'yaml']) {
      expect(packages.some((pkg) => pkg.startsWith(`${id}@`))).toBe(true);
    }
    expect(text).toMatch(/^PostgreSQL .*\nLicense: PostgreSQL\n/m);
    expect(text).toContain('Apache License');
  });
});
