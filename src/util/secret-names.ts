/**
 * Which environment variables are credentials, by name: a capture command runs code from the
 * pull request and must not see them. Names are split into words at `_` (and any other
 * non-alphanumeric character), case-insensitively.
 */

/** The action's inputs and the runner's own tokens: never passed, not even when listed in capture.env. */
const RUNNER_CREDENTIAL = /^INPUT_|^ACTIONS_(RUNTIME|ID_TOKEN|CACHE)|^GITHUB_TOKEN$/i;

/**
 * A name with one of these words is taken for a secret: GH_TOKEN, NPM_TOKEN, NODE_AUTH_TOKEN,
 * AWS_SECRET_ACCESS_KEY, SECRET_KEY_BASE, DB_PASSWORD, STRIPE_API_KEY, NPM_CONFIG__AUTH,
 * SSH_AUTH_SOCK (an agent that signs with deploy keys). `KEY` and `AUTH` catch some names
 * that are not secret (SORT_KEY): those are passed with capture.env.
 */
const SECRET_WORDS = new Set(['TOKEN', 'SECRET', 'SECRETS', 'PASSWORD', 'PASSWD', 'PASSPHRASE', 'CREDENTIAL', 'CREDENTIALS', 'KEY', 'AUTH']);

/** Words run together: PGPASSWORD, npm_config__authToken, GITHUBTOKEN, OPENAI_APIKEY. */
const SECRET_ENDING = /(TOKEN|SECRET|PASSWORD|PASSWD|APIKEY)$/;

export function isRunnerCredential(name: string): boolean {
  return RUNNER_CREDENTIAL.test(name);
}

export function looksSecret(name: string): boolean {
  const upper = name.toUpperCase();
  return SECRET_ENDING.test(upper) || upper.split(/[^A-Z0-9]+/).some((word) => SECRET_WORDS.has(word));
}
