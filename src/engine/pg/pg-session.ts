import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Session } from '../database.ts';

/** The Session surface over a node-postgres client: native servers build and explain like PGlite. */
export function pgSession(client: pg.Client): Session {
  const lastRows = (result: pg.QueryResult | pg.QueryResult[]) =>
    ((Array.isArray(result) ? result[result.length - 1]?.rows : result.rows) ?? []) as Record<string, unknown>[];
  return {
    async exec(sql) {
      return lastRows((await client.query(sql)) as pg.QueryResult | pg.QueryResult[]);
    },
    async query(sql, params) {
      return lastRows(await client.query(sql, params));
    },
    async copyFrom(sql, data) {
      await pipeline(Readable.from([Buffer.from(data, 'utf8')]), client.query(copyFrom(sql)));
    },
  };
}

export async function connect(config: pg.ClientConfig): Promise<pg.Client> {
  const client = new pg.Client({ ...config, application_name: 'pg-plan-gate' });
  // A dropped connection must fail the pending query, not crash the process.
  client.on('error', () => {
    // See above: the pending query's own rejection carries the error.
  });
  await client.connect();
  return client;
}
