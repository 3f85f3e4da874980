import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorLines, runCliFromSource, type CliResult } from '../helpers/cli.ts';
import { fixture } from '../helpers/fixtures.ts';
import { makeRepo, type TestRepo } from '../helpers/repo.ts';

/** Exit 2, one `pg-plan-gate:` line saying `message`, no "internal error", no stack trace. */
function expectOneLineUserError(result: CliResult, message: RegExp): void {
  expect(result.code).toBe(2);
  expect(errorLines(result.stderr)).toHaveLength(1);
  expect(errorLines(result.stderr)[0]).toMatch(message);
  expect(result.stderr).not.toMatch(/internal error|^\s+at /m);
}

/** The build's progress lines never appeared: the problem was found before it. */
function expectNoBuild(result: CliResult): void {
  expect(result.stderr).not.toMatch(/^build: \d+ ms|: start \d+ ms/m);
}

describe('user errors that are not internal errors (CLI from source)', () => {
  let repo: TestRepo;
  let scratch: string;
  beforeAll(() => {
    repo = makeRepo({
      'pg-plan-gate.yml': 'schema: db/schema.sql\nqueries:\n  - name: q\n    sql: SELECT 1\n',
      'db/schema.sql': 'CREATE TABLE t (id int);\n',
    });
    scratch = mkdtempSync(join(tmpdir(), 'pgpg-user-errors-'));
  });
  afterAll(() => {
    repo.cleanup();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('a YAML alias bomb in the config is one line naming the file', async () => {
    const bomb = makeRepo({ 'pg-plan-gate.yml': fixture('configs/alias-bomb.yml'), 'db/schema.sql': 'CREATE TABLE t (id int);\n' });
    try {
      const result = await runCliFromSource(['--base', 'HEAD', '--head', 'HEAD'], bomb.dir);
      expectOneLineUserError(result, /^pg-plan-gate: pg-plan-gate\.yml: invalid YAML: .*alias/);
    } finally {
      bomb.cleanup();
    }
  });

  it('--json naming a directory fails before the build', async () => {
    const dir = join(scratch, 'reports');
    mkdirSync(dir);
    const result = await runCliFromSource(['--base', 'HEAD', '--head', 'HEAD', '--json', dir], repo.dir);
    expectOneLineUserError(result, /^pg-plan-gate: --json .*reports: is a directory/);
    expectNoBuild(result);
  });

  it('--markdown into a missing directory fails before the build and creates nothing', async () => {
    const missing = join(scratch, 'no-such-dir');
    const result = await runCliFromSource(['--base', 'HEAD', '--head', 'HEAD', '--markdown', join(missing, 'comment.md')], repo.dir);
    expectOneLineUserError(result, /^pg-plan-gate: --markdown .*comment\.md: directory .*no-such-dir does not exist/);
    expectNoBuild(result);
    expect(existsSync(missing)).toBe(false);
  });

  it('a missing TMPDIR fails before the build, naming it', async () => {
    const missing = join(scratch, 'no-tmp');
    const result = await runCliFromSource(['--base', 'HEAD', '--head', 'HEAD'], repo.dir, { TMPDIR: missing });
    expectOneLineUserError(result, new RegExp(`^pg-plan-gate: TMPDIR ${missing} does not exist`));
    expectNoBuild(result);
  });

  it('a TMPDIR that is a file fails before the build, naming it', async () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, '');
    const result = await runCliFromSource(['--base', 'HEAD', '--head', 'HEAD'], repo.dir, { TMPDIR: file });
    expectOneLineUserError(result, new RegExp(`^pg-plan-gate: TMPDIR ${file} is not a directory`));
    expectNoBuild(result);
  });
});
