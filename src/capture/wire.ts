import { createHash } from 'node:crypto';
import { parseSync, scanSync } from 'libpg-query';
import { isSqlParseError } from '../util/errors.ts';
import { quoteIdent } from '../util/sql.ts';
import { ByteQueue } from './byte-queue.ts';
import { CANCEL_REQUEST_CODE, GSSENC_REQUEST_CODE, SSL_REQUEST_CODE } from './frontend-parser.ts';
import { scalarText } from '../util/text.ts';

/**
 * Whole protocol messages out of a byte stream, for the proxy to forward them one by one
 * (rewritten where needed). ./frontend-parser.ts reads what the client *says*; this cuts the stream
 * into what can be forwarded.
 */

/** One message as it travels: its bytes, and its type ('' for a startup-phase packet). */
export interface WireMessage {
  code: string;
  bytes: Buffer;
}

/**
 * Client → server: startup-phase packets (SSLRequest, GSSENCRequest, CancelRequest,
 * StartupMessage: a length, no type byte), then typed messages. After TLS/GSS started, or a
 * stream that does not follow the protocol, the rest passes as it is (`code` 'opaque').
 */
export class ClientFramer {
  private readonly buffered = new ByteQueue();
  private phase: 'startup' | 'typed' | 'opaque' = 'startup';

  get opaque(): boolean {
    return this.phase === 'opaque';
  }

  push(chunk: Buffer): WireMessage[] {
    if (this.phase === 'opaque') return [{ code: 'opaque', bytes: chunk }];
    this.buffered.push(chunk);
    const out: WireMessage[] = [];
    for (;;) {
      if (this.phase === 'startup') {
        if (this.buffered.length === 0) break;
        // A startup packet is short, so its first byte is 0; anything else is TLS (or noise).
        if (this.buffered.byteAt(0) !== 0) {
          this.phase = 'opaque';
          continue;
        }
        if (this.buffered.length < 8) break;
        const length = this.buffered.peek(4).readInt32BE(0);
        if (length < 8 || length > 10_000) {
          this.phase = 'opaque';
          continue;
        }
        if (this.buffered.length < length) break;
        const bytes = this.buffered.take(length);
        const code = bytes.readInt32BE(4);
        if (code === SSL_REQUEST_CODE) out.push({ code: 'ssl', bytes });
        else if (code === GSSENC_REQUEST_CODE) out.push({ code: 'gss', bytes });
        else if (code === CANCEL_REQUEST_CODE) {
          out.push({ code: 'cancel', bytes });
          this.phase = 'opaque';
        } else {
          out.push({ code: 'startup', bytes });
          this.phase = 'typed';
        }
        continue;
      }
      if (this.phase === 'opaque') {
        if (this.buffered.length) out.push({ code: 'opaque', bytes: this.buffered.takeAll() });
        break;
      }
      const message = typedMessage(this.buffered);
      if (message === 'broken') {
        this.phase = 'opaque';
        continue;
      }
      if (!message) break;
      out.push(message);
    }
    return out;
  }
}

/**
 * Server → client: the one-byte answers to SSLRequest/GSSENCRequest (as many as the client
 * sent, `expectNegotiation()`), then typed messages. An accepted TLS/GSS request makes the
 * rest opaque.
 */
export class ServerFramer {
  private readonly buffered = new ByteQueue();
  private negotiations = 0;
  private opaque = false;

  expectNegotiation(): void {
    this.negotiations++;
  }

  push(chunk: Buffer): WireMessage[] {
    if (this.opaque) return [{ code: 'opaque', bytes: chunk }];
    this.buffered.push(chunk);
    const out: WireMessage[] = [];
    while (this.buffered.length > 0) {
      if (this.negotiations > 0) {
        this.negotiations--;
        const answer = this.buffered.take(1);
        out.push({ code: 'negotiation', bytes: answer });
        if (answer[0] !== 0x4e /* N */) this.opaque = true;
        if (this.opaque) {
          if (this.buffered.length) out.push({ code: 'opaque', bytes: this.buffered.takeAll() });
        }
        continue;
      }
      const message = typedMessage(this.buffered);
      if (message === 'broken') {
        this.opaque = true;
        out.push({ code: 'opaque', bytes: this.buffered.takeAll() });
        break;
      }
      if (!message) break;
      out.push(message);
    }
    return out;
  }
}

/** The complete typed message at the front of `queue`, taken out of it; null when more bytes are needed. */
function typedMessage(queue: ByteQueue): WireMessage | null | 'broken' {
  if (queue.length < 5) return null;
  const header = queue.peek(5);
  const length = header.readInt32BE(1);
  if (length < 4) return 'broken';
  if (queue.length < length + 1) return null;
  return { code: String.fromCharCode(header[0]!), bytes: queue.take(length + 1) };
}

