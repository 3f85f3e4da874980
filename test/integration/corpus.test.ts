import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures.ts';
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
const CORPUS = join(FIXTURES, 'corpus');
const DOWNLOADED_MAJOR = 16;
let cacheDir: string;
let unavailable: string | undefined;

beforeAll(async () => {
  cacheDir = readableCacheDir('pgpg-corpus-cache-');
  unavailable = await downloadUnavailable();
});
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

function appFiles(app: string): Record<string, string> {
  const root = join(CORPUS, app);
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(root, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(root);
  return files;
}

interface CorpusApp {
  app: string;
  /** What a pull request can break, and the query that must notice. */
  drop?: string;
  regressed?: string;
  /** The index advice must bring back. */
  advice?: string;
}

const APPS: CorpusApp[] = [
  { app: 'pagila', drop: 'DROP INDEX public.idx_store_id_film_id;', regressed: 'queries/store-film-stock', advice: 'CREATE INDEX idx_store_id_film_id ON inventory (store_id, film_id)' },
  { app: 'feedbin' },
  { app: 'graphile-starter' },
  { app: 'simplebank', drop: 'DROP INDEX entries_account_id_idx;', regressed: 'ListEntries', advice: 'CREATE INDEX entries_account_id_idx ON entries (account_id)' },
  // sqlc files with utility statements, a schema file the query glob matches, partitioned tables
  { app: 'hatchet', drop: 'DROP INDEX v1_queue_item_list_idx;', regressed: 'ListQueueItemsForQueue', advice: 'CREATE INDEX v1_queue_item_list_idx ON v1_queue_item (tenant_id, queue, priority DESC, id)' },
  // creates pgstattuple, which the embedded engine does not ship: its config skips it
  { app: 'danbooru' },
];

const ENGINES = [
  { engine: 'embedded', header: 'engine: embedded\n', version: /^18\./ },
  { engine: 'server', header: 'engine: server\n', version: /^\d+\./ },
  { engine: `server, postgres_version ${DOWNLOADED_MAJOR} (downloaded)`, header: `postgres_version: ${DOWNLOADED_MAJOR}\n`, version: new RegExp(`^${DOWNLOADED_MAJOR}\\.`) },
];

// hatchet (150 named queries, 80 tables) takes about 4 minutes on the embedded engine on two shared cores.
describe.each(ENGINES)('corpus on $engine', ({ engine, header, version }) => {
  it.for(APPS)('$app: builds unchanged; A/A gives zero findings and identical plans; a dropped index is caught where the app names one', { timeout: 480_000 }, async ({ app, drop, regressed, advice }, context) => {
    if (engine.includes('downloaded') && unavailable) return context.skip(unavailable);
    const files = appFiles(app);
    const config = header + files['pg-plan-gate.yml']!;
    const seed = files['seed.sql']!;
    const r = repo(
      { ...files, 'pg-plan-gate.yml': config },
      { 'seed.sql': `${seed}\n-- head: the same seed, other bytes, so each side is built\n` },
      ...(drop ? [{ 'seed.sql': `${seed}\n${drop}\n` }] : []),
    );
    const same = await gate(r.dir, r.shas[0]!, r.shas[1]!, 'pg-plan-gate.yml', {}, { cacheDir });
    expect(same.engine.serverVersion).toMatch(version);
    expect(same.warnings).toEqual([]);
    expect(same.findings).toEqual([]);
    expect(same.queries.length).toBeGreaterThan(5);
    for (const entry of same.queries) {
      expect(entry.status, entry.name).toBe('unchanged');
      // A query on the system catalog (pg_class, pg_stat_user_tables) reads the cluster's own
      // state, which two databases do not share: its costs and blocks may differ, its plan not.
      if (readsCatalog(entry)) expect((entry.head as { shape: string }).shape, entry.name).toBe((entry.base as { shape: string }).shape);
      // A write's measured blocks follow the pages' state (hint bits, free space, an index's
      // page splits), which two builds need not share: its plan and costs must match, not its blocks.
      else if (writes(entry)) expect(withoutWork(entry.head), entry.name).toEqual(withoutWork(entry.base));
      else expect(entry.head, entry.name).toEqual(entry.base);
    }
    if (!drop) return;
    const broken = await gate(r.dir, r.shas[0]!, r.shas[2]!, 'pg-plan-gate.yml', {}, { cacheDir });
    expect(broken.verdict).toBe('fail');
    expect(query(broken, regressed!).status).toBe('regressed');
    expect(rules(query(broken, regressed!))).toContain('error:cost-regression');
    expect(query(broken, regressed!).advice?.map((entry) => entry.sql)).toContain(advice);
  });
});

function readsCatalog(entry: { base: unknown }): boolean {
  const shape = (entry.base as { shape?: string } | null)?.shape ?? '';
  return / on pg_\w+/.test(shape);
}

function writes(entry: { base: unknown }): boolean {
  const shape = (entry.base as { shape?: string } | null)?.shape ?? '';
  return /^\s*(Insert|Update|Delete|Merge) on /m.test(shape);
}

function withoutWork(side: unknown): unknown {
  if (!side || typeof side !== 'object') return side;
  const { work: _work, workDetail: _workDetail, ...rest } = side as Record<string, unknown>;
  return rest;
}
