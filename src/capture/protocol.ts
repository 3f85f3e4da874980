/**
 * What the application sends to PostgreSQL, read off the wire: an incremental parser of the
 * *frontend* (client → server) messages of protocol v3, and a recorder that turns them into
 * the statements the application executed.
 *
 * Where to tap the bytes — measured with `pg` 8 against @electric-sql/pglite-socket 0.2.17 on
 * PGlite 0.5.14:
 * - `PGlite.execProtocolRaw` sees nothing: the socket server never calls it.
 * - `PGlite.execProtocolRawStream` is called once per frontend message, StartupMessage
 *   included, but SSLRequest and CancelRequest are answered/dropped by the socket handler
 *   and never reach it, and the messages of every connection arrive through the one shared
 *   PGlite with no connection identity (the server multiplexes all sockets onto one backend),
 *   so sessions (prepared statements, portals, application_name) cannot be told apart.
 * - A TCP proxy in front of the server (./proxy.ts) sees every byte of every connection,
 *   each connection on its own, from the first byte (SSLRequest, StartupMessage) to
 *   Terminate — and works unchanged in front of a native PostgreSQL. That is what we use.
 *
 * The parser only reads the client's half of the conversation. It never keeps password or
 * SASL messages ('p'): their bytes are skipped unread. After an accepted SSLRequest or
 * GSSENCRequest (or a direct TLS handshake) the stream is encrypted and opaque: the parser
 * reports `encrypted` once and ignores the rest — connect the application without TLS.
 */
import { classifyStatement, splitStatements, stripSemicolons, type NoiseReason } from './classify.ts';

export const SSL_REQUEST_CODE = 80877103;
export const GSSENC_REQUEST_CODE = 80877104;
export const CANCEL_REQUEST_CODE = 80877102;
/** PostgreSQL refuses startup packets longer than this (MAX_STARTUP_PACKET_LENGTH). */
const MAX_STARTUP_LENGTH = 10_000;

/** A parameter value as bound: text, SQL NULL, or the raw bytes of a binary-format value. */
export type WireValue = string | null | Buffer;

export type FrontendEvent =
  | { type: 'startup'; protocol: { major: number; minor: number }; parameters: Record<string, string> }
  | { type: 'ssl-request' }
  | { type: 'gssenc-request' }
  | { type: 'cancel-request' }
  /** TLS or GSS encryption started (or the client spoke TLS directly): the rest is opaque. */
  | { type: 'encrypted' }
  | { type: 'query'; sql: string }
  | { type: 'parse'; statement: string; sql: string; paramTypes: number[] }
  | { type: 'bind'; portal: string; statement: string; paramFormats: number[]; params: WireValue[]; resultFormats: number[] }
  | { type: 'execute'; portal: string; maxRows: number }
  | { type: 'describe'; target: 'statement' | 'portal'; name: string }
  | { type: 'close'; target: 'statement' | 'portal'; name: string }
  | { type: 'sync' }
  | { type: 'flush' }
  | { type: 'terminate' }
  /** Password, SASL or GSS response: content deliberately not read. */
  | { type: 'auth' }
  | { type: 'copy-data'; bytes: number }
  | { type: 'copy-done' }
  | { type: 'copy-fail' }
  | { type: 'function-call' }
  | { type: 'unknown'; code: string; bytes: number }
  /** The byte stream does not follow the protocol: everything after this is ignored. */
  | { type: 'error'; message: string };

type Phase = 'startup' | 'typed' | 'opaque' | 'done' | 'broken';

/** Typed messages whose content we read; the others are skipped without buffering. */
const READ = new Set(['Q', 'P', 'B', 'E', 'D', 'C', 'S', 'H', 'X', 'f']);

/**
 * Incremental parser of one connection's client → server bytes. Feed chunks as they arrive
 * (any split, even one byte at a time); each call returns the events completed by that chunk.
 */
export class FrontendParser {
  private phase: Phase = 'startup';
  /** Header bytes collected so far (8 in the startup phase, 5 for typed messages). */
  private header = Buffer.alloc(8);
  private headerLength = 0;
  /** Body of the current message being filled, or null while reading a header. */
  private body: Buffer | null = null;
  private bodyFilled = 0;
  private current: { code: string; startupCode?: number } | null = null;
  /** Bytes of an unread message still to skip. */
  private skip = 0;
  /** The startup phase already saw an SSL/GSS request: a non-zero first byte now means TLS. */
  private negotiated = false;

