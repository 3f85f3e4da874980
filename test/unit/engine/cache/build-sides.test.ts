import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../src/config/load.ts';
import { loadParser } from '../../../../src/engine/build/script.ts';
import { buildDatabases, closeAll, incrementalStart } from '../../../../src/engine/cache/build-sides.ts';
import type { BuildInput, BuiltDatabase, Database, Engine } from '../../../../src/engine/database.ts';
import { commandExtends, type SqlFile } from '../../../../src/sides/files.ts';
import { ConfigValueError, UserError } from '../../../../src/util/errors.ts';
import { BASE, collect, migrate } from '../../../helpers/command-entries.ts';
import { fakeDatabase } from '../../../helpers/fake-database.ts';

beforeAll(loadParser);

const schema = (path: string, text: string): SqlFile => ({ path, text, phase: 'schema' });
const SEED: SqlFile = { path: 'db/seed.sql', text: 'INSERT INTO users VALUES (1);\n', phase: 'seed' };
const USERS = schema('db/001_users.sql', 'CREATE TABLE users (id int PRIMARY KEY);\n');
const EMAIL = schema('db/002_email.sql', 'ALTER TABLE users ADD COLUMN email text;\n');

/** An engine that builds nothing: it says what it was asked to build, which is what buildDatabases decides. */
function recordingEngine(asked: string[], options: { copies?: boolean; fails?: Error } = {}): Engine {
  const built = (origin: BuiltDatabase['origin'], warnings: string[] = []): BuiltDatabase => ({
    database: fakeDatabase(),
    timings: { startMs: 1, schemaMs: 2, seedMs: 3, analyzeMs: 4 },
    warnings,
    notes: [],
    origin,
  });
  const paths = (input: BuildInput) => input.files.map((file) => `${file.path}(${file.steps.length})`).join(' ');
  return {
    kind: 'embedded',
    build: async (label, input) => {
      asked.push(`build ${label}: ${paths(input)}`);
      if (options.fails) throw options.fails;
      return built('fresh', [`${label}: materialized view v could not be refreshed`]);
    },
    ...(options.copies !== false && {
      buildFrom: async (label: string, base: () => Promise<BuiltDatabase>, input: BuildInput) => {
        await base();
        asked.push(`buildFrom ${label} at ${input.startAt}: ${paths(input)}`);
        return built('incremental');
      },
    }),
    close: async () => {},
  };
}

function progress() {
  const lines: string[] = [];
  return {
    lines,
    info: (message: string) => lines.push(`info: ${message}`),
    warn: (message: string) => lines.push(`warn: ${message}`),
    stage: <T>(_name: string, run: () => Promise<T>) => run(),
  };
}

const config = (yaml = '') => parseConfig(`schema: db/*.sql\nseed: db/seed.sql\n${yaml}`, 'pg-plan-gate.yml', {});

