import type { Budgets } from '../config/config.ts';
import { formatCost, formatRows, isImprovement } from '../compare/rules.ts';
import type { Database, ExplainRequest, Failure, IndexTrial } from '../engine/index.ts';
import { parsePlan, walk, type PlanNode } from '../explain/plan.ts';
import { planShape } from '../explain/shape.ts';
import { relationLabel } from '../util/relation-name.ts';
import type { IndexCandidate } from './candidates.ts';

/** What advice needs of a trial: head's plan with the index, or why the index could not be tried. */
type TrialOutcome = { cost: number; root: PlanNode } | Failure;

/** One query to find an index for, on head, as the gate explained it. */
export interface AdviceTarget {
  name: string;
  /** The request the gate explained on head: same values, plan mode and session settings. */
  request: ExplainRequest;
  headCost: number;
  /** The highest cost within the budget the finding used (cost-regression, max_cost). */
  costLimit: number;
  budgets: Budgets;
  /** In the order worth trying: the index head lost first, then those derived from the query. */
  candidates: IndexCandidate[];
  /** Indexes head already has that candidates would have twinned (not tried), and whether head's plan uses them. */
  existing?: ExistingIndex[];
  /**
   * A seq-scan finding alone (the cost within budget): per relation with a new counted Seq
   * Scan, how many scans of it base's plan had. An index helps when those scans go away.
   */
  newSeqScans?: Map<string, number>;
  /** Base's plan shape: the index head lost leads when its trial gives base's plan back. */
  baseShape?: string;
  /** Statements of the candidates that recreate an index base used and head lost. */
  lost?: ReadonlySet<string>;
}

export interface ExistingIndex {
  /** `rental_pkey on rental (rental_id)` */
  index: string;
  used: boolean;
  relation: string;
  keys: string[];
}

export interface IndexAdvice {
  sql: string;
  /** Head's total cost with that index (or those statistics). */
  cost: number;
  /** Statistics advice (advice/statistics-advice.ts): the misestimate measured again with them. */
  maxMisestimate?: number;
}

export interface QueryAdvice {
  /** Best first, at most MAX_ADVICE. */
  advice: IndexAdvice[];
  /** Why there is none: no index helps, and why, or the time bound ran out first. */
  note?: string;
}

export interface AdviceRun {
  byQuery: Map<string, QueryAdvice>;
  /** The time bound stopped the trials before every candidate of every target was tried. */
  cutShort: boolean;
  trials: number;
}

export const MAX_ADVICE = 3;
/** Candidates tried per query: each is a real CREATE INDEX on head's data. */
const MAX_TRIALS = 8;
/** A scan that keeps at least this share of its table's rows reads most of it: no index makes that cheaper. */
const MOST_OF_TABLE = 0.5;

/**
 * invalid_object_definition: what CREATE INDEX says of a key whose function is not IMMUTABLE.
 * The candidates are btree keys of the query's own columns and expressions, or an index base
 * had (valid there), so no other part of their definition can be invalid.
 */
const NOT_IMMUTABLE = '42P17';

/**
 * Try the candidates on head, one transaction each (CREATE INDEX, EXPLAIN, ROLLBACK), within
 * `deadline` (a performance.now() value) for the whole run. Keeps the indexes that bring the
 * cost within the budget and by more than the cost thresholds below head's cost.
 */
export async function tryIndexes(
  head: Database,
  targets: readonly AdviceTarget[],
  relationRows: Readonly<Record<string, number>>,
  deadline: number,
): Promise<AdviceRun> {
  const byQuery = new Map<string, QueryAdvice>();
  let cutShort = false;
  let trials = 0;
  for (const target of targets) {
    if (performance.now() >= deadline) {
      cutShort = true;
      byQuery.set(target.name, { advice: [], note: 'not tried: the advice time bound ran out first' });
      continue;
    }
    // Head's plan again (milliseconds): which tables it scans whole, and how much of them it keeps.
    const baseline = await head.explain(target.request);
    if (!baseline.ok) continue;
    const scans = [...walk(parsePlan(baseline.plan))].filter((node) => node.nodeType === 'Seq Scan' && node.relation);
    const kept: (IndexAdvice & { keys: number; order: number; restores: boolean })[] = [];
    const notImmutable: IndexCandidate[] = [];
    let stopped = false;
    const candidates = scannedFirst(target.candidates, scans).slice(0, MAX_TRIALS);
    for (const [order, candidate] of candidates.entries()) {
      const trial = { createIndex: candidate.sql, ...(candidate.expressions && { analyze: candidate.table }) };
      const left = deadline - performance.now();
      if (left <= 0) {
        stopped = true;
        break;
      }
      const outcome = await tryIndex(head, target.request, trial, left);
      trials++;
      if ('error' in outcome) {
        if (outcome.code === NOT_IMMUTABLE) notImmutable.push(candidate);
        if (outcome.kind === 'timeout') stopped = true;
        // Anything else (a column another table of the join has) means: not this one.
        continue;
      }
      const { cost, root } = outcome;
      if (helps(target, cost, root)) {
        const restores = target.lost?.has(candidate.sql) === true && target.baseShape !== undefined && planShape(root) === target.baseShape;
        kept.push({ sql: candidate.sql, cost, keys: candidate.keys.length, order, restores });
      }
    }
    cutShort ||= stopped;
    // The index head lost first when it gives base's plan back (the fix is to keep it); then
    // cheapest first; on a tie the narrower index, then the one tried first.
    kept.sort((a, b) => Number(b.restores) - Number(a.restores) || a.cost - b.cost || a.keys - b.keys || a.order - b.order);
    const advice = kept.slice(0, MAX_ADVICE).map(({ sql, cost }) => ({ sql, cost }));
    const note = advice.length ? undefined : whyNone(target, scans, relationRows, candidates.length, notImmutable, stopped);
    byQuery.set(target.name, { advice, ...(note && { note }) });
  }
  return { byQuery, cutShort, trials };
}

