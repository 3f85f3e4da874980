import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeBinary, textParams } from '../../../src/capture/binary-params.ts';
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
const int16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
};
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
const parse = (name: string, sql: string, types: number[] = []) => message('P', cstr(name), cstr(sql), int16(types.length), ...types.map(int32));
function bind(portal: string, statement: string, params: (string | Buffer | null)[], formats: number[] = []): Buffer {
  const values = params.flatMap((value) => {
    if (value === null) return [int32(-1)];
    const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    return [int32(bytes.length), bytes];
  });
  return message('B', cstr(portal), cstr(statement), int16(formats.length), ...formats.map(int16), int16(params.length), ...values, int16(0));
}
const execute = (portal: string, maxRows = 0) => message('E', cstr(portal), int32(maxRows));
const sync = () => message('S');
const close = (target: 'S' | 'P', name: string) => message('C', Buffer.from(target), cstr(name));
const session = (...messages: Buffer[]) => Buffer.concat([startup({ user: 'app', database: 'shop', application_name: 'web' }), ...messages]);

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
    expect(recorder.statements.map(({ sql, params, protocol, prepared, applicationName, paramsExact }) => ({ sql, params: params.map((p) => (p && p.length > 20 ? `${p.slice(0, 3)}…${p.length}` : p)), protocol, prepared, applicationName, paramsExact }))).toEqual([
      { sql: 'INSERT INTO widgets (id, name) VALUES ($1, $2)', params: ['1', 'one'], protocol: 'extended', prepared: '', applicationName: 'wire-fixture', paramsExact: true },
      { sql: 'INSERT INTO widgets (id, name, tags) VALUES ($1, $2, $3)', params: ['2', null, '{"a","b,c"}'], protocol: 'extended', prepared: 'add-widget', applicationName: 'wire-fixture', paramsExact: true },
      { sql: 'INSERT INTO widgets (id, name, tags) VALUES ($1, $2, $3)', params: ['3', 'three', '{}'], protocol: 'extended', prepared: 'add-widget', applicationName: 'wire-fixture', paramsExact: true },
      // A Buffer is sent binary with no type: given in bytea text form, flagged as a guess.
      { sql: 'UPDATE widgets SET blob = $1 WHERE id = $2', params: ['\\xdeadbeef', '1'], protocol: 'extended', prepared: '', applicationName: 'wire-fixture', paramsExact: false },
      {
        sql: "SELECT count(*) FROM widgets /*route='%2Fwidgets',traceparent='00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'*/",
        params: [],
        protocol: 'simple',
        prepared: null,
        applicationName: 'renamed',
        paramsExact: true,
      },
      { sql: "SELECT id FROM widgets WHERE name = $1 /*controller='widgets',action='show'*/", params: ['xxx…100000'], protocol: 'extended', prepared: '', applicationName: 'renamed', paramsExact: true },
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
    expect(parseAll([startup({ user: 'u' }), truncatedBind]).at(-1)).toMatchObject({ type: 'error', message: expect.stringContaining("malformed 'B' message") });
  });

  it('skips password and COPY data without reading them', () => {
    const password = message('p', cstr('s3cret'));
    const copy = message('d', Buffer.alloc(70_000, 0x41));
    const events = parseAll([Buffer.concat([startup({ user: 'u' }), password, query('COPY t FROM STDIN'), copy.subarray(0, 100)]), copy.subarray(100), message('c'), query('SELECT 3')]);
    expect(events.map((event) => event.type)).toEqual(['startup', 'auth', 'query', 'copy-data', 'copy-done', 'query']);
    expect(JSON.stringify(events)).not.toContain('s3cret');
    expect(events[3]).toEqual({ type: 'copy-data', bytes: 70_000 });
  });
});