  get state(): Phase {
    return this.phase;
  }

  feed(chunk: Uint8Array): FrontendEvent[] {
    const events: FrontendEvent[] = [];
    const data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let offset = 0;
    while (offset < data.length) {
      if (this.phase === 'opaque' || this.phase === 'done' || this.phase === 'broken') break;
      if (this.skip > 0) {
        const n = Math.min(this.skip, data.length - offset);
        this.skip -= n;
        offset += n;
        continue;
      }
      if (this.body) {
        const n = Math.min(this.body.length - this.bodyFilled, data.length - offset);
        data.copy(this.body, this.bodyFilled, offset, offset + n);
        this.bodyFilled += n;
        offset += n;
        if (this.bodyFilled === this.body.length) this.finishMessage(events);
        continue;
      }
      if (this.phase === 'startup' && this.headerLength === 0 && data[offset] !== 0) {
        // A startup-phase packet is shorter than 16 MiB, so its first length byte is 0.
        // Anything else is a TLS record (0x16: direct TLS, or after the server accepted SSL).
        this.phase = 'opaque';
        events.push(this.negotiated || data[offset] === 0x16 ? { type: 'encrypted' } : { type: 'error', message: `unexpected first byte 0x${data[offset]!.toString(16)}` });
        break;
      }
      const want = this.phase === 'startup' ? 8 : 5;
      const n = Math.min(want - this.headerLength, data.length - offset);
      data.copy(this.header, this.headerLength, offset, offset + n);
      this.headerLength += n;
      offset += n;
      if (this.headerLength === want) this.startMessage(events);
    }
    return events;
  }

  private startMessage(events: FrontendEvent[]): void {
    this.headerLength = 0;
    if (this.phase === 'startup') {
      const length = this.header.readInt32BE(0);
      const code = this.header.readInt32BE(4);
      if (length < 8 || length > MAX_STARTUP_LENGTH) return this.fail(events, `startup packet length ${length} is out of range`);
      this.current = { code: '', startupCode: code };
      this.beginBody(events, length - 8, true);
      return;
    }
    const code = String.fromCharCode(this.header[0]!);
    const length = this.header.readInt32BE(1);
    if (length < 4) return this.fail(events, `message '${code}' has length ${length}`);
    this.current = { code };
    this.beginBody(events, length - 4, READ.has(code));
  }

  private beginBody(events: FrontendEvent[], size: number, read: boolean): void {
    if (read) {
      this.body = Buffer.alloc(size);
      this.bodyFilled = 0;
      if (size === 0) this.finishMessage(events);
      return;
    }
    const code = this.current!.code;
    if (code === 'p') events.push({ type: 'auth' });
    else if (code === 'd') events.push({ type: 'copy-data', bytes: size });
    else if (code === 'c') events.push({ type: 'copy-done' });
    else if (code === 'F') events.push({ type: 'function-call' });
    else events.push({ type: 'unknown', code, bytes: size });
    this.current = null;
    this.skip = size;
  }

  private finishMessage(events: FrontendEvent[]): void {
    const body = this.body!;
    const current = this.current!;
    this.body = null;
    this.current = null;
    try {
      if (current.startupCode !== undefined) this.startupMessage(current.startupCode, body, events);
      else events.push(typedMessage(current.code, new Reader(body)));
    } catch (error) {
      this.fail(events, `malformed '${current.code || 'startup'}' message: ${(error as Error).message}`);
    }
  }

  private startupMessage(code: number, body: Buffer, events: FrontendEvent[]): void {
    if (code === SSL_REQUEST_CODE || code === GSSENC_REQUEST_CODE) {
      this.negotiated = true;
      events.push({ type: code === SSL_REQUEST_CODE ? 'ssl-request' : 'gssenc-request' });
      return; // the server answers 'S'/'G' (then TLS bytes follow) or 'N' (then a StartupMessage)
    }
    if (code === CANCEL_REQUEST_CODE) {
      this.phase = 'done'; // a cancel connection carries nothing else
      events.push({ type: 'cancel-request' });
      return;
    }
    const major = code >>> 16;
    if (major !== 3) return this.fail(events, `unsupported protocol version ${major}.${code & 0xffff}`);
    const reader = new Reader(body);
    const parameters: Record<string, string> = {};
    while (reader.remaining() > 0) {
      const key = reader.cstring();
      if (key === '') break;
      parameters[key] = reader.cstring();
    }
    this.phase = 'typed';
    events.push({ type: 'startup', protocol: { major, minor: code & 0xffff }, parameters });
  }

