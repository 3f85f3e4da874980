import type { QueryComparison } from '../compare/comparison.ts';

/** Where a query's file and line are at head's commit, when the report knows the repository's URL for it. */
export function queryFileUrl(query: QueryComparison, sourceUrl: string | undefined): string | null {
  // A removed query's file is base's: it need not exist at head's commit.
  if (!sourceUrl || !query.file || query.status === 'removed') return null;
  const path = query.file.split('/').map(encodeURIComponent).join('/');
  return `${sourceUrl}${path}${query.line ? `#L${query.line}` : ''}`;
}

/**
 * Where the rules are documented: docs/rules.md in the action's own repository, one heading per
 * rule id (its anchor is the id). A constant, not the user's repository: the comment links the
 * reader to the gate's docs, whichever repository the gate runs in.
 */
export const RULES_DOCS_URL = 'https://github.com/pg-plan-gate/pg-plan-gate/blob/main/docs/rules.md';

/** A rule id as a link to its section of docs/rules.md: `[seq-scan](…/docs/rules.md#seq-scan)`. */
export function ruleLink(rule: string): string {
  return `[${rule}](${RULES_DOCS_URL}#${rule})`;
}