describe('buildDatabases', () => {
  it('builds one database for both sides when their files are identical', async () => {
    const asked: string[] = [];
    const shown = progress();
    const sides = await buildDatabases(recordingEngine(asked), config(), { base: [USERS, SEED], head: [USERS, SEED] }, undefined, shown);
    expect(asked).toEqual(['build base+head: db/001_users.sql(1) db/seed.sql(1)']);
    expect(sides.head).toBe(sides.base);
    expect(sides.origins()).toEqual({ base: 'fresh', head: 'shared' });
    expect(shown.lines).toContain('info: schema and seed are identical on both sides: building the database once');
    expect(shown.lines).toContain('warn: base+head: materialized view v could not be refreshed');
  });

  it('builds head from a copy of base when head only adds schema files', async () => {
    const asked: string[] = [];
    const shown = progress();
    const sides = await buildDatabases(recordingEngine(asked), config(), { base: [USERS, SEED], head: [USERS, EMAIL, SEED] }, undefined, shown);
    // buildFrom gets every file of head, split, and where base's stop: the engine runs only the new ones.
    expect(asked).toEqual(['build base: db/001_users.sql(1) db/seed.sql(1)', 'buildFrom head at 1: db/001_users.sql(1) db/002_email.sql(1) db/seed.sql(1)']);
    expect(sides.head).not.toBe(sides.base);
    expect(sides.origins()).toEqual({ base: 'fresh', head: 'incremental' });
    expect(shown.lines).toContain("info: head adds schema files after base's (db/002_email.sql): head is built from base's database");
  });

  it('builds both sides afresh when head changed a file base ran, when build: fresh, or when the engine cannot copy', async () => {
    const changed = schema('db/001_users.sql', 'CREATE TABLE users (id bigint PRIMARY KEY);\n');
    for (const [engineCopies, yaml, head] of [
      [true, '', [changed, EMAIL, SEED]],
      [true, 'build: fresh\n', [USERS, EMAIL, SEED]],
      [false, '', [USERS, EMAIL, SEED]],
    ] as const) {
      const asked: string[] = [];
      const sides = await buildDatabases(
        recordingEngine(asked, { copies: engineCopies }),
        config(yaml),
        { base: [USERS, SEED], head: [...head] },
        undefined,
        progress(),
      );
      expect(asked.map((line) => line.split(':')[0])).toEqual(['build base', 'build head']);
      expect(sides.origins()).toEqual({ base: 'fresh', head: 'fresh' });
    }
  });

  it('gives each side its own database when a capture command will write to them', async () => {
    const asked: string[] = [];
    const sides = await buildDatabases(
      recordingEngine(asked),
      config('capture:\n  command: pytest\n'),
      { base: [USERS, SEED], head: [USERS, SEED] },
      undefined,
      progress(),
    );
    expect(asked.map((line) => line.split(':')[0])).toEqual(['build base', 'build head']);
    expect(sides.head).not.toBe(sides.base);
  });

  it('names the config file when the server refuses one of its settings', async () => {
    const refusal = new ConfigValueError('settings.work_mem', 'invalid value "lots"');
    const error = await buildDatabases(
      recordingEngine([], { fails: refusal }),
      config(),
      { base: [USERS, SEED], head: [USERS, SEED] },
      undefined,
      progress(),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe('pg-plan-gate.yml: settings.work_mem: invalid value "lots"');
  });

  it('names the side whose file does not parse, before anything is built', async () => {
    const asked: string[] = [];
    const broken = schema('db/002_email.sql', 'ALTER TABLE users ADD COLUMN;\n');
    const error = await buildDatabases(recordingEngine(asked), config(), { base: [USERS, SEED], head: [USERS, broken, SEED] }, undefined, progress()).catch(
      (caught: unknown) => caught,
    );
    expect((error as Error).message).toMatch(/^head: db\/002_email\.sql:1: /);
    expect(asked).toEqual([]);
  });
});

describe('closeAll', () => {
  it('closes each database once, and all of them when one fails to close', async () => {
    const closed: string[] = [];
    const database = (name: string, fails = false): Database =>
      fakeDatabase({
        close: async () => {
          closed.push(name);
          if (fails) throw new Error(`${name} is gone`);
        },
      });
    const shared = database('shared');
    await closeAll(database('base', true), shared, shared, database('head'));
    expect(closed.sort()).toEqual(['base', 'head', 'shared']);
  });
});

describe('a command entry as a side reads it', () => {
  it("goes on from base's when its inputs are base's unchanged plus new ones", async () => {
    const entry = [migrate(['*/migrations/*.py'])];
    const base = await collect(BASE, entry);
    const added = { ...BASE, 'shop/migrations/0002_remove_index.py': 'remove', 'shop/models.py': 'models v2' };
    const head = await collect(added, entry);
    expect(commandExtends(base[0]!.command, head[0]!.command)).toEqual(['shop/migrations/0002_remove_index.py']);
    expect(incrementalStart(base, head)).toBe(0);
    // A new file after the command: the command runs again, then the file.
    expect(incrementalStart(base, await collect({ ...added, 'db/views.sql': 'CREATE VIEW v AS SELECT 1;' }, [...entry, 'db/views.sql']))).toBe(0);
    // An SQL file before it stays as base's.
    expect(
      incrementalStart(
        await collect({ ...BASE, 'db/ext.sql': 'SELECT 1;' }, ['db/ext.sql', ...entry]),
        await collect({ ...added, 'db/ext.sql': 'SELECT 1;' }, ['db/ext.sql', ...entry]),
      ),
    ).toBe(1);
    // An edited migration, another command, another seed or nothing new: built afresh.
    expect(incrementalStart(base, await collect({ ...added, 'shop/migrations/0001_initial.py': 'create v2' }, entry))).toBeNull();
    expect(
      incrementalStart(
        base,
        await collect(added, [{ command: 'python manage.py migrate --noinput', inputs: ['*/migrations/*.py'], timeoutMinutes: 10, line: 2 }]),
      ),
    ).toBeNull();
    expect(incrementalStart(base, await collect({ ...added, 'db/seed.sql': 'INSERT 2' }, entry))).toBeNull();
    expect(incrementalStart(base, await collect({ ...BASE, 'shop/models.py': 'models v2' }, entry))).toBeNull();
  });
});
