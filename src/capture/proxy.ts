import { createServer, connect, type Server, type Socket } from 'node:net';
import { FrontendParser, type FrontendEvent } from './frontend-parser.ts';
import { BackendTurns, ConnectionTurn } from './backend-turn.ts';
import { type StatementRecorder } from './recorder.ts';
import {
  ClientFramer,
  ConnectionNames,
  errorResponse,
  ServerFramer,
  startupParameters,
  SYNC,
  TERMINATE,
  withStartupParameters,
  type WireMessage,
} from './wire.ts';
import { noop } from '../util/ignore.ts';

const MAINTENANCE_DATABASE = 'postgres';

/** Messages of an extended-query exchange before its Sync: Parse, Bind, Describe, Execute, Close, Flush. */
const EXTENDED_QUERY = new Set(['P', 'B', 'D', 'E', 'C', 'H']);

/** How long the proxy waits for the shared backend to close what a gone client left. */
const CLEANUP_TIMEOUT_MS = 2_000;

export type Upstream = { host: string; port: number } | { path: string };

export interface CaptureProxyOptions {
  /** The real server: TCP host/port (PGlite's socket server) or a unix socket path (native). */
  upstream: Upstream;
  /** Address to listen on; loopback by default. */
  host?: string;
  /** Port to listen on; 0 (default) lets the OS pick one. */
  port?: number;
  /** Every client → server chunk as received, per connection (connections count from 1). */
  onBytes?: (sessionId: number, chunk: Buffer) => void;
  /** Every frontend event, from a fresh parser per connection. */
  onEvent?: (sessionId: number, event: FrontendEvent) => void;
  /** A connection closed (either side). */
  onClose?: (sessionId: number) => void;
  /** Shorthand: feed the events into this recorder (and close its sessions). */
  recorder?: StatementRecorder;
  /**
   * Every connection shares one backend (the embedded engine): give each its own names for
   * prepared statements and portals, and close them when it goes (./wire.ts ConnectionNames).
   */
  sharedBackend?: boolean;
  /**
   * The one database served: a connection that asks for another is refused (FATAL 3D000, with
   * how to configure the framework) and reported to `onRefused` — except `postgres`, the
   * maintenance database, which `served` serves under that name.
   */
  database?: { served: string; onRefused?: (sessionId: number, requested: string) => void };
}

export interface CaptureProxy {
  host: string;
  port: number;
  /** Connections accepted so far. */
  readonly connections: number;
  /**
   * Stop listening; connections still open get `graceMs` (default 250) to finish on their own
   * — a client that just exited may have a last message in flight — then are dropped.
   */
  close(graceMs?: number): Promise<void>;
}

/**
 * A loopback TCP proxy in front of PostgreSQL that forwards both directions byte for byte and
 * reads the client's half: the application connects to it instead of the server, and every
 * statement it sends is seen on its own connection — the same in front of PGlite's socket
 * server and of a native server. Parsing never slows or alters the forwarded stream: a
 * failing parser or callback only stops the capture of that connection.
 */
export async function startCaptureProxy(options: CaptureProxyOptions): Promise<CaptureProxy> {
  /** Both sockets of every connection still open: close() waits for them, then drops them. */
  const open = new Set<Socket>();
  const drained: (() => void)[] = [];
  let accepted = 0;
  const turns = options.sharedBackend ? new BackendTurns() : null;
  const onEvent = options.onEvent ?? (options.recorder ? (id: number, event: FrontendEvent) => void options.recorder!.handle(id, event) : undefined);
  const onClose = (id: number) => {
    options.onClose?.(id);
    options.recorder?.closeSession(id);
  };

  const context: ConnectionContext = { options, turns, onEvent, onClose, open, drained };
  const server: Server = createServer((client) => new ProxyConnection(++accepted, client, context));

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    host,
    port,
    get connections() {
      return accepted;
    },
    async close(graceMs = 250) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      if (open.size > 0 && graceMs > 0) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([new Promise<void>((resolve) => drained.push(resolve)), new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))]);
        clearTimeout(timer);
      }
      for (const socket of open) socket.destroy();
      await closed;
    },
  };
}

/** What every connection of one proxy shares. */
interface ConnectionContext {
  options: CaptureProxyOptions;
  /** Shared backend only: whose turn it is. */
  turns: BackendTurns | null;
  onEvent: ((sessionId: number, event: FrontendEvent) => void) | undefined;
  onClose: (sessionId: number) => void;
  open: Set<Socket>;
  /** Called when the last connection closed. */
  drained: (() => void)[];
}

