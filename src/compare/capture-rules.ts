import { budgetsFor } from '../config/overrides.ts';
import type { Config } from '../config/config.ts';
import { UNTAGGED } from '../capture/sqlcommenter.ts';
import type { CapturedQuery, CaptureStats, EndpointStats } from '../capture/analyze.ts';
import type { CapturedTotals, Finding } from './comparison.ts';

/**
 * The capture rules, query-count and n-plus-one, over both sides' traffic per endpoint
 * (capture/analyze.ts counts it), and the captured endpoints the comparison merges with the
 * declared ones. Pure functions.
 */

/** One side of a captured endpoint before its queries are explained: counts, and how often each query ran. */
export type CapturedCounts = Omit<CapturedTotals, 'totalCost' | 'costPerRequest'> & {
  /** Per captured query name: times it ran per request (per run without boundaries). */
  runsPerRequest: Record<string, number>;
};

/** Captured traffic of one endpoint, compared: the capture stage's stats and findings. */
export interface CapturedEndpoint {
  endpoint: string;
  base: CapturedCounts | null;
  head: CapturedCounts | null;
  /** query-count and n-plus-one findings, with the captured query they are about (or null). */
  findings: (Finding & { query: string | null })[];
}

/**
 * A capture finding: the project's Finding, plus the fingerprint it is about (n-plus-one), so
 * it can be placed on the captured query `capturedQueryName(endpoint, id)`; null for query-count.
 */
export interface CaptureFinding extends Finding {
  fingerprint: string | null;
}

/** Tolerance for comparing means of integer counts. */
const EPSILON = 1e-9;

/**
 * `query-count` (error): the endpoint runs more queries on head than on base, beyond
 * `increase` — per request when both sides have request boundaries, else per run (the whole
 * capture). An endpoint on one side only gets no finding (nothing to compare).
 */
export function queryCountRule(base: EndpointStats | null, head: EndpointStats | null, increase: number): CaptureFinding[] {
  if (!base || !head) return [];
  const perRequest = base.perRequest !== null && head.perRequest !== null;
  const before = perRequest ? base.perRequest!.mean : base.queries;
  const after = perRequest ? head.perRequest!.mean : head.queries;
  if (after - before <= increase + EPSILON) return [];
  const unit = perRequest ? 'queries per request' : 'queries per run (no request boundaries)';
  return [
    {
      rule: 'query-count',
      severity: 'error',
      message: `${formatCount(before)} → ${formatCount(after)} ${unit} (+${formatCount(after - before)}), over query_count_increase ${increase}`,
      fingerprint: null,
    },
  ];
}

/**
 * `n-plus-one` (error): on head, one request loads rows with the same fingerprint at least
 * `threshold` times (distinct single loads, see `FingerprintStats.maxLoads`), and base's same
 * endpoint never did for that fingerprint. Needs request boundaries on head; a threshold
 * below 2 turns the rule off.
 */
export function nPlusOneRule(base: EndpointStats | null, head: EndpointStats, threshold: number): CaptureFinding[] {
  if (threshold < 2) return [];
  const findings: CaptureFinding[] = [];
  for (const fingerprint of head.fingerprints) {
    if (fingerprint.maxLoads === null || fingerprint.maxLoads < threshold) continue;
    const before = base?.fingerprints.find((candidate) => candidate.fingerprint === fingerprint.fingerprint);
    if (before?.maxLoads != null && before.maxLoads >= threshold) continue;
    const baseText = !base
      ? 'new endpoint'
      : !before
        ? 'base did not run it'
        : before.maxLoads === null
          ? 'base had no request boundaries'
          : before.maxLoads === 0
            ? 'base ran it only batched'
            : `base: at most ${before.maxLoads} per request`;
    findings.push({
      rule: 'n-plus-one',
      severity: 'error',
      message: `N+1: one request ran the same query ${fingerprint.maxLoads} times with different values (n_plus_one: ${threshold}); ${baseText} — ${truncate(fingerprint.normalized, 160)}`,
      fingerprint: fingerprint.fingerprint,
    });
  }
  return findings;
}

