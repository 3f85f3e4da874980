import { budgetsFor } from '../config/overrides.ts';
import type { Budgets, Config } from '../config/config.ts';
import { costRegression, isImprovement, maxCost, planChanged, seqScan } from './rules.ts';
import { workFindings } from './work-rules.ts';
import type { CapturedCounts, CapturedEndpoint } from './capture-rules.ts';
import {
  type CapturedTotals,
  type Comparison,
  type EndpointComparison,
  type EndpointTotals,
  type FailOn,
  type Finding,
  type LocatedFinding,
  type QueryComparison,
  type QueryStatus,
} from './comparison.ts';
import { isPlan, type QueryResult, type SideResult } from '../explain/query-result.ts';
import { compareCodePoints } from '../util/text.ts';
import type { SeqScan } from '../explain/plan-summary.ts';

type BudgetConfig = Pick<Config, 'budgets' | 'overrides'>;

/** Match queries by name, apply the rules and budgets, group endpoints, decide the verdict. */
export function compare(
  config: BudgetConfig,
  base: QueryResult[],
  head: QueryResult[],
  failOn: FailOn = 'error',
  captured: CapturedEndpoint[] = [],
): Comparison {
  const queries = compareQueries(config, base, head);
  const endpoints = mergeCaptured(
    compareEndpoints(
      config,
      base.filter((result) => !result.captured),
      head.filter((result) => !result.captured),
    ),
    captured,
    base,
    head,
  );
  const findings: LocatedFinding[] = [
    ...queries.flatMap((query) =>
      query.findings.map((finding) => ({ ...finding, query: query.name, endpoint: query.endpoint, file: query.file, line: query.line })),
    ),
    ...endpoints.flatMap((endpoint) =>
      endpoint.findings.map((finding) => ({ ...finding, query: finding.query ?? null, endpoint: endpoint.endpoint, file: null, line: null })),
    ),
  ];
  return { verdict: verdictOf(findings, failOn), queries, endpoints, findings };
}

/**
 * The rules and budgets per query, matched by name: what index and statistics advice read
 * between stages, on plans the report will not show as they are (before measuring, or on the seed's statistics).
 */
export function compareQueries(config: BudgetConfig, base: QueryResult[], head: QueryResult[]): QueryComparison[] {
  const baseByName = new Map(base.map((result) => [result.name, result]));
  const headByName = new Map(head.map((result) => [result.name, result]));
  const queries: QueryComparison[] = [];
  // A rewritten captured query is new by name; the tables its endpoint already scanned on base are not news.
  const baseCapturedScans = new Map<string, SeqScan[]>();
  for (const result of base) {
    if (!result.captured || result.endpoint === null || !isPlan(result.result)) continue;
    baseCapturedScans.set(result.endpoint, [...(baseCapturedScans.get(result.endpoint) ?? []), ...result.result.seqScans]);
  }
  for (const headResult of head) {
    const endpointScans = headResult.captured && headResult.endpoint !== null ? (baseCapturedScans.get(headResult.endpoint) ?? []) : [];
    queries.push(compareQuery(config, baseByName.get(headResult.name) ?? null, headResult, endpointScans));
  }
  for (const baseResult of base) {
    if (headByName.has(baseResult.name)) continue;
    queries.push({
      name: baseResult.name,
      endpoint: baseResult.endpoint,
      file: baseResult.file,
      line: null,
      status: 'removed',
      ...planOf(baseResult),
      ...sqlOf(baseResult),
      base: baseResult.result,
      head: null,
      findings: [],
    });
  }
  return queries;
}

