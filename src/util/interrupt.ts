/**
 * Cleanups that must run when the user presses Ctrl-C or the runner cancels the job
 * (SIGINT, SIGTERM, SIGHUP): drop scratch databases, stop servers, remove directories.
 * All registered cleanups run (for at most 15 s; a second signal exits at once), then the
 * process exits 128 + signal.
 */
type Cleanup = () => Promise<void> | void;

const cleanups = new Set<Cleanup>();
const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;
let installed = false;
let exiting = false;

export function onInterrupt(cleanup: Cleanup): () => void {
  install();
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      // A second Ctrl-C does not wait for the cleanups.
      if (exiting) process.exit(128 + number);
      exiting = true;
      const all = Promise.allSettled([...cleanups].map(async (cleanup) => cleanup()));
      const limit = new Promise((resolve) => setTimeout(resolve, 15_000).unref());
      void Promise.race([all, limit]).then(() => process.exit(128 + number));
    });
  }
}
