import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

interface Entry {
  key: string;
  version: string;
  chunks: { start: number; data: Buffer }[];
  archive: Buffer | null;
}

/**
 * A local stand-in for the GitHub Actions cache service as @actions/cache speaks it without
 * ACTIONS_CACHE_SERVICE_V2 (the service GHES runs): look up an entry by key and version,
 * reserve one, upload it in ranged chunks, commit it, download it from its archive location.
 */
export class FakeActionsCache {
  readonly entries = new Map<number, Entry>();
  /** HTTP status every request is answered with instead (e.g. 503: the service is down). */
  failWith: number | null = null;
  readonly log: string[] = [];
  private server: Server | undefined;
  private nextId = 1;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    // The client appends `_apis/artifactcache/...` to this URL.
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** The environment a runner gives a job that may use the cache. */
  env(): Record<string, string> {
    return { ACTIONS_CACHE_URL: this.url, ACTIONS_RUNTIME_TOKEN: 'test-runtime-token' };
  }

  committedKeys(): string[] {
    return [...this.entries.values()].filter((entry) => entry.archive).map((entry) => entry.key);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(request.url ?? '/', this.url);
    const method = request.method ?? 'GET';
    this.log.push(`${method} ${url.pathname}`);
    const json = (status: number, value?: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(value === undefined ? '' : JSON.stringify(value));
    };
    if (this.failWith) return json(this.failWith, { message: 'cache service unavailable' });

    if (method === 'GET' && url.pathname === '/_apis/artifactcache/cache') {
      const [primary, ...restoreKeys] = (url.searchParams.get('keys') ?? '').split(',');
      const version = url.searchParams.get('version');
      // As the service does: the primary key exactly, else each restore key as a prefix, newest entry first.
      const committed = [...this.entries].filter(([, entry]) => entry.archive && entry.version === version).reverse();
      const found =
        committed.find(([, entry]) => entry.key === primary) ??
        restoreKeys.map((prefix) => committed.find(([, entry]) => entry.key.startsWith(prefix))).find((hit) => hit !== undefined);
      if (found) return json(200, { cacheKey: found[1].key, scope: 'refs/heads/main', archiveLocation: `${this.url}archives/${found[0]}` });
      return json(204);
    }
    if (method === 'POST' && url.pathname === '/_apis/artifactcache/caches') {
      const { key, version } = JSON.parse(body.toString('utf8')) as { key: string; version: string };
      if ([...this.entries.values()].some((entry) => entry.key === key && entry.version === version)) {
        return json(409, { message: `Cache already exists. Scope: refs/heads/main, Key: ${key}, Version: ${version}` });
      }
      const id = this.nextId++;
      this.entries.set(id, { key, version, chunks: [], archive: null });
      return json(201, { cacheId: id });
    }
    const cacheId = /^\/_apis\/artifactcache\/caches\/(\d+)$/.exec(url.pathname);
    const entry = cacheId ? this.entries.get(Number(cacheId[1])) : undefined;
    if (cacheId && !entry) return json(404, { message: 'no such cache' });
    if (entry && method === 'PATCH') {
      const start = Number(/^bytes (\d+)-/.exec(String(request.headers['content-range']))?.[1] ?? NaN);
      if (!Number.isInteger(start)) return json(400, { message: 'Content-Range required' });
      entry.chunks.push({ start, data: body });
      return json(204);
    }
    if (entry && method === 'POST') {
      const { size } = JSON.parse(body.toString('utf8')) as { size: number };
      const archive = Buffer.alloc(size);
      for (const chunk of entry.chunks) chunk.data.copy(archive, chunk.start);
      entry.archive = archive;
      return json(204);
    }
    const download = /^\/archives\/(\d+)$/.exec(url.pathname);
    const archive = download ? this.entries.get(Number(download[1]))?.archive : undefined;
    if (method === 'GET' && archive) {
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(archive.length) });
      response.end(archive);
      return;
    }
    json(404, { message: 'Not Found' });
  }
}
