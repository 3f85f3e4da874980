import { runGate, type GateOptions } from '../../src/gate.ts';
import { timedProgress } from '../../src/util/progress.ts';
import type { Report } from '../../src/report/report.ts';
import type { QueryComparison } from '../../src/compare/comparison.ts';

export async function gate(
  dir: string,
  baseRef: string,
  headRef?: string,
  configPath = 'pg-plan-gate.yml',
  env: Record<string, string> = {},
  extra: Partial<GateOptions> = {},
): Promise<Report> {
  const timings: Record<string, number> = {};
  const log: string[] = [];
  return runGate({
    cwd: dir,
    configPath,
    baseRef,
    ...(headRef !== undefined && { headRef }),
    progress: timedProgress((line) => log.push(line), timings),
    timings,
    env,
    ...extra,
  });
}

export function query(report: Report, name: string): QueryComparison {
  const found = report.queries.find((entry) => entry.name === name);
  if (!found) throw new Error(`no query ${name} in report (${report.queries.map((entry) => entry.name).join(', ')})`);
  return found;
}

export function rules(entry: QueryComparison): string[] {
  return entry.findings.map((finding) => `${finding.severity}:${finding.rule}`).sort();
}

export function costs(report: Report): Record<string, [number | null, number | null]> {
  const cost = (side: QueryComparison['base']) => (side && 'totalCost' in side ? side.totalCost : null);
  return Object.fromEntries(report.queries.map((entry) => [entry.name, [cost(entry.base), cost(entry.head)]]));
}
