import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CaptureConfig } from '../config/config.ts';
import type { Database, ExposedDatabase } from '../engine/index.ts';
import type { Progress } from '../util/progress.ts';
import type { SideTree } from '../sides/tree.ts';
import { UserError } from '../util/errors.ts';
import type { CapturedStatement } from './analyze.ts';
import { commandEnvironment } from '../util/command-environment.ts';
import { outputTail as tail, runCommand, trimmedOutput as trimmed, type CommandOutcome } from '../util/run-command.ts';
import { readQueryLog } from './jsonl.ts';
import type { OutputTail } from '../util/output-tail.ts';
import { fromLog } from './attribution.ts';
import { startCaptureSession, type CaptureResult } from './session.ts';
import { markHandled } from '../util/ignore.ts';

/** Fail before any database is built when a configured query log is missing. */
export function checkCaptureFiles(capture: CaptureConfig, cwd: string, warn: (message: string) => void): void {
  if (!capture.file) return;
  if (!capture.file.includes('{side}')) warn(`capture.file ${capture.file} has no {side}: base and head read the same log`);
  for (const side of ['base', 'head'] as const) captureLog(capture.file, side, cwd);
}

/** The side's query log: its path for messages and on disk; a missing log is an error. */
function captureLog(file: string, side: 'base' | 'head', cwd: string): { display: string; path: string } {
  const display = file.replace(/\{side\}/g, side);
  const path = resolve(cwd, display);
  if (!existsSync(path)) throw new UserError(`capture.file ${display}: no such file (the ${side} query log)`);
  return { display, path };
}

/**
 * One side's traffic: run `capture.command` in that side's tree against its database (through
 * a recording proxy), or read that side's query log.
 */
export async function captureSide(options: {
  side: 'base' | 'head';
  capture: CaptureConfig;
  tree: SideTree;
  database: Database;
  cwd: string;
  progress: Progress;
}): Promise<CapturedStatement[]> {
  const { side, capture, progress } = options;
  if (capture.file) {
    const { display, path } = captureLog(capture.file, side, options.cwd);
    const { statements } = fromLog(await readQueryLog(path, display));
    progress.info(`${side}: read ${statements.length} statements from ${display}`);
    return statements;
  }
  const dir = await options.tree.materialize();
  const deadline = Date.now() + capture.timeoutMinutes * 60_000;
  const exposed = await options.database.expose();
  let outcome: CommandOutcome | undefined;
  let captured: CaptureResult | undefined;
  let databaseStuck: boolean;
  // Whatever fails in between, the database is released: a later stage (EXPLAIN) needs it back.
  try {
    const session = await startCaptureSession(exposed.upstream, { sharedBackend: exposed.shared === true, database: exposed.database });
    try {
      const credentials = `${encodeURIComponent(exposed.user)}${exposed.password ? `:${encodeURIComponent(exposed.password)}` : ''}`;
      const env = commandEnvironment(process.env, capture.env, {
        DATABASE_URL: `postgresql://${credentials}@${session.host}:${session.port}/${encodeURIComponent(exposed.database)}?sslmode=disable`,
        PGHOST: session.host,
        PGPORT: String(session.port),
        PGUSER: exposed.user,
        PGDATABASE: exposed.database,
        // An encrypted connection cannot be recorded.
        PGSSLMODE: 'disable',
        PGGSSENCMODE: 'disable',
        ...(exposed.password && { PGPASSWORD: exposed.password }),
      });
      outcome = await runCommand(capture.command!, dir, env, capture.timeoutMinutes * 60_000);
    } finally {
      captured = await session.finish();
    }
  } finally {
    databaseStuck = !(await releaseDatabase(options.database, exposed, deadline));
  }
  showOutput(progress, side, outcome.output);
  const refusal = refusedDatabases(side, exposed.database, captured.refused);
  if (refusal) progress.warn(refusal);
  const why = refusal ? `\n${refusal}` : '';
  if (databaseStuck) {
    throw new UserError(
      `${side}: capture.command timed out after ${capture.timeoutMinutes} min: a statement it sent was still running on the database (the embedded engine cannot cancel it), so that database was discarded: ${capture.command}${tail(outcome.output)}`,
    );
  }
  if (outcome.timedOut) {
    throw new UserError(`${side}: capture.command timed out after ${capture.timeoutMinutes} min: ${capture.command}${tail(outcome.output)}`);
  }
  if (outcome.code !== 0) {
    const shared = exposed.shared ? sharedBackendHint(captured) : '';
    throw new UserError(`${side}: capture.command failed (exit ${outcome.code}): ${capture.command}${tail(outcome.output)}${why}${shared}`);
  }
  const unreadable = captured.unreadable.length ? `, ${captured.unreadable.length} unreadable (encrypted?)` : '';
  if (captured.statements.length === 0) {
    // Nothing recorded is a misconfiguration (the app bypassed DATABASE_URL/PG*, or encrypted its connections), not a pass.
    throw new UserError(
      `${side}: capture.command sent no queries through pg-plan-gate (${captured.connections} connections${unreadable}): make the application connect with DATABASE_URL or PGHOST/PGPORT/PGUSER/PGDATABASE, without TLS${tail(outcome.output)}${why}`,
    );
  }
  progress.info(`${side}: captured ${captured.statements.length} statements over ${captured.connections} connections${unreadable}`);
  return captured.statements;
}

