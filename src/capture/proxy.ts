import { createServer, connect, type Server, type Socket } from 'node:net';
import { FrontendParser, type FrontendEvent } from './frontend-parser.ts';
import { type StatementRecorder } from './recorder.ts';
import { ClientFramer, ConnectionNames, errorResponse, ServerFramer, startupParameters, SYNC, TERMINATE, withStartupParameters, type WireMessage } from './wire.ts';

const MAINTENANCE_DATABASE = 'postgres';

/** Messages of an extended-query exchange before its Sync: Parse, Bind, Describe, Execute, Close, Flush. */
const EXTENDED_QUERY = new Set(['P', 'B', 'D', 'E', 'C', 'H']);

/**
 * Whose turn it is on a shared backend. PGlite's socket server runs the messages of all
 * connections one at a time, interleaved, and keeps a connection's turn only while it is in a
 * transaction: between two connections' Parse/Bind/Execute of the unnamed statement and portal
 * (psycopg 3 runs even its BEGIN that way) one could replace the other's (`portal "" does not
 * exist`). A connection therefore holds the turn from its first message until the backend is
 * ready for its next query and outside a transaction; the others' messages wait in the proxy.
 */
class BackendTurns {
  private holder: number | null = null;
  private readonly waiting: { id: number; go: () => void }[] = [];

  request(id: number, go: () => void): void {
    if (this.holder === null || this.holder === id) {
      this.holder = id;
      go();
    } else this.waiting.push({ id, go });
  }