/** The startup packet's parameters (user, database, application_name, ...). */
export function startupParameters(bytes: Buffer): Record<string, string> {
  const parameters: Record<string, string> = {};
  let offset = 8;
  while (offset < bytes.length) {
    const keyEnd = bytes.indexOf(0, offset);
    if (keyEnd <= offset) break;
    const valueEnd = bytes.indexOf(0, keyEnd + 1);
    if (valueEnd === -1) break;
    parameters[bytes.toString('utf8', offset, keyEnd)] = bytes.toString('utf8', keyEnd + 1, valueEnd);
    offset = valueEnd + 1;
  }
  return parameters;
}

/** The startup packet with other parameters (same protocol version). */
export function withStartupParameters(bytes: Buffer, parameters: Record<string, string>): Buffer {
  const body = Buffer.concat([...Object.entries(parameters).flatMap(([key, value]) => [cstring(key), cstring(value)]), Buffer.from([0])]);
  const header = Buffer.alloc(8);
  header.writeInt32BE(body.length + 8, 0);
  header.writeInt32BE(bytes.readInt32BE(4), 4);
  return Buffer.concat([header, body]);
}

/** An ErrorResponse (severity FATAL unless told) as a server would send it. */
export function errorResponse(fields: { severity?: string; code: string; message: string; detail?: string; hint?: string }): Buffer {
  const parts: Buffer[] = [];
  const field = (type: string, value: string) => parts.push(Buffer.from(type, 'ascii'), Buffer.from(value, 'utf8'), Buffer.from([0]));
  const severity = fields.severity ?? 'FATAL';
  field('S', severity);
  field('V', severity);
  field('C', fields.code);
  field('M', fields.message);
  if (fields.detail) field('D', fields.detail);
  if (fields.hint) field('H', fields.hint);
  parts.push(Buffer.from([0]));
  return frame('E', Buffer.concat(parts));
}

function frame(code: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(code, 0, 'ascii');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

/** Close (statement or portal) + Sync, and Sync alone, as a client would send them. */
export function closeMessage(target: 'statement' | 'portal', name: string): Buffer {
  return frame('C', Buffer.concat([Buffer.from(target === 'statement' ? 'S' : 'P', 'ascii'), cstring(name)]));
}
export const SYNC = frame('S', Buffer.alloc(0));
export const TERMINATE = frame('X', Buffer.alloc(0));

function cstring(text: string): Buffer {
  return Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0])]);
}

/** PostgreSQL keeps names in NAMEDATALEN (64) bytes: longer ones are cut and may collide. */
const MAX_NAME_BYTES = 63;

/**
 * One client connection's own names for prepared statements and portals, on a backend that
 * several client connections share (the embedded engine: PGlite has one backend, and its
 * socket server runs every connection's messages on it). psycopg 3 names the statement it
 * prepares after 5 runs `_pg3_0` on every connection, so two pool connections collide
 * (`prepared statement "_pg3_0" already exists`) unless each gets a namespace.
 *
 * Names are rewritten on the way in — Parse, Bind, Describe, Close, Execute, and the SQL-level
 * PREPARE / EXECUTE / DEALLOCATE — by prefixing `ppg<connection>_`. Nothing the server sends
 * back normally carries a statement or portal name (ParseComplete, BindComplete,
 * ParameterDescription, RowDescription, CloseComplete hold none); an error or notice message
 * that quotes one is mapped back (`inbound`). The unnamed statement and portal ('') stay as
 * they are: they live from one Parse to the next Sync of one connection.
 *
 * `DEALLOCATE ALL` and `DISCARD ALL` would drop every connection's statements on a shared
 * backend: they become a DO block that deallocates this connection's own (so their command
 * tag is `DO`). Other session state — SET, temporary tables, LISTEN, advisory locks — stays
 * shared between the connections, as docs/captured-traffic.md says.
 */
export class ConnectionNames {
  readonly prefix: string;
  /** Named statements and portals this connection created (server names), to close when it goes. */
  readonly statements = new Set<string>();
  readonly portals = new Set<string>();
  private readonly originals = new Map<string, string>();

  constructor(connection: number) {
    this.prefix = `ppg${connection}_`;
  }

  /** The server's name for a client name ('' stays ''). */
  name(original: string): string {
    if (original === '') return '';
    let renamed = this.prefix + original;
    if (Buffer.byteLength(renamed) > MAX_NAME_BYTES) renamed = `${this.prefix}h${createHash('sha1').update(original).digest('hex').slice(0, 40)}`;
    this.originals.set(renamed, original);
    return renamed;
  }

