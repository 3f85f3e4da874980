/** Where the stages say what they are doing: stderr for the CLI, grouped log sections in the action. */
export interface Progress {
  info(message: string): void;
  warn(message: string): void;
  /** Run one stage, report how long it took, and record it in the timings. */
  stage<T>(name: string, run: () => Promise<T>): Promise<T>;
  /**
   * The last lines a capture command printed (kept also when it succeeds): shown by the CLI
   * with `--debug` and in a collapsed log group in the action; ignored elsewhere.
   */
  commandOutput?(title: string, lines: readonly string[]): void;
}

export interface ProgressOutlets {
  /** Runs a stage inside a log group (the action). */
  group?: <T>(name: string, run: () => Promise<T>) => Promise<T>;
  /** Where warnings go when not to `write` (the action makes them annotations). */
  warning?: (message: string) => void;
  /** Where a capture command's kept output goes (see Progress.commandOutput). */
  commandOutput?: (title: string, lines: readonly string[]) => void;
}

export function timedProgress(
  write: (line: string) => void,
  timings: Record<string, number>,
  { group, warning, commandOutput }: ProgressOutlets = {},
): Progress {
  return {
    ...(commandOutput && { commandOutput }),
    info: (message) => write(message),
    warn: (message) => (warning ? warning(message) : write(`warning: ${message}`)),
    async stage(name, run) {
      const started = performance.now();
      const wrapped = async () => {
        const result = await run();
        const ms = Math.round(performance.now() - started);
        timings[`${name}Ms`] = ms;
        write(`${name}: ${ms} ms`);
        return result;
      };
      return group ? group(name, wrapped) : wrapped();
    },
  };
}
