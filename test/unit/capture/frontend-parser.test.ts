import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { FrontendParser, type FrontendEvent } from '../../../src/capture/frontend-parser.ts';
import { StatementRecorder } from '../../../src/capture/recorder.ts';
import { FIXTURES } from '../../helpers/fixtures.ts';

beforeAll(async () => {
  await loadModule();
});

/** Client → server chunks of one real connection, recorded by test/fixtures/capture-app/wire/record.mjs. */
function wire(name: string): Buffer[] {
  return readFileSync(join(FIXTURES, 'capture-app', 'wire', `${name}.hex`), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => Buffer.from(line, 'hex'));
}

function parseAll(chunks: Buffer[]): FrontendEvent[] {
  const parser = new FrontendParser();
  return chunks.flatMap((chunk) => parser.feed(chunk));
}

function record(chunks: Buffer[], sessionId = 1): StatementRecorder {
  const recorder = new StatementRecorder();
  const feed = recorder.feeder(sessionId);
  for (const chunk of chunks) feed(chunk);
  return recorder;
}

// Message builders for the cases no client produced on the wire here.
const cstr = (text: string) => Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0])]);
function message(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}
const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
function startup(parameters: Record<string, string>, version = 0x00030000): Buffer {
  const body = Buffer.concat([int32(version), ...Object.entries(parameters).flatMap(([key, value]) => [cstr(key), cstr(value)]), Buffer.from([0])]);
  return Buffer.concat([int32(body.length + 4), body]);
}
const query = (sql: string) => message('Q', cstr(sql));

