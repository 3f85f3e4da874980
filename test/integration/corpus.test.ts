import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureFiles } from '../helpers/fixtures.ts';
import { gate, query, rules } from '../helpers/gate.ts';
import { downloadUnavailable, readableCacheDir } from '../helpers/registry.ts';
import { repoPerTest } from '../helpers/repo.ts';

/**
 * Real applications' schemas as they are (test/fixtures/corpus: pg_dump output, Rails
 * structure.sql, golang-migrate files and sqlc query files, vendored unchanged with their
 * licences), each with a synthetic seed above ANALYZE's sample on its biggest tables.
 * Built twice (head's seed differs by a trailing comment), every app must give zero findings
 * and identical plans on the embedded engine, on the machine's PostgreSQL, and on a
 * PostgreSQL major downloaded for `postgres_version`; a dropped index must be caught.
 */
const repo = repoPerTest();
const DOWNLOADED_MAJOR = 16;
let cacheDir: string;
let unavailable: string | undefined;

beforeAll(async () => {
  cacheDir = readableCacheDir('pgpg-corpus-cache-');
  unavailable = await downloadUnavailable();
});
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

interface CorpusApp {
  app: string;
  /** What a pull request can break, and the query that must notice. */
  drop?: string;
  /** Instead of `drop`: a pull request adding a migration in the app's own tool's format; head is then built incrementally. */
  migration?: Record<string, string>;
  regressed?: string;
  /** The index advice must bring back. */
  advice?: string;
  /** Its queries are the app's own sqlc files: at most 15% of them may be planned generically (issue 27). */
  sqlc?: true;
}

const APPS: CorpusApp[] = [
  {
    app: 'pagila',
    drop: 'DROP INDEX public.idx_store_id_film_id;',
    regressed: 'queries/store-film-stock',
    advice: 'CREATE INDEX idx_store_id_film_id ON inventory (store_id, film_id)',
  },
  { app: 'feedbin' },
  { app: 'graphile-starter' },
  {
    app: 'simplebank',
    sqlc: true,
    drop: 'DROP INDEX entries_account_id_idx;',
    regressed: 'ListEntries',
    advice: 'CREATE INDEX entries_account_id_idx ON entries (account_id)',
  },
  // sqlc files with utility statements, a schema file the query glob matches, partitioned tables
  {
    app: 'hatchet',
    sqlc: true,
    drop: 'DROP INDEX v1_queue_item_list_idx;',
    regressed: 'ListQueueItemsForQueue',
    advice: 'CREATE INDEX v1_queue_item_list_idx ON v1_queue_item (tenant_id, queue, priority DESC, id)',
  },
  // a job queue: golang-migrate-style migrations, sqlc files that open with DDL, a schema template through placeholders:
  { app: 'river', sqlc: true, drop: 'DROP INDEX river_job_prioritized_fetching_index;', regressed: 'JobGetAvailable' },
  // creates pgstattuple, which the embedded engine does not ship: its config skips it
  { app: 'danbooru' },
  // Migration folders as their tools keep them (issue 25): goose, Flyway, golang-migrate.
  {
    app: 'openfga',
    migration: {
      'assets/migrations/postgres/007_drop_user_lookup.sql':
        '-- +goose NO TRANSACTION\n-- +goose Up\nDROP INDEX CONCURRENTLY IF EXISTS idx_user_lookup;\n\n-- +goose Down\nCREATE INDEX CONCURRENTLY IF NOT EXISTS idx_user_lookup on tuple (store, _user, relation, object_type, object_id collate "C");\n',
    },
    regressed: 'queries/read-starting-with-user',
  },
  {
    app: 'conductor',
    migration: {
      'postgres-persistence/src/main/resources/db/migration_postgres/V19__drop_parent_workflow_id_index.sql':
        'DROP INDEX IF EXISTS workflow_index_parent_workflow_id_idx;\n',
    },
    regressed: 'queries/sub-workflows',
  },
  {
    app: 'go-clean-template',
    migration: {
      'migrations/20260501000000_drop_history_user_index.up.sql': 'DROP INDEX IF EXISTS idx_history_user_id;\n',
      'migrations/20260501000000_drop_history_user_index.down.sql': 'CREATE INDEX idx_history_user_id ON history(user_id);\n',
    },
    regressed: 'queries/history-of-user',
  },
];

