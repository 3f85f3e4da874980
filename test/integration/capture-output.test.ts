import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { timedProgress } from '../../src/util/progress.ts';
import { runCliFromSource } from '../helpers/cli.ts';
import { FIXTURES } from '../helpers/fixtures.ts';
import { gate } from '../helpers/gate.ts';
import { makeRepo, type TestRepo } from '../helpers/repo.ts';

const APP = join(FIXTURES, 'capture-app');
const read = (file: string) => readFileSync(join(APP, file), 'utf8');
const ROOT_MODULES = join(import.meta.dirname, '..', '..', 'node_modules');

const repos: TestRepo[] = [];
afterEach(() => {
  while (repos.length) repos.pop()!.cleanup();
});

/** The capture fixture app, whose command prints 250 numbered lines before it runs. */
function appRepo(): TestRepo {
  const repo = makeRepo();
  symlinkSync(ROOT_MODULES, join(repo.dir, 'node_modules'));
  repo.commit({
    'pg-plan-gate.yml': 'schema: db/schema.sql\nseed: db/seed.sql\ncapture:\n  command: seq -f "setup line %g" 250 && node exercise.mjs\n',
    'db/schema.sql': read('schema.sql'),
    'db/seed.sql': read('seed.sql'),
    'app.mjs': read('app.mjs'),
    'exercise.mjs': read('exercise.mjs'),
    'routes-base.mjs': read('routes-base.mjs'),
  });
  repos.push(repo);
  return repo;
}

describe("a successful capture command's output", () => {
  it('is kept per side, its last 200 lines, and handed to the log', { timeout: 300_000 }, async () => {
    const repo = appRepo();
    const shown: { title: string; lines: readonly string[] }[] = [];
    const timings: Record<string, number> = {};
    const progress = timedProgress(() => {}, timings, { commandOutput: (title, lines) => shown.push({ title, lines }) });
    const report = await gate(repo.dir, repo.shas[0]!, repo.shas[0], 'pg-plan-gate.yml', {}, { progress });
    expect(report.verdict).toBe('pass');
    expect(shown.map((entry) => entry.title)).toEqual(['base: capture.command output (last 200 lines)', 'head: capture.command output (last 200 lines)']);
    for (const { lines } of shown) {
      expect(lines).toHaveLength(200);
      // 250 setup lines and 8 request lines: the oldest 58 setup lines are gone.
      expect(lines[0]).toBe('setup line 59');
      expect(lines.at(-1)).toBe('GET /users/2: 200');
    }
  });

  it('is printed by the CLI with --debug, and only then', { timeout: 300_000 }, async () => {
    const repo = appRepo();
    const debug = await runCliFromSource(['--base', repo.shas[0]!, '--head', repo.shas[0]!, '--no-cache', '--debug'], repo.dir);
    expect(debug.code, debug.stderr).toBe(0);
    expect(debug.stderr).toContain('--- base: capture.command output (last 200 lines) ---\nsetup line 59\n');
    expect(debug.stderr).toMatch(/--- head: capture\.command output \(last 200 lines\) ---\n[\s\S]*GET \/users\/2: 200\n--- end of head output ---/);
    const quiet = await runCliFromSource(['--base', repo.shas[0]!, '--head', repo.shas[0]!, '--no-cache'], repo.dir);
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stderr).not.toContain('capture.command output');
    expect(quiet.stderr).not.toContain('setup line');
  });
});
