import { describe, expect, it } from 'vitest';
import { isRunnerCredential, looksSecret } from '../../../src/util/secret-names.ts';

describe('the runner credentials: never passed to a capture command', () => {
  it("the action's inputs, the Actions runtime, OIDC and cache tokens, GITHUB_TOKEN, in any case", () => {
    const names = [
      'INPUT_GITHUB-TOKEN',
      'INPUT_CONFIG',
      'ACTIONS_RUNTIME_TOKEN',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'ACTIONS_ID_TOKEN_REQUEST_URL',
      'ACTIONS_CACHE_URL',
      'GITHUB_TOKEN',
      'github_token',
    ];
    expect(names.filter(isRunnerCredential)).toEqual(names);
  });

  it("not the runner's other variables", () => {
    expect(['GITHUB_SHA', 'GITHUB_TOKEN_SCOPE', 'ACTIONS_STEP_DEBUG', 'RUNNER_TEMP', 'MY_INPUT_FILE'].filter(isRunnerCredential)).toEqual([]);
  });
});

describe('names that look secret', () => {
  it('a secret word among the words of the name', () => {
    const names = [
      'GH_TOKEN',
      'NPM_TOKEN',
      'NODE_AUTH_TOKEN',
      'AWS_SECRET_ACCESS_KEY',
      'SECRET_KEY_BASE',
      'DB_PASSWORD',
      'STRIPE_API_KEY',
      'NPM_CONFIG__AUTH',
      'SSH_AUTH_SOCK',
      'GOOGLE_APPLICATION_CREDENTIALS',
      'GPG_PASSPHRASE',
      'db-password',
    ];
    expect(names.filter(looksSecret)).toEqual(names);
  });

  it('words run together at the end: PGPASSWORD, npm_config__authToken, GITHUBTOKEN, OPENAI_APIKEY', () => {
    const names = ['PGPASSWORD', 'npm_config__authToken', 'GITHUBTOKEN', 'OPENAI_APIKEY', 'MYSQL_ROOT_PASSWD', 'JWTSECRET'];
    expect(names.filter(looksSecret)).toEqual(names);
  });

  it('everyday variables are not secret, words that merely contain a secret word included', () => {
    const names = ['PATH', 'HOME', 'DATABASE_URL', 'PGHOST', 'PGUSER', 'NODE_ENV', 'TOKENIZERS_PARALLELISM', 'AUTHOR_NAME', 'MONKEY', 'KEYBOARD', 'RAILS_ENV'];
    expect(names.filter(looksSecret)).toEqual([]);
  });

  it('KEY and AUTH also catch some harmless names (capture.env passes those)', () => {
    expect(['SORT_KEY', 'PARTITION_KEY', 'AUTH_MODE'].map(looksSecret)).toEqual([true, true, true]);
  });
});
