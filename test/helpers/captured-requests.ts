import { analyzeCapture, type CapturedStatement, type EndpointStats } from '../../src/capture/analyze.ts';

/** Captured traffic of a small app: `GET /items` lists items, then loads their owners from users, batched or one by one. */
export const OWNER = 'SELECT id, name FROM users WHERE id = $1';
export const OWNERS = (n: number) => `SELECT id, name FROM users WHERE id IN (${Array.from({ length: n }, (_, i) => `$${i + 1}`).join(', ')})`;
export const ITEMS = 'SELECT id, owner_id FROM items ORDER BY id LIMIT $1';
export const ids = (n: number, from = 1) => Array.from({ length: n }, (_, i) => String(from + i));

export function q(endpoint: string, request: string | null, sql: string, params: (string | null)[] = []): CapturedStatement {
  return { endpoint, request, sql, params };
}

/** A request that lists items and loads their owners: batched, or one query per item. */
export function listRequest(request: string, owners: 'batched' | 'loop', count = 20): CapturedStatement[] {
  const list = [q('GET /items', request, ITEMS, ['20'])];
  if (owners === 'batched') list.push(q('GET /items', request, OWNERS(count), ids(count)));
  else for (const id of ids(count)) list.push(q('GET /items', request, OWNER, [id]));
  return list;
}

/** analyzeCapture's figures for one endpoint of these statements (libpg-query must be loaded). */
export function endpoint(statements: CapturedStatement[], name = 'GET /items'): EndpointStats {
  return analyzeCapture(statements).endpoints.find((stats) => stats.endpoint === name)!;
}