export interface CaptureRuleOptions {
  /** `budgets.query_count_increase` for an endpoint (after overrides). */
  queryCountIncrease: number | ((endpoint: string) => number);
  /** `capture.n_plus_one`. */
  nPlusOne: number;
  /** `capture.gate_untagged`: false (default) makes the rules' findings on `(untagged)` info. */
  gateUntagged?: boolean;
}

/**
 * `(untagged)` is what ran outside any endpoint — migrations, fixtures, a test's own setup —
 * so its findings are reported without failing the check unless `capture.gate_untagged`.
 */
function ungated(finding: CaptureFinding): CaptureFinding {
  return { ...finding, severity: 'info', message: `${finding.message} (not gated: untagged statements are setup traffic unless capture.gate_untagged: true)` };
}

export interface CapturedEndpointComparison {
  endpoint: string;
  base: EndpointStats | null;
  head: EndpointStats | null;
  findings: CaptureFinding[];
}

/** Both rules for every endpoint captured on either side, sorted by endpoint. */
export function compareCapture(base: CaptureStats, head: CaptureStats, options: CaptureRuleOptions): CapturedEndpointComparison[] {
  const baseByName = new Map(base.endpoints.map((stats) => [stats.endpoint, stats]));
  const headByName = new Map(head.endpoints.map((stats) => [stats.endpoint, stats]));
  const names = [...new Set([...baseByName.keys(), ...headByName.keys()])].sort();
  return names.map((endpoint) => {
    const before = baseByName.get(endpoint) ?? null;
    const after = headByName.get(endpoint) ?? null;
    const increase = typeof options.queryCountIncrease === 'function' ? options.queryCountIncrease(endpoint) : options.queryCountIncrease;
    const findings = [...queryCountRule(before, after, increase), ...(after ? nPlusOneRule(before, after, options.nPlusOne) : [])];
    return { endpoint, base: before, head: after, findings: endpoint === UNTAGGED && !options.gateUntagged ? findings.map(ungated) : findings };
  });
}

/**
 * The captured endpoints of a run, compared: counts per side and the rules' findings, each
 * placed on the captured query it is about (named as capture/analyze.ts `capturedQueries` names it).
 */
export function capturedEndpoints(
  config: Pick<Config, 'budgets' | 'overrides' | 'capture'>,
  stats: { base: CaptureStats; head: CaptureStats },
  queries: { base: readonly CapturedQuery[]; head: readonly CapturedQuery[] },
): CapturedEndpoint[] {
  const comparisons = compareCapture(stats.base, stats.head, {
    queryCountIncrease: (endpoint) => budgetsFor(config, endpoint, endpoint).queryCountIncrease,
    nPlusOne: config.capture?.nPlusOne ?? 0,
    gateUntagged: config.capture?.gateUntagged ?? false,
  });
  const nameOf = new Map([...queries.base, ...queries.head].map((query) => [`${query.endpoint}\0${query.fingerprint}`, query.name]));
  return comparisons.map((comparison) => ({
    endpoint: comparison.endpoint,
    base: counts(comparison.base, nameOf),
    head: counts(comparison.head, nameOf),
    findings: comparison.findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      query: finding.fingerprint ? (nameOf.get(`${comparison.endpoint}\0${finding.fingerprint}`) ?? null) : null,
    })),
  }));
}

function counts(stats: EndpointStats | null, nameOf: ReadonlyMap<string, string>): CapturedCounts | null {
  if (!stats) return null;
  return {
    requests: stats.requests,
    boundaries: stats.boundaries,
    queries: stats.queries,
    queriesPerRequest: stats.perRequest ? Math.round(stats.perRequest.mean * 100) / 100 : null,
    maxPerRequest: stats.perRequest?.max ?? null,
    distinctQueries: stats.distinct,
    runsPerRequest: Object.fromEntries(
      stats.fingerprints.map((fingerprint) => [nameOf.get(`${stats.endpoint}\0${fingerprint.fingerprint}`)!, fingerprint.perRequest]),
    ),
  };
}

/** 2 → "2", 2.5 → "2.5", 2.3333 → "2.33". */
export function formatCount(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
