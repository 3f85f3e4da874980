import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureSide, checkCaptureFiles } from '../../../src/capture/side.ts';
import type { CaptureConfig } from '../../../src/config/config.ts';
import type { Database } from '../../../src/engine/database.ts';
import type { SideTree } from '../../../src/sides/tree.ts';
import { UserError } from '../../../src/util/errors.ts';
import { fakeDatabase } from '../../helpers/fake-database.ts';

const dir = mkdtempSync(join(tmpdir(), 'capture-side-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const capture = (fields: Partial<CaptureConfig>): CaptureConfig => ({ timeoutMinutes: 1, nPlusOne: 3, gateUntagged: false, env: [], ...fields });

/** A tree whose only use here is the command's working directory. */
const tree = (directory: string): SideTree => ({
  ref: 'HEAD',
  sha: null,
  listFiles: async () => [],
  readText: async () => null,
  readBytes: async () => null,
  materialize: async () => directory,
  dispose: async () => {},
});

function progress() {
  const lines: string[] = [];
  const outputs: { title: string; lines: readonly string[] }[] = [];
  return {
    lines,
    outputs,
    info: (message: string) => lines.push(`info: ${message}`),
    warn: (message: string) => lines.push(`warn: ${message}`),
    stage: <T>(_name: string, run: () => Promise<T>) => run(),
    commandOutput: (title: string, output: readonly string[]) => outputs.push({ title, lines: output }),
  };
}

/**
 * A database served on a port nothing listens on: the commands below never connect, so the
 * proxy never dials it. Records that the capture released it, which EXPLAIN needs afterwards.
 */
function servedDatabase(events: string[]): Database {
  return fakeDatabase({
    expose: async () => ({
      upstream: { host: '127.0.0.1', port: 1 },
      user: 'gate',
      database: 'app_head',
      password: 'p@ss',
      stop: async () => void events.push('stop'),
    }),
    resetSession: async () => void events.push('reset'),
    discard: async () => void events.push('discard'),
  });
}

async function refusal(run: Promise<unknown>): Promise<UserError> {
  const error = await run.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('checkCaptureFiles', () => {
  it('checks nothing without capture.file', () => {
    const warnings: string[] = [];
    checkCaptureFiles(capture({ command: 'pytest' }), dir, (message) => warnings.push(message));
    expect(warnings).toEqual([]);
  });

  it('names the side whose log is missing, before anything is built', () => {
    writeFileSync(join(dir, 'queries-base.jsonl'), '');
    const error = (() => {
      try {
        checkCaptureFiles(capture({ file: 'queries-{side}.jsonl' }), dir, () => {});
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe('capture.file queries-head.jsonl: no such file (the head query log)');
  });

  it('warns when one log serves both sides, and accepts it', () => {
    writeFileSync(join(dir, 'one.jsonl'), '');
    const warnings: string[] = [];
    checkCaptureFiles(capture({ file: 'one.jsonl' }), dir, (message) => warnings.push(message));
    expect(warnings).toEqual(['capture.file one.jsonl has no {side}: base and head read the same log']);
  });
});

describe('captureSide from a query log', () => {
  it("reads the side's own log, never opening the database or the tree", async () => {
    writeFileSync(join(dir, 'log-base.jsonl'), '{"endpoint": "GET /a", "sql": "SELECT 1 FROM t"}\n');
    writeFileSync(
      join(dir, 'log-head.jsonl'),
      ['{"endpoint": "GET /a", "request": "r1", "sql": "SELECT * FROM t WHERE id = $1", "params": [7]}', '{"sql": "BEGIN"}', '{"sql": "SELECT 2 FROM t"}'].join(
        '\n',
      ),
    );
    const shown = progress();
    const untouched = fakeDatabase({
      expose: async () => {
        throw new Error('a query log needs no database');
      },
    });
    const throwingTree = { ...tree(dir), materialize: async () => Promise.reject(new Error('a query log needs no checkout')) };
    const statements = await captureSide({
      side: 'head',
      capture: capture({ file: 'log-{side}.jsonl' }),
      tree: throwingTree,
      database: untouched,
      cwd: dir,
      progress: shown,
    });
    expect(statements).toEqual([
      { endpoint: 'GET /a', request: 'r1', sql: 'SELECT * FROM t WHERE id = $1', params: ['7'] },
      { endpoint: '(untagged)', request: null, sql: 'SELECT 2 FROM t', params: [] },
    ]);
    expect(shown.lines).toEqual(['info: head: read 2 statements from log-head.jsonl']);
  });
});

describe('captureSide running capture.command', () => {
  it('fails a command that exits non-zero, with its last lines, and still releases the database', async () => {
    const events: string[] = [];
    const shown = progress();
    const error = await refusal(
      captureSide({
        side: 'base',
        capture: capture({ command: 'echo "ran in $PWD"; echo broken >&2; exit 3' }),
        tree: tree(dir),
        database: servedDatabase(events),
        cwd: dir,
        progress: shown,
      }),
    );
    expect(error.message).toMatch(/^base: capture\.command failed \(exit 3\): echo "ran in \$PWD"; echo broken >&2; exit 3/);
    expect(error.message).toContain('broken');
    expect(events).toEqual(['stop', 'reset']);
    expect(shown.outputs).toEqual([{ title: 'base: capture.command output (2 lines)', lines: expect.arrayContaining([`ran in ${dir}`, 'broken']) }]);
  });

  it('points the command at the recording proxy, never at the database, without TLS', async () => {
    const events: string[] = [];
    const shown = progress();
    const command = 'echo "$PGHOST $PGUSER $PGDATABASE $PGSSLMODE $PGGSSENCMODE $PGPASSWORD"; echo "$DATABASE_URL"; echo "port=$PGPORT"; exit 1';
    await refusal(captureSide({ side: 'head', capture: capture({ command }), tree: tree(dir), database: servedDatabase(events), cwd: dir, progress: shown }));
    const [environment, url, port] = shown.outputs[0]!.lines;
    expect(environment).toBe('127.0.0.1 gate app_head disable disable p@ss');
    const proxyPort = Number(port!.replace('port=', ''));
    expect(proxyPort).toBeGreaterThan(1);
    // The password is URL-encoded: an @ in it would otherwise end the credentials.
    expect(url).toBe(`postgresql://gate:p%40ss@127.0.0.1:${proxyPort}/app_head?sslmode=disable`);
  });

  it('calls a command that sent nothing a misconfiguration, not a pass', async () => {
    const events: string[] = [];
    const error = await refusal(
      captureSide({ side: 'head', capture: capture({ command: 'true' }), tree: tree(dir), database: servedDatabase(events), cwd: dir, progress: progress() }),
    );
    expect(error.message).toBe(
      'head: capture.command sent no queries through pg-plan-gate (0 connections): make the application connect with DATABASE_URL or PGHOST/PGPORT/PGUSER/PGDATABASE, without TLS',
    );
    expect(events).toEqual(['stop', 'reset']);
  });
});
