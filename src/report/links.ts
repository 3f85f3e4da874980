import type { QueryComparison } from '../compare/types.ts';

/** Where a query's file and line are at head's commit, when the report knows the repository's URL for it. */
export function queryFileUrl(query: QueryComparison, sourceUrl: string | undefined): string | null {
  // A removed query's file is base's: it need not exist at head's commit.
  if (!sourceUrl || !query.file || query.status === 'removed') return null;
  const path = query.file.split('/').map(encodeURIComponent).join('/');
  return `${sourceUrl}${path}${query.line ? `#L${query.line}` : ''}`;
}