  private fail(events: FrontendEvent[], message: string): void {
    this.phase = 'broken';
    this.body = null;
    events.push({ type: 'error', message });
  }
}

function typedMessage(code: string, reader: Reader): FrontendEvent {
  switch (code) {
    case 'Q':
      return { type: 'query', sql: reader.cstring() };
    case 'P': {
      const statement = reader.cstring();
      const sql = reader.cstring();
      const count = reader.int16();
      const paramTypes: number[] = [];
      for (let i = 0; i < count; i++) paramTypes.push(reader.uint32());
      return { type: 'parse', statement, sql, paramTypes };
    }
    case 'B': {
      const portal = reader.cstring();
      const statement = reader.cstring();
      const formatCount = reader.int16();
      const paramFormats: number[] = [];
      for (let i = 0; i < formatCount; i++) paramFormats.push(reader.int16());
      const count = reader.int16();
      const params: WireValue[] = [];
      for (let i = 0; i < count; i++) {
        const length = reader.int32();
        if (length === -1) {
          params.push(null);
          continue;
        }
        const bytes = reader.bytes(length);
        const format = formatCount === 0 ? 0 : formatCount === 1 ? paramFormats[0]! : (paramFormats[i] ?? 0);
        params.push(format === 1 ? Buffer.from(bytes) : bytes.toString('utf8'));
      }
      const resultCount = reader.int16();
      const resultFormats: number[] = [];
      for (let i = 0; i < resultCount; i++) resultFormats.push(reader.int16());
      return { type: 'bind', portal, statement, paramFormats, params, resultFormats };
    }
    case 'E':
      return { type: 'execute', portal: reader.cstring(), maxRows: reader.int32() };
    case 'D':
    case 'C': {
      const target = String.fromCharCode(reader.byte()) === 'S' ? 'statement' : 'portal';
      const name = reader.cstring();
      return code === 'D' ? { type: 'describe', target, name } : { type: 'close', target, name };
    }
    case 'S':
      return { type: 'sync' };
    case 'H':
      return { type: 'flush' };
    case 'X':
      return { type: 'terminate' };
    case 'f':
      return { type: 'copy-fail' };
    default:
      return { type: 'unknown', code, bytes: reader.remaining() };
  }
}

class Reader {
  private offset = 0;
  constructor(private readonly buffer: Buffer) {}
  remaining(): number {
    return this.buffer.length - this.offset;
  }
  private need(n: number): void {
    if (n < 0 || this.offset + n > this.buffer.length) throw new Error('message ends early');
  }
  byte(): number {
    this.need(1);
    return this.buffer[this.offset++]!;
  }
  int16(): number {
    this.need(2);
    const value = this.buffer.readInt16BE(this.offset);
    this.offset += 2;
    return value;
  }
  int32(): number {
    this.need(4);
    const value = this.buffer.readInt32BE(this.offset);
    this.offset += 4;
    return value;
  }
  uint32(): number {
    this.need(4);
    const value = this.buffer.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }
  bytes(n: number): Buffer {
    this.need(n);
    const value = this.buffer.subarray(this.offset, this.offset + n);
    this.offset += n;
    return value;
  }
  cstring(): string {
    const end = this.buffer.indexOf(0, this.offset);
    if (end === -1) throw new Error('string is not terminated');
    const value = this.buffer.toString('utf8', this.offset, end);
    this.offset = end + 1;
    return value;
  }
}

/** One statement the application executed, as the server received it. */
export interface ExecutedStatement {
  /** Connection number given by whoever feeds the recorder (the proxy counts from 1). */
  sessionId: number;
  /** Order of execution over all sessions, from 0. */
  seq: number;
  /** One statement, trimmed, comments (sqlcommenter tags) kept. */
  sql: string;
  /** Text values bound to $1..$n (extended protocol); [] for the simple protocol. */
  params: (string | null)[];
  /**
   * False when a binary-format value had no known type and is given in bytea text form
   * (`\x...`): right for bytea (what `pg` sends a Buffer as), a guess for anything else.
   */
  paramsExact: boolean;
  protocol: 'simple' | 'extended';
  /** Name of the prepared statement ('' = unnamed). */
  prepared: string | null;
  /** application_name in effect: from the startup packet, changed by SET/RESET. */
  applicationName: string | null;
  user: string | null;
  database: string | null;
}

