import { noop } from './ignore.ts';

/**
 * Cleanups that must run when the user presses Ctrl-C or the runner cancels the job
 * (SIGINT, SIGTERM, SIGHUP): drop scratch databases, stop servers, remove directories.
 * All registered cleanups run (for at most 15 s; a second signal exits at once), then the
 * process exits 128 + signal. The one thing printed is `pg-plan-gate: interrupted`: whatever
 * the cleanups break under the running stages (a dropped connection, a closed client) is a
 * consequence of the signal, not an error to report.
 */
type Cleanup = () => Promise<void> | void;

const cleanups = new Set<Cleanup>();
const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;
const CLEANUP_LIMIT_MS = 15_000;
let installed = false;
let exiting = false;
// Set by the entry points (CLI, action): a test process that imports an engine says nothing.
let announce = false;

export function onInterrupt(cleanup: Cleanup): () => void {
  install();
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** True once a signal arrived: errors the stages throw from then on are not reported. */
export function isInterrupted(): boolean {
  return exiting;
}

/**
 * For an entry point whose run failed because of the signal: wait for the cleanups' exit.
 * The timer keeps the event loop alive until then (an empty loop under a pending top-level
 * await would end the process with Node's exit code 13 and a warning).
 */
export function waitForInterruptExit(): Promise<never> {
  return new Promise(() => setInterval(noop, CLEANUP_LIMIT_MS));
}

/** Early, from the entry points: a signal before any cleanup exists still ends in one line and 128 + signal. */
export function installInterruptHandlers(): void {
  announce = true;
  install();
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      // A second Ctrl-C does not wait for the cleanups.
      if (exiting) process.exit(128 + number);
      exiting = true;
      // Also the code if the event loop empties before the cleanups call exit.
      process.exitCode = 128 + number;
      if (announce) process.stderr.write('pg-plan-gate: interrupted\n');
      const all = Promise.allSettled([...cleanups].map(async (cleanup) => cleanup()));
      const limit = new Promise((resolve) => setTimeout(resolve, CLEANUP_LIMIT_MS).unref());
      void Promise.race([all, limit]).then(() => process.exit(128 + number));
    });
  }
}
