import { expect, it } from 'vitest';
import { errorLines, spawnCliFromSource } from '../helpers/cli.ts';
import { makeRepo } from '../helpers/repo.ts';

const PSQL_DIR = '/usr/lib/postgresql/15/bin';

it('a query a capture command leaves running on the embedded engine does not outlive timeout_minutes', async () => {
  // psql in the background sends a statement that keeps PGlite's one backend busy for 50 minutes;
  // the command itself ends at once, successfully. timeout_minutes 0.1 is 6 s.
  const repo = makeRepo({
    'pg-plan-gate.yml': "schema: db/schema.sql\ncapture:\n  command: psql -c 'SELECT pg_sleep(3000)' & sleep 1; exit 0\n  timeout_minutes: 0.1\n",
    'db/schema.sql': 'CREATE TABLE t (id int);\n',
  });
  // Worker threads as in the bundle: in-process, PGlite's statement would block the gate itself.
  const child = spawnCliFromSource(['--base', 'HEAD', '--head', 'HEAD'], repo.dir, {
    PG_PLAN_GATE_SOURCE_WORKERS: '1',
    PATH: `${PSQL_DIR}:${process.env.PATH}`,
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let killed = false;
  const timer = setTimeout(() => ((killed = true), child.kill('SIGKILL')), 100_000);
  try {
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
    expect(killed, stderr).toBe(false);
    expect(code).toBe(2);
    expect(errorLines(stderr)).toEqual([
      expect.stringMatching(/^pg-plan-gate: base: capture\.command timed out after 0\.1 min: a statement it sent was still running/),
    ]);
  } finally {
    clearTimeout(timer);
    child.kill('SIGKILL');
    repo.cleanup();
  }
});
