import { isSqlParseError } from '../util/errors.ts';
import { createHash } from 'node:crypto';
import { fingerprintSync, normalizeSync, parseSync } from 'libpg-query';
import { aConstText } from './classify.ts';

/**
 * One shape per query, from libpg-query (the PostgreSQL parser; `await loadModule()` first).
 *
 * `fingerprintSync` ignores constants, parameter numbers, comments, whitespace and the length
 * of value lists. Measured on libpg-query 18.1.5:
 * - `id IN ($1)`, `id IN ($1,$2,$3)`, `id IN (1,2,3,4,5)`, `id = ANY($1)`, `id = ANY('{1,2,3}')`,
 *   `id = $1` and `id = 42` all have ONE fingerprint: a batched eager load and the single-row
 *   load it replaced are the same query shape.
 * - `id = ANY(ARRAY[1,2])` and `ANY(ARRAY[1,2,3])` share a fingerprint, distinct from the above.
 * - `INSERT ... VALUES ($1)` and `VALUES ($1), ($2)` share one; so do `LIMIT 10 OFFSET 20` and
 *   `LIMIT $1 OFFSET $2`, and even `SELECT a, b` / `SELECT b, a` (target order is ignored).
 * - A table alias changes it (`FROM users` vs `FROM users AS u`).
 * So the fingerprint alone cannot tell a batch from a loop; ./analyze.ts counts the distinct
 * values each execution loads (see `executionValues`) to tell them apart.
 *
 * `normalizeSync` replaces constants by $n (keeping existing $n); it keeps comments and the
 * list lengths, so it names a shape for humans but is not the identity.
 */
export interface StatementShape {
  /** 16 hex digits: libpg-query's fingerprint, or a hash of the whitespace-normalised text. */
  fingerprint: string;
  /** First 8 hex digits, for names (see `assignShortIds` for collisions). */
  id: string;
  /** The statement with constants replaced by $n, for display. */
  normalized: string;
  /** False when the parser rejected the statement and the fingerprint is the fallback. */
  parsed: boolean;
}

const shapes = new Map<string, StatementShape>();
const CACHE_LIMIT = 20_000;

