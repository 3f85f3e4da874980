import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { textParams } from '../../../src/capture/binary-params.ts';
import { StatementRecorder } from '../../../src/capture/recorder.ts';

beforeAll(async () => {
  await loadModule();
});

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
    const recorder = record([
      session(parse('', 'SELECT * FROM t WHERE a = $1 AND b = $2', [23, 0]), bind('', '', [int4, Buffer.from([1, 2])], [1]), execute(''), sync()),
    ]);
    expect(recorder.statements[0]).toMatchObject({ params: ['-42', '\\x0102'], paramsExact: false });
    expect(textParams([Buffer.from([0xab])], [17])).toEqual({ values: ['\\xab'], exact: true });
  });
});
