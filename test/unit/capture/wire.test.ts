import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { ClientFramer, ConnectionNames, ServerFramer, errorResponse, startupParameters, type WireMessage } from '../../../src/capture/wire.ts';

beforeAll(async () => {
  await loadModule();
});

const cstr = (text: string) => Buffer.concat([Buffer.from(text), Buffer.from([0])]);
function frame(code: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(5);
  header.write(code, 0, 'ascii');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}
const int16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
};
const startup = (parameters: Record<string, string>) => {
  const body = Buffer.concat([...Object.entries(parameters).flatMap(([k, v]) => [cstr(k), cstr(v)]), Buffer.from([0])]);
  const head = Buffer.alloc(8);
  head.writeInt32BE(body.length + 8, 0);
  head.writeInt32BE(196608, 4);
  return Buffer.concat([head, body]);
};
const message = (bytes: Buffer): WireMessage => ({ code: String.fromCharCode(bytes[0]!), bytes });
/** Fields of a rewritten message, as text with NULs shown as |. */
const text = (bytes: Buffer) => bytes.subarray(5).toString('utf8').replace(/\0/g, '|');

describe('ClientFramer', () => {
  it('cuts startup packets and typed messages out of any split, then passes TLS through', () => {
    const ssl = Buffer.alloc(8);
    ssl.writeInt32BE(8, 0);
    ssl.writeInt32BE(80877103, 4);
    const stream = Buffer.concat([ssl, startup({ user: 'u', database: 'd' }), frame('Q', cstr('SELECT 1')), frame('S')]);
    const framer = new ClientFramer();
    const out: WireMessage[] = [];
    for (let i = 0; i < stream.length; i += 3) out.push(...framer.push(stream.subarray(i, i + 3)));
    expect(out.map((m) => m.code)).toEqual(['ssl', 'startup', 'Q', 'S']);
    expect(Buffer.concat(out.map((m) => m.bytes))).toEqual(stream);
    expect(startupParameters(out[1]!.bytes)).toEqual({ user: 'u', database: 'd' });
    const tls = new ClientFramer();
    expect(tls.push(Buffer.from([0x16, 3, 1, 0, 5]))).toEqual([{ code: 'opaque', bytes: Buffer.from([0x16, 3, 1, 0, 5]) }]);
  });

  it('takes a message split over many chunks whole, once, with what follows it in the same chunk', () => {
    const big = frame('Q', cstr(`SELECT '${'x'.repeat(300_000)}'`));
    const stream = Buffer.concat([startup({ user: 'u' }), big, frame('S'), frame('X')]);
    for (const size of [1, 7, 65_536]) {
      const framer = new ClientFramer();
      const out: WireMessage[] = [];
      for (let i = 0; i < stream.length; i += size) out.push(...framer.push(stream.subarray(i, i + size)));
      expect(out.map((m) => m.code)).toEqual(['startup', 'Q', 'S', 'X']);
      expect(out[1]!.bytes.equals(big)).toBe(true);
      expect(Buffer.concat(out.map((m) => m.bytes)).equals(stream)).toBe(true);
    }
  });

  it('ServerFramer reads the one-byte SSL answer, then messages', () => {
    const framer = new ServerFramer();
    framer.expectNegotiation();
    const z = frame('Z', Buffer.from('I'));
    expect(framer.push(Buffer.concat([Buffer.from('N'), z.subarray(0, 2)])).map((m) => m.code)).toEqual(['negotiation']);
    expect(framer.push(z.subarray(2)).map((m) => m.code)).toEqual(['Z']);
  });
});

