import type { Session, ValueProbe } from '../types.ts';
import { quoteIdent } from '../../util/sql.ts';

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
  for (const probe of probes) values.push(await sampleValue(session, probe));
  return values;
}

async function sampleValue(session: Session, probe: ValueProbe): Promise<string | null> {
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

function quantileIndex(length: number, position: ValueProbe['position']): number {
  const fraction = position === 'low' ? 0.25 : position === 'high' ? 0.75 : 0.5;
  return Math.min(length - 1, Math.floor((length - 1) * fraction));
}

/** node-postgres parses text[] into an array; PGlite too; either may hand back the literal. */
function asTextArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((item) => String(item));
  return [];
}
