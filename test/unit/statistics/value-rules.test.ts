import { describe, expect, it } from 'vitest';
import type { ColumnStatistics, ColumnStatsRow, ExtendedStatistics, TableStatistics } from '../../../src/statistics/format.ts';
import { applyValueRules, parseDropValues, resolveDistinct, valueDecision } from '../../../src/statistics/value-rules.ts';

function row(overrides: Partial<ColumnStatsRow> = {}): ColumnStatsRow {
  return {
    inherited: false,
    null_frac: 0,
    avg_width: 8,
    n_distinct: 5,
    most_common_vals: '{a,b}',
    most_common_freqs: [0.6, 0.4],
    histogram_bounds: '{c,d,e}',
    correlation: 0.1,
    most_common_elems: null,
    most_common_elem_freqs: null,
    elem_count_histogram: null,
    range_length_histogram: null,
    range_empty_frac: null,
    range_bounds_histogram: null,
    ...overrides,
  };
}

function column(name: string, type: string, category: string, stats: ColumnStatsRow[], element?: { type: string; category: string }): ColumnStatistics {
  return { name, type, category, elementType: element?.type ?? null, elementCategory: element?.category ?? null, stats };
}

function table(name: string, columns: ColumnStatistics[], overrides: Partial<TableStatistics> = {}): TableStatistics {
  return {
    schema: 'public',
    name,
    kind: 'table',
    partitionOf: null,
    relpages: 100,
    reltuples: 100_000,
    relallvisible: 100,
    relallfrozen: null,
    readable: true,
    columns,
    indexes: [],
    ...overrides,
  };
}

describe('resolveDistinct', () => {
  it('takes a positive n_distinct as it is and a negative one as a fraction of the rows', () => {
    expect(resolveDistinct(5, 1_000_000)).toBe(5);
    expect(resolveDistinct(-1, 2_400_000)).toBe(2_400_000);
    expect(resolveDistinct(-0.0005, 1_000_000)).toBe(500);
  });
  it('is unknown for 0 (PostgreSQL: unknown) and for a negative n_distinct without a row count', () => {
    expect(resolveDistinct(0, 1000)).toBeNull();
    expect(resolveDistinct(-1, 0)).toBeNull();
    expect(resolveDistinct(-1, -1)).toBeNull();
  });
});

describe('valueDecision', () => {
  it.each([
    ['N', 'bigint'],
    ['D', 'timestamp with time zone'],
    ['T', 'interval'],
    ['B', 'boolean'],
    ['E', 'public.order_status'],
  ])('keeps the values of category %s (%s) whatever their number', (category, type) => {
    expect(valueDecision(category, type, 10_000_000).keep).toBe(true);
    expect(valueDecision(category, type, null).keep).toBe(true);
  });
  it.each([
    ['S', 'text'],
    ['U', 'uuid'],
    ['U', 'jsonb'],
    ['I', 'inet'],
    ['G', 'point'],
  ])('keeps category %s (%s) up to 1,000 distinct values, drops it above or when unknown', (category, type) => {
    expect(valueDecision(category, type, 1000).keep).toBe(true);
    expect(valueDecision(category, type, 1001)).toEqual({ keep: false, reason: `type ${type} with about 1001 distinct values (over 1000)` });
    expect(valueDecision(category, type, null).keep).toBe(false);
  });
  it('treats an expression (type unknown) as text', () => {
    expect(valueDecision(null, 'unknown (an expression)', 10).keep).toBe(true);
    expect(valueDecision(null, 'unknown (an expression)', 5000).keep).toBe(false);
  });
});

describe('parseDropValues', () => {
  it('reads TABLE.COLUMN and SCHEMA.TABLE.COLUMN', () => {
    expect(parseDropValues('orders.email')).toEqual({ text: 'orders.email', schema: null, table: 'orders', column: 'email' });
    expect(parseDropValues('shop.orders.email')).toEqual({ text: 'shop.orders.email', schema: 'shop', table: 'orders', column: 'email' });
  });
  it.each(['email', 'a.b.c.d', 'orders.', '.email'])('refuses %j in one line', (text) => {
    expect(() => parseDropValues(text)).toThrow(`--drop-values ${text}: expected TABLE.COLUMN or SCHEMA.TABLE.COLUMN`);
  });
});

