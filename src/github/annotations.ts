import { posix } from 'node:path';
import type { LocatedFinding } from '../compare/comparison.ts';

export interface Annotation {
  level: 'error' | 'warning';
  message: string;
  title: string;
  file?: string;
  startLine?: number;
}

/** One annotation per error or warning finding, on the query's file (repository-relative) when it has one. */
export function annotationsFor(findings: readonly LocatedFinding[], workingDirectory: string): Annotation[] {
  return findings
    .filter((finding) => finding.severity === 'error' || finding.severity === 'warning')
    .map((finding) => ({
      level: finding.severity as 'error' | 'warning',
      title: `pg-plan-gate ${finding.rule}${finding.query ? `: ${finding.query}` : finding.endpoint ? `: ${finding.endpoint}` : ''}`,
      message: finding.message,
      ...(finding.file && {
        file: posix.normalize(posix.join(workingDirectory.replace(/\\/g, '/'), finding.file)),
        startLine: finding.line ?? 1,
      }),
    }));
}

/**
 * A warning of the gate as an annotation: on the config or SQL file (and line) it starts with,
 * as in `pg-plan-gate.yml:12: queries[2].file ... matches no file`; else on no file.
 */
export function warningAnnotation(message: string, workingDirectory: string): Omit<Annotation, 'level'> {
  const located = /^([^\s:]+\.(?:ya?ml|sql))(?::(\d+))?: /.exec(message);
  return {
    title: 'pg-plan-gate',
    message,
    ...(located && {
      file: posix.normalize(posix.join(workingDirectory.replace(/\\/g, '/'), located[1]!)),
      ...(located[2] && { startLine: Number(located[2]) }),
    }),
  };
}