export function fingerprintStatement(sql: string): StatementShape {
  const cached = shapes.get(sql);
  if (cached) return cached;
  let shape: StatementShape;
  try {
    const fingerprint = fingerprintSync(sql);
    shape = { fingerprint, id: fingerprint.slice(0, 8), normalized: collapse(normalizeSync(sql)), parsed: true };
  } catch (error) {
    if (!isSqlParseError(error)) throw error;
    const text = collapse(sql).replace(/;+$/, '').trimEnd();
    const fingerprint = createHash('sha256').update(text).digest('hex').slice(0, 16);
    shape = { fingerprint, id: fingerprint.slice(0, 8), normalized: text, parsed: false };
  }
  if (shapes.size >= CACHE_LIMIT) shapes.clear();
  shapes.set(sql, shape);
  return shape;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Short ids for a set of fingerprints: 8 hex digits, lengthened for the fingerprints that
 * would otherwise share one, so names built from them stay unique.
 */
export function assignShortIds(fingerprints: Iterable<string>): Map<string, string> {
  const unique = [...new Set(fingerprints)];
  const ids = new Map<string, string>();
  for (let length = 8; ids.size < unique.length && length <= 64; length += 4) {
    const counts = new Map<string, number>();
    const pending = unique.filter((fingerprint) => !ids.has(fingerprint));
    for (const fingerprint of pending) counts.set(fingerprint.slice(0, length), (counts.get(fingerprint.slice(0, length)) ?? 0) + 1);
    for (const fingerprint of pending) {
      const id = fingerprint.slice(0, length);
      if (counts.get(id) === 1 || length + 4 > 64 || id.length === fingerprint.length) ids.set(fingerprint, id);
    }
  }
  return ids;
}

/** One statement as it ran: for EXPLAIN, the first one of its shape is kept as the sample. */
export interface Sample {
  sql: string;
  params: (string | null)[];
}

export interface FingerprintGroup extends StatementShape {
  /** Executions of this shape. */
  count: number;
  /** The first execution, to EXPLAIN. */
  sample: Sample;
}

/** Group statements by fingerprint, in order of first appearance, keeping the first as sample. */
/** A total order on samples, so the chosen sample does not depend on arrival order. */
export function sampleKey(sample: Sample): string {
  return `${sample.sql}\u0000${JSON.stringify(sample.params)}`;
}

export function groupByFingerprint(statements: Iterable<Sample>): FingerprintGroup[] {
  const groups = new Map<string, FingerprintGroup>();
  for (const statement of statements) {
    const shape = fingerprintStatement(statement.sql);
    const group = groups.get(shape.fingerprint);
    if (group) {
      group.count++;
      // The smallest sample, not the first: concurrent requests arrive in any order.
      if (sampleKey(statement) < sampleKey(group.sample)) group.sample = { sql: statement.sql, params: [...statement.params] };
    } else groups.set(shape.fingerprint, { ...shape, count: 1, sample: { sql: statement.sql, params: [...statement.params] } });
  }
  const ids = assignShortIds(groups.keys());
  return [...groups.values()].map((group) => ({ ...group, id: ids.get(group.fingerprint) ?? group.id }));
}

/**
 * What one execution loads, to tell repeated single loads from batches:
 * - `key`: its constants and bound values in statement order (a one-item `IN (...)` or
 *   `ANY('{x}')` counts as that one value, like `= x`), as one string. Two executions with
 *   the same key loaded the same rows.
 * - `batch`: for a batched statement (an `IN` list, `= ANY(array)` or multi-row `VALUES` with
 *   more than one item), the key each item would have as a single load; null otherwise.
 */
export interface ExecutionValues {
  key: string;
  batch: string[] | null;
}

type Slot =
  | { kind: 'value'; at: number; param?: number; text?: string | null }
  | { kind: 'list'; at: number; items: Slot[][] }
  | { kind: 'array'; at: number; source: Slot };

const templates = new Map<string, Slot[] | null>();

export function executionValues(sql: string, params: readonly (string | null)[]): ExecutionValues {
  const slots = template(sql);
  if (!slots) return { key: JSON.stringify([collapse(sql), ...params]), batch: null };
  const resolved = slots.map((slot) => resolveSlot(slot, params));
  const flat = (choice: (string | null)[][] | null, index: number) => (choice === null ? [] : choice.length === 1 ? choice[0]! : [`[${index}]`]);
  const values = resolved.flatMap((choice, index) => flat(choice, index));
  const batchIndex = resolved.findIndex((choice) => choice !== null && choice.length > 1);
  let batch: string[] | null = null;
  if (batchIndex >= 0) {
    batch = resolved[batchIndex]!.map((item) => JSON.stringify(resolved.flatMap((choice, index) => (index === batchIndex ? item : flat(choice, index)))));
  }
  return { key: JSON.stringify(values), batch };
}

/** A slot's possible values: one entry per list item (a scalar is a list of one). */
function resolveSlot(slot: Slot, params: readonly (string | null)[]): (string | null)[][] | null {
  if (slot.kind === 'value') return [[valueOf(slot, params)]];
  if (slot.kind === 'list') return slot.items.map((item) => item.flatMap((inner) => (resolveSlot(inner, params) ?? []).flat()));
  const text = valueOf(slot.source as Extract<Slot, { kind: 'value' }>, params);
  const elements = text === null ? null : arrayElements(text);
  return elements ? elements.map((element) => [element]) : [[text]];
}

function valueOf(slot: Extract<Slot, { kind: 'value' }>, params: readonly (string | null)[]): string | null {
  if (slot.param !== undefined) {
    const value = params[slot.param - 1];
    return value === undefined ? `$${slot.param}` : value;
  }
  return slot.text ?? null;
}

function template(sql: string): Slot[] | null {
  if (templates.has(sql)) return templates.get(sql)!;
  let slots: Slot[] | null;
  try {
    const stmts = parseSync(sql).stmts ?? [];
    slots = [];
    collect(
      stmts.map((stmt) => stmt.stmt),
      slots,
    );
  } catch (error) {
    if (!isSqlParseError(error)) throw error;
    slots = null;
  }
  if (templates.size >= CACHE_LIMIT) templates.clear();
  templates.set(sql, slots);
  return slots;
}

type Node = Record<string, unknown>;

function location(node: Node | undefined): number {
  return typeof node?.location === 'number' ? node.location : -1;
}

function collect(node: unknown, out: Slot[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const start = out.length;
  for (const [key, value] of Object.entries(node as Node)) {
    if (key === 'A_Const') out.push({ kind: 'value', at: location(value as Node), text: aConstText(value as Node) });
    else if (key === 'ParamRef') out.push({ kind: 'value', at: location(value as Node), param: (value as { number?: number }).number ?? 0 });
    else if (key === 'A_Expr') collectExpression(value as Node, out);
    else if (key === 'valuesLists' && Array.isArray(value) && value.length > 1) {
      const items = value.map((row) => {
        const slots: Slot[] = [];
        collect(row, slots);
        return slots;
      });
      out.push({ kind: 'list', at: items[0]?.[0]?.at ?? -1, items });
    } else collect(value, out);
  }
  // Statement order: the parse tree's field order is not the text's (LIMIT/OFFSET, for one).
  const added = out.splice(start).sort((a, b) => a.at - b.at);
  out.push(...added);
}

function collectExpression(expr: Node, out: Slot[]): void {
  const rexpr = expr.rexpr as Node | undefined;
  const list = (rexpr?.List as { items?: unknown[] } | undefined)?.items;
  if (expr.kind === 'AEXPR_IN' && list) {
    collect(expr.lexpr, out);
    out.push({ kind: 'list', at: location(expr), items: list.map((item) => itemSlots(item)) });
    return;
  }
  if (expr.kind === 'AEXPR_OP_ANY' && rexpr) {
    let inner = rexpr;
    while (inner.TypeCast) inner = (inner.TypeCast as Node).arg as Node;
    if (inner.A_ArrayExpr) {
      collect(expr.lexpr, out);
      const elements = ((inner.A_ArrayExpr as Node).elements as unknown[] | undefined) ?? [];
      out.push({ kind: 'list', at: location(expr), items: elements.map((item) => itemSlots(item)) });
      return;
    }
    if (inner.ParamRef || (inner.A_Const && (inner.A_Const as Node).sval)) {
      collect(expr.lexpr, out);
      const source: Slot[] = [];
      collect(inner, source);
      out.push({ kind: 'array', at: location(expr), source: source[0]! });
      return;
    }
  }
  collect(expr.lexpr, out);
  collect(expr.rexpr, out);
}

function itemSlots(item: unknown): Slot[] {
  const slots: Slot[] = [];
  collect(item, slots);
  return slots;
}

/**
 * Elements of a one-dimensional PostgreSQL array literal (`{1,2}`, `{"a,b",NULL}`); null for
 * anything else (nested arrays, bounds decoration, not an array).
 */
export function arrayElements(text: string): (string | null)[] | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return null;
  const body = trimmed.slice(1, -1);
  if (body.trim() === '') return [];
  const out: (string | null)[] = [];
  let index = 0;
  while (index <= body.length) {
    while (body[index] === ' ') index++;
    if (body[index] === '{') return null;
    if (body[index] === '"') {
      let value = '';
      index++;
      while (index < body.length && body[index] !== '"') {
        if (body[index] === '\\') index++;
        value += body[index] ?? '';
        index++;
      }
      if (body[index] !== '"') return null;
      index++;
      out.push(value);
    } else {
      let end = body.indexOf(',', index);
      if (end === -1) end = body.length;
      const raw = body.slice(index, end).trim();
      out.push(raw.toUpperCase() === 'NULL' ? null : raw);
      index = end;
    }
    while (body[index] === ' ') index++;
    if (index >= body.length) break;
    if (body[index] !== ',') return null;
    index++;
  }
  return out;
}
