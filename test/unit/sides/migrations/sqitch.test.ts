import { describe, expect, it } from 'vitest';
import { MigrationError } from '../../../../src/sides/migrations/error.ts';
import { deployScripts, isSqitchPlan, planChanges } from '../../../../src/sides/migrations/sqitch.ts';

/** The error a function throws, as `line: message`. */
function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof MigrationError) return `${error.line}: ${error.message}`;
    throw error;
  }
  throw new Error('did not throw');
}

/** The flipr tutorial's plan (sqitch-intro), a change reworked after a tag. */
const FLIPR = [
  '%syntax-version=1.0.0',
  '%project=flipr',
  '%uri=https://github.com/sqitchers/sqitch-intro/',
  '',
  'appschema 2013-12-30T23:19:29Z Marge N. O’Vera <marge@example.com> # Add schema for all flipr objects.',
  'users [appschema] 2013-12-31T01:19:45Z Marge N. O’Vera <marge@example.com> # Creates table to track our users.',
  'insert_user [users appschema] 2013-12-31T18:26:03Z Marge N. O’Vera <marge@example.com> # Creates a function to insert a user.',
  'change_pass [users appschema] 2013-12-31T18:33:44Z Marge N. O’Vera <marge@example.com> # Creates a function to change a user password.',
  '@v1.0.0-dev1 2013-12-31T18:35:26Z Marge N. O’Vera <marge@example.com> # Tag v1.0.0-dev1.',
  '',
  '# Reworked after the tag.',
  'change_pass [change_pass@v1.0.0-dev1] 2014-01-02T16:31:17Z Marge N. O’Vera <marge@example.com> # Change change_pass to use pgcrypto.',
].join('\n');

describe('which files are Sqitch plans', () => {
  it('sqitch.plan anywhere, and any *.plan', () => {
    expect(['sqitch.plan', 'db/sqitch.plan', 'db/flipr.plan'].map(isSqitchPlan)).toEqual([true, true, true]);
    expect(['sqitch.plan.sql', 'db/plan.sql', 'deploy/users.sql', 'sqitch.conf'].map(isSqitchPlan)).toEqual([false, false, false, false]);
  });
});

describe('the changes of a plan', () => {
  it('in plan order with their lines; pragmas, comments, blank lines and notes left out', () => {
    expect(planChanges(FLIPR).map((change) => [change.name, change.line])).toEqual([
      ['appschema', 5],
      ['users', 6],
      ['insert_user', 7],
      ['change_pass', 8],
      ['change_pass', 12],
    ]);
  });

  it('a tag follows every change before it, up to a change that comes again', () => {
    expect(planChanges(FLIPR).map((change) => change.tagsAfter)).toEqual([['@v1.0.0-dev1'], ['@v1.0.0-dev1'], ['@v1.0.0-dev1'], ['@v1.0.0-dev1'], []]);
    const twice = planChanges('a 2020-01-01T00:00:00Z X <x@example.com>\n@t1 2020-01-02T00:00:00Z X <x@example.com>\na\n@t2\na\n');
    expect(twice.map((change) => [change.line, change.tagsAfter])).toEqual([
      [1, ['@t1']],
      [3, ['@t2']],
      [5, []],
    ]);
  });

  it('`+change` deploys it; `-change` (an old plan reverting) is an error on its line', () => {
    expect(planChanges('+users 2013-12-31T01:19:45Z Marge <m@example.com>').map((change) => change.name)).toEqual(['users']);
    expect(failure(() => planChanges('users\n-users 2014-01-01T00:00:00Z Marge <m@example.com> # gone\n'))).toBe(
      "2: '-users' reverts a change; only plans that deploy are read",
    );
  });
});

describe("each change's deploy script", () => {
  const FILES = [
    'db/deploy/appschema.sql',
    'db/deploy/users.sql',
    'db/deploy/insert_user.sql',
    'db/deploy/change_pass.sql',
    'db/deploy/change_pass@v1.0.0-dev1.sql',
  ];
  const exists = (path: string) => FILES.includes(path);

  it('deploy/<change>.sql next to the plan; a reworked change first runs the script Sqitch saved at its tag', () => {
    expect(deployScripts('db/sqitch.plan', FLIPR, exists)).toEqual([
      { path: 'db/deploy/appschema.sql', change: 'appschema', line: 5 },
      { path: 'db/deploy/users.sql', change: 'users', line: 6 },
      { path: 'db/deploy/insert_user.sql', change: 'insert_user', line: 7 },
      { path: 'db/deploy/change_pass@v1.0.0-dev1.sql', change: 'change_pass', line: 8 },
      { path: 'db/deploy/change_pass.sql', change: 'change_pass', line: 12 },
    ]);
  });

  it('a plan at the root of the repository reads deploy/ at the root', () => {
    expect(deployScripts('sqitch.plan', 'appschema\nusers [appschema]\n', (path) => ['deploy/appschema.sql', 'deploy/users.sql'].includes(path))).toEqual([
      { path: 'deploy/appschema.sql', change: 'appschema', line: 1 },
      { path: 'deploy/users.sql', change: 'users', line: 2 },
    ]);
  });

  it('of several tags after a reworked change, the first whose script exists', () => {
    const plan = 'a\n@t1\n@t2\na\n';
    expect(deployScripts('sqitch.plan', plan, (path) => ['deploy/a@t2.sql', 'deploy/a.sql'].includes(path)).map((script) => script.path)).toEqual([
      'deploy/a@t2.sql',
      'deploy/a.sql',
    ]);
  });

  it('a missing script is an error on the change line, naming the script looked for', () => {
    expect(failure(() => deployScripts('db/sqitch.plan', FLIPR, (path) => path !== 'db/deploy/insert_user.sql' && exists(path)))).toBe(
      '7: change insert_user has no deploy script db/deploy/insert_user.sql',
    );
    // A reworked change without its saved script names the first tag's.
    expect(failure(() => deployScripts('db/sqitch.plan', FLIPR, (path) => path !== 'db/deploy/change_pass@v1.0.0-dev1.sql' && exists(path)))).toBe(
      '8: change change_pass has no deploy script db/deploy/change_pass@v1.0.0-dev1.sql',
    );
  });
});