/** One trial on head (a CREATE INDEX, unless an earlier run on the same database remembers it): its plan or its error. */
async function tryIndex(head: Database, request: ExplainRequest, trial: IndexTrial, timeoutMs: number): Promise<TrialOutcome> {
  const explained = await head.explainWithIndex(request, trial, timeoutMs);
  if (!explained.ok) return { error: explained.error, kind: explained.kind, ...(explained.code && { code: explained.code }) };
  const root = parsePlan(explained.plan);
  return { cost: root.totalCost, root };
}

/**
 * Whether an index answers the finding: for a seq-scan finding alone, the new seq scans go
 * away (the cost was within budget already); else the cost comes within the budget the finding
 * used, and down by more than the cost thresholds.
 */
function helps(target: AdviceTarget, cost: number, root: PlanNode): boolean {
  if (target.newSeqScans) {
    const scans = new Map<string, number>();
    for (const node of walk(root)) {
      if (node.nodeType === 'Seq Scan' && node.relation)
        scans.set(relationLabel(node.schema, node.relation), (scans.get(relationLabel(node.schema, node.relation)) ?? 0) + 1);
    }
    return [...target.newSeqScans].every(([relation, onBase]) => (scans.get(relation) ?? 0) <= onBase);
  }
  return cost <= target.costLimit && isImprovement({ totalCost: target.headCost }, { totalCost: cost }, target.budgets);
}

/**
 * A key column of the index that a whole-table scan of its table filters on through a cast,
 * as PostgreSQL prints it: `((rental.rental_id)::numeric = '17.0'::numeric)` — a value of
 * another type than the column's (17.0 against an integer) casts the column, not the value.
 */
function castColumn(twin: ExistingIndex, scans: readonly PlanNode[]): { column: string; type: string } | null {
  for (const scan of scans) {
    if (scan.relation !== twin.relation) continue;
    const filter = scan.conditions.Filter ?? '';
    for (const column of twin.keys) {
      if (!/^[a-z_][a-z0-9_$]*$/.test(column)) continue;
      const found = new RegExp(`\\((?:[\\w$"]+\\.)?${column.replace(/\$/g, '\\$')}\\)::([a-z][a-z0-9_ ]*(?:\\[\\])?)`).exec(filter);
      if (found) return { column, type: found[1]!.trim() };
    }
  }
  return null;
}

/** Candidates on the tables head's plan scans whole go first: that is where an index is missing. */
function scannedFirst(candidates: readonly IndexCandidate[], scans: readonly PlanNode[]): IndexCandidate[] {
  const scanned = (candidate: IndexCandidate) =>
    scans.some((scan) => scan.relation === candidate.relation.name && (candidate.relation.schema === undefined || candidate.relation.schema === scan.schema));
  return [...candidates.filter(scanned), ...candidates.filter((candidate) => !scanned(candidate))];
}

function whyNone(
  target: AdviceTarget,
  scans: readonly PlanNode[],
  relationRows: Readonly<Record<string, number>>,
  tried: number,
  notImmutable: readonly IndexCandidate[],
  stopped: boolean,
): string {
  if (stopped) return 'cut short: the advice time bound ran out before an index was found';
  if (notImmutable.length) {
    const keys = [...new Set(notImmutable.flatMap((candidate) => candidate.keys))].join(', ');
    return `no index helps: ${keys} cannot be indexed, a function in it is not immutable`;
  }
  // A cast that keeps an index out is the cause to name first: other whole-table scans (a
  // hash join reading all of a small table) often follow from it.
  const unusedTwins = (target.existing ?? []).filter((twin) => !twin.used);
  for (const twin of unusedTwins) {
    const cast = castColumn(twin, scans);
    if (cast)
      return `no index to add: head has ${twin.index}, but the query compares ${cast.column}::${cast.type}, a cast the index cannot serve: compare ${cast.column} with a value of its own type`;
  }
  for (const scan of scans) {
    const label = relationLabel(scan.schema, scan.relation!);
    const rows = relationRows[label] ?? 0;
    if (rows > 0 && scan.planRows >= rows * MOST_OF_TABLE) {
      return `no index helps: the query reads most of ${label} (~${formatRows(scan.planRows)} of ${formatRows(rows)} rows)`;
    }
  }
  const unused = unusedTwins.map((twin) => twin.index);
  if (unused.length) {
    const them = unused.length > 1 ? 'them' : 'it';
    return `no index to add: head has ${unused.join(', ')}, and the planner chose not to use ${them}: it expects the scan to keep too much of the table, or the query compares the column in a way ${them} cannot serve (a cast, an expression, another type)`;
  }
  const used = (target.existing ?? []).map((twin) => twin.index);
  if (used.length && tried === 0)
    return `no index to add: head's plan already uses ${used.join(', ')}; its cost rose with the rows it expects to read, not for want of an index`;
  if (tried === 0) return 'no index advice: the query compares no column with a constant or parameter, and sorts by none';
  if (target.newSeqScans) return `no index helps: none of ${tried} tried takes away the new seq scan on ${[...target.newSeqScans.keys()].join(', ')}`;
  return `no index helps: none of ${tried} tried brings the cost from ${formatCost(target.headCost)} to ${formatCost(target.costLimit)} or below`;
}