describe('applyValueRules', () => {
  const shop = () => [
    table('customers', [
      column('id', 'bigint', 'N', [row({ n_distinct: -1, most_common_vals: null, most_common_freqs: null, histogram_bounds: '{1,50000,100000}' })]),
      column('country', 'text', 'S', [row({ n_distinct: 40, most_common_vals: '{DE,FR}', histogram_bounds: '{AT,BE,CH}' })]),
      column('email', 'text', 'S', [row({ n_distinct: -1, most_common_vals: null, most_common_freqs: null, histogram_bounds: '{a@x,m@x,z@x}' })]),
      column('token', 'uuid', 'U', [row({ n_distinct: -1, most_common_vals: null, histogram_bounds: '{0000,8888,ffff}' })]),
      column(
        'tags',
        'text[]',
        'A',
        [
          row({
            n_distinct: 30,
            most_common_vals: null,
            histogram_bounds: null,
            most_common_elems: '{vip,new}',
            most_common_elem_freqs: [0.1, 0.05, 0.05, 0.1, 0],
          }),
        ],
        { type: 'text', category: 'S' },
      ),
      column('scores', 'integer[]', 'A', [row({ n_distinct: -0.9, most_common_elems: '{1,2}' })], { type: 'integer', category: 'N' }),
    ]),
  ];

  it('keeps numbers and low-cardinality text, drops high-cardinality text and uuid, keeps their counts and fractions, and lists each drop', () => {
    const tables = shop();
    const dropped = applyValueRules(tables, [], { keepValues: false, dropValues: [] });
    const [customers] = tables;
    const stats = (name: string) => customers!.columns.find((c) => c.name === name)!.stats[0]!;
    expect(stats('id').histogram_bounds).toBe('{1,50000,100000}');
    expect(stats('country').most_common_vals).toBe('{DE,FR}');
    expect(stats('country').histogram_bounds).toBe('{AT,BE,CH}');
    expect(stats('email').histogram_bounds).toBeNull();
    expect(stats('email')).toMatchObject({ n_distinct: -1, null_frac: 0, avg_width: 8, correlation: 0.1 });
    expect(stats('token').histogram_bounds).toBeNull();
    expect(stats('tags').most_common_elems).toBe('{vip,new}');
    expect(stats('scores').most_common_elems).toBe('{1,2}');
    expect(dropped).toEqual([
      {
        schema: 'public',
        relation: 'customers',
        column: 'email',
        statistics: null,
        fields: ['histogram_bounds'],
        reason: 'type text with about 100000 distinct values (over 1000)',
      },
      {
        schema: 'public',
        relation: 'customers',
        column: 'token',
        statistics: null,
        fields: ['histogram_bounds'],
        reason: 'type uuid with about 100000 distinct values (over 1000)',
      },
    ]);
  });

  it('--keep-values keeps everything; --drop-values drops more, also with --keep-values', () => {
    const kept = shop();
    expect(applyValueRules(kept, [], { keepValues: true, dropValues: [] })).toEqual([]);
    expect(kept[0]!.columns.find((c) => c.name === 'email')!.stats[0]!.histogram_bounds).toBe('{a@x,m@x,z@x}');

    const forced = shop();
    const dropped = applyValueRules(forced, [], { keepValues: true, dropValues: [parseDropValues('customers.country')] });
    expect(dropped).toEqual([
      {
        schema: 'public',
        relation: 'customers',
        column: 'country',
        statistics: null,
        fields: ['most_common_vals', 'histogram_bounds'],
        reason: '--drop-values customers.country',
      },
    ]);
    expect(forced[0]!.columns.find((c) => c.name === 'country')!.stats[0]!.most_common_freqs).toEqual([0.6, 0.4]);
  });

  it('refuses a --drop-values that names no exported column (a typo must not let values through)', () => {
    expect(() => applyValueRules(shop(), [], { keepValues: false, dropValues: [parseDropValues('customers.emial')] })).toThrow(
      '--drop-values customers.emial: no exported table has that column',
    );
  });

  it('resolves a partitioned parent without reltuples (13) through its partitions, and --drop-values on the parent covers them', () => {
    const status = (n_distinct: number) => column('status', 'text', 'S', [row({ n_distinct })]);
    const parent = table('orders', [status(-0.001)], { kind: 'partitioned table', reltuples: 0, relpages: 0 });
    const parts = [1, 2].map((k) =>
      table(`orders_${k}`, [status(-0.002), column('email', 'text', 'S', [row({ n_distinct: 10 })])], { partitionOf: 'public.orders', reltuples: 400_000 }),
    );
    // 0.001 × 800,000 rows = 800 distinct: kept; each partition: 0.002 × 400,000 = 800: kept.
    const dropped = applyValueRules([parent, ...parts], [], { keepValues: false, dropValues: [parseDropValues('orders.email')] });
    expect(parent.columns[0]!.stats[0]!.most_common_vals).toBe('{a,b}');
    expect(dropped.map((d) => `${d.relation}.${d.column}: ${d.reason}`)).toEqual([
      'orders_1.email: --drop-values orders.email',
      'orders_2.email: --drop-values orders.email',
    ]);
  });

  it("drops an index expression's values by its own type and distinct count, and by --drop-values on a column it reads", () => {
    const users = table('users', [column('email', 'text', 'S', [row({ n_distinct: -1 })]), column('plan', 'text', 'S', [row({ n_distinct: 3 })])]);
    const expression = (name: string, expr: string, n_distinct: number) => ({ ...column(name, 'text', 'S', [row({ n_distinct })]), expression: expr });
    users.indexes.push({
      name: 'users_lower_idx',
      definition: 'CREATE INDEX users_lower_idx ON public.users USING btree (lower(email))',
      method: 'btree',
      unique: false,
      primary: false,
      relpages: 10,
      reltuples: 100_000,
      columns: [expression('lower', 'lower(email)', -1)],
    });
    users.indexes.push({
      name: 'users_plan_idx',
      definition: 'CREATE INDEX users_plan_idx ON public.users USING btree (upper(plan))',
      method: 'btree',
      unique: false,
      primary: false,
      relpages: 10,
      reltuples: 100_000,
      columns: [expression('upper', 'upper(plan)', 3)],
    });
    const dropped = applyValueRules([users], [], { keepValues: false, dropValues: [parseDropValues('users.plan')] });
    expect(dropped.map((d) => `${d.relation}.${d.column}: ${d.reason}`)).toEqual([
      'users.email: type text with about 100000 distinct values (over 1000)',
      'users.plan: --drop-values users.plan',
      'users_lower_idx.lower: type text with about 100000 distinct values (over 1000)',
      'users_plan_idx.upper: --drop-values users.plan',
    ]);
  });

  it("drops an extended statistics object's MCV list when one of its columns or expressions loses its values; keeps ndistinct and dependencies", () => {
    const orders = table('orders', [
      column('status', 'text', 'S', [row({ n_distinct: 4 })]),
      column('email', 'text', 'S', [row({ n_distinct: -1 })]),
      column('total', 'numeric', 'N', [row()]),
    ]);
    const object = (
      name: string,
      columns: string[],
      expressions: string[] = [],
      exprStats: ExtendedStatistics['expressionStats'] = [],
    ): ExtendedStatistics => ({
      schema: 'public',
      table: 'orders',
      statisticsSchema: 'public',
      name,
      definition: `CREATE STATISTICS public.${name} ON ... FROM public.orders`,
      columns,
      attnums: columns.map((_, i) => i + 1),
      expressions,
      kinds: ['d', 'f', 'm'],
      stats: [
        {
          inherited: false,
          n_distinct: '{"1, 2": 40}',
          dependencies: '{"1 => 2": 0.5}',
          most_common_vals: '{{a,1},{b,2}}',
          most_common_val_nulls: '{{f,f},{f,f}}',
          most_common_freqs: [0.5, 0.5],
          most_common_base_freqs: [0.4, 0.4],
        },
      ],
      expressionStats: exprStats,
    });
    const lowered = { ...row({ n_distinct: -1, most_common_vals: null }), expr: 'lower(email)' } as ExtendedStatistics['expressionStats'][number];
    delete (lowered as Partial<ColumnStatsRow>).range_bounds_histogram;
    const kept = object('orders_status_total', ['status', 'total']);
    const byEmail = object('orders_status_email', ['status', 'email']);
    const byExpression = object('orders_lower_email', ['status'], ['lower(email)'], [lowered]);
    const dropped = applyValueRules([orders], [kept, byEmail, byExpression], { keepValues: false, dropValues: [] });
    expect(kept.stats[0]!.most_common_vals).toBe('{{a,1},{b,2}}');
    expect(byEmail.stats[0]).toMatchObject({
      most_common_vals: null,
      n_distinct: '{"1, 2": 40}',
      dependencies: '{"1 => 2": 0.5}',
      most_common_freqs: [0.5, 0.5],
    });
    expect(byExpression.stats[0]!.most_common_vals).toBeNull();
    expect(lowered.histogram_bounds).toBeNull();
    expect(dropped.filter((d) => d.statistics).map((d) => [d.statistics, d.fields, d.reason])).toEqual([
      ['public.orders_status_email', ['most_common_vals'], 'the values of column email are dropped'],
      [
        'public.orders_lower_email',
        ['histogram_bounds of lower(email)', 'most_common_vals'],
        'expression lower(email): type unknown (an expression) with about 100000 distinct values (over 1000); the values of expression lower(email) are dropped',
      ],
    ]);
  });
});