describe('StatementRecorder', () => {
  it('splits a multi-statement simple query and keeps each comment with its statement', () => {
    const recorder = record([session(query("BEGIN; SELECT * FROM a /*route='%2Fa'*/; /*route='%2Fb'*/ UPDATE b SET x = 1; COMMIT;"))]);
    expect(recorder.statements.map((statement) => statement.sql)).toEqual(["SELECT * FROM a /*route='%2Fa'*/", "/*route='%2Fb'*/ UPDATE b SET x = 1"]);
    expect(recorder.skipped.transaction).toBe(2);
  });

  it('records unparsable SQL whole: the application sent it', () => {
    const recorder = record([session(query('SELEC oops; SELECT 1'))]);
    expect(recorder.statements.map((statement) => statement.sql)).toEqual(['SELEC oops; SELECT 1']);
  });

  it('records named portals and prepared statements, and counts a suspended portal once', () => {
    const recorder = record([
      session(
        parse('by-id', 'SELECT * FROM items WHERE id = $1', [23]),
        bind('cursor', 'by-id', ['5']),
        execute('cursor', 10),
        execute('cursor', 10), // fetch more rows of the same execution
        sync(),
        bind('', 'by-id', ['6']),
        execute(''),
        sync(),
      ),
    ]);
    expect(recorder.statements.map(({ sql, params, prepared }) => ({ sql, params, prepared }))).toEqual([
      { sql: 'SELECT * FROM items WHERE id = $1', params: ['5'], prepared: 'by-id' },
      { sql: 'SELECT * FROM items WHERE id = $1', params: ['6'], prepared: 'by-id' },
    ]);
    expect(recorder.skipped.continuation).toBe(1);
  });

  it('forgets closed and deallocated statements, and the unnamed one after a simple query', () => {
    const recorder = record([
      session(
        parse('a', 'SELECT 10 + $1'),
        close('S', 'a'),
        bind('', 'a', ['1']),
        execute(''),
        parse('', 'SELECT * FROM t WHERE x = $1'),
        query('SELECT * FROM u'),
        bind('', '', ['1']),
        execute(''),
        parse('b', 'SELECT * FROM v WHERE y = $1'),
        query('DEALLOCATE b'),
        bind('', 'b', ['1']),
        execute(''),
        sync(),
      ),
    ]);
    expect(recorder.statements.map((statement) => statement.sql)).toEqual(['SELECT * FROM u']);
    expect(recorder.skipped['unknown-portal']).toBe(3);
  });

  it('follows SET / RESET application_name per session, and RESET ALL / DISCARD ALL', () => {
    const recorder = new StatementRecorder();
    const one = recorder.feeder(1);
    const two = recorder.feeder(2);
    one(session());
    two(session());
    one(query("SET application_name = 'worker'"));
    one(query('SELECT * FROM jobs'));
    two(query('SELECT * FROM pages'));
    one(query('RESET application_name; SELECT * FROM jobs'));
    one(query("SET SESSION application_name TO 'again'; SELECT * FROM jobs; DISCARD ALL; SELECT * FROM jobs"));
    expect(recorder.statements.map((statement) => [statement.sessionId, statement.applicationName])).toEqual([
      [1, 'worker'],
      [2, 'web'],
      [1, 'web'],
      [1, 'again'],
      [1, 'web'],
    ]);
  });

  it('keeps application_name null when the startup packet has none', () => {
    const recorder = record([Buffer.concat([startup({ user: 'app' }), query('SELECT * FROM t')])]);
    expect(recorder.statements[0]).toMatchObject({ applicationName: null, user: 'app', database: 'app' });
  });

  it('decodes binary parameters of known types, and marks unknown ones as guessed', () => {
    const int4 = Buffer.alloc(4);
    int4.writeInt32BE(-42);
    const recorder = record([session(parse('', 'SELECT * FROM t WHERE a = $1 AND b = $2', [23, 0]), bind('', '', [int4, Buffer.from([1, 2])], [1]), execute(''), sync())]);
    expect(recorder.statements[0]).toMatchObject({ params: ['-42', '\\x0102'], paramsExact: false });
    expect(textParams([Buffer.from([0xab])], [17])).toEqual({ values: ['\\xab'], exact: true });
  });
});

describe('decodeBinary', () => {
  const int64 = (value: bigint) => {
    const b = Buffer.alloc(8);
    b.writeBigInt64BE(value);
    return b;
  };
  it('decodes the common scalar types', () => {
    expect(decodeBinary(Buffer.from([1]), 16)).toBe('true');
    expect(decodeBinary(int64(9007199254740993n), 20)).toBe('9007199254740993');
    expect(decodeBinary(Buffer.from([0x00, 0x07]), 21)).toBe('7');
    const float = Buffer.alloc(8);
    float.writeDoubleBE(1.5);
    expect(decodeBinary(float, 701)).toBe('1.5');
    expect(decodeBinary(Buffer.from('héllo'), 25)).toBe('héllo');
    expect(decodeBinary(Buffer.concat([Buffer.from([1]), Buffer.from('{"a":1}')]), 3802)).toBe('{"a":1}');
    expect(decodeBinary(Buffer.from('0123456789abcdef0123456789abcdef', 'hex'), 2950)).toBe('01234567-89ab-cdef-0123-456789abcdef');
  });
  it('decodes dates and timestamps from the 2000-01-01 epoch', () => {
    expect(decodeBinary(int32(9132), 1082)).toBe('2025-01-01');
    expect(decodeBinary(int64(789_048_000_123_456n), 1114)).toBe('2025-01-01 12:00:00.123456');
    expect(decodeBinary(int64(-1_500n), 1184)).toBe('1999-12-31 23:59:59.998500+00');
    expect(decodeBinary(int64(0x7fffffffffffffffn), 1114)).toBe('infinity');
  });
  it('returns null for unknown types and short values', () => {
    expect(decodeBinary(Buffer.from([1, 2]), 0)).toBeNull();
    expect(decodeBinary(Buffer.from([1, 2]), 23)).toBeNull();
  });
});
