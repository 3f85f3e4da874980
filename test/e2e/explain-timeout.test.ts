import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCliFromSource } from '../helpers/cli.ts';
import { makeRepo } from '../helpers/repo.ts';

// The planner folds an IMMUTABLE function of constants while planning: this one sleeps ten
// minutes in every EXPLAIN that mentions it.
const SCHEMA = `CREATE TABLE t (id int PRIMARY KEY);
CREATE FUNCTION sleepy(x int) RETURNS int IMMUTABLE LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(600); RETURN x; END $$;
`;

/** The run, stopped after `ms` if it has not ended by then (without a bound it sleeps 600 s per EXPLAIN). */
function runWithin(args: string[], cwd: string, ms: number): Promise<{ code: number | null; stderr: string; killed: boolean }> {
  // Worker threads as in the bundle: PGlite blocks the thread it runs a statement in.
  const child = spawnCliFromSource(args, cwd, { PG_PLAN_GATE_SOURCE_WORKERS: '1' });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let killed = false;
  const timer = setTimeout(() => ((killed = true), child.kill('SIGKILL')), ms);
  return new Promise((resolve) => child.on('exit', (code) => (clearTimeout(timer), resolve({ code, stderr, killed }))));
}

describe.each(['embedded', 'server'])('explain_timeout_seconds on engine %s', (engine) => {
  it('an EXPLAIN that outlives it is a query-error, and the next query is still explained', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pgpg-explain-timeout-'));
    const repo = makeRepo({
      'pg-plan-gate.yml': `engine: ${engine}\nexplain_timeout_seconds: 2\nschema: db/schema.sql\nqueries:\n  - name: slow-planning\n    sql: SELECT * FROM t WHERE id = sleepy(1)\n  - name: after-it\n    sql: SELECT * FROM t WHERE id = 1\n`,
      'db/schema.sql': SCHEMA,
    });
    try {
      const run = await runWithin(['--base', 'HEAD', '--head', 'HEAD', '--json', join(out, 'report.json')], repo.dir, 100_000);
      expect(run.killed, run.stderr).toBe(false);
      expect([0, 1], run.stderr).toContain(run.code);
      const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
      const byName = Object.fromEntries(report.queries.map((query: { name: string }) => [query.name, query]));
      expect(byName['slow-planning'].status).toBe('error');
      expect(byName['slow-planning'].head.error).toBe('EXPLAIN took longer than explain_timeout_seconds (2 s)');
      expect(byName['slow-planning'].base.error).toBe('EXPLAIN took longer than explain_timeout_seconds (2 s)');
      expect(byName['after-it'].status).toBe('unchanged');
      expect(byName['after-it'].head.totalCost).toBeGreaterThan(0);
    } finally {
      repo.cleanup();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
