import type { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';
import { UserError } from '../util/errors.ts';

/** Requests to one engine worker thread and their replies, matched by id. */
export interface WorkerChannel {
  call<T>(request: WorkerRequest): Promise<T>;
  /** Ask the worker to close its database, then end the thread. */
  close(): Promise<void>;
  /** End the thread now, even in the middle of a statement; pending calls fail. */
  kill(): Promise<void>;
  readonly exited: boolean;
}

export function openChannel(worker: Worker, label: string): WorkerChannel {
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let exited = false;
  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on('message', (reply: WorkerReply) => {
    const waiter = pending.get(reply.id);
    if (!waiter) return;
    pending.delete(reply.id);
    if (reply.ok) waiter.resolve(reply.value);
    else waiter.reject(reply.userError ? new UserError(reply.message) : new Error(reply.message));
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) => {
    exited = true;
    failAll(new Error(`the ${label} database worker exited (code ${code})`));
  });
  const call = <T>(request: WorkerRequest): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (exited) return reject(new Error(`the ${label} database worker has exited`));
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, request });
    });
  return {
    call,
    async close() {
      if (exited) return;
      await call({ op: 'close' }).catch(() => {});
      await worker.terminate();
    },
    async kill() {
      if (!exited) await worker.terminate();
    },
    get exited() {
      return exited;
    },
  };
}
