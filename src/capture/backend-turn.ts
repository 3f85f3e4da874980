/**
 * Whose turn it is on a shared backend. PGlite's socket server runs the messages of all
 * connections one at a time, interleaved, and keeps a connection's turn only while it is in a
 * transaction: between two connections' Parse/Bind/Execute of the unnamed statement and portal
 * (psycopg 3 runs even its BEGIN that way) one could replace the other's (`portal "" does not
 * exist`). A connection therefore holds the turn from its first message until the backend is
 * ready for its next query and outside a transaction; the others' messages wait in the proxy.
 */
export class BackendTurns {
  private holder: number | null = null;
  private readonly waiting: { id: number; go: () => void }[] = [];

  request(id: number, go: () => void): void {
    if (this.holder === null || this.holder === id) {
      this.holder = id;
      go();
    } else this.waiting.push({ id, go });
  }

  release(id: number): void {
    const index = this.waiting.findIndex((entry) => entry.id === id);
    if (index >= 0) this.waiting.splice(index, 1);
    if (this.holder !== id) return;
    this.holder = null;
    const next = this.waiting.shift();
    if (next) {
      this.holder = next.id;
      next.go();
    }
  }
}

/** What one connection's hold on the shared backend depends on. */
export interface TurnState {
  /** The connection has the turn. */
  holding: boolean;
  /** ReadyForQuery messages the backend still owes it (startup, Syncs and Queries sent). */
  owed: number;
  /**
   * An extended-query exchange is under way: from its first Parse/Bind/Describe/Execute/Close/
   * Flush up to its Sync the unnamed statement and portal are this connection's, even while the
   * backend owes nothing (a Parse may come alone in a chunk).
   */
  inExchange: boolean;
  /** Transaction status of the last ReadyForQuery: I (idle), T (in a transaction), E (in a failed one). */
  status: string;
  /** Messages of this connection still waiting for the turn. */
  queued: number;
}

/**
 * The release condition: a connection hands the shared backend to another client only when
 * the backend answered everything it sent, no extended-query exchange of its own is open, it
 * is idle outside a transaction, and none of its messages wait to be sent.
 */
export function mayReleaseBackend(turn: TurnState): boolean {
  return turn.holding && turn.owed <= 0 && !turn.inExchange && turn.status === 'I' && turn.queued === 0;
}

/**
 * One client connection's side of the turns: what it sends goes to the backend at once while it
 * holds the turn (or when nothing is shared), and waits for the turn otherwise. Without
 * `turns` (a backend of its own) it only keeps count of the ReadyForQuery messages owed.
 */
export class ConnectionTurn {
  private owedCount = 0;
  private status = 'I';
  private holding = false;
  private asked = false;
  private inExchange = false;
  private readonly queued: { bytes: Buffer; owes: number }[] = [];

  /** `write` sends bytes to the backend and says whether they went (false: the backend is gone). */
  constructor(
    private readonly id: number,
    private readonly turns: BackendTurns | null,
    private readonly write: (bytes: Buffer) => boolean,
  ) {}

  get owed(): number {
    return this.owedCount;
  }

  get state(): TurnState {
    return { holding: this.holding, owed: this.owedCount, inExchange: this.inExchange, status: this.status, queued: this.queued.length };
  }

  /** To the backend now, turn or not: what the socket server answers itself or what passes unread. */
  sendNow(bytes: Buffer, owes = 0): void {
    if (this.write(bytes)) this.owedCount += owes;
  }

  /** To the backend on this connection's turn; `owes`: the ReadyForQuery messages it will answer with. */
  send(bytes: Buffer, owes = 0): void {
    if (!this.turns || this.holding) return this.sendNow(bytes, owes);
    this.queued.push({ bytes, owes });
    if (this.asked) return;
    this.asked = true;
    this.turns.request(this.id, () => {
      this.holding = true;
      this.asked = false;
      for (const entry of this.queued.splice(0)) this.sendNow(entry.bytes, entry.owes);
      this.releaseIfDone();
    });
  }

  /** A Parse, Bind, Describe, Execute, Close or Flush: the unnamed statement and portal are in use. */
  exchangeStarted(): void {
    this.inExchange = true;
  }

  /** A Sync: the exchange ends once the backend answers it. */
  exchangeSynced(): void {
    this.inExchange = false;
  }

  /** A ReadyForQuery from the backend, with its transaction status byte. */
  readyForQuery(status: string): void {
    this.owedCount--;
    this.status = status;
  }

  /** Give the turn back when the release condition holds. */
  releaseIfDone(): void {
    if (!this.turns || !mayReleaseBackend(this.state)) return;
    this.holding = false;
    this.turns.release(this.id);
  }

  /** The connection is gone: what waited is dropped and the turn passes on. */
  drop(): void {
    this.queued.length = 0;
    this.holding = false;
    this.turns?.release(this.id);
  }
}
