import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findServerBin, startNativeServer, type NativeServer } from '../../src/engine/server/native-server.ts';
import { runGate } from '../../src/gate.ts';
import { loadParser, splitScript } from '../../src/engine/build/script.ts';
import { buildPglite } from '../../src/engine/embedded/pglite-session.ts';
import type { ScriptFile } from '../../src/engine/database.ts';
import { timedProgress } from '../../src/util/progress.ts';
import type { Report } from '../../src/report/report.ts';
import { ormFiles } from '../helpers/orm.ts';
import { pythonWith } from '../helpers/python.ts';
import { cacheDirPerTest, repoPerTest, type FileChanges } from '../helpers/repo.ts';

/**
 * Schema from a command (`schema: [{ command, inputs }]`): three applications whose schema is
 * only their migration tool's migrations (test/fixtures/migration-commands/), on both engines.
 * Head is a pull request adding one migration, which drops the index a registered query uses.
 */
const repo = repoPerTest();
const cacheDir = cacheDirPerTest();
const django = pythonWith(['django', 'psycopg2']);
const alembic = pythonWith(['alembic', 'sqlalchemy', 'psycopg2']);
const ROOT_MODULES = join(import.meta.dirname, '..', '..', 'node_modules');

const fixture = (name: string) => ormFiles(join('..', 'migration-commands', name));
const seed = fixture('db');
const QUERY = 'SELECT id, total FROM orders WHERE customer_id = 42\n';

function config(engine: string, command: string, inputs: string[] | null, extra = ''): string {
  const entry = inputs ? `  - command: ${command}\n    inputs: ${JSON.stringify(inputs)}\n` : `  - command: ${command}\n`;
  return `engine: ${engine}\nschema:\n${entry}seed: seed.sql\nqueries:\n  - name: orders-of-customer\n    sql: ${QUERY}${extra}`;
}

interface Run {
  report: Report;
  log: string[];
}

async function gate(dir: string, base: string, head: string, fixturesDir?: string, env: Record<string, string> = {}): Promise<Run> {
  const log: string[] = [];
  const timings: Record<string, number> = {};
  const report = await runGate({
    cwd: dir,
    configPath: 'pg-plan-gate.yml',
    baseRef: base,
    headRef: head,
    progress: timedProgress((line) => log.push(line), timings),
    timings,
    env,
    ...(fixturesDir !== undefined && { fixturesDir }),
  });
  return { report, log };
}

const errors = (report: Report) => report.findings.filter((finding) => finding.severity === 'error').map((finding) => `${finding.query}:${finding.rule}`);
const seqScans = (report: Report, side: 'base' | 'head') => {
  const result = report.queries[0]![side];
  return result && 'seqScans' in result ? result.seqScans.map((scan) => scan.relation) : null;
};

/** Base: the app and its first migration; head: the pull request's migration added. */
function appRepo(files: FileChanges, gateConfig: string, pullRequest: FileChanges) {
  const made = repo({ ...files, 'seed.sql': seed['seed.sql']!, 'pg-plan-gate.yml': gateConfig });
  made.commit(pullRequest);
  return made;
}

function withoutHead(files: FileChanges): FileChanges {
  return Object.fromEntries(Object.entries(files).filter(([path]) => !path.startsWith('head/')));
}

