import type { ColumnProbe, Session, TypeProbe, ValueProbe } from '../database.ts';
import { quoteIdent } from '../../util/sql.ts';
import { noop } from '../../util/ignore.ts';

/**
 * A representative existing value of a column, for a query parameter compared with it, read
 * from the statistics the deterministic ANALYZE made (so the same data gives the same value):
 * the histogram's median (or its quartile for a range's ends), else the most common value.
 * A partitioned table's value comes from its largest partition: ANALYZE of the parent samples
 * its partitions at random (their shares go by pages), a partition's own statistics read every row.
 * null when the relation or column is unknown, or has no statistics (an empty table, a view).
 */
export async function sampleValuesOn(session: Session, probes: readonly ValueProbe[]): Promise<(string | null)[]> {
  const values: (string | null)[] = [];
  // A statement's parameter types, prepared once for all its probes.
  const prepared = new Map<string, number[] | null>();
  for (const probe of probes) values.push('statement' in probe ? await typicalValueOn(session, probe, prepared) : await sampleValue(session, probe));
  return values;
}

async function sampleValue(session: Session, probe: ColumnProbe): Promise<string | null> {
  for (const relation of probe.relations) {
    const name = relation.schema ? `${quoteIdent(relation.schema)}.${quoteIdent(relation.name)}` : quoteIdent(relation.name);
    try {
      const rows = await session.query(
        `SELECT s.histogram_bounds::text::text[] AS histogram, s.most_common_vals::text::text[] AS common
         FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_stats s ON s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname = $2
         WHERE c.oid = COALESCE((SELECT t.relid FROM pg_partition_tree(to_regclass($1)) t JOIN pg_class l ON l.oid = t.relid
                                 WHERE t.isleaf ORDER BY l.reltuples DESC, l.relname LIMIT 1), to_regclass($1))
         ORDER BY s.inherited DESC
         LIMIT 1`,
        [name, probe.column],
      );
      const row = rows[0];
      if (!row) continue;
      const histogram = asTextArray(row.histogram);
      const common = asTextArray(row.common);
      if (histogram.length) return histogram[quantileIndex(histogram.length, probe.position)]!;
      if (common.length) return common[0]!;
    } catch {
      // An unknown relation or a column of another type: no value from here.
    }
  }
  return null;
}

function quantileIndex(length: number, position: ColumnProbe['position']): number {
  const fraction = position === 'low' ? 0.25 : position === 'high' ? 0.75 : 0.5;
  return Math.min(length - 1, Math.floor((length - 1) * fraction));
}

/** node-postgres parses text[] into an array; PGlite too; either may hand back the literal. */
function asTextArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((item) => String(item));
  return [];
}

/**
 * A typical value of the type PostgreSQL gives the parameter (PREPARE, then the prepared
 * statement's parameter_types): through domains to their base type, an enum's first label, a
 * one-element array of an array type's element. null when the statement does not prepare (a
 * parameter whose type PostgreSQL cannot tell) or the type has no typical value here.
 */
async function typicalValueOn(session: Session, probe: TypeProbe, prepared: Map<string, number[] | null>): Promise<string | null> {
  if (!prepared.has(probe.statement)) prepared.set(probe.statement, await parameterTypes(session, probe.statement));
  const type = prepared.get(probe.statement)?.[probe.param - 1];
  const columnType = probe.column ? await columnTypeOf(session, probe.column) : undefined;
  if (columnType !== undefined) {
    const value = await typicalOfType(session, columnType, 0);
    if (value === null) return null;
    const array = type === undefined ? probe.column!.array : (await isArrayType(session, type)) && !(await isArrayType(session, columnType));
    return array ? oneElementArray(value) : value;
  }
  return type === undefined ? null : typicalOfType(session, type, 0);
}

