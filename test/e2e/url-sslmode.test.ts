import { afterAll, beforeAll, expect, it } from 'vitest';
import { findServerBin, startNativeServer, type NativeServer } from '../../src/engine/server/native-server.ts';
import { errorLines, runCliFromSource } from '../helpers/cli.ts';
import { makeRepo, type TestRepo } from '../helpers/repo.ts';

let server: NativeServer;
let repo: TestRepo;
beforeAll(async () => {
  server = await startNativeServer(findServerBin(undefined));
  repo = makeRepo({
    'pg-plan-gate.yml': 'engine: url\nurl: ${PGPG_URL}\nschema: db/schema.sql\nqueries:\n  - name: q\n    sql: SELECT 1\n',
    'db/schema.sql': 'CREATE TABLE t (id int);\n',
  });
});
afterAll(async () => {
  repo?.cleanup();
  await server?.stop();
});

it("sslmode=require against a server without TLS is one error line, without Node's security warning", async () => {
  // The throwaway server has no TLS, so the connection fails: what matters is how that reads.
  const url = `postgresql://postgres@localhost:${server.port}/postgres?host=${encodeURIComponent(server.socketDir)}&sslmode=require`;
  const result = await runCliFromSource(['--base', 'HEAD', '--head', 'HEAD'], repo.dir, { PGPG_URL: url });
  expect(result.code).toBe(2);
  expect(result.stderr).not.toMatch(/SECURITY WARNING|Warning|internal error/);
  expect(errorLines(result.stderr)).toEqual([
    expect.stringMatching(/^pg-plan-gate: engine url: cannot connect to postgres@.*: The server does not support SSL connections$/),
  ]);
});
