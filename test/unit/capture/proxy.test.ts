import { connect, createServer, type Server, type Socket } from 'node:net';
import { loadModule } from 'libpg-query';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FrontendEvent } from '../../../src/capture/frontend-parser.ts';
import { StatementRecorder } from '../../../src/capture/recorder.ts';
import { startCaptureProxy, type CaptureProxy } from '../../../src/capture/proxy.ts';

beforeAll(async () => {
  await loadModule();
});

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A stand-in server: records what it receives and answers each chunk with `reply(chunk)`. */
async function upstreamServer(reply: (chunk: Buffer) => Buffer | null) {
  const received: Buffer[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('data', (chunk) => {
      received.push(chunk);
      const answer = reply(chunk);
      if (answer) socket.write(answer);
    });
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  return { port, received: () => Buffer.concat(received) };
}

async function proxyTo(port: number, extra: Partial<Parameters<typeof startCaptureProxy>[0]> = {}): Promise<CaptureProxy> {
  const proxy = await startCaptureProxy({ upstream: { host: '127.0.0.1', port }, ...extra });
  cleanups.push(() => proxy.close(0));
  return proxy;
}

function client(port: number): Promise<{ socket: Socket; received: () => Buffer; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect({ host: '127.0.0.1', port }, () => resolve({ socket, received: () => Buffer.concat(chunks), closed }));
    const closed = new Promise<void>((done) => socket.on('close', () => done()));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
  });
}

const waitFor = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
};

function startupAndQuery(sql: string): Buffer {
  const params = Buffer.from('user\0app\0application_name\0proxy-test\0\0');
  const startup = Buffer.alloc(8);
  startup.writeInt32BE(8 + params.length, 0);
  startup.writeInt32BE(0x00030000, 4);
  const text = Buffer.from(`${sql}\0`);
  const query = Buffer.alloc(5);
  query.write('Q');
  query.writeInt32BE(4 + text.length, 1);
  return Buffer.concat([startup, params, query, text]);
}

