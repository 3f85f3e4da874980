/** A callback for a caller with nothing to hear: the default log, warning or progress sink. */
export function noop(): void {
  // The caller chose not to listen.
}

/** The same, where an async step is expected (a build's checkpoint, a database with nothing to stop). */
export async function noopAsync(): Promise<void> {
  // Nothing to wait for.
}

/**
 * Marks a promise its owner awaits later (a side being built, a queued call, a server starting).
 * Its rejection is seen and reported where it is awaited; the handler only keeps Node from calling
 * it unhandled in between, which would end the process before that.
 */
export function markHandled(promise: Promise<unknown>): void {
  promise.catch(noop);
}
