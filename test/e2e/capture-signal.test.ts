import { expect, it } from 'vitest';
import { spawnCliFromSource } from '../helpers/cli.ts';
import { pidsWithArgs, processesRunning, stopLeftovers } from '../helpers/processes.ts';
import { makeRepo } from '../helpers/repo.ts';

it('Ctrl-C during capture stops what the command started in a session of its own (setsid)', async () => {
  const repo = makeRepo({
    'pg-plan-gate.yml': 'schema: db/schema.sql\ncapture:\n  command: setsid sleep 3174 & sleep 3175\n',
    'db/schema.sql': 'CREATE TABLE t (id int);\n',
  });
  try {
    const child = spawnCliFromSource(['--base', 'HEAD', '--head', 'HEAD'], repo.dir);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && pidsWithArgs('sleep 3174').length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pidsWithArgs('sleep 3174')).toHaveLength(1);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(await processesRunning('sleep 3174')).toEqual([]);
    expect(await processesRunning('sleep 3175')).toEqual([]);
    expect(stderr).not.toMatch(/internal error/);
  } finally {
    stopLeftovers('sleep 3174', 'sleep 3175');
    repo.cleanup();
  }
});
