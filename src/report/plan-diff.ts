import { createTwoFilesPatch } from 'diff';
import type { QueryComparison } from '../compare/comparison.ts';
import { isPlan } from '../explain/query-result.ts';

/** Unified diff of the two plan shapes, without file headers. */
export function planDiff(query: QueryComparison): string {
  const base = isPlan(query.base) ? query.base.shape : '';
  const head = isPlan(query.head) ? query.head.shape : '';
  // Two plans of thousands of nodes that differ everywhere would take seconds to diff line by
  // line; past this many edits the diff is the whole of base out and the whole of head in.
  const patch =
    createTwoFilesPatch('base', 'head', `${base}\n`, `${head}\n`, '', '', { context: 3, maxEditLength: MAX_DIFF_EDITS }) ?? wholeReplacement(base, head);
  return patch
    .split('\n')
    .filter((line) => !line.startsWith('====='))
    .join('\n')
    .trimEnd();
}

const MAX_DIFF_EDITS = 500;

function wholeReplacement(base: string, head: string): string {
  const lines = (text: string, sign: string) => (text ? text.split('\n').map((line) => `${sign}${line}`) : []);
  const baseLines = lines(base, '-');
  const headLines = lines(head, '+');
  return ['--- base', '+++ head', `@@ -1,${baseLines.length} +1,${headLines.length} @@`, ...baseLines, ...headLines].join('\n');
}

export function hasPlanChange(query: QueryComparison): boolean {
  return isPlan(query.base) && isPlan(query.head) && query.base.shape !== query.head.shape;
}