/** Why a statement was not recorded (see ./classify.ts). */
export type SkipReason = NoiseReason | 'continuation' | 'unknown-portal';

interface PreparedState {
  sql: string;
  paramTypes: number[];
}

interface PortalState {
  sql: string;
  statement: string;
  params: (string | null)[];
  paramsExact: boolean;
  executed: boolean;
}

interface SessionState {
  startupApplicationName: string | null;
  applicationName: string | null;
  user: string | null;
  database: string | null;
  statements: Map<string, PreparedState>;
  portals: Map<string, PortalState>;
}

/**
 * Turns frontend events of many sessions into executed statements: one per statement of a
 * simple Query, one per Execute of a bound portal (unnamed or named prepared statements;
 * re-Executes of a suspended portal fetch more rows of the same execution and do not count).
 * Only DML is recorded; what is skipped and why is decided by ./classify.ts.
 *
 * Requires libpg-query to be loaded (`await loadModule()` once) before the first event.
 */
export class StatementRecorder {
  readonly statements: ExecutedStatement[] = [];
  readonly skipped: Record<SkipReason, number> = {
    transaction: 0,
    session: 0,
    'health-check': 0,
    catalog: 0,
    utility: 0,
    continuation: 0,
    'unknown-portal': 0,
  };
  /** Sessions whose traffic could not be read (TLS, broken stream), with the reason. */
  readonly unreadable: { sessionId: number; reason: string }[] = [];
  private readonly sessions = new Map<number, SessionState>();
  private seq = 0;

  /** Handle one event of one session; returns the statements it completed. */
  handle(sessionId: number, event: FrontendEvent): ExecutedStatement[] {
    const session = this.session(sessionId);
    switch (event.type) {
      case 'startup': {
        const name = event.parameters.application_name ?? null;
        session.startupApplicationName = name;
        session.applicationName = name;
        session.user = event.parameters.user ?? null;
        session.database = event.parameters.database ?? session.user;
        return [];
      }
      case 'query': {
        // A simple Query destroys the unnamed statement and portal.
        session.statements.delete('');
        session.portals.delete('');
        const out: ExecutedStatement[] = [];
        for (const sql of splitStatements(event.sql)) {
          const recorded = this.statement(sessionId, session, sql, [], true, 'simple', null);
          if (recorded) out.push(recorded);
        }
        return out;
      }
      case 'parse':
        session.statements.set(event.statement, { sql: event.sql, paramTypes: event.paramTypes });
        return [];
      case 'bind': {
        const prepared = session.statements.get(event.statement);
        if (!prepared) {
          session.portals.delete(event.portal);
          return [];
        }
        const { values, exact } = textParams(event.params, prepared.paramTypes);
        session.portals.set(event.portal, { sql: prepared.sql, statement: event.statement, params: values, paramsExact: exact, executed: false });
        return [];
      }
      case 'execute': {
        const portal = session.portals.get(event.portal);
        if (!portal) {
          this.skipped['unknown-portal']++;
          return [];
        }
        if (portal.executed) {
          this.skipped.continuation++;
          return [];
        }
        portal.executed = true;
        const recorded = this.statement(sessionId, session, stripSemicolons(portal.sql), portal.params, portal.paramsExact, 'extended', portal.statement);
        return recorded ? [recorded] : [];
      }
      case 'close':
        if (event.target === 'statement') session.statements.delete(event.name);
        else session.portals.delete(event.name);
        return [];
      case 'terminate':
        this.sessions.delete(sessionId);
        return [];
      case 'encrypted':
        this.unreadable.push({ sessionId, reason: 'the connection uses TLS/GSS encryption' });
        return [];
      case 'error':
        this.unreadable.push({ sessionId, reason: event.message });
        return [];
      default:
        return [];
    }
  }

  /** Feed raw bytes through a parser per session: convenience for tests and the proxy. */
  feeder(sessionId: number): (chunk: Uint8Array) => ExecutedStatement[] {
    const parser = new FrontendParser();
    return (chunk) => parser.feed(chunk).flatMap((event) => this.handle(sessionId, event));
  }

