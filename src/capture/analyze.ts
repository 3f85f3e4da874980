import { assignShortIds, executionValues, fingerprintStatement, groupByFingerprint, sampleKey, type FingerprintGroup } from './normalize.ts';

/**
 * From the statements one side's capture produced to per-endpoint query counts, and the two
 * capture rules comparing base and head. Pure functions (libpg-query must be loaded).
 */

/** One captured statement, attributed (see ./attribution.ts). */
export interface CapturedStatement {
  endpoint: string;
  /** Request boundary (trace id, request_id, or a run of endpoint tags on a connection); null when there is none. */
  request: string | null;
  /**
   * Where `request` comes from: a `traceparent`/`request_id` tag (`trace`, the default), or
   * the endpoint tags on a connection changing (`tags`, see `tagRequests`).
   */
  boundary?: RequestBoundary;
  /** One statement, without its tag comment. */
  sql: string;
  params: (string | null)[];
}

/** What told one request from the next: trace/request_id tags, endpoint tags on a connection, or nothing. */
export type RequestBoundary = 'trace' | 'tags';
export type Boundaries = RequestBoundary | 'none';

export interface CaptureStats {
  statements: number;
  /** Whether any statement belonged to a request. */
  boundaries: boolean;
  /** Sorted by endpoint. */
  endpoints: EndpointStats[];
}

export interface EndpointStats {
  endpoint: string;
  /** Statements attributed to the endpoint. */
  queries: number;
  /** Distinct request ids; null when none of its statements had one. */
  requests: number | null;
  /** What its requests were told apart by: `trace` when any statement had a trace/request id, else `tags`, else `none`. */
  boundaries: Boundaries;
  /** Statements per request over the statements that had a request id; null without boundaries. */
  perRequest: { mean: number; max: number } | null;
  /** Statements without a request id on an endpoint whose other statements had one. */
  outsideRequests: number;
  /** Distinct fingerprints. */
  distinct: number;
  /** Per fingerprint, most executed first. */
  fingerprints: FingerprintStats[];
  /** Per request, the fingerprints it executed more than once; most loads first. */
  repeats: RequestRepeat[];
}

export interface FingerprintStats extends FingerprintGroup {
  /** Executions inside requests (all of `count` but those without a request id). */
  inRequests: number;
  /**
   * Times run per request, on average over the endpoint's requests; without boundaries, times
   * run over the whole run (`count`). The weight of its cost in the endpoint's cost per request.
   */
  perRequest: number;
  /** Most executions in one request; null without boundaries. */
  maxPerRequest: number | null;
  /**
   * Most distinct single-row loads in one request — the N+1 measure; null without boundaries.
   * A batch (`IN (...)` with several items, `= ANY(array)`, multi-row VALUES) is not a single
   * load; a single load of values already loaded in the request — by an earlier single load
   * or as an item of an earlier batch — is a reload, not a new load (jmcarp/nplusone#15).
   */
  maxLoads: number | null;
  /** The request with `maxLoads`. */
  worstRequest: string | null;
}

export interface RequestRepeat {
  request: string;
  fingerprint: string;
  id: string;
  executions: number;
  loads: number;
}

export function analyzeCapture(statements: readonly CapturedStatement[]): CaptureStats {
  const byEndpoint = new Map<string, CapturedStatement[]>();
  for (const statement of statements) {
    const list = byEndpoint.get(statement.endpoint);
    if (list) list.push(statement);
    else byEndpoint.set(statement.endpoint, [statement]);
  }
  const endpoints = [...byEndpoint.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([endpoint, list]) => endpointStats(endpoint, list));
  return { statements: statements.length, boundaries: statements.some((statement) => statement.request !== null), endpoints };
}

interface RequestTally {
  executions: number;
  loads: number;
  /** Keys loaded so far in this request: single loads and batch items. */
  seen: Set<string>;
}

