import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('holds only what the CLI needs, and `npx pg-plan-gate --help` works from it with no install and no network', { timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgpg-pack-'));
    made.push(dir);
    execFileSync('npm', ['pack', '--pack-destination', dir, '--silent'], { cwd: ROOT, encoding: 'utf8' });
    const [tarball] = readdirSync(dir).filter((name) => name.endsWith('.tgz'));
    expect(tarball).toMatch(/^pg-plan-gate-\d+\.\d+\.\d+\.tgz$/);
    const path = join(dir, tarball!);
    const files = execFileSync('tar', ['-tzf', path], { encoding: 'utf8' }).trim().split('\n');
    expect(files).toEqual(
      expect.arrayContaining([
        'package/package.json',
        'package/dist/cli.js',
        'package/dist/engine-worker.js',
        'package/dist/pglite.wasm',
        'package/action.yml',
      ]),
    );
    expect(files.filter((file) => /^package\/(src|test|scripts|examples|node_modules)\//.test(file))).toEqual([]);
    // The bundle is self-contained: the package declares nothing to install.
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', path, 'package/package.json'], { encoding: 'utf8' })) as { dependencies?: object };
    expect(manifest.dependencies).toBeUndefined();
    const help = execFileSync('npx', ['--offline', '--yes', `--package=${path}`, '--', 'pg-plan-gate', '--help'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, npm_config_cache: join(dir, 'npm-cache'), npm_config_update_notifier: 'false' },
    });
    expect(help).toMatch(/^Usage: pg-plan-gate /);
  });
});