function compareQuery(config: BudgetConfig, baseResult: QueryResult | null, headResult: QueryResult, endpointBaseScans: SeqScan[] = []): QueryComparison {
  const budgets = budgetsFor(config, headResult.name, headResult.endpoint);
  const base = baseResult?.result ?? null;
  const head = headResult.result;
  const findings: Finding[] = [];
  let status: QueryStatus;

  if (!isPlan(head) && headResult.captured && (!baseResult || !isPlan(base))) {
    // Replayed after the fact, a captured statement can fail for reasons of its own run (a temp
    // table, an error the test provoked): only "explains on base, fails on head" is news.
    findings.push({ rule: 'query-error', severity: 'info', message: `captured statement cannot be explained: ${head.error}` });
    status = baseResult ? 'unchanged' : 'new';
  } else if (!isPlan(head)) {
    // A failure base already had is not this change's doing; a new or different one is.
    const sameOnBase = base !== null && !isPlan(base) && withoutLocation(base.error) === withoutLocation(head.error);
    findings.push(
      sameOnBase
        ? { rule: 'query-error', severity: 'warning', message: `fails on base too: ${head.error}` }
        : { rule: 'query-error', severity: 'error', message: `fails on head: ${head.error}` },
    );
    status = 'error';
  } else {
    if (base && !isPlan(base)) {
      findings.push({ rule: 'query-error', severity: 'warning', message: `fails on base (works on head): ${base.error}` });
    }
    const basePlan = isPlan(base) ? base : null;
    const scanBaseline = basePlan ?? (endpointBaseScans.length ? { seqScans: endpointBaseScans } : null);
    findings.push(...seqScan(scanBaseline, head, budgets, baseResult === null));
    if (basePlan) findings.push(...costRegression(basePlan, head, budgets));
    findings.push(...maxCost(head, budgets));
    // A base that failed is no baseline; a query new by name is judged on its own numbers.
    if (basePlan || !baseResult) findings.push(...workFindings(basePlan, head, budgets));
    if (basePlan) findings.push(...planChanged(basePlan, head));

    if (!baseResult) status = 'new';
    else if (findings.some((finding) => finding.severity === 'error')) status = 'regressed';
    else if (basePlan && isImprovement(basePlan, head, budgets)) status = 'improved';
    else if (!basePlan || basePlan.shape !== head.shape) status = 'changed';
    else status = 'unchanged';
  }
  return {
    name: headResult.name,
    endpoint: headResult.endpoint,
    file: headResult.file,
    line: headResult.file ? headResult.line : null,
    status,
    ...planOf(headResult.plan ? headResult : baseResult),
    ...sqlOf(headResult.sql !== undefined ? headResult : baseResult),
    base: withoutSmallPartitions(base, budgets),
    head: withoutSmallPartitions(head, budgets),
    findings,
  };
}

/**
 * The report's seq scans without partitions below seq_scans.min_rows: a partitioned table's
 * empty partitions (tomorrow's, made ahead) would each be a line. The rules saw them all.
 */
function withoutSmallPartitions(result: SideResult | null, budgets: Budgets): SideResult | null {
  if (!isPlan(result) || !result.seqScans.some((scan) => scan.partitionOf && scan.rows < budgets.seqScans.minRows)) return result;
  return { ...result, seqScans: result.seqScans.filter((scan) => !scan.partitionOf || scan.rows >= budgets.seqScans.minRows) };
}

function sqlOf(result: QueryResult | null): Pick<QueryComparison, 'sql'> {
  return result?.sql !== undefined ? { sql: result.sql } : {};
}

/** `queries/q.sql:5: -- params: ...` and the same at line 7 are one failure that moved. */
function withoutLocation(message: string): string {
  return message.replace(/^[^\s:]+:\d+: /, '');
}

function planOf(result: QueryResult | null): Pick<QueryComparison, 'planMode' | 'params' | 'genericReason'> {
  if (!result?.plan) return {};
  const { mode, params, genericReason } = result.plan;
  return { planMode: mode, params, ...(mode === 'generic' && genericReason && { genericReason }) };
}

