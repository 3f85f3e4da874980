/**
 * Request boundaries that applications give without extra code. A `traceparent` or
 * `request_id` tag names a request outright; without one, a connection's traffic is read as a
 * sequence of requests: one request runs its statements on one connection (Django, Rails,
 * SQLAlchemy sessions, a pool checkout), and the endpoint its tags name changes when the next
 * request to another endpoint starts. So, on one connection, a run of consecutive statements
 * whose tags name the same endpoint is one request; a statement naming another endpoint, a
 * statement without endpoint tags (setup, a middleware outside the tagged part), the pool
 * handing the connection out again (where the wire shows it, see `resets`) or a new connection
 * starts the next one.
 *
 * What it cannot see: two requests to the same endpoint, one after the other on the same
 * connection with nothing in between, are one request (a later load of values already loaded
 * in it is not counted as a new load, so n-plus-one stays right; queries per request double
 * on both sides alike).
 */

/**
 * What a pool sends when a connection comes back, so the next checkout is another request: a
 * whole-transaction `ROLLBACK` (SQLAlchemy's reset on return, psycopg_pool for a connection
 * left in a transaction; a request that rolls back on an error is cut there too) or
 * `DISCARD ALL` (pgbouncer's and many pools' reset query). A `COMMIT` is not one: a request
 * often commits several times. Read from simple-protocol queries, which is how psycopg,
 * psycopg2, asyncpg and node-postgres send them.
 */
export function isConnectionReset(sql: string): boolean {
  return /^\s*(?:(?:ROLLBACK|ABORT)(?:\s+(?:WORK|TRANSACTION))?|DISCARD\s+ALL)\s*;?\s*$/i.test(sql);
}

export interface ConnectionStatement {
  /** The client connection it arrived on (the proxy numbers them from 1). */
  connection: number;
  /** The endpoint named by its sqlcommenter tags (route, controller/action, job); null without such tags. */
  taggedEndpoint: string | null;
  /** A request id of its own (traceparent, request_id): it is left alone. */
  request: string | null;
  /** Order of execution over all connections. */
  seq: number;
}

/**
 * Per statement, the request a run of endpoint tags on its connection makes it part of, or
 * null (it has a request id of its own, or no endpoint tags). `resets`: per connection, the
 * `seq` values before which the connection was handed out again (a pool's reset): a run does
 * not go on across one.
 */
export function tagRequests(statements: readonly ConnectionStatement[], resets: ReadonlyMap<number, readonly number[]> = new Map()): (string | null)[] {
  const current = new Map<number, { endpoint: string; request: string; seq: number } | null>();
  let counter = 0;
  return statements.map((statement) => {
    if (statement.request !== null) return null;
    const previous = current.get(statement.connection) ?? null;
    if (statement.taggedEndpoint === null) {
      current.set(statement.connection, null);
      return null;
    }
    const reset = previous !== null && (resets.get(statement.connection) ?? []).some((at) => at > previous.seq && at <= statement.seq);
    if (previous && previous.endpoint === statement.taggedEndpoint && !reset) {
      previous.seq = statement.seq;
      return previous.request;
    }
    const request = `tags:${statement.connection}:${++counter}`;
    current.set(statement.connection, { endpoint: statement.taggedEndpoint, request, seq: statement.seq });
    return request;
  });
}
