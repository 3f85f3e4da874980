import { textParams } from './binary-params.ts';
import { classifyStatement, splitStatements, stripSemicolons, type NoiseReason } from './classify.ts';
import { FrontendParser, type FrontendEvent } from './frontend-parser.ts';

/** One statement the application executed, as the server received it. */
export interface ExecutedStatement {
  /** Connection number given by whoever feeds the recorder (the proxy counts from 1). */
  sessionId: number;
  /** Order of execution over all sessions, from 0. */
  seq: number;
  /** One statement, trimmed, comments (sqlcommenter tags) kept. */
  sql: string;
  /** Text values bound to $1..$n (extended protocol); [] for the simple protocol. */
  params: (string | null)[];
  /**
   * False when a binary-format value had no known type and is given in bytea text form
   * (`\x...`): right for bytea (what `pg` sends a Buffer as), a guess for anything else.
   */
  paramsExact: boolean;
  protocol: 'simple' | 'extended';
  /** Name of the prepared statement ('' = unnamed). */
  prepared: string | null;
  /** application_name in effect: from the startup packet, changed by SET/RESET. */
  applicationName: string | null;
  user: string | null;
  database: string | null;
}

/** Why a statement was not recorded (see ./classify.ts). */
export type SkipReason = NoiseReason | 'continuation' | 'unknown-portal';

interface PreparedState {
  sql: string;
  paramTypes: number[];
}

interface PortalState {
  sql: string;
  statement: string;
  params: (string | null)[];
  paramsExact: boolean;
  executed: boolean;
}

interface SessionState {
  startupApplicationName: string | null;
  applicationName: string | null;
  user: string | null;
  database: string | null;
  statements: Map<string, PreparedState>;
  portals: Map<string, PortalState>;
}

/**
 * Turns frontend events of many sessions into executed statements: one per statement of a
 * simple Query, one per Execute of a bound portal (unnamed or named prepared statements;
 * re-Executes of a suspended portal fetch more rows of the same execution and do not count).
 * Only DML is recorded; what is skipped and why is decided by ./classify.ts.
 *
 * Requires libpg-query to be loaded (`await loadModule()` once) before the first event.
 */
export class StatementRecorder {
  readonly statements: ExecutedStatement[] = [];
  readonly skipped: Record<SkipReason, number> = {
    transaction: 0,
    session: 0,
    'health-check': 0,
    catalog: 0,
    utility: 0,
    continuation: 0,
    'unknown-portal': 0,
  };
  /** Sessions whose traffic could not be read (TLS, broken stream), with the reason. */
  readonly unreadable: { sessionId: number; reason: string }[] = [];
  private readonly sessions = new Map<number, SessionState>();
  private seq = 0;

  /** Handle one event of one session; returns the statements it completed. */
  handle(sessionId: number, event: FrontendEvent): ExecutedStatement[] {
    const session = this.session(sessionId);
    switch (event.type) {
      case 'startup': {
        const name = event.parameters.application_name ?? null;
        session.startupApplicationName = name;
        session.applicationName = name;
        session.user = event.parameters.user ?? null;
        session.database = event.parameters.database ?? session.user;
        return [];
      }
      case 'query': {
        // A simple Query destroys the unnamed statement and portal.
        session.statements.delete('');
        session.portals.delete('');
        const out: ExecutedStatement[] = [];
        for (const sql of splitStatements(event.sql)) {
          const recorded = this.statement(sessionId, session, sql, [], true, 'simple', null);
          if (recorded) out.push(recorded);
        }
        return out;
      }
      case 'parse':
        session.statements.set(event.statement, { sql: event.sql, paramTypes: event.paramTypes });
        return [];
      case 'bind': {
        const prepared = session.statements.get(event.statement);
        if (!prepared) {
          session.portals.delete(event.portal);
          return [];
        }
        const { values, exact } = textParams(event.params, prepared.paramTypes);
        session.portals.set(event.portal, { sql: prepared.sql, statement: event.statement, params: values, paramsExact: exact, executed: false });
        return [];
      }
      case 'execute': {
        const portal = session.portals.get(event.portal);
        if (!portal) {
          this.skipped['unknown-portal']++;
          return [];
        }
        if (portal.executed) {
          this.skipped.continuation++;
          return [];
        }
        portal.executed = true;
        const recorded = this.statement(sessionId, session, stripSemicolons(portal.sql), portal.params, portal.paramsExact, 'extended', portal.statement);
        return recorded ? [recorded] : [];
      }
      case 'close':
        if (event.target === 'statement') session.statements.delete(event.name);
        else session.portals.delete(event.name);
        return [];
      case 'terminate':
        this.sessions.delete(sessionId);
        return [];
      case 'encrypted':
        this.unreadable.push({ sessionId, reason: 'the connection uses TLS/GSS encryption' });
        return [];
      case 'error':
        this.unreadable.push({ sessionId, reason: event.message });
        return [];
      default:
        return [];
    }
  }

  /** Feed raw bytes through a parser per session: convenience for tests and the proxy. */
  feeder(sessionId: number): (chunk: Uint8Array) => ExecutedStatement[] {
    const parser = new FrontendParser();
    return (chunk) => parser.feed(chunk).flatMap((event) => this.handle(sessionId, event));
  }

  /** Forget a session whose connection closed without Terminate. */
  closeSession(sessionId: number): void {
    this.sessions.delete(sessionId);
  }

  private session(sessionId: number): SessionState {
    let session = this.sessions.get(sessionId);
    if (!session) {
      session = { startupApplicationName: null, applicationName: null, user: null, database: null, statements: new Map(), portals: new Map() };
      this.sessions.set(sessionId, session);
    }
    return session;
  }

  private statement(
    sessionId: number,
    session: SessionState,
    sql: string,
    params: (string | null)[],
    paramsExact: boolean,
    protocol: 'simple' | 'extended',
    prepared: string | null,
  ): ExecutedStatement | null {
    const verdict = classifyStatement(sql);
    if (verdict.kind === 'skip') {
      this.skipped[verdict.reason]++;
      const effect = verdict.effect;
      if (effect?.kind === 'application-name') session.applicationName = effect.value ?? session.startupApplicationName;
      else if (effect?.kind === 'reset-all') session.applicationName = session.startupApplicationName;
      if (effect?.kind === 'deallocate') {
        if (effect.name === null) session.statements.clear();
        else session.statements.delete(effect.name);
      } else if (effect?.kind === 'reset-all' && effect.discard) {
        session.statements.clear();
        session.portals.clear();
      }
      return null;
    }
    const recorded: ExecutedStatement = {
      sessionId,
      seq: this.seq++,
      sql,
      params,
      paramsExact,
      protocol,
      prepared,
      applicationName: session.applicationName,
      user: session.user,
      database: session.database,
    };
    this.statements.push(recorded);
    return recorded;
  }
}