/** Writes to one socket, pausing the other while it refuses: one drain listener at a time, however many writes were refused before it. */
class Direction {
  private paused = false;

  constructor(
    private readonly from: Socket,
    private readonly to: Socket,
  ) {}

  write(bytes: Buffer): void {
    if (!this.to.write(bytes) && !this.paused) {
      this.paused = true;
      this.from.pause();
      this.to.once('drain', () => {
        this.paused = false;
        this.from.resume();
      });
    }
  }
}

/**
 * One client connection and its own connection to the server. The client's bytes are read (a
 * failing parser or callback only ends `capturing`) and framed into whole messages, which go
 * upstream on the connection's turn (./backend-turn.ts); on a shared backend its names are its
 * own, and what it leaves is closed when it goes.
 */
class ProxyConnection {
  private readonly upstream: Socket;
  private readonly parser = new FrontendParser();
  private readonly framer = new ClientFramer();
  /** A shared backend (embedded): this connection's own statement and portal names. */
  private readonly names: ConnectionNames | null;
  private readonly serverFramer: ServerFramer | null;
  private readonly turn: ConnectionTurn;
  private readonly toUpstream: Direction;
  private readonly toClientSocket: Direction;
  private capturing = true;
  private violated = false;
  private closed = false;
  /** Set while the proxy closes what a gone client left on the shared backend. */
  private cleaning: { done: () => void } | null = null;

  constructor(
    private readonly sessionId: number,
    private readonly client: Socket,
    private readonly context: ConnectionContext,
  ) {
    const { options } = context;
    const upstream =
      'path' in options.upstream ? connect({ path: options.upstream.path }) : connect({ host: options.upstream.host, port: options.upstream.port });
    this.upstream = upstream;
    context.open.add(client);
    context.open.add(upstream);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    this.names = options.sharedBackend ? new ConnectionNames(sessionId) : null;
    this.serverFramer = this.names ? new ServerFramer() : null;
    this.toUpstream = new Direction(client, upstream);
    this.toClientSocket = new Direction(upstream, client);
    this.turn = new ConnectionTurn(sessionId, context.turns, (bytes) => {
      if (upstream.destroyed) return false;
      this.toUpstream.write(bytes);
      return true;
    });

    client.on('data', (chunk: Buffer) => this.fromClient(chunk));
    if (this.serverFramer) upstream.on('data', (chunk: Buffer) => this.fromServer(chunk));
    else upstream.pipe(client);
    const clientGone = () => this.clientGone();
    const finish = () => this.finish();
    client.on('close', clientGone);
    client.on('error', clientGone);
    upstream.on('close', finish);
    upstream.on('error', finish);
  }

  private fromClient(chunk: Buffer): void {
    const { options, onEvent } = this.context;
    if (this.capturing) {
      try {
        options.onBytes?.(this.sessionId, chunk);
        if (onEvent) for (const event of this.parser.feed(chunk)) onEvent(this.sessionId, event);
      } catch (error) {
        this.capturing = false;
        try {
          onEvent?.(this.sessionId, { type: 'error', message: `capture failed: ${(error as Error).message}` });
        } catch {
          // The listener failed on its own failure report: capture is off already, and the client's traffic goes on.
        }
      }
    }
    if (this.violated) return;
    try {
      for (const message of this.framer.push(chunk)) this.forward(message);
    } catch (error) {
      // A message the proxy cannot read (a string without its terminator, ...): as a server
      // would, answer with a protocol violation and close this connection; the others go on.
      this.protocolViolation((error as Error).message);
    }
  }

  /** Shared backend only: the server's messages one by one, with the client's names given back. */
  private fromServer(chunk: Buffer): void {
    for (const message of this.serverFramer!.push(chunk)) {
      if (message.code === 'Z') {
        this.turn.readyForQuery(String.fromCharCode(message.bytes[5] ?? 0x49));
        if (this.turn.owed <= 0 && this.cleaning) this.cleaning.done();
      }
      this.toClient(this.names!.inbound(message));
      if (message.code === 'Z') this.turn.releaseIfDone();
    }
  }

  private toClient(bytes: Buffer): void {
    if (this.client.destroyed || this.cleaning) return;
    this.toClientSocket.write(bytes);
  }