describe('startCaptureProxy', () => {
  it('forwards both directions byte for byte and reads the client half per connection', async () => {
    const upstream = await upstreamServer((chunk) => Buffer.from(`ack ${chunk.length}\n`));
    const events: [number, FrontendEvent['type']][] = [];
    const bytes: [number, number][] = [];
    const proxy = await proxyTo(upstream.port, {
      onEvent: (session, event) => events.push([session, event.type]),
      onBytes: (session, chunk) => bytes.push([session, chunk.length]),
    });
    const message = startupAndQuery('SELECT * FROM t');
    const one = await client(proxy.port);
    one.socket.write(message);
    await waitFor(() => one.received().length > 0);
    const two = await client(proxy.port);
    two.socket.write(message.subarray(0, 10));
    two.socket.write(message.subarray(10));
    // The client half is read before it is forwarded: the upstream has it a moment later.
    await waitFor(() => events.filter(([session]) => session === 2).length === 2 && upstream.received().length === message.length * 2);
    expect(upstream.received()).toEqual(Buffer.concat([message, message]));
    expect(one.received().toString()).toMatch(/^ack \d+\n/);
    expect(events).toEqual([
      [1, 'startup'],
      [1, 'query'],
      [2, 'startup'],
      [2, 'query'],
    ]);
    expect(bytes.reduce((sum, [, length]) => sum + length, 0)).toBe(message.length * 2);
    expect(proxy.connections).toBe(2);
    one.socket.destroy();
    two.socket.destroy();
  });

  it('keeps forwarding what it cannot parse', async () => {
    const upstream = await upstreamServer(() => null);
    const events: FrontendEvent[] = [];
    const proxy = await proxyTo(upstream.port, { onEvent: (_, event) => events.push(event) });
    const c = await client(proxy.port);
    c.socket.write('GET / HTTP/1.1\r\n\r\n');
    c.socket.write('more');
    await waitFor(() => upstream.received().length === 22);
    expect(events).toEqual([{ type: 'error', message: 'unexpected first byte 0x47' }]);
    c.socket.destroy();
  });

  it('survives a callback that throws: the connection still forwards', async () => {
    const upstream = await upstreamServer(() => Buffer.from('ok'));
    const proxy = await proxyTo(upstream.port, {
      onEvent: (_, event) => {
        if (event.type === 'query') throw new Error('boom');
      },
    });
    const c = await client(proxy.port);
    c.socket.write(startupAndQuery('SELECT 1 FROM t'));
    await waitFor(() => c.received().toString() === 'ok');
    c.socket.destroy();
  });

  it('feeds a recorder and closes its sessions', async () => {
    const upstream = await upstreamServer(() => null);
    const recorder = new StatementRecorder();
    const proxy = await proxyTo(upstream.port, { recorder });
    const c = await client(proxy.port);
    c.socket.write(startupAndQuery("SELECT * FROM t /*route='%2Fx'*/"));
    await waitFor(() => recorder.statements.length === 1);
    expect(recorder.statements[0]).toMatchObject({ sessionId: 1, applicationName: 'proxy-test', sql: "SELECT * FROM t /*route='%2Fx'*/" });
    c.socket.destroy();
  });

  it('closes the client when the upstream refuses the connection', async () => {
    const upstream = await upstreamServer(() => null);
    const proxy = await proxyTo(upstream.port);
    await cleanups.splice(0, 1)[0]!(); // stop the upstream server
    const c = await client(proxy.port);
    c.socket.write(startupAndQuery('SELECT 1'));
    await c.closed;
  });

  it('close() waits a little for connections to end, then drops them', async () => {
    const upstream = await upstreamServer(() => null);
    const proxy = await startCaptureProxy({ upstream: { host: '127.0.0.1', port: upstream.port } });
    const c = await client(proxy.port);
    const started = Date.now();
    await proxy.close(100);
    await c.closed;
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  });
});

/** A typed message as a client or server sends it. */
function typed(code: string, body: Buffer = Buffer.alloc(0)): Buffer {
  const header = Buffer.alloc(5);
  header.write(code, 0, 'ascii');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}
const cstring = (text: string) => Buffer.from(`${text}\0`);
function startupOnly(): Buffer {
  const params = Buffer.from('user\0app\0\0');
  const header = Buffer.alloc(8);
  header.writeInt32BE(8 + params.length, 0);
  header.writeInt32BE(0x00030000, 4);
  return Buffer.concat([header, params]);
}
const READY = typed('Z', Buffer.from('I'));

/**
 * A stand-in for PGlite's socket server, enough of it for the turn-taking: it answers a
 * startup with AuthenticationOk + ReadyForQuery and each Sync or Query with ReadyForQuery, and
 * logs every typed message as `<connection>:<code>` in the order the backend would run them.
 */
async function sharedBackendServer() {
  const log: string[] = [];
  let connections = 0;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    const id = ++connections;
    sockets.add(socket);
    let buffered = Buffer.alloc(0);
    let started = false;
    socket.on('data', (chunk) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        if (!started) {
          if (buffered.length < 4 || buffered.length < buffered.readInt32BE(0)) return;
          buffered = buffered.subarray(buffered.readInt32BE(0));
          started = true;
          socket.write(Buffer.concat([typed('R', Buffer.alloc(4)), READY]));
          continue;
        }
        if (buffered.length < 5 || buffered.length < buffered.readInt32BE(1) + 1) return;
        const code = String.fromCharCode(buffered[0]!);
        buffered = buffered.subarray(buffered.readInt32BE(1) + 1);
        log.push(`${id}:${code}`);
        if (code === 'S' || code === 'Q') socket.write(READY);
      }
    });
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  /** A busy backend reads nothing until it is not busy any more. */
  const busy = (on: boolean) => {
    for (const socket of sockets) {
      if (on) socket.pause();
      else socket.resume();
    }
  };
  return { port: (server.address() as { port: number }).port, log, busy };
}