describe.each(['embedded', 'server'])('engine %s', (engine) => {
  describe.skipIf(!django.path)('Django (manage.py migrate), no SQL schema', () => {
    const files = fixture('django');
    const command = `${django.path} manage.py migrate --noinput`;
    const pullRequest = { 'shop/migrations/0002_remove_index.py': files['head/0002_remove_index.py']!, 'shop/models.py': files['head/models.py']! };

    it('A/A is silent, the cache hits on a second run, and a RemoveIndex migration is caught on an incremental head', { timeout: 600_000 }, async () => {
      const app = appRepo(withoutHead(files), config(engine, command, ['*/migrations/*.py']), pullRequest);
      const fixtures = cacheDir();
      const started = performance.now();
      const same = await gate(app.dir, app.shas[0]!, app.shas[0]!, fixtures);
      const firstMs = performance.now() - started;
      expect(errors(same.report)).toEqual([]);
      expect(same.report.findings).toEqual([]);
      expect(same.report.build).toEqual({ base: 'fresh', head: 'shared' });
      expect(seqScans(same.report, 'base')).toEqual([]);

      const again = await gate(app.dir, app.shas[0]!, app.shas[0]!, fixtures);
      expect(again.report.findings).toEqual([]);
      expect(again.report.build.base).toBe('cached');

      const pr = await gate(app.dir, app.shas[0]!, app.shas[1]!, fixtures);
      expect(pr.report.build).toEqual({ base: 'cached', head: 'incremental' });
      expect(pr.log.join('\n')).toContain(
        `head's schema command '${command}' has new inputs beside base's unchanged ones (shop/migrations/0002_remove_index.py): head is built from base's database, the command run on a copy of it as at deploy time`,
      );
      expect(errors(pr.report).sort()).toEqual(['orders-of-customer:cost-regression', 'orders-of-customer:seq-scan']);
      expect(seqScans(pr.report, 'head')).toEqual(['orders']);
      console.log(`${engine}: Django A/A first run ${Math.round(firstMs)} ms; pull request ${pr.report.timings.totalMs} ms`);
    });

    it('A/A on two separate builds (build: fresh, a head that changes no input): no findings, the same costs', { timeout: 600_000 }, async () => {
      const app = appRepo(withoutHead(files), config(engine, command, null, 'build: fresh\n'), { 'README.md': 'a change no migration reads\n' });
      const aa = await gate(app.dir, app.shas[0]!, app.shas[1]!);
      expect(aa.report.build).toEqual({ base: 'fresh', head: 'fresh' });
      expect(aa.report.findings).toEqual([]);
      const [base, head] = [aa.report.queries[0]!.base, aa.report.queries[0]!.head];
      expect(base && 'totalCost' in base ? base.totalCost : null).toBe(head && 'totalCost' in head ? head.totalCost : undefined);
    });

    it('without inputs the whole tree is the key, said once with a hint; a fresh head still catches the migration', { timeout: 600_000 }, async () => {
      const app = appRepo(withoutHead(files), config(engine, command, null), pullRequest);
      const pr = await gate(app.dir, app.shas[0]!, app.shas[1]!, cacheDir());
      const said = pr.log.filter((line) => line.includes('no inputs'));
      expect(said).toEqual([
        `${command}: no inputs: its fixture-cache key covers every file of the tree (always correct, rarely a hit); list the files it reads, e.g. inputs: ["*/migrations/*.py"], to reuse its database and build head incrementally`,
      ]);
      // models.py changed too: not base's tree plus new files.
      expect(pr.report.build).toEqual({ base: 'fresh', head: 'fresh' });
      expect(errors(pr.report).sort()).toEqual(['orders-of-customer:cost-regression', 'orders-of-customer:seq-scan']);
    });
  });

  describe.skipIf(!alembic.path)('Alembic (alembic upgrade head)', () => {
    it('a migration dropping the index is caught on an incremental head', { timeout: 600_000 }, async () => {
      const files = fixture('alembic');
      const app = appRepo(withoutHead(files), config(engine, `${alembic.path} -m alembic upgrade head`, ['migrations/versions/*.py']), {
        'migrations/versions/0002_drop_index.py': files['head/0002_drop_index.py']!,
      });
      const pr = await gate(app.dir, app.shas[0]!, app.shas[1]!, cacheDir());
      expect(pr.report.build).toEqual({ base: 'fresh', head: 'incremental' });
      expect(errors(pr.report).sort()).toEqual(['orders-of-customer:cost-regression', 'orders-of-customer:seq-scan']);
      const same = await gate(app.dir, app.shas[1]!, app.shas[1]!);
      expect(same.report.findings).toEqual([]);
    });
  });

  describe('Knex (knex migrate:latest)', () => {
    it('a migration dropping the index is caught on an incremental head', { timeout: 600_000 }, async () => {
      const files = fixture('knex');
      const app = repo();
      // The tool comes from this project's node_modules, committed as a symlink.
      symlinkSync(ROOT_MODULES, join(app.dir, 'node_modules'));
      const command = 'node node_modules/knex/bin/cli.js migrate:latest --knexfile knexfile.cjs';
      app.commit({ ...withoutHead(files), 'seed.sql': seed['seed.sql']!, 'pg-plan-gate.yml': config(engine, command, ['migrations/*.cjs']) });
      app.commit({ 'migrations/20240102000000_drop_index.cjs': files['head/20240102000000_drop_index.cjs']! });
      const pr = await gate(app.dir, app.shas[0]!, app.shas[1]!, cacheDir());
      expect(pr.report.build).toEqual({ base: 'fresh', head: 'incremental' });
      expect(errors(pr.report).sort()).toEqual(['orders-of-customer:cost-regression', 'orders-of-customer:seq-scan']);
    });
  });

  describe('failures and the command environment', () => {
    it.skipIf(!django.path)(
      "a new migration that cannot run on base's populated tables fails as at deploy time, and says so",
      { timeout: 300_000 },
      async () => {
        const tool = fixture('tool')['migrate.py']!;
        const orders = 'CREATE TABLE orders (id serial PRIMARY KEY, customer_id int NOT NULL, status text, total numeric);\n';
        const app = appRepo({ 'migrate.py': tool, 'm/001_orders.sql': orders }, config(engine, `${django.path} migrate.py`, ['m/*.sql']), {
          'm/002_tenant.sql': 'ALTER TABLE orders ADD COLUMN tenant_id int NOT NULL;\n',
        });
        const failure = await gate(app.dir, app.shas[0]!, app.shas[1]!).then(
          () => '',
          (error: Error) => error.message,
        );
        expect(failure.split('\n')[0]).toBe(
          `head: schema command '${django.path} migrate.py' exited 1 (it ran on a copy of base's populated database, as at deploy time; build: fresh builds head from scratch instead)`,
        );
        expect(failure).toContain('column "tenant_id" of relation "orders" contains null values');
      },
    );

    it('a failing command names the side, the phase and the command, then the last lines of its output', { timeout: 300_000 }, async () => {
      const app = repo({ 'pg-plan-gate.yml': config(engine, 'echo applying; echo boom >&2; exit 3', ['migrations/*']), 'seed.sql': 'SELECT 1;\n' });
      const failure = await gate(app.dir, app.shas[0]!, app.shas[0]!).then(
        () => '',
        (error: Error) => error.message,
      );
      expect(failure).toBe("base+head: schema command 'echo applying; echo boom >&2; exit 3' exited 3\n--- last 2 lines of its output ---\napplying\nboom");
    });

    it('a command past timeout_minutes is stopped with its process group', { timeout: 300_000 }, async () => {
      const gateConfig = `engine: ${engine}\nschema:\n  - command: sleep 300 & sleep 300\n    timeout_minutes: 0.02\n`;
      const app = repo({ 'pg-plan-gate.yml': gateConfig });
      const started = performance.now();
      const failure = await gate(app.dir, app.shas[0]!, app.shas[0]!).then(
        () => '',
        (error: Error) => error.message,
      );
      expect(failure).toBe("base+head: schema command 'sleep 300 & sleep 300' timed out after 0.02 min (timeout_minutes): its processes were stopped");
      expect(performance.now() - started).toBeLessThan(60_000);
    });

    it.skipIf(!django.path)('gets the connection variables and settings:, not secret-looking variables', { timeout: 300_000 }, async () => {
      const check = [
        'import os, sys, psycopg2',
        'assert "PG_PLAN_GATE_TEST_SECRET_TOKEN" not in os.environ, "secret passed"',
        'assert os.environ["DATABASE_URL"].startswith("postgresql://"), "no DATABASE_URL"',
        'c = psycopg2.connect("")',
        'cur = c.cursor()',
        'cur.execute("SHOW app.tenant")',
        'tenant = cur.fetchone()[0]',
        'assert tenant == "7", "settings: not applied: " + repr(tenant)',
        'cur.execute("CREATE TABLE orders (id serial PRIMARY KEY, customer_id int NOT NULL, status text, total numeric)")',
        'c.commit()',
        'c2 = psycopg2.connect(os.environ["DATABASE_URL"])',
        'c2.cursor().execute("CREATE INDEX orders_customer_idx ON orders (customer_id)")',
        'c2.commit()',
      ].join('\n');
      const app = repo({
        'pg-plan-gate.yml': config(engine, `${django.path} migrate.py`, ['migrate.py'], 'settings:\n  app.tenant: "7"\n'),
        'migrate.py': `${check}\n`,
        'seed.sql': seed['seed.sql']!,
      });
      process.env.PG_PLAN_GATE_TEST_SECRET_TOKEN = 'do-not-pass';
      try {
        const same = await gate(app.dir, app.shas[0]!, app.shas[0]!);
        expect(same.report.findings).toEqual([]);
        expect(seqScans(same.report, 'base')).toEqual([]);
      } finally {
        delete process.env.PG_PLAN_GATE_TEST_SECRET_TOKEN;
      }
    });
  });
});

