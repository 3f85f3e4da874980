import { Worker } from 'node:worker_threads';
import { ConfigValueError, UserError } from '../../util/errors.ts';
import type { WorkerAnswer, WorkerArgs, WorkerError, WorkerOperation, WorkerReply } from './worker-protocol.ts';

/** One engine worker thread, asked one request at a time by id. */
export interface WorkerClient {
  call<Op extends WorkerOperation>(op: Op, ...args: WorkerArgs<Op>): Promise<WorkerAnswer<Op>>;
  /** True once the thread has ended (terminated, crashed): every call then fails at once. */
  readonly exited: boolean;
  /**
   * End the thread now, whatever it is doing: PGlite runs a statement synchronously and cannot
   * be cancelled, so a thread stuck in one (a capture command's pg_sleep) answers nothing.
   */
  terminate(): Promise<void>;
}

/** The worker's error as it was thrown there: the same class, and its SQLSTATE where it had one (engine/failure.ts reads it). */
function rebuilt(error: WorkerError): Error {
  if (error.configKey) return new ConfigValueError(error.configKey.key, error.configKey.detail);
  const made = error.userError ? new UserError(error.message) : new Error(error.message);
  return error.code ? Object.assign(made, { code: error.code }) : made;
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
    else waiter.reject(rebuilt(reply.error));
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', (code) => {
    exited = true;
    failAll(new Error(`the ${label} database worker exited (code ${code})`));
  });
  return {
    call: <Op extends WorkerOperation>(op: Op, ...args: WorkerArgs<Op>) =>
      new Promise<WorkerAnswer<Op>>((resolve, reject) => {
        if (exited) return reject(new Error(`the ${label} database worker has exited`));
        const id = nextId++;
        // The reply is the answer to this operation: worker.ts's switch returns Database's own for each.
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        worker.postMessage({ id, request: { op, args } });
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