  /** Forget a session whose connection closed without Terminate. */
  closeSession(sessionId: number): void {
    this.sessions.delete(sessionId);
  }

  private session(sessionId: number): SessionState {
    let session = this.sessions.get(sessionId);
    if (!session) {
      session = { startupApplicationName: null, applicationName: null, user: null, database: null, statements: new Map(), portals: new Map() };
      this.sessions.set(sessionId, session);
    }
    return session;
  }

  private statement(
    sessionId: number,
    session: SessionState,
    sql: string,
    params: (string | null)[],
    paramsExact: boolean,
    protocol: 'simple' | 'extended',
    prepared: string | null,
  ): ExecutedStatement | null {
    const verdict = classifyStatement(sql);
    if (verdict.kind === 'skip') {
      this.skipped[verdict.reason]++;
      const effect = verdict.effect;
      if (effect?.kind === 'application-name') session.applicationName = effect.value ?? session.startupApplicationName;
      else if (effect?.kind === 'reset-all') session.applicationName = session.startupApplicationName;
      if (effect?.kind === 'deallocate') {
        if (effect.name === null) session.statements.clear();
        else session.statements.delete(effect.name);
      } else if (effect?.kind === 'reset-all' && effect.discard) {
        session.statements.clear();
        session.portals.clear();
      }
      return null;
    }
    const recorded: ExecutedStatement = {
      sessionId,
      seq: this.seq++,
      sql,
      params,
      paramsExact,
      protocol,
      prepared,
      applicationName: session.applicationName,
      user: session.user,
      database: session.database,
    };
    this.statements.push(recorded);
    return recorded;
  }
}

/** Binary-format parameter values in the text form PostgreSQL would accept for their type. */
export function textParams(params: WireValue[], paramTypes: number[]): { values: (string | null)[]; exact: boolean } {
  let exact = true;
  const values = params.map((value, index) => {
    if (value === null || typeof value === 'string') return value;
    const decoded = decodeBinary(value, paramTypes[index] ?? 0);
    if (decoded === null) {
      exact = exact && (paramTypes[index] ?? 0) === BYTEA;
      return `\\x${value.toString('hex')}`;
    }
    return decoded;
  });
  return { values, exact };
}

const BYTEA = 17;
const PG_EPOCH_MS = Date.UTC(2000, 0, 1);

/** Text form of a binary value of a common type; null when the type is unknown or unspecified. */
export function decodeBinary(value: Buffer, oid: number): string | null {
  try {
    switch (oid) {
      case 16: // bool
        return value[0] ? 'true' : 'false';
      case 17: // bytea
        return `\\x${value.toString('hex')}`;
      case 18: // "char"
      case 19: // name
      case 25: // text
      case 114: // json
      case 1042: // bpchar
      case 1043: // varchar
        return value.toString('utf8');
      case 3802: // jsonb: a version byte, then the text
        return value.subarray(1).toString('utf8');
      case 21:
        return String(value.readInt16BE(0));
      case 23:
        return String(value.readInt32BE(0));
      case 26:
        return String(value.readUInt32BE(0));
      case 20:
        return value.readBigInt64BE(0).toString();
      case 700:
        return String(value.readFloatBE(0));
      case 701:
        return String(value.readDoubleBE(0));
      case 2950: {
        const hex = value.toString('hex');
        return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
      }
      case 1082: {
        const days = value.readInt32BE(0);
        if (days === 0x7fffffff) return 'infinity';
        if (days === -0x80000000) return '-infinity';
        return new Date(PG_EPOCH_MS + days * 86_400_000).toISOString().slice(0, 10);
      }
      case 1114:
      case 1184: {
        const micros = value.readBigInt64BE(0);
        if (micros === 0x7fffffffffffffffn) return 'infinity';
        if (micros === -0x8000000000000000n) return '-infinity';
        let whole = micros / 1000n; // BigInt division truncates: floor it for negative values
        if (micros % 1000n < 0n) whole -= 1n;
        const ms = Number(whole);
        const rest = Number(micros - whole * 1000n);
        const iso = new Date(PG_EPOCH_MS + ms).toISOString(); // 2024-01-02T03:04:05.678Z
        const text = `${iso.slice(0, 10)} ${iso.slice(11, 23)}${String(rest).padStart(3, '0')}`;
        return oid === 1184 ? `${text}+00` : text;
      }
      default:
        return null;
    }
  } catch {
    return null;
  }
}
