import { describe, expect, it } from 'vitest';
import { attribute, endpointOf, parseSqlComment, parseTags, requestOf, traceIdOf } from '../../../src/capture/sqlcommenter.ts';

const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('parseSqlComment', () => {
  it('decodes the spec example and strips the comment', () => {
    // From the sqlcommenter specification (Spring), on one line.
    const sql = `SELECT * FROM FOO /*action='%2Fparam*d',controller='index',framework='spring',traceparent='${TRACEPARENT}',tracestate='congo%3Dt61rcWkgMzE%2Crojo%3D00f067aa0ba902b7'*/`;
    expect(parseSqlComment(sql)).toEqual({
      sql: 'SELECT * FROM FOO',
      tags: { action: '/param*d', controller: 'index', framework: 'spring', traceparent: TRACEPARENT, tracestate: 'congo=t61rcWkgMzE,rojo=00f067aa0ba902b7' },
    });
  });

  it("URL-decodes keys and values and unescapes \\'", () => {
    expect(parseTags("route='%2Fusers%2F%3Aid',name='DROP%20TABLE%20USERS\\''")).toEqual({ route: '/users/:id', name: "DROP TABLE USERS'" });
    expect(parseTags("route%20parameter='x'")).toEqual({ 'route parameter': 'x' });
    // Java's URLEncoder (sqlcommenter-java) writes a space as '+'; JS/Python/Ruby encode '+' as %2B.
    expect(parseTags("action='run+this+%26+that',q='a%2Bb'")).toEqual({ action: 'run this & that', q: 'a+b' });
  });

  it('reads Rails: sqlcommenter format, and the legacy key:value format; prepended or appended', () => {
    expect(parseSqlComment("SELECT 1 FROM posts /*action='index',application='Blog',controller='posts'*/").tags).toEqual({
      action: 'index',
      application: 'Blog',
      controller: 'posts',
    });
    expect(parseSqlComment('/*application:Blog,controller:posts,action:index*/ SELECT * FROM posts')).toEqual({
      sql: 'SELECT * FROM posts',
      tags: { application: 'Blog', controller: 'posts', action: 'index' },
    });
  });

  it('tolerates spaces, a trailing semicolon and unquoted values', () => {
    expect(parseSqlComment("SELECT 1 /* route='%2Fa', request_id=abc-1 */;")).toEqual({ sql: 'SELECT 1', tags: { route: '/a', request_id: 'abc-1' } });
  });

  it('uses the last trailing comment, and leaves ordinary comments alone', () => {
    expect(parseSqlComment("SELECT /* hint */ 1 /* keep me */ /*route='%2Fx'*/")).toEqual({ sql: 'SELECT /* hint */ 1 /* keep me */', tags: { route: '/x' } });
    expect(parseSqlComment('SELECT 1 /* just a note */')).toEqual({ sql: 'SELECT 1 /* just a note */', tags: null });
    expect(parseSqlComment("SELECT '/*route=''x''*/' AS s")).toEqual({ sql: "SELECT '/*route=''x''*/' AS s", tags: null });
    expect(parseSqlComment('SELECT 1')).toEqual({ sql: 'SELECT 1', tags: null });
    expect(parseSqlComment("SELECT 1 /*route='unterminated*/").tags).toBeNull();
  });

  it('keeps a malformed percent escape as written', () => {
    expect(parseTags("route='%E0%A4%A'")).toEqual({ route: '%E0%A4%A' });
    expect(parseTags("route='100%'")).toEqual({ route: '100%' });
  });
});

describe('endpointOf', () => {
  it('prefers the route, prefixed with an HTTP method tag when there is one', () => {
    expect(endpointOf({ route: '/users/:id' }, 'api')).toBe('/users/:id');
    expect(endpointOf({ route: '/users/:id', http_method: 'get' }, null)).toBe('GET /users/:id');
    expect(endpointOf({ 'http.route': '/orders', 'http.request.method': 'POST' }, null)).toBe('POST /orders');
    expect(endpointOf({ route: 'GET /users', method: 'GET' }, null)).toBe('GET /users');
    // `method` that is not an HTTP method (some tools tag the ORM method) is not a prefix.
    expect(endpointOf({ route: '/users', method: 'findAll' }, null)).toBe('/users');
    expect(endpointOf({ route: 'polls/<int:question_id>/', controller: 'detail', framework: 'django' }, null)).toBe('polls/<int:question_id>/');
  });

  it('falls back to controller#action (Rails notation), then either alone, then the job', () => {
    expect(endpointOf({ controller: 'users', action: 'show', application: 'Blog' }, 'puma')).toBe('users#show');
    expect(endpointOf({ controller: 'detail' }, null)).toBe('detail');
    expect(endpointOf({ job: 'SendDigestJob', application: 'Blog' }, null)).toBe('SendDigestJob');
  });

  it('then the session application_name, then (untagged)', () => {
    expect(endpointOf({ framework: 'spring', db_driver: 'pg' }, 'billing-worker')).toBe('billing-worker');
    expect(endpointOf(null, '  ')).toBe('(untagged)');
    expect(endpointOf(null, null)).toBe('(untagged)');
  });
});

describe('request boundaries', () => {
  it('uses the trace id of a valid W3C traceparent', () => {
    expect(traceIdOf(TRACEPARENT)).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(traceIdOf('00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-00')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(traceIdOf('00-00000000000000000000000000000000-00f067aa0ba902b7-01')).toBeNull();
    expect(traceIdOf('00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01')).toBeNull();
    expect(traceIdOf('ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')).toBeNull();
    expect(traceIdOf('not-a-traceparent')).toBeNull();
  });

  it('falls back to request_id, else none', () => {
    expect(requestOf({ traceparent: TRACEPARENT, request_id: 'r1' })).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(requestOf({ traceparent: 'garbage', request_id: 'r1' })).toBe('r1');
    expect(requestOf({ route: '/a' })).toBeNull();
    expect(requestOf(null)).toBeNull();
  });

  it('two spans of one request share the trace id', () => {
    const a = attribute(`SELECT 1 FROM a /*route='%2Fa',traceparent='00-4bf92f3577b34da6a3ce929d0e0e4736-1111111111111111-01'*/`);
    const b = attribute(`SELECT 1 FROM b /*route='%2Fa',traceparent='00-4bf92f3577b34da6a3ce929d0e0e4736-2222222222222222-01'*/`);
    expect(a.request).toBe(b.request);
  });
});

describe('attribute', () => {
  it('gives endpoint, request and the stripped SQL', () => {
    expect(attribute(`SELECT * FROM users WHERE id = $1 /*http_method='GET',route='%2Fusers%2F%3Aid',traceparent='${TRACEPARENT}'*/`, 'api')).toEqual({
      endpoint: 'GET /users/:id',
      request: '4bf92f3577b34da6a3ce929d0e0e4736',
      sql: 'SELECT * FROM users WHERE id = $1',
      tags: { http_method: 'GET', route: '/users/:id', traceparent: TRACEPARENT },
    });
    expect(attribute('SELECT 1 FROM t', 'psql')).toEqual({ endpoint: 'psql', request: null, sql: 'SELECT 1 FROM t', tags: null });
  });
});
