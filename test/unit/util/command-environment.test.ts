import { describe, expect, it } from 'vitest';
import { commandEnvironment } from '../../../src/util/command-environment.ts';

describe("a capture command's environment", () => {
  const parent: NodeJS.ProcessEnv = {
    PATH: '/usr/local/bin:/usr/bin',
    HOME: '/home/runner',
    GITHUB_SHA: 'fedcba98',
    GITHUB_TOKEN: 'ghs_runner',
    'INPUT_GITHUB-TOKEN': 'ghs_input',
    ACTIONS_RUNTIME_TOKEN: 'runtime',
    NPM_TOKEN: 'npm_x',
    SORT_KEY: 'created_at',
    SECRET_KEY_BASE: 'rails',
    DATABASE_URL: 'postgresql://prod.example.com/app',
    PGPASSWORD: 'from-parent',
  };

  it('drops runner credentials and secret-looking names, then sets the connection over what is left', () => {
    const env = commandEnvironment(parent, [], { DATABASE_URL: 'postgresql://gate@127.0.0.1:54321/app?sslmode=disable', PGHOST: '127.0.0.1' });
    expect(env).toEqual({
      PATH: '/usr/local/bin:/usr/bin',
      HOME: '/home/runner',
      GITHUB_SHA: 'fedcba98',
      DATABASE_URL: 'postgresql://gate@127.0.0.1:54321/app?sslmode=disable',
      PGHOST: '127.0.0.1',
    });
  });

  it('capture.env passes a secret-looking name, never a runner credential', () => {
    const env = commandEnvironment(parent, ['SORT_KEY', 'SECRET_KEY_BASE', 'GITHUB_TOKEN', 'INPUT_GITHUB-TOKEN'], {});
    expect(Object.keys(env).sort()).toEqual(['DATABASE_URL', 'GITHUB_SHA', 'HOME', 'PATH', 'SECRET_KEY_BASE', 'SORT_KEY']);
  });

  it("the connection's own password is set even though its name looks secret; the parent's is not passed", () => {
    expect(commandEnvironment(parent, [], { PGPASSWORD: 'gate' }).PGPASSWORD).toBe('gate');
    expect(commandEnvironment(parent, [], {}).PGPASSWORD).toBeUndefined();
  });

  it('leaves the parent environment as it was', () => {
    const before = { ...parent };
    commandEnvironment(parent, [], { PGHOST: 'localhost' });
    expect(parent).toEqual(before);
  });
});
