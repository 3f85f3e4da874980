// npm run bench -- --schema wide: a generated structure.sql the size of a large monolith's.
// 2,000 tables (1,880 plain + 20 partitioned parents with 5 range partitions each), 8,000
// indexes (4 per table: primary key + 3 secondary, among them multicolumn, partial and
// expression indexes; a parent's indexes are also created on its partitions), 100 views,
// 5 materialized views WITH NO DATA, foreign keys and comments between empty tables, laid out
// in pg_dump's order. 10 tables are seeded (20,000-100,000 rows, 475,000 in all), the rest
// stay empty. 200 queries: most on the seeded tables, some on views and empty tables.

// --schema app is the same generator at the size of a typical application's dump: 200 tables
// (180 plain + 4 partitioned parents with 5 partitions each), 20 views, 2 materialized views,
// 100,000 rows in 10 tables, 100 queries.

/** seeded: rows of the seeded plain tables t0001..t0009; p01 (partitioned) gets partitionedRows. */
export const WIDE = {
  plain: 1880,
  parents: 20,
  views: 100,
  matviews: 5,
  seeded: [100000, 80000, 60000, 50000, 40000, 30000, 25000, 20000, 20000],
  partitionedRows: 50000,
};
export const APP = {
  plain: 180,
  parents: 4,
  views: 20,
  matviews: 2,
  seeded: [30000, 20000, 15000, 10000, 8000, 5000, 4000, 3000, 2000],
  partitionedRows: 3000,
};
const PARTITIONS = 5;

const t = (i) => `t${String(i).padStart(4, '0')}`;
const p = (i) => `p${String(i).padStart(2, '0')}`;
const RANGES = ['2024-01-01', '2024-03-01', '2024-05-01', '2024-07-01', '2024-09-01', '2025-01-01'];

/** The columns every generated table has (plain tables add ref_id, every fourth a jsonb). */
const COLUMNS = `    id bigint NOT NULL,
    account_id integer NOT NULL,
    status text NOT NULL,
    amount numeric(10,2),
    created_at timestamp with time zone NOT NULL,
    note text`;

export function wideSchema({ plain: PLAIN, parents: PARENTS, views: VIEWS, matviews: MATVIEWS } = WIDE) {
  const out = ['SET statement_timeout = 0;', "SET client_encoding = 'UTF8';", "SELECT pg_catalog.set_config('search_path', '', false);", ''];
  for (let i = 1; i <= PLAIN; i++) {
    out.push(`CREATE TABLE public.${t(i)} (
${COLUMNS},
    ref_id bigint${i % 4 === 0 ? ',\n    payload jsonb' : ''}
);
`);
  }
  for (let i = 1; i <= PARENTS; i++) {
    out.push(`CREATE TABLE public.${p(i)} (
${COLUMNS}
)
PARTITION BY RANGE (created_at);
`);
    for (let k = 1; k <= PARTITIONS; k++) {
      out.push(`CREATE TABLE public.${p(i)}_${k} PARTITION OF public.${p(i)} FOR VALUES FROM ('${RANGES[k - 1]}') TO ('${RANGES[k]}');\n`);
    }
  }
  for (let i = 1; i <= VIEWS; i++) {
    out.push(`CREATE VIEW public.v_${t(i)} AS
 SELECT id, account_id, amount, created_at
   FROM public.${t(i)}
  WHERE (status = 'open'::text);
`);
  }
  for (let i = 1; i <= MATVIEWS; i++) {
    out.push(`CREATE MATERIALIZED VIEW public.mv_${t(i)} AS
 SELECT account_id, count(*) AS n, sum(amount) AS total
   FROM public.${t(i)}
  GROUP BY account_id
  WITH NO DATA;
`);
  }
  for (let i = 1; i <= PLAIN; i++) out.push(`ALTER TABLE ONLY public.${t(i)}\n    ADD CONSTRAINT ${t(i)}_pkey PRIMARY KEY (id);\n`);
  for (let i = 1; i <= PARENTS; i++) out.push(`ALTER TABLE ONLY public.${p(i)}\n    ADD CONSTRAINT ${p(i)}_pkey PRIMARY KEY (id, created_at);\n`);
  for (let i = 1; i <= PLAIN; i++) {
    const name = t(i);
    out.push(
      i % 5 === 0
        ? `CREATE INDEX ${name}_status_amount_idx ON public.${name} USING btree (status, amount);`
        : `CREATE INDEX ${name}_account_created_idx ON public.${name} USING btree (account_id, created_at);`,
      `CREATE INDEX ${name}_open_idx ON public.${name} USING btree (created_at) WHERE (status = 'open'::text);`,
      i % 3 === 0
        ? `CREATE INDEX ${name}_ref_idx ON public.${name} USING btree (ref_id);`
        : `CREATE INDEX ${name}_lower_note_idx ON public.${name} USING btree (lower(note));`,
    );
  }
  for (let i = 1; i <= PARENTS; i++) {
    const name = p(i);
    out.push(
      `CREATE INDEX ${name}_account_created_idx ON public.${name} USING btree (account_id, created_at);`,
      `CREATE INDEX ${name}_open_idx ON public.${name} USING btree (created_at) WHERE (status = 'open'::text);`,
      `CREATE INDEX ${name}_lower_note_idx ON public.${name} USING btree (lower(note));`,
    );
  }
  out.push('');
  // Foreign keys between empty tables only (a seeded table's rows would need parents).
  for (let i = 100; i + 7 <= PLAIN; i += 10)
    out.push(`ALTER TABLE ONLY public.${t(i + 7)}\n    ADD CONSTRAINT ${t(i + 7)}_ref_fkey FOREIGN KEY (ref_id) REFERENCES public.${t(i + 6)}(id);`);
  out.push('');
  for (let i = 10; i <= PLAIN; i += 10) out.push(`COMMENT ON TABLE public.${t(i)} IS 'Table ${i} of the generated wide schema.';`);
  return `${out.join('\n')}\n`;
}