function endpointStats(endpoint: string, statements: CapturedStatement[]): EndpointStats {
  const groups = groupByFingerprint(statements);
  const perRequest = new Map<string, number>();
  // request → fingerprint → tally
  const tallies = new Map<string, Map<string, RequestTally>>();
  let outsideRequests = 0;
  const inRequests = new Map<string, number>();
  let boundaries: Boundaries = 'none';
  for (const statement of statements) {
    if (statement.request === null) {
      outsideRequests++;
      continue;
    }
    const boundary = statement.boundary ?? 'trace';
    if (boundary === 'trace' || boundaries === 'none') boundaries = boundary;
    perRequest.set(statement.request, (perRequest.get(statement.request) ?? 0) + 1);
    const { fingerprint } = fingerprintStatement(statement.sql);
    inRequests.set(fingerprint, (inRequests.get(fingerprint) ?? 0) + 1);
    let byFingerprint = tallies.get(statement.request);
    if (!byFingerprint) tallies.set(statement.request, (byFingerprint = new Map<string, RequestTally>()));
    let tally = byFingerprint.get(fingerprint);
    if (!tally) byFingerprint.set(fingerprint, (tally = { executions: 0, loads: 0, seen: new Set() }));
    tally.executions++;
    const values = executionValues(statement.sql, statement.params);
    if (values.batch) {
      for (const key of values.batch) tally.seen.add(key);
    } else if (!tally.seen.has(values.key)) {
      tally.seen.add(values.key);
      tally.loads++;
    }
  }
  const bounded = perRequest.size > 0;
  const counts = [...perRequest.values()];
  const ids = new Map(groups.map((group) => [group.fingerprint, group.id]));

  const fingerprints: FingerprintStats[] = groups.map((group) => {
    let maxPerRequest = 0;
    let maxLoads = 0;
    let worstRequest: string | null = null;
    for (const [request, byFingerprint] of tallies) {
      const tally = byFingerprint.get(group.fingerprint);
      if (!tally) continue;
      maxPerRequest = Math.max(maxPerRequest, tally.executions);
      if (worstRequest === null || tally.loads > maxLoads) {
        maxLoads = tally.loads;
        worstRequest = request;
      }
    }
    const executed = inRequests.get(group.fingerprint) ?? 0;
    return {
      ...group,
      inRequests: executed,
      perRequest: bounded ? executed / perRequest.size : group.count,
      maxPerRequest: bounded ? maxPerRequest : null,
      maxLoads: bounded ? maxLoads : null,
      worstRequest: bounded ? worstRequest : null,
    };
  });
  fingerprints.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const repeats: RequestRepeat[] = [];
  for (const [request, byFingerprint] of tallies) {
    for (const [fingerprint, tally] of byFingerprint) {
      if (tally.executions > 1) repeats.push({ request, fingerprint, id: ids.get(fingerprint)!, executions: tally.executions, loads: tally.loads });
    }
  }
  repeats.sort((a, b) => b.loads - a.loads || b.executions - a.executions);

  return {
    endpoint,
    queries: statements.length,
    requests: bounded ? perRequest.size : null,
    boundaries,
    perRequest: bounded ? { mean: counts.reduce((sum, count) => sum + count, 0) / counts.length, max: Math.max(...counts) } : null,
    outsideRequests: bounded ? outsideRequests : 0,
    distinct: groups.length,
    fingerprints,
    repeats,
  };
}

/** A captured query to EXPLAIN: one per endpoint and fingerprint, with its first sample. */
export interface CapturedQuery {
  /** `<endpoint> <short id>`, e.g. `GET /items a0ead580`; the same on both sides. */
  name: string;
  endpoint: string;
  fingerprint: string;
  id: string;
  normalized: string;
  executions: number;
  sql: string;
  params: (string | null)[];
}

/**
 * The captured queries of both sides, named by endpoint and a short fingerprint id assigned
 * over both sides together, so a query present on both gets the same name and is compared.
 */
export function capturedQueries(base: CaptureStats, head: CaptureStats): { base: CapturedQuery[]; head: CapturedQuery[] } {
  const all = [...base.endpoints, ...head.endpoints].flatMap((stats) => stats.fingerprints.map((fingerprint) => fingerprint.fingerprint));
  const ids = assignShortIds(all);
  // A query captured on both sides is explained with the same sample on both, or the costs of
  // `id = 37` and `id IN (20 ids)` (one fingerprint) would be compared.
  const shared = new Map<string, { sql: string; params: (string | null)[] }>();
  for (const stats of [...base.endpoints, ...head.endpoints]) {
    for (const fingerprint of stats.fingerprints) {
      const key = `${stats.endpoint}\u0000${fingerprint.fingerprint}`;
      const current = shared.get(key);
      if (!current || sampleKey(fingerprint.sample) < sampleKey(current)) shared.set(key, fingerprint.sample);
    }
  }
  const list = (stats: CaptureStats) =>
    stats.endpoints.flatMap((endpoint) =>
      endpoint.fingerprints.map((fingerprint) => {
        const id = ids.get(fingerprint.fingerprint) ?? fingerprint.id;
        return {
          name: capturedQueryName(endpoint.endpoint, id),
          endpoint: endpoint.endpoint,
          fingerprint: fingerprint.fingerprint,
          id,
          normalized: fingerprint.normalized,
          executions: fingerprint.count,
          sql: shared.get(`${endpoint.endpoint}\u0000${fingerprint.fingerprint}`)!.sql,
          params: shared.get(`${endpoint.endpoint}\u0000${fingerprint.fingerprint}`)!.params,
        };
      }),
    );
  return { base: list(base), head: list(head) };
}

export function capturedQueryName(endpoint: string, id: string): string {
  return `${endpoint} ${id}`;
}
