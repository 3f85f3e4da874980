/**
 * An error the user can fix: bad config, unknown ref, failing schema file,
 * unreachable server. The CLI prints `message` on one line and exits 2;
 * everything else is a bug and keeps its stack for --debug.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(message: string) {
    super(message);
  }
}

/**
 * A config key's value that a later stage finds wrong (a setting the server rejects): the
 * message starts with the key, and the stage that knows the config file's path adds it.
 */
export class ConfigValueError extends UserError {
  constructor(
    readonly key: string,
    readonly detail: string,
  ) {
    super(`${key}: ${detail}`);
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** First line only: PostgreSQL messages sometimes carry a DETAIL/HINT tail. */
export function oneLine(text: string): string {
  return text.split('\n')[0]!.trim();
}

/**
 * libpg-query's error for SQL it cannot parse. Anything else it throws (the WASM module not
 * loaded, out of memory) must surface, not be mistaken for "unparsable SQL".
 */
export function isSqlParseError(error: unknown): boolean {
  return error instanceof Error && !/not initiali[sz]ed|loadModule/i.test(error.message);
}