/**
 * Connections to another database than the side's were refused: say which, and how to run a
 * framework's tests in the side's database (a test runner's own test_<name> database would be
 * empty, or on the embedded engine silently the same one).
 */
function refusedDatabases(side: 'base' | 'head', served: string, refused: readonly { database: string }[]): string | null {
  if (refused.length === 0) return null;
  const names = [...new Set(refused.map((entry) => `"${entry.database}"`))].join(', ');
  return (
    `${side}: refused ${refused.length} connection${refused.length === 1 ? '' : 's'} to database ${names}: capture.command is served one database per side, "${served}" (PGDATABASE, DATABASE_URL). ` +
    `Run the tests in it: Django: DATABASES["default"]["TEST"] = {"NAME": os.environ["PGDATABASE"]} with manage.py test --keepdb, or a test-Client script; ` +
    `Rails and pytest: take the database from DATABASE_URL for the test environment (pg-plan-gate docs/captured-traffic.md: recipes)`
  );
}

/**
 * A command that failed on the embedded engine with several connections may have relied on what
 * one backend cannot give them: separate sessions. Say so, and what serves them.
 */
function sharedBackendHint(captured: CaptureResult): string {
  if (captured.connections < 2) return '';
  const session = captured.skipped.session > 0 ? `; it sent ${captured.skipped.session} session statements (SET, LISTEN, ...)` : '';
  return (
    `\nThe ${captured.connections} connections it opened shared the embedded engine's one backend: session state (SET, temporary tables, LISTEN/NOTIFY, advisory locks, WITH HOLD cursors) is shared between them and one connection's open transaction makes the others wait${session}. ` +
    'If the command relies on separate sessions, use engine: server (pg-plan-gate docs/captured-traffic.md: connection pools on the embedded engine)'
  );
}

/** After the deadline, the database still gets this long to answer once the command is stopped. */
const RELEASE_GRACE_MS = 3_000;

/**
 * Stop serving the database and reset its session, by the capture stage's deadline. A
 * statement the command left running holds the database until it ends: a native server's
 * reset ends those sessions, but PGlite's one backend runs it to the end and answers nothing
 * meanwhile. Not answering by the deadline discards that database; false says so.
 */
async function releaseDatabase(database: Database, exposed: ExposedDatabase, deadline: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), Math.max(deadline - Date.now(), RELEASE_GRACE_MS))));
  const released = (async () => {
    await exposed.stop();
    await database.resetSession();
    return true as const;
  })();
  markHandled(released);
  const answered = await Promise.race([released, limit]);
  clearTimeout(timer);
  if (!answered) await database.discard();
  return answered;
}

/** Hand the command's last lines to whoever shows them (CLI --debug, the action's log group). */
function showOutput(progress: Progress, side: 'base' | 'head', output: OutputTail): void {
  if (!progress.commandOutput) return;
  const lines = trimmed(output);
  const earlier = output.droppedLines > 0 ? `last ${lines.length} lines` : `${lines.length} line${lines.length === 1 ? '' : 's'}`;
  progress.commandOutput(`${side}: capture.command output (${lines.length ? earlier : 'none'})`, lines);
}
