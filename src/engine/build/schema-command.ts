import type { ScriptFile } from '../database.ts';
import { UserError } from '../../util/errors.ts';
import { commandFailure } from './extensions.ts';
import { outputTail, runCommand } from '../../util/run-command.ts';

/** Where a schema or seed command reaches the side's database, for as long as it runs. */
export interface CommandTarget {
  /** DATABASE_URL, PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** How an engine opens its database to a command (embedded: PGlite's socket server; a server: its own socket). */
export type CommandTargetMaker = () => Promise<CommandTarget>;

/**
 * The connection variables for a command. A host that is a directory (a private server's unix
 * socket) goes into DATABASE_URL as `?host=`, which libpq, psycopg, SQLAlchemy and node-postgres
 * read alike.
 */
export function connectionEnvironment(target: { host: string; port: number; user: string; database: string; password?: string }): Record<string, string> {
  const user = encodeURIComponent(target.user);
  const credentials = target.password ? `${user}:${encodeURIComponent(target.password)}` : user;
  const database = encodeURIComponent(target.database);
  const url = target.host.startsWith('/')
    ? `postgresql://${credentials}@/${database}?host=${encodeURIComponent(target.host)}&port=${target.port}`
    : `postgresql://${credentials}@${target.host.includes(':') ? `[${target.host}]` : target.host}:${target.port}/${database}?sslmode=disable`;
  return {
    DATABASE_URL: url,
    PGHOST: target.host,
    PGPORT: String(target.port),
    PGUSER: target.user,
    // Set even when empty: a PGPASSWORD of the runner's must not reach another server.
    PGPASSWORD: target.password ?? '',
    PGDATABASE: target.database,
    ...(!target.host.startsWith('/') && { PGSSLMODE: 'disable' }),
  };
}

/**
 * Run a command entry (`{ command, inputs }`) against the side's database, in the side's tree,
 * within its time bound; a failure names the side, the phase and the command, then the last
 * lines of its output.
 */
export async function runCommandFile(label: string, file: ScriptFile, target: CommandTargetMaker | undefined, failureNote?: string): Promise<void> {
  const command = file.command!;
  const what = `${label}: ${file.phase} command '${command.run}'`;
  if (!target) throw new UserError(`${what}: this engine cannot run commands`);
  const exposed = await target();
  let outcome;
  try {
    outcome = await runCommand(command.run, command.cwd, { ...command.env, ...exposed.env }, command.timeoutMs);
  } catch (error) {
    throw new UserError(`${what} could not be started: ${(error as Error).message}`);
  } finally {
    await exposed.stop();
  }
  const note = failureNote ? ` (${failureNote})` : '';
  if (outcome.timedOut) {
    const minutes = Math.round((command.timeoutMs / 60_000) * 100) / 100;
    throw commandFailure(`${what} timed out after ${minutes} min (timeout_minutes): its processes were stopped${note}${outputTail(outcome.output)}`);
  }
  if (outcome.code !== 0) throw commandFailure(`${what} exited ${outcome.code}${note}${outputTail(outcome.output)}`);
}
