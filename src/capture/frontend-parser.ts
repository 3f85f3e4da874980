/**
 * An incremental parser of the *frontend* (client → server) messages of PostgreSQL's protocol
 * v3, one connection's bytes at a time. It only reads the client's half of the conversation and
 * never keeps password or SASL messages ('p'): their bytes are skipped unread. After an accepted
 * SSLRequest or GSSENCRequest (or a direct TLS handshake) the stream is encrypted and opaque: the
 * parser reports `encrypted` once and ignores the rest. Why the bytes are read here, off a proxy,
 * is in docs/capture-wire.md.
 */

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
        events.push(
          this.negotiated || data[offset] === 0x16
            ? { type: 'encrypted' }
            : { type: 'error', message: `unexpected first byte 0x${data[offset]!.toString(16)}` },
        );
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