describe.skipIf(!django.path)('embedded: an incremental head built again without a copy of base', () => {
  // After a statement outlived its bound, the embedded engine builds the side again in a new
  // worker: base's command, the seed, then head's command on it, as the first time.
  it("runs base's command entry, the seed, then head's command", { timeout: 300_000 }, async () => {
    await loadParser();
    const trees = ['base', 'head'].map((side) => {
      const dir = mkdtempSync(join(tmpdir(), `pgpg-command-${side}-`));
      mkdirSync(join(dir, 'm'));
      writeFileSync(join(dir, 'migrate.py'), fixture('tool')['migrate.py']!);
      writeFileSync(
        join(dir, 'm', '001_orders.sql'),
        'CREATE TABLE orders (id serial PRIMARY KEY, customer_id int NOT NULL, status text, total numeric);\nCREATE INDEX orders_customer_idx ON orders (customer_id);\n',
      );
      if (side === 'head') writeFileSync(join(dir, 'm', '002_drop.sql'), 'DROP INDEX orders_customer_idx;\n');
      return dir;
    });
    try {
      const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
      const command = (cwd: string): ScriptFile => ({
        path: 'migrate',
        phase: 'schema',
        steps: [],
        command: { run: `${django.path} migrate.py`, cwd, timeoutMs: 120_000, env },
      });
      const seedFile: ScriptFile = { path: 'seed.sql', phase: 'seed', steps: splitScript(seed['seed.sql']!, 'seed.sql') };
      const built = await buildPglite('head', { extensions: [], files: [command(trees[1]!), seedFile], startAt: 0, baseEntry: command(trees[0]!) });
      try {
        expect(await built.database.indexDefinitions([{ name: 'orders_customer_idx' }])).toEqual([null]);
        expect((await built.database.relationSizes()).rows).toMatchObject({ orders: 20000, applied: 2 });
      } finally {
        await built.database.close();
      }
    } finally {
      for (const dir of trees) rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!django.path)('engine url', () => {
  let server: NativeServer;
  let url: string;
  beforeAll(async () => {
    server = await startNativeServer(findServerBin(undefined));
    url = `postgresql://postgres@localhost:${server.port}/postgres?host=${encodeURIComponent(server.socketDir)}`;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it(
    'Django (settings: set, scratch databases on a server by URL): a RemoveIndex migration is caught on an incremental head (a template copy)',
    { timeout: 600_000 },
    async () => {
      const files = fixture('django');
      const command = `${django.path} manage.py migrate --noinput`;
      const gateConfig = config('url\nurl: ${PGPG_TEST_URL}', command, ['*/migrations/*.py'], 'settings:\n  statement_timeout: "90s"\n');
      const app = appRepo(withoutHead(files), gateConfig, { 'shop/migrations/0002_remove_index.py': files['head/0002_remove_index.py']! });
      const pr = await gate(app.dir, app.shas[0]!, app.shas[1]!, undefined, { PGPG_TEST_URL: url });
      expect(pr.report.build).toEqual({ base: 'fresh', head: 'incremental' });
      expect(errors(pr.report).sort()).toEqual(['orders-of-customer:cost-regression', 'orders-of-customer:seq-scan']);
    },
  );
});
