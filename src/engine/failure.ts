import { errorMessage, oneLine } from '../util/errors.ts';
import type { Failure, FailureKind } from './database.ts';

/** SQLSTATEs the gate acts on (PostgreSQL's errcodes.txt). */
export const SQLSTATE = {
  /** statement_timeout ran out (or a cancel request). */
  queryCanceled: '57014',
  insufficientPrivilege: '42501',
  /** CREATE INDEX on an expression or predicate with a function that is not IMMUTABLE (and other invalid definitions). */
  invalidObjectDefinition: '42P17',
  /** What CREATE EXTENSION says of an extension that is not installed (from PostgreSQL 15 on). */
  featureNotSupported: '0A000',
  /** A malformed message: the server answered, about what was sent, so the answer lasts. */
  protocolViolation: '08P01',
} as const;

/** The server or the backend went away: admin, crash or fast shutdown, starting up, database dropped, idle session ended. */
const BACKEND_GONE = new Set(['57P01', '57P02', '57P03', '57P04', '57P05', '25P04']);

/**
 * The kind of a SQLSTATE. Without one the error came from the client side (node-postgres'
 * "Connection terminated", PGlite's WASM runtime, an ended worker), not from the server
 * answering the question: nothing says it would happen again.
 */
export function kindOfCode(code: string | undefined): FailureKind {
  if (code === undefined) return 'lost';
  if (code === SQLSTATE.queryCanceled) return 'timeout';
  if (code === SQLSTATE.insufficientPrivilege) return 'refused';
  if ((code.startsWith('08') && code !== SQLSTATE.protocolViolation) || BACKEND_GONE.has(code)) return 'lost';
  return 'query';
}

/** A SQLSTATE the error carries (node-postgres and PGlite both put it in `code`); a Node system error's `code` (EPIPE) is not one. */
export function sqlstateOf(error: unknown): string | undefined {
  if (!error || typeof error !== 'object' || 'syscall' in error) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** What an error thrown by a session call says as an outcome: its first line, its kind, its SQLSTATE. */
export function failureOf(error: unknown): Failure {
  const code = sqlstateOf(error);
  return { error: oneLine(errorMessage(error)), kind: kindOfCode(code), ...(code && { code }) };
}

/** Whether an outcome of this kind is the data's answer (kept by remembered answers), not the moment's. */
export function lasting(kind: FailureKind): boolean {
  return kind === 'query' || kind === 'refused';
}