const ENGINES = [
  { engine: 'embedded', header: 'engine: embedded\n', version: /^18\./ },
  { engine: 'server', header: 'engine: server\n', version: /^\d+\./ },
  {
    engine: `server, postgres_version ${DOWNLOADED_MAJOR} (downloaded)`,
    header: `postgres_version: ${DOWNLOADED_MAJOR}\n`,
    version: new RegExp(`^${DOWNLOADED_MAJOR}\\.`),
  },
];

// hatchet (150 named queries, 80 tables) takes about 4 minutes on the embedded engine on two shared cores.
describe.each(ENGINES)('corpus on $engine', ({ engine, header, version }) => {
  it.for(APPS)(
    '$app: builds unchanged; A/A gives zero findings and identical plans; a dropped index is caught where the app names one',
    { timeout: 480_000 },
    async ({ app, drop, migration, regressed, advice, sqlc }, context) => {
      if (engine.includes('downloaded') && unavailable) return context.skip(unavailable);
      const files = fixtureFiles(`corpus/${app}`);
      const config = header + files['pg-plan-gate.yml']!;
      const seed = files['seed.sql']!;
      const r = repo(
        { ...files, 'pg-plan-gate.yml': config },
        { 'seed.sql': `${seed}\n-- head: the same seed, other bytes, so each side is built\n` },
        ...(drop ? [{ 'seed.sql': `${seed}\n${drop}\n` }] : []),
      );
      // The pull request adds a migration on top of base (not of the A/A commit): head is base's migrations plus it.
      let broken: string | undefined = drop ? r.shas[2] : undefined;
      if (migration) {
        r.git('checkout', '-q', r.shas[0]!);
        broken = r.commit(migration);
      }
      const same = await gate(r.dir, r.shas[0]!, r.shas[1], 'pg-plan-gate.yml', {}, { cacheDir });
      expect(same.engine.serverVersion).toMatch(version);
      expect(same.warnings).toEqual([]);
      expect(same.findings).toEqual([]);
      expect(same.queries.length).toBeGreaterThan(5);
      if (sqlc) {
        // Values are inferred from the data, or from the parameter's type; what stays generic says why.
        const generic = same.queries.filter((entry) => entry.planMode === 'generic');
        expect(generic.length / same.queries.length).toBeLessThanOrEqual(0.15);
        for (const entry of generic) expect(entry.genericReason, entry.name).toBeTruthy();
      }
      for (const entry of same.queries) {
        expect(entry.status, entry.name).toBe('unchanged');
        // A query on the system catalog (pg_class, pg_stat_user_tables) reads the cluster's own
        // state, which two databases do not share: its costs and blocks may differ, its plan not.
        if (readsCatalog(entry)) expect((entry.head as { shape: string }).shape, entry.name).toBe((entry.base as { shape: string }).shape);
        // A write's measured blocks follow the pages' state (hint bits, free space, an index's
        // page splits), which two builds need not share: its plan and costs must match, not its blocks.
        // A bare function call (`SELECT create_partition($1::date)`, planned with its type's typical
        // value) reads what the function reads: DDL reads the catalog, as the queries above.
        else if (writes(entry) || callsOnly(entry)) expect(withoutWork(entry.head), entry.name).toEqual(withoutWork(entry.base));
        else expect(entry.head, entry.name).toEqual(entry.base);
      }
      if (!broken) return;
      const report = await gate(r.dir, r.shas[0]!, broken, 'pg-plan-gate.yml', {}, { cacheDir });
      expect(report.verdict).toBe('fail');
      if (migration) expect(report.build.head).toBe('incremental');
      expect(query(report, regressed!).status).toBe('regressed');
      expect(rules(query(report, regressed!))).toContain('error:cost-regression');
      if (advice) expect(query(report, regressed!).advice?.map((entry) => entry.sql)).toContain(advice);
    },
  );
});

function readsCatalog(entry: { base: unknown }): boolean {
  const shape = (entry.base as { shape?: string } | null)?.shape ?? '';
  return / on pg_\w+/.test(shape);
}

function writes(entry: { base: unknown }): boolean {
  const shape = (entry.base as { shape?: string } | null)?.shape ?? '';
  return /^\s*(Insert|Update|Delete|Merge) on /m.test(shape);
}

function callsOnly(entry: { base: unknown }): boolean {
  return (entry.base as { shape?: string } | null)?.shape === 'Result';
}

function withoutWork(side: unknown): unknown {
  if (!side || typeof side !== 'object') return side;
  const { work: _work, workDetail: _workDetail, ...rest } = side as Record<string, unknown>;
  return rest;
}