  release(id: number): void {
    const index = this.waiting.findIndex((entry) => entry.id === id);
    if (index >= 0) this.waiting.splice(index, 1);
    if (this.holder !== id) return;
    this.holder = null;
    const next = this.waiting.shift();
    if (next) {
      this.holder = next.id;
      next.go();
    }
  }
}

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
  const open = new Set<Socket>();
  const drained: (() => void)[] = [];
  let accepted = 0;
  const turns = options.sharedBackend ? new BackendTurns() : null;
  const onEvent = options.onEvent ?? (options.recorder ? (id: number, event: FrontendEvent) => void options.recorder!.handle(id, event) : undefined);
  const onClose = (id: number) => {
    options.onClose?.(id);
    options.recorder?.closeSession(id);
  };

  const server: Server = createServer((client) => {
    const sessionId = ++accepted;
    const upstream = 'path' in options.upstream ? connect({ path: options.upstream.path }) : connect({ host: options.upstream.host, port: options.upstream.port });
    open.add(client);
    open.add(upstream);
    client.setNoDelay(true);
    upstream.setNoDelay(true);

    const parser = new FrontendParser();
    let capturing = true;
    const framer = new ClientFramer();
    // A shared backend (embedded): this connection's own statement and portal names.
    const names = options.sharedBackend ? new ConnectionNames(sessionId) : null;
    const serverFramer = names ? new ServerFramer() : null;
    /** ReadyForQuery messages the backend still owes (startup, Syncs and Queries sent). */
    let owed = 0;
    /** Transaction status of the last ReadyForQuery: I (idle), T (in a transaction), E (failed one). */
    let status = 'I';
    /** Shared backend: whether this connection has the turn, and what waits for it. */
    let holding = false;
    let asked = false;
    /**
     * An extended-query exchange is under way: from its first Parse/Bind/Describe/Execute/Close/
     * Flush up to its Sync, the unnamed statement and portal are this connection's, so the
     * turn is kept even while the backend owes nothing (a Parse may come alone in a chunk).
     */
    let inExchange = false;
    const queued: { bytes: Buffer; owes: number }[] = [];
    /** Set while the proxy closes what a gone client left on the shared backend. */
    let cleaning: { done: () => void } | null = null;
    let closed = false;

    // One drain listener per direction at a time, however many writes were refused before it.
    let clientPaused = false;
    let upstreamPaused = false;
    const write = (bytes: Buffer, owes: number) => {
      if (upstream.destroyed) return;
      owed += owes;
      if (!upstream.write(bytes) && !clientPaused) {
        clientPaused = true;
        client.pause();
        upstream.once('drain', () => {
          clientPaused = false;
          client.resume();
        });
      }
    };
    const toUpstream = (bytes: Buffer, owes = 0) => {
      if (!turns || holding) return write(bytes, owes);
      queued.push({ bytes, owes });
      if (asked) return;
      asked = true;
      turns.request(sessionId, () => {
        holding = true;
        asked = false;
        for (const entry of queued.splice(0)) write(entry.bytes, entry.owes);
        releaseWhenDone();
      });
    };
    /** Give the turn back once the backend answered everything and no transaction is open. */
    const releaseWhenDone = () => {
      if (!turns || !holding || owed > 0 || inExchange || status !== 'I' || queued.length > 0) return;
      holding = false;
      turns.release(sessionId);
    };
    const toClient = (bytes: Buffer) => {
      if (client.destroyed || cleaning) return;
      if (!client.write(bytes) && !upstreamPaused) {
        upstreamPaused = true;
        upstream.pause();
        client.once('drain', () => {
          upstreamPaused = false;
          upstream.resume();
        });
      }
    };

    const forward = (message: WireMessage) => {
      switch (message.code) {
        case 'ssl':
        case 'gss':
          // Answered by the socket server itself, before the startup: no turn needed.
          serverFramer?.expectNegotiation();
          return write(message.bytes, 0);
        case 'cancel':
        case 'opaque':
          return write(message.bytes, 0);
        case 'startup': {
          const parameters = startupParameters(message.bytes);
          const requested = parameters.database || parameters.user || '';
          if (options.database && requested !== options.database.served) {
            // The maintenance database, where frameworks check for and create databases: the
            // side's database serves it, as on the embedded engine (where it is that database).
            if (requested === MAINTENANCE_DATABASE) return toUpstream(withStartupParameters(message.bytes, { ...parameters, database: options.database.served }), 1);
            return refuse(requested);
          }
          return toUpstream(message.bytes, 1);
        }
        case 'X':
          // Terminate: first close what this connection left on the shared backend.
          if (names && (names.statements.size || names.portals.size)) return void cleanUp();
          return toUpstream(message.bytes);
        case 'S':
          inExchange = false;
          return toUpstream(message.bytes, 1);
        case 'Q':
        case 'F':
          return toUpstream(names ? names.outbound(message) : message.bytes, 1);
        default:
          if (EXTENDED_QUERY.has(message.code)) inExchange = true;
          return toUpstream(names && message.code.length === 1 ? names.outbound(message) : message.bytes);
      }
    };

    let violated = false;
    const protocolViolation = (reason: string) => {
      if (violated) return;
      violated = true;
      if (capturing) {
        capturing = false;
        try {
          onEvent?.(sessionId, { type: 'error', message: `capture failed: unreadable message (${reason})` });
        } catch {}
      }
      client.end(errorResponse({ code: '08P01', message: `invalid frontend message: ${reason}` }));
      upstream.destroy();
    };

    const refuse = (requested: string) => {
      capturing = false;
      const served = options.database!.served;
      client.end(
        errorResponse({
          code: '3D000',
          message: `database "${requested}" is not served by pg-plan-gate: capture.command gets one database per side, "${served}" (PGDATABASE, DATABASE_URL)`,
          hint: `Run the tests in "${served}": Django: DATABASES["default"]["TEST"] = {"NAME": os.environ["PGDATABASE"]} and manage.py test --keepdb, or a test-Client script (pg-plan-gate docs/captured-traffic.md: recipes)`,
        }),
      );
      upstream.destroy();
      try {
        options.database!.onRefused?.(sessionId, requested);
      } catch {}
    };

    /** Sync, ROLLBACK what the client left open, Close each name, Sync; wait for the answers, then Terminate. */
    const cleanUp = () => {
      if (cleaning || !names || upstream.destroyed) return;
      const closes = names.cleanup();
      const rollback = Buffer.concat([Buffer.from('Q'), Buffer.alloc(4), Buffer.from('ROLLBACK\0')]);
      rollback.writeInt32BE(rollback.length - 1, 1);
      const timer = setTimeout(() => cleaning?.done(), CLEANUP_TIMEOUT_MS);
      cleaning = {
        done: () => {
          clearTimeout(timer);
          if (!upstream.destroyed) upstream.end(TERMINATE);
          cleaning = { done: () => {} };
        },
      };
      toUpstream(Buffer.concat([SYNC, rollback, ...closes, SYNC]), 3);
    };

    client.on('data', (chunk: Buffer) => {
      if (capturing) {
        try {
          options.onBytes?.(sessionId, chunk);
          if (onEvent) for (const event of parser.feed(chunk)) onEvent(sessionId, event);
        } catch (error) {
          capturing = false;
          try {
            onEvent?.(sessionId, { type: 'error', message: `capture failed: ${(error as Error).message}` });
          } catch {}
        }
      }
      if (violated) return;
      try {
        for (const message of framer.push(chunk)) forward(message);
      } catch (error) {
        // A message the proxy cannot read (a string without its terminator, ...): as a server
        // would, answer with a protocol violation and close this connection; the others go on.
        protocolViolation((error as Error).message);
      }
    });
    if (serverFramer) {
      upstream.on('data', (chunk: Buffer) => {
        for (const message of serverFramer.push(chunk)) {
          if (message.code === 'Z') {
            owed--;
            status = String.fromCharCode(message.bytes[5] ?? 0x49);
            if (owed <= 0 && cleaning) cleaning.done();
          }
          toClient(names!.inbound(message));
          if (message.code === 'Z') releaseWhenDone();
        }
      });
    } else {
      upstream.pipe(client);
    }

    const finish = () => {
      if (closed) return;
      closed = true;
      queued.length = 0;
      holding = false;
      turns?.release(sessionId);
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
      try {
        onClose(sessionId);
      } catch {}
      if (open.size === 0) for (const resolve of drained.splice(0)) resolve();
    };
    // A client gone without Terminate still gets its names closed on a shared backend.
    const clientGone = () => {
      if (names && (names.statements.size || names.portals.size) && !upstream.destroyed && !cleaning) {
        client.destroy();
        cleanUp();
        return;
      }
      if (!cleaning) finish();
    };
    client.on('close', clientGone);
    client.on('error', clientGone);
    upstream.on('close', finish);
    upstream.on('error', finish);
  });

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
        await Promise.race([
          new Promise<void>((resolve) => drained.push(resolve)),
          new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
        ]);
        clearTimeout(timer);
      }
      for (const socket of open) socket.destroy();
      await closed;
    },
  };
}
