import { parseSync } from 'libpg-query';
import { makeCandidate, type IndexCandidate, type RelationName } from './candidates.ts';
import { identifier, indexKey, qualifiedName, tableSql } from './index-sql.ts';

type Node = Record<string, unknown>;

/**
 * An index base's plan used and head lost, from base's `pg_get_indexdef`: as a candidate in the short form
 * (`CREATE INDEX users_org_created_idx ON users (org_id, created_at)`) when it is a plain
 * B-tree, else the definition as PostgreSQL wrote it. `keepName: false` when head has an
 * index of that name (with other columns): the same name could not be created again.
 */
export function candidateFromDefinition(definition: string, keepName: boolean): IndexCandidate | null {
  let statement: Node | undefined;
  try {
    statement = parseSync(definition).stmts?.[0]?.stmt;
  } catch {
    return null;
  }
  const index = statement?.IndexStmt as Node | undefined;
  const target = index?.relation as Node | undefined;
  if (!index || typeof target?.relname !== 'string') return null;
  const relation: RelationName = {
    ...(typeof target.schemaname === 'string' && target.schemaname !== 'public' && { schema: target.schemaname }),
    name: target.relname,
  };
  const name = keepName && typeof index.idxname === 'string' ? index.idxname : undefined;
  const params = ((index.indexParams as Node[] | undefined) ?? []).map((param) => param.IndexElem as Node | undefined);
  const keys = params.map(indexElementSql);
  const plain = index.accessMethod === 'btree' && !index.whereClause && !index.indexIncludingParams && !index.nulls_not_distinct;
  if (plain && !keys.includes(null)) return makeCandidate(relation, keys as string[], name, index.unique === true);
  // Partial, covering, GIN, ...: as written, without its name where head already uses it.
  const sql = name ? definition : definition.replace(/^(CREATE (?:UNIQUE )?INDEX )\S+ /, '$1');
  return { relation, table: tableSql(relation.schema, relation.name), keys: [], expressions: params.some((param) => param?.expr !== undefined), sql };
}

function indexElementSql(element: Node | undefined): string | null {
  if (!element || element.collation) return null;
  const base = typeof element.name === 'string' ? identifier(element.name) : element.expr ? indexKey(element.expr as Node) : null;
  if (base === null) return null;
  const opclass = element.opclass ? qualifiedName(element.opclass as Node[], true) : '';
  if (opclass === null) return null;
  const ordering = element.ordering === 'SORTBY_DESC' ? ' DESC' : '';
  const nulls = element.nulls_ordering === 'SORTBY_NULLS_FIRST' ? ' NULLS FIRST' : element.nulls_ordering === 'SORTBY_NULLS_LAST' ? ' NULLS LAST' : '';
  return `${base}${opclass ? ` ${opclass}` : ''}${ordering}${nulls}`;
}
