import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/load.ts';
import { budgetsFor } from '../../../src/config/overrides.ts';
import { configErrorOf, parseWithSchema } from '../../helpers/config.ts';

const errorOf = (text: string, env: Record<string, string> = {}) => {
  try {
    parseConfig(text, 'pg-plan-gate.yml', env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a config error');
};

describe('config', () => {
  it('applies the spec defaults', () => {
    const config = parseConfig('schema: db/schema.sql\n', 'pg-plan-gate.yml', {});
    expect(config.engine).toBe('embedded');
    expect(config.build).toBe('incremental');
    expect(config.cache).toBe(true);
    expect(config.schema).toEqual(['db/schema.sql']);
    expect(config.seed).toEqual([]);
    expect(config.budgets).toEqual({
      costIncreasePct: 10,
      costIncreaseMin: 5,
      maxCost: null,
      seqScans: { minRows: 1000, allow: [], maxNew: 0 },
      queryCountIncrease: 0,
      workIncreasePct: 50,
      workIncreaseMin: 1000,
      misestimateRatio: 100,
    });
    expect(config.measure).toEqual({ timeoutSeconds: 60 });
  });

  it('reads the keys for real applications: postgres_version, planner, params, placeholders, ignore, plan_mode', () => {
    const config = parseConfig(
      [
        'postgres_version: 16',
        'planner:',
        '  random_page_cost: 1.1',
        '  enable_seqscan: false',
        '  work_mem: 64MB',
        'params:',
        '  GetAuthor: [7]',
        '  "users/*": ["a@example.com"]',
        'placeholders:',
        '  "%query%": "true"',
        'ignore: ["admin-*"]',
        'plan_mode: generic',
        'queries:',
        '  - file: db/query.sql',
        '    plan_mode: auto',
        '',
      ].join('\n'),
      'pg-plan-gate.yml',
      {},
    );
    expect(config.engine).toBe('server');
    expect(config.postgresVersion).toBe(16);
    expect(config.planner).toEqual({ random_page_cost: '1.1', enable_seqscan: 'off', work_mem: '64MB' });
    expect(config.params).toEqual({ GetAuthor: [7], 'users/*': ['a@example.com'] });
    expect(config.placeholders).toEqual({ '%query%': 'true' });
    expect(config.ignore).toEqual(['admin-*']);
    expect(config.planMode).toBe('generic');
    expect(config.queries[0]).toMatchObject({ file: 'db/query.sql', planMode: 'auto' });
    // The embedded engine's own major keeps the embedded default.
    expect(parseConfig('postgres_version: 18\n', 'pg-plan-gate.yml', {}).engine).toBe('embedded');
    expect(parseConfig('postgres_version: 15\nengine: url\nurl: postgres://x\n', 'pg-plan-gate.yml', {}).engine).toBe('url');
  });

  it('rejects a postgres_version the embedded engine cannot run, or outside 13 to 18', () => {
    expect(errorOf('engine: embedded\npostgres_version: 16\n')).toBe(
      'pg-plan-gate.yml:2: postgres_version 16 cannot run on engine embedded (PostgreSQL 18); use engine: server (the default with postgres_version) or drop engine: embedded',
    );
    expect(errorOf('postgres_version: 12\n')).toBe('pg-plan-gate.yml:1: postgres_version must be >= 13');
    expect(errorOf('plan_mode: custom\n')).toBe('pg-plan-gate.yml:1: plan_mode must be one of "auto", "generic"');
    expect(errorOf('build: later\n')).toBe('pg-plan-gate.yml:1: build must be one of "incremental", "fresh"');
    expect(errorOf('cache: maybe\n')).toBe('pg-plan-gate.yml:1: cache must be boolean');
    expect(errorOf('params:\n  q: 7\n')).toBe('pg-plan-gate.yml:2: params.q must be array');
  });

  it('names the file, line and key path of an unknown key', () => {
    expect(errorOf('schema: [a.sql]\nbudgets:\n  cost_increase_pct: 5\n  cost_increse_pct: 7\n')).toBe(
      'pg-plan-gate.yml:4: budgets.cost_increse_pct is not a known key',
    );
  });

  it('names the line of a wrong type', () => {
    expect(errorOf('budgets:\n  seq_scans:\n    min_rows: lots\n')).toBe('pg-plan-gate.yml:3: budgets.seq_scans.min_rows must be integer');
  });

  it('rejects an unknown engine with the allowed values', () => {
    expect(errorOf('engine: docker\n')).toBe('pg-plan-gate.yml:1: engine must be one of "embedded", "server", "url"');
  });

  it('reports YAML syntax errors with their line', () => {
    expect(errorOf('schema:\n  - a.sql\n queries: [\n')).toMatch(/^pg-plan-gate\.yml:3: invalid YAML: /);
  });

  it('wants exactly one of sql or file per query', () => {
    expect(errorOf('queries:\n  - name: a\n    sql: select 1\n    file: q.sql\n')).toBe('pg-plan-gate.yml:2: queries[0] needs exactly one of sql or file');
    expect(errorOf('queries:\n  - name: a\n')).toBe('pg-plan-gate.yml:2: queries[0] needs exactly one of sql or file');
  });

  it('rejects duplicate query names', () => {
    expect(errorOf('queries:\n  - name: a\n    sql: select 1\n  - name: a\n    sql: select 2\n')).toBe(
      'pg-plan-gate.yml:4: queries: name "a" is already used on line 2',
    );
  });

  it('interpolates ${VAR} from the environment and names a missing one', () => {
    const config = parseConfig('engine: url\nurl: postgres://${PGUSER:-me}@${HOST}/db\n', 'pg-plan-gate.yml', { HOST: 'db.local' });
    expect(config.url).toBe('postgres://me@db.local/db');
    expect(errorOf('engine: url\nurl: ${DATABASE_URL}\n')).toBe('pg-plan-gate.yml:2: url uses environment variable DATABASE_URL, which is not set');
  });

  it('applies overrides in order, matching name or endpoint globs', () => {
    const config = parseConfig(
      [
        'budgets: { cost_increase_pct: 20, seq_scans: { min_rows: 500 } }',
        'overrides:',
        '  - match: "reports/*"',
        '    cost_increase_pct: 50',
        '  - match: "reports/big"',
        '    max_cost: 1000',
        '    seq_scans: { allow: [events] }',
        '  - match: "GET /admin/*"',
        '    query_count_increase: 3',
      ].join('\n'),
      'pg-plan-gate.yml',
      {},
    );
    expect(budgetsFor(config, 'users/login', null).costIncreasePct).toBe(20);
    expect(budgetsFor(config, 'reports/daily', null).costIncreasePct).toBe(50);
    const big = budgetsFor(config, 'reports/big', null);
    expect(big).toMatchObject({ costIncreasePct: 50, maxCost: 1000, seqScans: { minRows: 500, allow: ['events'], maxNew: 0 } });
    expect(budgetsFor(config, 'x', 'GET /admin/users').queryCountIncrease).toBe(3);
  });

  it('reads capture.env, and names the key of a bad value in one line', () => {
    const capture = (env: string) => `capture:\n  command: npm test\n  env: ${env}\n`;
    expect(parseConfig(capture('[DATABASE_SEED, STRIPE_TEST_KEY]'), 'pg-plan-gate.yml', {}).capture?.env).toEqual(['DATABASE_SEED', 'STRIPE_TEST_KEY']);
    expect(parseConfig('capture:\n  command: npm test\n', 'pg-plan-gate.yml', {}).capture?.env).toEqual([]);
    expect(errorOf(capture('DATABASE_SEED'))).toBe('pg-plan-gate.yml:3: capture.env must be a list of environment variable names');
    expect(errorOf(capture('[OK, "NOT A NAME"]'))).toBe(
      'pg-plan-gate.yml:3: capture.env[1] must be an environment variable name (letters, digits and _, not starting with a digit)',
    );
    expect(errorOf(capture('[GITHUB_TOKEN]'))).toBe(
      "pg-plan-gate.yml:3: capture.env[0] GITHUB_TOKEN is the action's input or the runner's token: it is never passed to the command",
    );
  });
});

// From config-advice.test.ts: a block, so its helpers keep their names beside this file's.
{
  const parse = parseWithSchema;
  const errorOf = configErrorOf;

  describe('config: advice', () => {
    it('is on with a 30 s bound by default, off with false, bounded by timeout_seconds', () => {
      expect(parse('').advice).toEqual({ timeoutSeconds: 30 });
      expect(parse('advice: false\n').advice).toBe(false);
      expect(parse('advice:\n  timeout_seconds: 2.5\n').advice).toEqual({ timeoutSeconds: 2.5 });
      expect(parse('advice: {}\n').advice).toEqual({ timeoutSeconds: 30 });
    });

    it('rejects other values in one line that names the key and its line', () => {
      expect(errorOf('advice: true\n')).toBe('pg-plan-gate.yml:2: advice must be false or a mapping such as { timeout_seconds: 30 }');
      expect(errorOf('advice: 30\n')).toBe('pg-plan-gate.yml:2: advice must be false or a mapping such as { timeout_seconds: 30 }');
      expect(errorOf('advice:\n  timeout_seconds: 0\n')).toBe('pg-plan-gate.yml:3: advice.timeout_seconds must be > 0');
      expect(errorOf('advice:\n  timeout_seconds: soon\n')).toBe('pg-plan-gate.yml:3: advice.timeout_seconds must be number');
      expect(errorOf('advice:\n  timeout: 5\n')).toBe('pg-plan-gate.yml:3: advice.timeout is not a known key');
    });
  });
}

// From config-measure.test.ts: a block, so its helpers keep their names beside this file's.
{
  const parse = parseWithSchema;
  const errorOf = configErrorOf;

  describe('config: measure and the work budgets', () => {
    it('measures by default with a 60 s bound per query; false turns it off; timeout_seconds bounds it', () => {
      expect(parse('').measure).toEqual({ timeoutSeconds: 60 });
      expect(parse('measure: true\n').measure).toEqual({ timeoutSeconds: 60 });
      expect(parse('measure: false\n').measure).toBe(false);
      expect(parse('measure:\n  timeout_seconds: 5\n').measure).toEqual({ timeoutSeconds: 5 });
    });

    it('reads work_increase_pct, work_increase_min and misestimate_ratio in budgets and overrides', () => {
      const config = parse(
        [
          'budgets:',
          '  work_increase_pct: 20',
          '  work_increase_min: 50',
          '  misestimate_ratio: 10',
          'overrides:',
          '  - match: "reports/*"',
          '    work_increase_pct: 400',
          '    misestimate_ratio: 1000',
        ].join('\n') + '\n',
      );
      expect(config.budgets).toMatchObject({ workIncreasePct: 20, workIncreaseMin: 50, misestimateRatio: 10 });
      expect(budgetsFor(config, 'reports/monthly', null)).toMatchObject({ workIncreasePct: 400, workIncreaseMin: 50, misestimateRatio: 1000 });
      expect(budgetsFor(config, 'login', null)).toMatchObject({ workIncreasePct: 20, misestimateRatio: 10 });
    });

    it('rejects wrong values in one line that names the key and its line', () => {
      expect(errorOf('measure: 30\n')).toBe('pg-plan-gate.yml:2: measure must be true, false or a mapping such as { timeout_seconds: 60 }');
      expect(errorOf('measure:\n  timeout_seconds: 0\n')).toBe('pg-plan-gate.yml:3: measure.timeout_seconds must be > 0');
      expect(errorOf('measure:\n  timeout: 5\n')).toBe('pg-plan-gate.yml:3: measure.timeout is not a known key');
      expect(errorOf('budgets:\n  misestimate_ratio: 0.5\n')).toBe('pg-plan-gate.yml:3: budgets.misestimate_ratio must be >= 1');
      expect(errorOf('budgets:\n  work_increase_pct: lots\n')).toBe('pg-plan-gate.yml:3: budgets.work_increase_pct must be number');
      expect(errorOf('overrides:\n  - match: x\n    work_increase_min: -1\n')).toBe('pg-plan-gate.yml:4: overrides[0].work_increase_min must be >= 0');
    });
  });
}

describe('schema and seed commands in the config', () => {
  it('takes { command, inputs, timeout_minutes } beside paths, with defaults and the line', () => {
    const config = parseConfig(
      'schema:\n  - db/extensions.sql\n  - command: python manage.py migrate --noinput\n    inputs: ["*/migrations/*.py"]\nseed:\n  - command: ./seed.sh\n    timeout_minutes: 2\n',
      'pg-plan-gate.yml',
      {},
    );
    expect(config.schema).toEqual([
      'db/extensions.sql',
      { command: 'python manage.py migrate --noinput', inputs: ['*/migrations/*.py'], timeoutMinutes: 10, line: 3 },
    ]);
    expect(config.seed).toEqual([{ command: './seed.sh', inputs: null, timeoutMinutes: 2, line: 6 }]);
  });

  it('a wrong key or type in an entry is an error naming it and its line', () => {
    const error = (text: string) => {
      try {
        parseConfig(text, 'pg-plan-gate.yml', {});
      } catch (thrown) {
        return (thrown as Error).message;
      }
      return null;
    };
    expect(error('schema:\n  - command: migrate\n    input: ["a"]\n')).toBe('pg-plan-gate.yml:3: schema[0].input is not a known key');
    expect(error('schema:\n  - inputs: ["a"]\n')).toBe('pg-plan-gate.yml:2: schema[0] must be a path or a { command, inputs } entry');
    expect(error('seed:\n  - 3\n')).toBe('pg-plan-gate.yml:2: seed[0] must be a path or a { command, inputs } entry');
    expect(error('schema:\n  - command: migrate\n    timeout_minutes: 0\n')).toMatch(/^pg-plan-gate\.yml:3: schema\[0\]\.timeout_minutes /);
  });
});