export function wideSeed({ seeded: SEEDED, partitionedRows: PARTITIONED_ROWS } = WIDE) {
  const columns = () => `g, 1 + (random() * 4999)::int, (ARRAY['open', 'paid', 'shipped', 'closed'])[1 + (random() * 3)::int],
       round((random() * 500)::numeric, 2), timestamptz '2024-01-01' + random() * interval '360 days', 'note ' || (g % 997)`;
  const out = SEEDED.map(
    (rows, index) => `INSERT INTO ${t(index + 1)} (id, account_id, status, amount, created_at, note, ref_id)
SELECT ${columns()}, g % 1000
FROM generate_series(1, ${rows}) g;`,
  );
  out.push(`INSERT INTO ${p(1)} (id, account_id, status, amount, created_at, note)
SELECT ${columns()}
FROM generate_series(1, ${PARTITIONED_ROWS}) g;`);
  return `${out.join('\n')}\n`;
}

/** 200 queries: 140 on the seeded plain tables, 20 on the seeded partitioned one, 10 on views, 30 on empty tables. */
export function wideQuery(i, { plain: PLAIN, parents: PARENTS, matviews: MATVIEWS, seeded: SEEDED } = WIDE) {
  if (i < 140) {
    const table = t(1 + (Math.floor(i / 7) % SEEDED.length));
    const other = t(1 + ((Math.floor(i / 7) + 1) % SEEDED.length));
    const k = 1 + ((i * 37) % 4999);
    const month = String(1 + (i % 9)).padStart(2, '0');
    return [
      `SELECT * FROM ${table} WHERE id = ${k}`,
      `SELECT count(*) FROM ${table} WHERE account_id = ${k}`,
      `SELECT id, amount FROM ${table} WHERE account_id = $1 ORDER BY created_at DESC LIMIT 20`,
      `SELECT id FROM ${table} WHERE status = 'open' AND created_at >= '2024-${month}-01' AND created_at < '2024-${month}-08'`,
      `SELECT id, note FROM ${table} WHERE lower(note) = 'note ${k % 997}'`,
      `SELECT status, count(*), sum(amount) FROM ${table} WHERE created_at >= '2024-${month}-01' AND created_at < '2024-${month}-15' GROUP BY status`,
      `SELECT a.id, b.amount FROM ${table} a JOIN ${other} b ON b.account_id = a.account_id WHERE a.id = ${k}`,
    ][i % 7];
  }
  if (i < 160) {
    const month = String(1 + (i % 9)).padStart(2, '0');
    return [
      `SELECT count(*) FROM p01 WHERE created_at >= '2024-${month}-01' AND created_at < '2024-${month}-10'`,
      `SELECT * FROM p01 WHERE account_id = ${i * 11} AND created_at >= '2024-${month}-01' AND created_at < '2024-${month}-20'`,
      `SELECT id FROM p01 WHERE status = 'open' AND created_at >= '2024-${month}-01' AND created_at < '2024-${month}-03'`,
      `SELECT status, sum(amount) FROM p01 WHERE lower(note) = 'note ${i}' GROUP BY status`,
    ][i % 4];
  }
  if (i < 170) {
    const view = 1 + (i % MATVIEWS);
    return i % 2
      ? `SELECT * FROM v_${t(view)} WHERE account_id = ${i} AND created_at >= '2024-02-01'`
      : `SELECT * FROM mv_${t(view)} WHERE total > ${i * 100} ORDER BY total DESC LIMIT 10`;
  }
  const empty = t(SEEDED.length + 1 + ((90 + (i - 170) * 59) % (PLAIN - SEEDED.length)));
  const parent = p(2 + ((i - 170) % (PARENTS - 1)));
  return [
    `SELECT * FROM ${empty} WHERE account_id = ${i} ORDER BY created_at DESC LIMIT 50`,
    `SELECT count(*) FROM ${empty} WHERE status = 'open' AND created_at > now() - interval '7 days'`,
    `SELECT e.id, s.amount FROM ${empty} e JOIN t0001 s ON s.id = e.ref_id WHERE e.account_id = ${i}`,
    `SELECT * FROM ${parent} WHERE account_id = ${i} AND created_at >= '2024-05-01' AND created_at < '2024-06-01'`,
  ][i % 4];
}

/** Head's one change: q001 (count on t0001 by account) can no longer use the account index. */
export const WIDE_HEAD_CHANGE = { file: 'queries/q001.sql', text: 'SELECT count(*) FROM t0001 WHERE account_id + 0 = 37\n' };