/** The type of the column in the first of the relations that has it. */
async function columnTypeOf(session: Session, probe: NonNullable<TypeProbe['column']>): Promise<number | undefined> {
  for (const relation of probe.relations) {
    const name = relation.schema ? `${quoteIdent(relation.schema)}.${quoteIdent(relation.name)}` : quoteIdent(relation.name);
    const rows = await session
      .query(
        `SELECT a.atttypid::int8 AS type FROM pg_attribute a WHERE a.attrelid = to_regclass($1) AND a.attname = $2 AND a.attnum > 0 AND NOT a.attisdropped`,
        [name, probe.column],
      )
      .catch(() => []);
    if (rows[0]) return Number(rows[0].type);
  }
  return undefined;
}

async function isArrayType(session: Session, oid: number): Promise<boolean> {
  const rows = await session.query(`SELECT t.typcategory = 'A' AS array FROM pg_type t WHERE t.oid = $1::int8::oid`, [oid]).catch(() => []);
  return rows[0]?.array === true;
}

const PREPARED_NAME = 'pg_plan_gate_param_types';

async function parameterTypes(session: Session, statement: string): Promise<number[] | null> {
  try {
    // The extended protocol takes one statement only: nothing rides along with the PREPARE.
    await session.query(`PREPARE ${PREPARED_NAME} AS ${statement}`, []);
  } catch {
    return null;
  }
  try {
    const rows = await session.query(
      `SELECT t.type::oid::int8 AS type FROM pg_prepared_statements s, unnest(s.parameter_types) WITH ORDINALITY AS t(type, n) WHERE s.name = $1 ORDER BY t.n`,
      [PREPARED_NAME],
    );
    return rows.map((row) => Number(row.type));
  } catch {
    return null;
  } finally {
    // Not prepared when PREPARE itself failed; either way nothing is left behind.
    await session.query(`DEALLOCATE ${PREPARED_NAME}`, []).catch(noop);
  }
}

async function typicalOfType(session: Session, oid: number, depth: number): Promise<string | null> {
  if (depth > 5) return null;
  const rows = await session
    .query(
      `SELECT t.typname AS name, t.typtype AS kind, t.typcategory AS category, t.typbasetype::int8 AS base, t.typelem::int8 AS element,
              (SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder LIMIT 1) AS label
       FROM pg_type t WHERE t.oid = $1::int8::oid`,
      [oid],
    )
    .catch(() => []);
  const row = rows[0];
  if (!row) return null;
  if (row.kind === 'd') return typicalOfType(session, Number(row.base), depth + 1);
  if (row.category === 'A' && Number(row.element) !== 0) {
    const element = await typicalOfType(session, Number(row.element), depth + 1);
    return element === null ? null : oneElementArray(element);
  }
  return typicalScalar(String(row.name), String(row.kind), typeof row.label === 'string' ? row.label : null);
}

/**
 * Fixed values by type name: a parameter that no column tells about still plans as a real
 * call would, and every run plans the same. Dates are a fixed day, not today.
 */
const TYPICAL: Readonly<Record<string, string>> = {
  bool: 'true',
  int2: '1',
  int4: '1',
  int8: '1',
  numeric: '1',
  float4: '1',
  float8: '1',
  oid: '1',
  text: 'a',
  varchar: 'a',
  bpchar: 'a',
  name: 'a',
  citext: 'a',
  uuid: '00000000-0000-4000-8000-000000000001',
  date: '2026-01-01',
  timestamp: '2026-01-01 00:00:00',
  timestamptz: '2026-01-01 00:00:00+00',
  time: '12:00:00',
  timetz: '12:00:00+00',
  interval: '1 hour',
  json: '{}',
  jsonb: '{}',
  bytea: '\\x00',
  inet: '192.0.2.1',
  cidr: '192.0.2.0/24',
};

/** A typical value of a type that is not a domain or an array: its typname, typtype (`e` for an enum) and an enum's first label. */
export function typicalScalar(name: string, kind: string, enumLabel: string | null): string | null {
  if (kind === 'e') return enumLabel;
  if (kind !== 'b') return null; // a composite, range or pseudo-type
  return TYPICAL[name] ?? null;
}

/** A PostgreSQL array literal of one element. */
export function oneElementArray(element: string): string {
  return `{"${element.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"}`;
}