describe('ConnectionNames: one namespace per client connection on a shared backend', () => {
  it('renames named statements and portals in Parse, Bind, Describe, Execute and Close; the unnamed ones stay', () => {
    const names = new ConnectionNames(7);
    const parse = frame('P', cstr('_pg3_0'), cstr('SELECT $1'), int16(1), Buffer.from([0, 0, 0, 23]));
    expect(text(names.outbound(message(parse)))).toBe('ppg7__pg3_0|SELECT $1|\u0000\u0001\u0000\u0000\u0000\u0017'.replace(/\0/g, '|'));
    const bind = frame('B', cstr('c1'), cstr('_pg3_0'), int16(0), int16(0), int16(0));
    expect(text(names.outbound(message(bind)))).toBe('ppg7_c1|ppg7__pg3_0|||||||');
    expect(text(names.outbound(message(frame('D', Buffer.from('S'), cstr('_pg3_0')))))).toBe('Sppg7__pg3_0|');
    expect(text(names.outbound(message(frame('E', cstr('c1'), Buffer.alloc(4)))))).toBe('ppg7_c1|||||');
    expect([...names.statements, ...names.portals]).toEqual(['ppg7__pg3_0', 'ppg7_c1']);
    expect(text(names.outbound(message(frame('C', Buffer.from('P'), cstr('c1')))))).toBe('Pppg7_c1|');
    expect([...names.portals]).toEqual([]);
    const unnamed = frame('P', cstr(''), cstr('SELECT 1'), int16(0));
    expect(names.outbound(message(unnamed))).toBe(unnamed);
    const unnamedBind = frame('B', cstr(''), cstr(''), int16(0), int16(0), int16(0));
    expect(names.outbound(message(unnamedBind))).toBe(unnamedBind);
  });

  it('keeps long names within 63 bytes, distinct', () => {
    const names = new ConnectionNames(12);
    const a = names.name('x'.repeat(60) + 'a');
    const b = names.name('x'.repeat(60) + 'b');
    expect(Buffer.byteLength(a)).toBeLessThanOrEqual(63);
    expect(a).not.toBe(b);
    expect(names.original(a)).toBe('x'.repeat(60) + 'a');
  });

  it('renames SQL-level PREPARE, EXECUTE and DEALLOCATE, comments and tags untouched', () => {
    const names = new ConnectionNames(3);
    expect(names.sql('PREPARE Foo (int) AS SELECT $1 /*route=x*/')).toBe('PREPARE "ppg3_foo" (int) AS SELECT $1 /*route=x*/');
    expect(names.sql('EXECUTE /* c */ "Foo"(1); execute foo(2)')).toBe('EXECUTE /* c */ "ppg3_Foo"(1); execute "ppg3_foo"(2)');
    expect(names.sql('DEALLOCATE PREPARE foo')).toBe('DEALLOCATE PREPARE "ppg3_foo"');
    expect(names.sql('DEALLOCATE prepare')).toBe('DEALLOCATE "ppg3_prepare"');
    expect(names.sql("SELECT 'prepare me' FROM t")).toBe("SELECT 'prepare me' FROM t");
    expect(names.sql('SELEC broken prepare')).toBe('SELEC broken prepare');
    const all = names.sql('DEALLOCATE ALL');
    expect(all).toMatch(/^DO \$pg_plan_gate\$.*starts_with\(name, 'ppg3_'\).*DEALLOCATE %I/);
    expect(names.sql('BEGIN; DISCARD ALL')).toMatch(/^BEGIN; DO \$pg_plan_gate\$/);
  });

  it('renames the statement EXPLAIN and CREATE TABLE AS execute, not a table called execute', () => {
    const names = new ConnectionNames(3);
    expect(names.sql('EXPLAIN (FORMAT JSON, COSTS) EXECUTE foo(1)')).toBe('EXPLAIN (FORMAT JSON, COSTS) EXECUTE "ppg3_foo"(1)');
    expect(names.sql('explain analyze /* x */ execute "Foo"')).toBe('explain analyze /* x */ execute "ppg3_Foo"');
    expect(names.sql('CREATE TABLE execute AS EXECUTE foo(2) WITH NO DATA')).toBe('CREATE TABLE execute AS EXECUTE "ppg3_foo"(2) WITH NO DATA');
    expect(names.sql('CREATE TEMP TABLE t (execute) AS -- c\n EXECUTE q')).toBe('CREATE TEMP TABLE t (execute) AS -- c\n EXECUTE "ppg3_q"');
    expect(names.sql("SELECT 'é'; EXECUTE bär")).toBe('SELECT \'é\'; EXECUTE "ppg3_bär"');
    expect(names.sql('EXPLAIN SELECT 1 AS execute')).toBe('EXPLAIN SELECT 1 AS execute');
  });

  it("gives the client's names back in errors and notices", () => {
    const names = new ConnectionNames(4);
    names.name('_pg3_0');
    const error = errorResponse({ severity: 'ERROR', code: '42P05', message: 'prepared statement "ppg4__pg3_0" already exists' });
    expect(text(names.inbound(message(error)))).toContain('Mprepared statement "_pg3_0" already exists|');
    const other = frame('D', Buffer.from('x'));
    expect(names.inbound(message(other))).toBe(other);
  });

  it('closes what the connection left: portals, then statements', () => {
    const names = new ConnectionNames(5);
    names.outbound(message(frame('P', cstr('s'), cstr('SELECT 1'), int16(0))));
    names.sql('PREPARE q AS SELECT 2');
    names.outbound(message(frame('B', cstr('p'), cstr('s'), int16(0), int16(0), int16(0))));
    expect(names.cleanup().map(text)).toEqual(['Pppg5_p|', 'Sppg5_s|', 'Sppg5_q|']);
    expect(names.cleanup()).toEqual([]);
  });
});