describe('FrontendParser on real node-postgres traffic', () => {
  const chunks = wire('pg-session');

  it('reads the startup parameters, simple queries, and the extended protocol messages in order', () => {
    const events = parseAll(chunks);
    expect(events[0]).toEqual({
      type: 'startup',
      protocol: { major: 3, minor: 0 },
      parameters: { user: 'postgres', database: 'postgres', application_name: 'wire-fixture', client_encoding: 'UTF8' },
    });
    expect(events.map((event) => event.type)).toEqual([
      'startup',
      'query', // SELECT 1
      'query', // CREATE TABLE
      ...['parse', 'bind', 'describe', 'execute', 'sync'], // INSERT with params
      'query', // BEGIN
      ...['parse', 'bind', 'describe', 'execute', 'sync'], // named statement, first use
      ...['bind', 'describe', 'execute', 'sync'], // named statement reused: no Parse
      'query', // COMMIT
      ...['parse', 'bind', 'describe', 'execute', 'sync'], // bytea parameter
      'query', // SET application_name; SELECT ...
      ...['parse', 'bind', 'describe', 'execute', 'sync'], // 100 kB parameter over two chunks
      'terminate',
    ]);
    expect(events.filter((event) => event.type === 'parse').map((event) => (event as { statement: string }).statement)).toEqual(['', 'add-widget', '', '']);
  });

  it('decodes bind parameters: text, NULL, arrays as text, a Buffer as a binary value', () => {
    const binds = parseAll(chunks).filter((event): event is Extract<FrontendEvent, { type: 'bind' }> => event.type === 'bind');
    expect(binds[0]).toMatchObject({ portal: '', statement: '', paramFormats: [0, 0], params: ['1', 'one'] });
    expect(binds[1]).toMatchObject({ statement: 'add-widget', params: ['2', null, '{"a","b,c"}'] });
    expect(binds[3]!.paramFormats).toEqual([1, 0]);
    expect(binds[3]!.params[0]).toEqual(Buffer.from([0xde, 0xad, 0xbe, 0xef]));
    expect(binds[4]!.params[0]).toHaveLength(100_000);
  });

  it('gives the same events whatever the chunking: one byte at a time, or all at once', () => {
    const expected = parseAll(chunks);
    const all = Buffer.concat(chunks);
    expect(parseAll([all])).toEqual(expected);
    const bytes: Buffer[] = [];
    for (let i = 0; i < all.length; i++) bytes.push(all.subarray(i, i + 1));
    expect(parseAll(bytes)).toEqual(expected);
  });

  it('records one statement per executed DML statement, with params, prepared name and application_name', () => {
    const recorder = record(chunks);
    expect(
      recorder.statements.map(({ sql, params, protocol, prepared, applicationName, paramsExact }) => ({
        sql,
        params: params.map((p) => (p && p.length > 20 ? `${p.slice(0, 3)}…${p.length}` : p)),
        protocol,
        prepared,
        applicationName,
        paramsExact,
      })),
    ).toEqual([
      {
        sql: 'INSERT INTO widgets (id, name) VALUES ($1, $2)',
        params: ['1', 'one'],
        protocol: 'extended',
        prepared: '',
        applicationName: 'wire-fixture',
        paramsExact: true,
      },
      {
        sql: 'INSERT INTO widgets (id, name, tags) VALUES ($1, $2, $3)',
        params: ['2', null, '{"a","b,c"}'],
        protocol: 'extended',
        prepared: 'add-widget',
        applicationName: 'wire-fixture',
        paramsExact: true,
      },
      {
        sql: 'INSERT INTO widgets (id, name, tags) VALUES ($1, $2, $3)',
        params: ['3', 'three', '{}'],
        protocol: 'extended',
        prepared: 'add-widget',
        applicationName: 'wire-fixture',
        paramsExact: true,
      },
      // A Buffer is sent binary with no type: given in bytea text form, flagged as a guess.
      {
        sql: 'UPDATE widgets SET blob = $1 WHERE id = $2',
        params: ['\\xdeadbeef', '1'],
        protocol: 'extended',
        prepared: '',
        applicationName: 'wire-fixture',
        paramsExact: false,
      },
      {
        sql: "SELECT count(*) FROM widgets /*route='%2Fwidgets',traceparent='00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'*/",
        params: [],
        protocol: 'simple',
        prepared: null,
        applicationName: 'renamed',
        paramsExact: true,
      },
      {
        sql: "SELECT id FROM widgets WHERE name = $1 /*controller='widgets',action='show'*/",
        params: ['xxx…100000'],
        protocol: 'extended',
        prepared: '',
        applicationName: 'renamed',
        paramsExact: true,
      },
    ]);
    expect(recorder.statements.map((statement) => statement.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(recorder.statements[0]).toMatchObject({ sessionId: 1, user: 'postgres', database: 'postgres' });
    // SELECT 1, CREATE TABLE, BEGIN, COMMIT, SET application_name.
    expect(recorder.skipped).toMatchObject({ 'health-check': 1, utility: 1, transaction: 2, session: 1, continuation: 0 });
  });
});

describe('FrontendParser: startup variants', () => {
  it('reads psql (libpq) traffic that starts with an SSLRequest refused by the server', () => {
    const events = parseAll(wire('psql-sslrequest'));
    expect(events.map((event) => event.type)).toEqual(['ssl-request', 'startup', 'query', 'terminate']);
    expect(events[1]).toMatchObject({ parameters: { application_name: 'psql-fixture', user: 'postgres' } });
    const recorder = record(wire('psql-sslrequest'));
    expect(recorder.statements).toMatchObject([{ sql: 'SELECT count(*) FROM widgets WHERE id = 1', protocol: 'simple', applicationName: 'psql-fixture' }]);
  });

  it('reads a CancelRequest connection (node-postgres Client#cancel) and nothing after it', () => {
    const parser = new FrontendParser();
    expect(wire('pg-cancel').flatMap((chunk) => parser.feed(chunk))).toEqual([{ type: 'cancel-request' }]);
    expect(parser.state).toBe('done');
    expect(parser.feed(query('SELECT 1'))).toEqual([]);
  });

  it('reports a GSSENCRequest, then reads the plain startup that follows a refusal', () => {
    const gss = Buffer.concat([int32(8), int32(80877104)]);
    expect(parseAll([gss, startup({ user: 'u' }), query('SELECT 2')]).map((event) => event.type)).toEqual(['gssenc-request', 'startup', 'query']);
  });

  it('stops at TLS: after an accepted SSLRequest, and for a direct TLS handshake', () => {
    const ssl = Buffer.concat([int32(8), int32(80877103)]);
    const clientHello = Buffer.from('160301020001', 'hex');
    const afterRequest = new FrontendParser();
    expect(afterRequest.feed(Buffer.concat([ssl, clientHello]))).toEqual([{ type: 'ssl-request' }, { type: 'encrypted' }]);
    expect(afterRequest.feed(query('SELECT 1'))).toEqual([]);
    expect(new FrontendParser().feed(clientHello)).toEqual([{ type: 'encrypted' }]);
    const recorder = new StatementRecorder();
    for (const event of new FrontendParser().feed(clientHello)) recorder.handle(7, event);
    expect(recorder.unreadable).toEqual([{ sessionId: 7, reason: 'the connection uses TLS/GSS encryption' }]);
  });

  it('reads protocol 3.2 startup packets (PostgreSQL 18 clients)', () => {
    expect(parseAll([startup({ user: 'u' }, 0x00030002)])[0]).toMatchObject({ type: 'startup', protocol: { major: 3, minor: 2 } });
  });

  it('gives up on a stream that is not the PostgreSQL protocol, and says why', () => {
    expect(parseAll([Buffer.from('GET / HTTP/1.1\r\n')])).toEqual([{ type: 'error', message: 'unexpected first byte 0x47' }]);
    expect(parseAll([Buffer.concat([int32(8), int32(0x00020000)])])).toEqual([{ type: 'error', message: 'unsupported protocol version 2.0' }]);
    const badLength = Buffer.concat([startup({ user: 'u' }), Buffer.from('Q'), int32(2)]);
    expect(parseAll([badLength]).at(-1)).toEqual({ type: 'error', message: "message 'Q' has length 2" });
    const truncatedBind = message('B', cstr('')); // no statement name
    expect(parseAll([startup({ user: 'u' }), truncatedBind]).at(-1)).toMatchObject({
      type: 'error',
      message: expect.stringContaining("malformed 'B' message"),
    });
  });

  it('skips password and COPY data without reading them', () => {
    const password = message('p', cstr('s3cret'));
    const copy = message('d', Buffer.alloc(70_000, 0x41));
    const events = parseAll([
      Buffer.concat([startup({ user: 'u' }), password, query('COPY t FROM STDIN'), copy.subarray(0, 100)]),
      copy.subarray(100),
      message('c'),
      query('SELECT 3'),
    ]);
    expect(events.map((event) => event.type)).toEqual(['startup', 'auth', 'query', 'copy-data', 'copy-done', 'query']);
    expect(JSON.stringify(events)).not.toContain('s3cret');
    expect(events[3]).toEqual({ type: 'copy-data', bytes: 70_000 });
  });
});
