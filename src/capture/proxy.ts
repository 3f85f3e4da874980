import { createServer, connect, type Server, type Socket } from 'node:net';
import { FrontendParser, type FrontendEvent, type StatementRecorder } from './protocol.ts';

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
    client.on('data', (chunk: Buffer) => {
      if (!capturing) return;
      try {
        options.onBytes?.(sessionId, chunk);
        if (onEvent) for (const event of parser.feed(chunk)) onEvent(sessionId, event);
      } catch (error) {
        capturing = false;
        try {
          onEvent?.(sessionId, { type: 'error', message: `capture failed: ${(error as Error).message}` });
        } catch {}
      }
    });
    // pipe() keeps backpressure; the 'data' listener above sees the same chunks.
    client.pipe(upstream);
    upstream.pipe(client);

    let closed = false;
    const finish = () => {
      if (closed) return;
      closed = true;
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
      try {
        onClose(sessionId);
      } catch {}
      if (open.size === 0) for (const resolve of drained.splice(0)) resolve();
    };
    client.on('close', finish);
    upstream.on('close', finish);
    client.on('error', finish);
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
