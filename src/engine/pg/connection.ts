import type pg from 'pg';
import { parse } from 'pg-connection-string';
import { UserError, errorMessage, oneLine } from '../../util/errors.ts';

/**
 * A connection string as node-postgres options: URLs (`postgresql://...`, with `?host=` for a
 * socket) and libpq key/value strings (`host=... port=... dbname=...`).
 */
export function parseConnectionString(connection: string): pg.ClientConfig {
  const trimmed = connection.trim();
  if (/^[a-z]+:\/\//i.test(trimmed) || trimmed.startsWith('socket:')) {
    const { ssl, ...rest } = parseUrl(trimmed);
    const config = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== '' && value !== null && value !== undefined));
    return { ...(config as pg.ClientConfig), ...(ssl !== undefined && { ssl: ssl as pg.ClientConfig['ssl'] }) };
  }
  const config: Record<string, unknown> = {};
  for (const match of trimmed.matchAll(/(\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+)/g)) {
    const key = match[1]!;
    const raw = match[2]!;
    const value = raw.startsWith("'") ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
    if (key === 'dbname') config.database = value;
    else if (key === 'port') config.port = Number(value);
    else if (key === 'sslmode') config.ssl = value === 'disable' ? false : value === 'require' ? { rejectUnauthorized: false } : true;
    else if (['host', 'user', 'password', 'application_name'].includes(key)) config[key] = value;
  }
  return config;
}

/**
 * libpq's meaning of sslmode (require: encrypted, certificate not verified), as the key/value
 * form below and every other libpq client have it. node-postgres' own meaning (require =
 * verify-full) comes with a multi-line process warning printed before any error.
 */
function parseUrl(url: string): Record<string, unknown> {
  const explicit = /[?&]uselibpqcompat=/i.test(url);
  try {
    return parse(url, explicit ? {} : { useLibpqCompat: true });
  } catch (error) {
    // E.g. sslmode=verify-ca without sslrootcert, a port that is not a number.
    throw new UserError(`engine url: invalid connection string: ${oneLine(errorMessage(error))}`);
  }
}

/** Where a connection goes, for messages: never the password. */
export function describeConnection(config: pg.ClientConfig): string {
  const host = config.host ?? 'localhost';
  return `${config.user ? `${config.user}@` : ''}${host}${config.port ? `:${config.port}` : ''}/${config.database ?? ''}`;
}
