import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface RecordedRequest {
  method: string;
  path: string;
  body: any;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { id: number; login: string; type: string };
  html_url: string;
}

/** The account the Actions token writes as, as GitHub reports it (REST and GraphQL agree on the id). */
export const ACTIONS_BOT = { id: 41898282, login: 'github-actions[bot]', type: 'Bot' };

/**
 * A local stand-in for the GitHub REST API's issue-comment endpoints, `GET /user` and the
 * GraphQL `viewer` query; records every request.
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  comments: FakeComment[] = [];
  /** Who the token is; comments it creates are this account's. */
  tokenUser = ACTIONS_BOT;
  /** Refuse GraphQL `viewer` (e.g. a proxy) or `GET /user` (installation tokens do) with this status. */
  viewerStatus: number | null = null;
  userStatus: number | null = 403;
  /** HTTP status to answer comment creation with, instead of creating it (e.g. 403 for a fork PR). */
  createStatus: number | null = null;
  private server: Server | undefined;
  private nextId = 1000;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      void this.handle(request).then(({ status, body, headers }) => {
        response.writeHead(status, { 'content-type': 'application/json', ...headers });
        response.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** A comment by a person (login `someone-else` unless given), or by `user`. */
  addComment(body: string, login = 'someone-else', user?: { id: number; login: string; type: string }): FakeComment {
    const author = user ??
      (login === this.tokenUser.login ? this.tokenUser : undefined) ?? {
        id: 1000 + [...login].reduce((sum, char) => sum + char.charCodeAt(0), 0),
        login,
        type: login.endsWith('[bot]') ? 'Bot' : 'User',
      };
    const comment = { id: this.nextId++, body, user: author, html_url: `https://github.example/pr#issuecomment-${this.nextId}` };
    this.comments.push(comment);
    return comment;
  }

  private async handle(request: IncomingMessage): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', this.url);
    const body = text ? JSON.parse(text) : null;
    this.requests.push({ method: request.method ?? 'GET', path: url.pathname + url.search, body });

    if (url.pathname === '/graphql' && request.method === 'POST' && /\bviewer\b/.test(body?.query ?? '')) {
      if (this.viewerStatus) return { status: this.viewerStatus, body: { message: 'viewer refused' } };
      return { status: 200, body: { data: { viewer: { databaseId: this.tokenUser.id, login: this.tokenUser.login } } } };
    }
    if (url.pathname === '/user' && request.method === 'GET') {
      if (this.userStatus) return { status: this.userStatus, body: { message: 'Resource not accessible by integration' } };
      return { status: 200, body: { id: this.tokenUser.id, login: this.tokenUser.login, type: this.tokenUser.type } };
    }
    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.exec(url.pathname);
    const single = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (list && request.method === 'GET') {
      // Real pagination: small pages and a Link header, so a client that reads one page misses comments.
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 2);
      const page = Number(url.searchParams.get('page') ?? 1);
      const slice = this.comments.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < this.comments.length) {
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next.toString()}>; rel="next"`;
      }
      return { status: 200, body: slice, headers };
    }
    if (list && request.method === 'POST') {
      if (this.createStatus) return { status: this.createStatus, body: { message: 'Resource not accessible by integration' } };
      return { status: 201, body: this.addComment(body.body, this.tokenUser.login, this.tokenUser) };
    }
    if (single) {
      const comment = this.comments.find((entry) => entry.id === Number(single[1]));
      if (!comment) return { status: 404, body: { message: 'Not Found' } };
      if (request.method === 'PATCH') {
        comment.body = body.body;
        return { status: 200, body: comment };
      }
      if (request.method === 'DELETE') {
        this.comments = this.comments.filter((entry) => entry !== comment);
        return { status: 204, body: null };
      }
      return { status: 200, body: comment };
    }
    return { status: 404, body: { message: `Not Found: ${request.method} ${url.pathname}` } };
  }
}
