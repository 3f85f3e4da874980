/**
 * How a relation is named in shapes, seq scans and sizes: bare in `public` (most schemas),
 * qualified elsewhere, so `a.users` and `b.users` stay two relations.
 */
export function relationLabel(schema: string | undefined, relation: string): string {
  return schema && schema !== 'public' ? `${schema}.${relation}` : relation;
}

/** The bare and the schema-qualified name of a relation label, for `seq_scans.allow`. */
export function relationNames(label: string, schema?: string): { bare: string; qualified: string } {
  if (schema !== undefined) {
    const bare = schema !== 'public' && label.startsWith(`${schema}.`) ? label.slice(schema.length + 1) : label;
    return { bare, qualified: `${schema}.${bare}` };
  }
  const dot = label.indexOf('.');
  return dot < 0 ? { bare: label, qualified: `public.${label}` } : { bare: label.slice(dot + 1), qualified: label };
}
