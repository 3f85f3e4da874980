import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const moduleUrl = new URL('../../../src/util/exit-cleanup.ts', import.meta.url).href;
const root = fileURLToPath(new URL('../../../', import.meta.url));

/** A process that registers items and then ends as `end` says; what it cleaned, in order, on stdout. */
function run(end: string): { cleaned: string[]; status: number | null } {
  const script = `
    import { exitCleanup } from ${JSON.stringify(moduleUrl)};
    const registry = exitCleanup((item) => process.stdout.write(item + '\\n'));
    registry.add('a'); registry.add('b'); registry.add('c');
    registry.delete('b');
    if (registry.has('b') || !registry.has('a')) process.stdout.write('wrong membership\\n');
    ${end}
  `;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  return { cleaned: child.stdout.split('\n').filter(Boolean), status: child.status };
}

describe('exitCleanup', () => {
  it('cleans what is still registered when the process exits, once each, in the order added', () => {
    expect(run('process.exit(3);')).toEqual({ cleaned: ['a', 'c'], status: 3 });
  });

  it('cleans on a signal too, and the process ends with 128 + the signal', () => {
    expect(run("setInterval(() => {}, 1000); process.kill(process.pid, 'SIGTERM');")).toEqual({ cleaned: ['a', 'c'], status: 143 });
  });
});
