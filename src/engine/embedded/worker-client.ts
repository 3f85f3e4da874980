import { Worker } from 'node:worker_threads';
import { UserError } from '../../util/errors.ts';
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts';

/** One engine worker thread, asked one request at a time by id. */
export interface WorkerClient {
  call<T>(request: WorkerRequest): Promise<T>;
  /** True once the thread has ended (terminated, crashed): every call then fails at once. */
  readonly exited: boolean;
  /**
   * End the thread now, whatever it is doing: PGlite runs a statement synchronously and cannot
   * be cancelled, so a thread stuck in one (a capture command's pg_sleep) answers nothing.
   */
  terminate(): Promise<void>;
}

export function startWorker(script: URL, label: string): WorkerClient {
  const worker = new Worker(script);
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
  return {
    call: <T>(request: WorkerRequest) =>
      new Promise<T>((resolve, reject) => {
        if (exited) return reject(new Error(`the ${label} database worker has exited`));
        const id = nextId++;
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        worker.postMessage({ id, request });
      }),
    get exited() {
      return exited;
    },
    async terminate() {
      await worker.terminate();
      exited = true;
    },
  };
}