  private forward(message: WireMessage): void {
    const { names, turn } = this;
    switch (message.code) {
      case 'ssl':
      case 'gss':
        // Answered by the socket server itself, before the startup: no turn needed.
        this.serverFramer?.expectNegotiation();
        return turn.sendNow(message.bytes);
      case 'cancel':
      case 'opaque':
        return turn.sendNow(message.bytes);
      case 'startup': {
        const database = this.context.options.database;
        const parameters = startupParameters(message.bytes);
        const requested = parameters.database || parameters.user || '';
        if (database && requested !== database.served) {
          // The maintenance database, where frameworks check for and create databases: the
          // side's database serves it, as on the embedded engine (where it is that database).
          if (requested === MAINTENANCE_DATABASE) return turn.send(withStartupParameters(message.bytes, { ...parameters, database: database.served }), 1);
          return this.refuse(requested);
        }
        return turn.send(message.bytes, 1);
      }
      case 'X':
        // Terminate: first close what this connection left on the shared backend.
        if (names && (names.statements.size || names.portals.size)) return void this.cleanUp();
        return turn.send(message.bytes);
      case 'S':
        turn.exchangeSynced();
        return turn.send(message.bytes, 1);
      case 'Q':
      case 'F':
        return turn.send(names ? names.outbound(message) : message.bytes, 1);
      default:
        if (EXTENDED_QUERY.has(message.code)) turn.exchangeStarted();
        return turn.send(names && message.code.length === 1 ? names.outbound(message) : message.bytes);
    }
  }

  private protocolViolation(reason: string): void {
    if (this.violated) return;
    this.violated = true;
    if (this.capturing) {
      this.capturing = false;
      try {
        this.context.onEvent?.(this.sessionId, { type: 'error', message: `capture failed: unreadable message (${reason})` });
      } catch {
        // As above: a listener that throws cannot stop the proxy from refusing a broken client.
      }
    }
    this.client.end(errorResponse({ code: '08P01', message: `invalid frontend message: ${reason}` }));
    this.upstream.destroy();
  }

  private refuse(requested: string): void {
    this.capturing = false;
    const database = this.context.options.database!;
    const served = database.served;
    this.client.end(
      errorResponse({
        code: '3D000',
        message: `database "${requested}" is not served by pg-plan-gate: capture.command gets one database per side, "${served}" (PGDATABASE, DATABASE_URL)`,
        hint: `Run the tests in "${served}": Django: DATABASES["default"]["TEST"] = {"NAME": os.environ["PGDATABASE"]} and manage.py test --keepdb, or a test-Client script (pg-plan-gate docs/captured-traffic.md: recipes)`,
      }),
    );
    this.upstream.destroy();
    try {
      database.onRefused?.(this.sessionId, requested);
    } catch {
      // A listener that throws must not keep the client's connection from being refused cleanly.
    }
  }

  /** Sync, ROLLBACK what the client left open, Close each name, Sync; wait for the answers, then Terminate. */
  private cleanUp(): void {
    const { names, upstream } = this;
    if (this.cleaning || !names || upstream.destroyed) return;
    const closes = names.cleanup();
    const rollback = Buffer.concat([Buffer.from('Q'), Buffer.alloc(4), Buffer.from('ROLLBACK\0')]);
    rollback.writeInt32BE(rollback.length - 1, 1);
    const timer = setTimeout(() => this.cleaning?.done(), CLEANUP_TIMEOUT_MS);
    this.cleaning = {
      done: () => {
        clearTimeout(timer);
        if (!upstream.destroyed) upstream.end(TERMINATE);
        this.cleaning = { done: noop };
      },
    };
    this.turn.send(Buffer.concat([SYNC, rollback, ...closes, SYNC]), 3);
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    this.turn.drop();
    this.client.destroy();
    this.upstream.destroy();
    const { open, drained, onClose } = this.context;
    open.delete(this.client);
    open.delete(this.upstream);
    try {
      onClose(this.sessionId);
    } catch {
      // A close listener that throws must not keep the drain below from resolving.
    }
    if (open.size === 0) for (const resolve of drained.splice(0)) resolve();
  }

  /** A client gone without Terminate still gets its names closed on a shared backend. */
  private clientGone(): void {
    const { names } = this;
    if (names && (names.statements.size || names.portals.size) && !this.upstream.destroyed && !this.cleaning) {
      this.client.destroy();
      this.cleanUp();
      return;
    }
    if (!this.cleaning) this.finish();
  }
}