describe('startCaptureProxy on a shared backend (the embedded engine)', () => {
  const ready = (c: { received: () => Buffer }, count: number) => waitFor(() => c.received().filter((byte) => byte === 0x5a).length >= count);

  it("keeps a connection's turn from a Parse sent alone until its Sync is answered", async () => {
    const backend = await sharedBackendServer();
    const proxy = await proxyTo(backend.port, { sharedBackend: true });
    const one = await client(proxy.port);
    const two = await client(proxy.port);
    one.socket.write(startupOnly());
    two.socket.write(startupOnly());
    await ready(one, 1);
    await ready(two, 1);
    const parse = typed('P', Buffer.concat([cstring(''), cstring('SELECT 1'), Buffer.alloc(2)]));
    const bindExecuteSync = Buffer.concat([
      typed('B', Buffer.concat([cstring(''), cstring(''), Buffer.alloc(6)])),
      typed('E', Buffer.concat([cstring(''), Buffer.alloc(4)])),
      typed('S'),
    ]);
    // One's Parse arrives alone; two's whole exchange comes before the rest of one's.
    one.socket.write(parse);
    await waitFor(() => backend.log.includes('1:P'));
    two.socket.write(Buffer.concat([parse, bindExecuteSync]));
    await new Promise((resolve) => setTimeout(resolve, 50));
    one.socket.write(bindExecuteSync);
    await ready(one, 2);
    await ready(two, 2);
    // The unnamed statement one parsed is still one's when it binds it.
    expect(backend.log).toEqual(['1:P', '1:B', '1:E', '1:S', '2:P', '2:B', '2:E', '2:S']);
    one.socket.destroy();
    two.socket.destroy();
  });

  it('answers a message it cannot read with a protocol violation on that connection only', async () => {
    const backend = await sharedBackendServer();
    const events: [number, FrontendEvent][] = [];
    const proxy = await proxyTo(backend.port, { sharedBackend: true, onEvent: (session, event) => events.push([session, event]) });
    const broken = await client(proxy.port);
    const fine = await client(proxy.port);
    broken.socket.write(startupOnly());
    fine.socket.write(startupOnly());
    await ready(broken, 1);
    // A Describe whose name has no terminating NUL.
    broken.socket.write(typed('D', Buffer.from('Sname')));
    await broken.closed;
    expect(broken.received().toString('latin1')).toContain('C08P01\0Minvalid frontend message: string is not terminated');
    expect(events.some(([session, event]) => session === 1 && event.type === 'error')).toBe(true);
    fine.socket.write(typed('Q', cstring('SELECT 1')));
    await ready(fine, 2);
    expect(backend.log).toContain('2:Q');
    fine.socket.destroy();
  });

  it('waits for one drain however many writes the backend refused', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    cleanups.push(() => void process.off('warning', onWarning));
    const backend = await sharedBackendServer();
    const proxy = await proxyTo(backend.port, { sharedBackend: true });
    const c = await client(proxy.port);
    c.socket.write(startupOnly());
    await ready(c, 1);
    // A 16 MB query fills the socket buffers towards a backend that is busy (not reading); the
    // 40 small ones after it in the same chunk are each refused too.
    backend.busy(true);
    setTimeout(() => backend.busy(false), 300);
    const big = typed('Q', cstring(`SELECT '${'x'.repeat(16 * 1024 * 1024)}'`));
    const small = typed('Q', cstring('SELECT 1'));
    c.socket.write(Buffer.concat([big, ...Array.from({ length: 40 }, () => small)]));
    await ready(c, 42);
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.filter((warning) => warning.name === 'MaxListenersExceededWarning')).toEqual([]);
    c.socket.destroy();
  });
});