  /** The client's name for a server name, for messages that quote it. */
  original(renamed: string): string {
    return this.originals.get(renamed) ?? (renamed.startsWith(this.prefix) ? renamed.slice(this.prefix.length) : renamed);
  }

  /** A client → server typed message with this connection's names. */
  outbound(message: WireMessage): Buffer {
    switch (message.code) {
      case 'Q': {
        const reader = new BodyReader(message.bytes);
        const sql = reader.cstring();
        const rewritten = this.sql(sql);
        return rewritten === sql ? message.bytes : frame('Q', cstring(rewritten));
      }
      case 'P': {
        const reader = new BodyReader(message.bytes);
        const statement = reader.cstring();
        const sql = reader.cstring();
        const rest = reader.rest();
        const renamed = this.name(statement);
        if (renamed) this.statements.add(renamed);
        const rewritten = this.sql(sql);
        if (renamed === statement && rewritten === sql) return message.bytes;
        return frame('P', Buffer.concat([cstring(renamed), cstring(rewritten), rest]));
      }
      case 'B': {
        const reader = new BodyReader(message.bytes);
        const portal = reader.cstring();
        const statement = reader.cstring();
        if (!portal && !statement) return message.bytes;
        const renamedPortal = this.name(portal);
        if (renamedPortal) this.portals.add(renamedPortal);
        return frame('B', Buffer.concat([cstring(renamedPortal), cstring(this.name(statement)), reader.rest()]));
      }
      case 'D':
      case 'C': {
        const reader = new BodyReader(message.bytes);
        const target = reader.byte();
        const name = reader.cstring();
        if (!name) return message.bytes;
        const renamed = this.name(name);
        if (message.code === 'C') (target === 0x53 /* S */ ? this.statements : this.portals).delete(renamed);
        return frame(message.code, Buffer.concat([Buffer.from([target]), cstring(renamed)]));
      }
      case 'E': {
        const reader = new BodyReader(message.bytes);
        const portal = reader.cstring();
        if (!portal) return message.bytes;
        return frame('E', Buffer.concat([cstring(this.name(portal)), reader.rest()]));
      }
      default:
        return message.bytes;
    }
  }

  /** A server → client message with this connection's names given back (errors and notices quote them). */
  inbound(message: WireMessage): Buffer {
    if (message.code !== 'E' && message.code !== 'N') return message.bytes;
    const text = message.bytes.toString('utf8', 5);
    if (!text.includes(`"${this.prefix}`)) return message.bytes;
    const pattern = new RegExp(`"(${this.prefix}[^"]*)"`, 'g');
    return frame(
      message.code,
      Buffer.from(
        text.replace(pattern, (_, renamed: string) => `"${this.original(renamed)}"`),
        'utf8',
      ),
    );
  }

  /** Messages that close everything this connection left on the shared backend. */
  cleanup(): Buffer[] {
    const closes = [...[...this.portals].map((name) => closeMessage('portal', name)), ...[...this.statements].map((name) => closeMessage('statement', name))];
    this.portals.clear();
    this.statements.clear();
    return closes;
  }

  /**
   * SQL-level names: `PREPARE x`, `EXECUTE x` (also inside `EXPLAIN ... EXECUTE x` and
   * `CREATE TABLE ... AS EXECUTE x`), `DEALLOCATE [PREPARE] x` get this connection's name;
   * `DEALLOCATE ALL` and `DISCARD ALL` deallocate only this connection's statements. Text the
   * parser rejects, or that holds none of them, is sent as it is.
   */
  sql(text: string): string {
    if (!/\b(prepare|execute|deallocate|discard)\b/i.test(text)) return text;
    let stmts;
    let tokens: Token[];
    try {
      stmts = parseSync(text).stmts ?? [];
      tokens = scanSync(text).tokens.filter((token) => token.tokenName !== 'SQL_COMMENT' && token.tokenName !== 'C_COMMENT');
    } catch (error) {
      if (isSqlParseError(error)) return text;
      throw error;
    }
    const bytes = Buffer.from(text, 'utf8');
    const edits: { from: number; to: number; text: string }[] = [];
    for (const stmt of stmts) {
      const node = stmt.stmt as Record<string, Record<string, unknown>> | undefined;
      if (!node) continue;
      const [type, body] = Object.entries(node)[0]!;
      const start = stmt.stmt_location ?? 0;
      const end = stmt.stmt_len ? start + stmt.stmt_len : bytes.length;
      if ((type === 'DeallocateStmt' && body.isall) || (type === 'DiscardStmt' && body.target === 'DISCARD_ALL')) {
        edits.push({ from: start, to: end, text: this.deallocateOwn() });
        continue;
      }
      const named = namedStatement(type, body);
      if (!named) continue;
      const token = nameToken(
        tokens.filter((token) => token.start >= start && token.end <= end),
        named.kind,
      );
      if (!token) continue;
      const renamed = this.name(named.name);
      if (named.kind === 'prepare') this.statements.add(renamed);
      if (named.kind === 'deallocate') this.statements.delete(renamed);
      edits.push({ from: token.start, to: token.end, text: quoteIdent(renamed) });
    }
    if (edits.length === 0) return text;
    const parts: Buffer[] = [];
    let at = 0;
    for (const edit of edits.sort((a, b) => a.from - b.from)) {
      parts.push(bytes.subarray(at, edit.from), Buffer.from(edit.text, 'utf8'));
      at = edit.to;
    }
    parts.push(bytes.subarray(at));
    return Buffer.concat(parts).toString('utf8');
  }