function totalsByEndpoint(results: QueryResult[]): Map<string, EndpointTotals> {
  const totals = new Map<string, EndpointTotals>();
  for (const result of results) {
    if (result.endpoint === null) continue;
    const entry = totals.get(result.endpoint) ?? { queries: 0, totalCost: 0 };
    entry.queries += 1;
    if (isPlan(result.result)) entry.totalCost = roundCost(entry.totalCost + result.result.totalCost);
    totals.set(result.endpoint, entry);
  }
  return totals;
}

function compareEndpoints(config: BudgetConfig, base: QueryResult[], head: QueryResult[]): EndpointComparison[] {
  const baseTotals = totalsByEndpoint(base);
  const headTotals = totalsByEndpoint(head);
  const names = [...new Set([...baseTotals.keys(), ...headTotals.keys()])].sort(compareCodePoints);
  return names.map((endpoint) => {
    const baseEntry = baseTotals.get(endpoint) ?? null;
    const headEntry = headTotals.get(endpoint) ?? null;
    const findings: Finding[] = [];
    const allowed = budgetsFor(config, endpoint, endpoint).queryCountIncrease;
    if (baseEntry && headEntry && headEntry.queries - baseEntry.queries > allowed) {
      findings.push({
        rule: 'query-count',
        severity: 'error',
        message: `${endpoint} runs ${headEntry.queries} queries on head, ${baseEntry.queries} on base (allowed increase: ${allowed})`,
      });
    }
    return { endpoint, base: baseEntry, head: headEntry, findings, source: 'declared' as const };
  });
}

/** Add captured traffic to the endpoint table: per-request counts, distinct queries, their cost, the capture rules' findings. */
function mergeCaptured(declared: EndpointComparison[], captured: CapturedEndpoint[], base: QueryResult[], head: QueryResult[]): EndpointComparison[] {
  if (captured.length === 0) return declared;
  const withCosts = (results: QueryResult[], endpoint: string, counts: CapturedCounts | null): CapturedTotals | null => {
    if (!counts) return null;
    const { runsPerRequest, ...rest } = counts;
    const explained = results.filter((result) => result.captured && result.endpoint === endpoint && isPlan(result.result));
    if (!explained.length) return { ...rest, totalCost: null, costPerRequest: null };
    const cost = (result: QueryResult) => (isPlan(result.result) ? result.result.totalCost : 0);
    return {
      ...rest,
      totalCost: roundCost(explained.reduce((sum, result) => sum + cost(result), 0)),
      costPerRequest: roundCost(explained.reduce((sum, result) => sum + cost(result) * (runsPerRequest[result.name] ?? 0), 0)),
    };
  };
  const byName = new Map(declared.map((entry) => [entry.endpoint, entry]));
  for (const entry of captured) {
    const baseTotals = withCosts(base, entry.endpoint, entry.base);
    const headTotals = withCosts(head, entry.endpoint, entry.head);
    const existing = byName.get(entry.endpoint);
    if (existing) {
      existing.captured = { base: baseTotals, head: headTotals };
      existing.source = 'both';
      existing.findings.push(...entry.findings);
      continue;
    }
    const asTotals = (totals: CapturedTotals | null): EndpointTotals | null =>
      totals && { queries: totals.queriesPerRequest ?? totals.queries, totalCost: totals.costPerRequest ?? 0 };
    byName.set(entry.endpoint, {
      endpoint: entry.endpoint,
      base: asTotals(baseTotals),
      head: asTotals(headTotals),
      findings: [...entry.findings],
      source: 'captured',
      captured: { base: baseTotals, head: headTotals },
    });
  }
  return [...byName.values()].sort((a, b) => compareCodePoints(a.endpoint, b.endpoint));
}

function roundCost(cost: number): number {
  return Math.round(cost * 100) / 100;
}

export function verdictOf(findings: readonly { severity: string }[], failOn: FailOn): 'pass' | 'fail' {
  if (failOn === 'never') return 'pass';
  const failing = failOn === 'warning' ? ['error', 'warning'] : ['error'];
  return findings.some((finding) => failing.includes(finding.severity)) ? 'fail' : 'pass';
}
