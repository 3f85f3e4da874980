import { describe, expect, it } from 'vitest';
import { BackendTurns, ConnectionTurn, mayReleaseBackend, type TurnState } from '../../../src/capture/backend-turn.ts';

const free: TurnState = { holding: true, owed: 0, inExchange: false, status: 'I', queued: 0 };

/** A connection on `turns` whose writes are recorded as text. */
function connection(id: number, turns: BackendTurns | null, sent: string[], backendGone = () => false) {
  return new ConnectionTurn(id, turns, (bytes) => {
    if (backendGone()) return false;
    sent.push(`${id}:${bytes.toString()}`);
    return true;
  });
}

describe('mayReleaseBackend: when a shared backend may be handed to another client', () => {
  it('holds when the connection has the turn, is owed nothing, has no open exchange, is idle outside a transaction and has nothing waiting', () => {
    expect(mayReleaseBackend(free)).toBe(true);
    // A backend that answered more than it was counted for owes nothing.
    expect(mayReleaseBackend({ ...free, owed: -1 })).toBe(true);
  });

  it.each([
    ['the turn is not held', { holding: false }],
    ['a ReadyForQuery is still owed', { owed: 1 }],
    ['an extended-query exchange is open (Parse sent, no Sync yet)', { inExchange: true }],
    ['a transaction is open', { status: 'T' }],
    ['a failed transaction is open', { status: 'E' }],
    ['messages of its own wait to be sent', { queued: 1 }],
  ])('does not hold when %s', (_, change: Partial<TurnState>) => {
    expect(mayReleaseBackend({ ...free, ...change })).toBe(false);
  });
});

describe('BackendTurns', () => {
  it('gives the turn to one connection at a time, in the order they asked', () => {
    const turns = new BackendTurns();
    const order: number[] = [];
    turns.request(1, () => order.push(1));
    turns.request(2, () => order.push(2));
    turns.request(3, () => order.push(3));
    expect(order).toEqual([1]);
    turns.release(2); // gone while waiting: it never gets the turn
    turns.release(1);
    expect(order).toEqual([1, 3]);
    turns.request(3, () => order.push(33)); // the holder asking again goes on at once
    expect(order).toEqual([1, 3, 33]);
  });
});

describe('ConnectionTurn: one connection on a shared backend', () => {
  it("keeps the turn from a Parse sent alone until its Sync is answered, the other connection's Query waiting", () => {
    const turns = new BackendTurns();
    const sent: string[] = [];
    const one = connection(1, turns, sent);
    const two = connection(2, turns, sent);
    one.exchangeStarted();
    one.send(Buffer.from('Parse'));
    two.send(Buffer.from('Query'), 1);
    expect(sent).toEqual(['1:Parse']);
    expect(two.state).toMatchObject({ holding: false, queued: 1 });

    one.releaseIfDone(); // owed nothing, but the exchange is open
    expect(sent).toEqual(['1:Parse']);
    one.exchangeSynced();
    one.send(Buffer.from('Sync'), 1);
    one.releaseIfDone();
    expect(one.state).toEqual({ holding: true, owed: 1, inExchange: false, status: 'I', queued: 0 });

    one.readyForQuery('I');
    one.releaseIfDone();
    expect(sent).toEqual(['1:Parse', '1:Sync', '2:Query']);
    expect(one.state.holding).toBe(false);
    expect(two.state).toEqual({ holding: true, owed: 1, inExchange: false, status: 'I', queued: 0 });
  });

  it('keeps the turn through a transaction: released at the ReadyForQuery that says idle', () => {
    const turns = new BackendTurns();
    const sent: string[] = [];
    const one = connection(1, turns, sent);
    const two = connection(2, turns, sent);
    one.send(Buffer.from('BEGIN'), 1);
    one.readyForQuery('T');
    one.releaseIfDone();
    two.send(Buffer.from('SELECT'), 1);
    expect(sent).toEqual(['1:BEGIN']);
    one.send(Buffer.from('COMMIT'), 1);
    one.readyForQuery('I');
    one.releaseIfDone();
    expect(sent).toEqual(['1:BEGIN', '1:COMMIT', '2:SELECT']);
  });

  it('hands the turn on when its connection is gone, with what it had waiting dropped', () => {
    const turns = new BackendTurns();
    const sent: string[] = [];
    const one = connection(1, turns, sent);
    const two = connection(2, turns, sent);
    const three = connection(3, turns, sent);
    one.send(Buffer.from('Query'), 1);
    two.send(Buffer.from('waits'), 1);
    three.send(Buffer.from('waits too'), 1);
    two.drop();
    one.drop();
    expect(sent).toEqual(['1:Query', '3:waits too']);
    expect(two.state.queued).toBe(0);
  });

  it('sends at once without shared turns, counting what the backend owes; nothing is counted once the backend is gone', () => {
    const sent: string[] = [];
    let gone = false;
    const alone = connection(1, null, sent, () => gone);
    alone.exchangeStarted();
    alone.send(Buffer.from('Parse'));
    alone.send(Buffer.from('Sync'), 1);
    alone.sendNow(Buffer.from('SSLRequest'));
    expect(sent).toEqual(['1:Parse', '1:Sync', '1:SSLRequest']);
    expect(alone.owed).toBe(1);
    gone = true;
    alone.send(Buffer.from('Query'), 1);
    expect(alone.owed).toBe(1);
    alone.releaseIfDone();
    expect(alone.state.holding).toBe(false);
  });
});