  private deallocateOwn(): string {
    this.statements.clear();
    const prefix = this.prefix.replace(/'/g, "''");
    return `DO $pg_plan_gate$DECLARE s text; BEGIN FOR s IN SELECT name FROM pg_prepared_statements WHERE starts_with(name, '${prefix}') LOOP EXECUTE format('DEALLOCATE %I', s); END LOOP; END$pg_plan_gate$`;
  }
}

interface Token {
  start: number;
  end: number;
  text: string;
  tokenName: string;
}

type NameKind = 'prepare' | 'execute' | 'deallocate' | 'nested-execute' | 'as-execute';

/** The prepared statement a parsed statement names, and how its text spells it. */
function namedStatement(type: string, body: Record<string, unknown>): { name: string; kind: NameKind } | null {
  const name = (node: unknown) => scalarText(((node ?? {}) as Record<string, Record<string, unknown>>).ExecuteStmt?.name ?? '');
  let found: { name: string; kind: NameKind } | null = null;
  if (type === 'PrepareStmt') found = { name: scalarText(body.name ?? ''), kind: 'prepare' };
  else if (type === 'ExecuteStmt') found = { name: scalarText(body.name ?? ''), kind: 'execute' };
  else if (type === 'DeallocateStmt') found = { name: scalarText(body.name ?? ''), kind: 'deallocate' };
  else if (type === 'ExplainStmt') found = { name: name(body.query), kind: 'nested-execute' };
  else if (type === 'CreateTableAsStmt') found = { name: name(body.query), kind: 'as-execute' };
  return found?.name ? found : null;
}

/**
 * The token that holds the statement name, from the statement's tokens (comments left out):
 * the one after `PREPARE`, `EXECUTE` or `DEALLOCATE [PREPARE]` at the start; in `EXPLAIN`,
 * after its first `EXECUTE` outside parentheses; in `CREATE TABLE ... AS EXECUTE`, after the
 * `EXECUTE` that follows `AS` (a table may itself be called execute). A Unicode-escaped name
 * (U&"...") is left as it is.
 */
function nameToken(tokens: Token[], kind: NameKind): Token | null {
  const word = (token: Token | undefined) => token?.text.toLowerCase();
  let at = 1;
  if (kind === 'deallocate') {
    // DEALLOCATE PREPARE x; but a statement may be called "prepare" itself (DEALLOCATE prepare).
    if (word(tokens[1]) === 'prepare' && tokens[2] && tokens[2].text !== ';') at = 2;
  } else if (kind === 'nested-execute' || kind === 'as-execute') {
    let depth = 0;
    at = -1;
    for (let i = 0; i < tokens.length; i++) {
      const text = tokens[i]!.text;
      if (text === '(') depth++;
      else if (text === ')') depth--;
      else if (depth === 0 && word(tokens[i]) === 'execute' && (kind === 'nested-execute' || word(tokens[i - 1]) === 'as')) {
        at = i + 1;
        break;
      }
    }
  }
  const token = tokens[at];
  if (!token || /^u&/i.test(token.text)) return null;
  return token;
}

/** Reads a typed message's body (after its 5-byte header). */
class BodyReader {
  private offset = 5;
  constructor(private readonly bytes: Buffer) {}
  byte(): number {
    return this.bytes[this.offset++]!;
  }
  cstring(): string {
    const end = this.bytes.indexOf(0, this.offset);
    if (end === -1) throw new Error('string is not terminated');
    const value = this.bytes.toString('utf8', this.offset, end);
    this.offset = end + 1;
    return value;
  }
  rest(): Buffer {
    return this.bytes.subarray(this.offset);
  }
}
