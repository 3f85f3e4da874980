import { spawn } from 'node:child_process';
import { trackCommandProcesses, type CommandProcesses } from './command-processes.ts';
import { onInterrupt } from './interrupt.ts';
import { OutputTail } from './output-tail.ts';

/** Lines of a command's output kept (shown by `--debug` and in the action's log). */
export const OUTPUT_KEPT_LINES = 200;
/** Lines of a failed command's output in its error message. */
export const ERROR_TAIL_LINES = 20;

export interface CommandOutcome {
  code: number;
  timedOut: boolean;
  output: OutputTail;
}

/** setTimeout's ceiling (about 24.8 days); a larger delay would fire at once. */
const MAX_TIMEOUT_MS = 2_147_483_647;

/**
 * Run a user's shell command in `cwd` with `env`, within `timeoutMs`: a capture command, a
 * schema or seed command. It gets its own process group and a marker in its environment that
 * every process it starts inherits (even in a session of its own): a timeout, the end of the
 * command and Ctrl-C stop all of them.
 */
export function runCommand(command: string, cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<CommandOutcome> {
  return new Promise((resolvePromise, reject) => {
    const processes = trackCommandProcesses(() => child.pid);
    const child = spawn('sh', ['-c', command], { cwd, env: { ...env, ...processes.marker }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = new OutputTail(OUTPUT_KEPT_LINES);
    const keep = (chunk: Buffer) => output.push(chunk);
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const killAll = () => processes.signalAll('SIGKILL');
    const forgetInterrupt = onInterrupt(killAll);
    process.once('exit', killAll);
    let timedOut = false;
    const timer = setTimeout(
      () => {
        timedOut = true;
        killAll();
      },
      Math.min(timeoutMs, MAX_TIMEOUT_MS),
    );
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    // 'exit', not 'close': a server the command left in the background keeps the pipes open.
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      // A chance to shut down cleanly, then no choice.
      processes.signalAll('SIGTERM');
      setTimeout(() => {
        void stopRemaining(processes).then(() => {
          forgetInterrupt();
          process.removeListener('exit', killAll);
          child.stdout.destroy();
          child.stderr.destroy();
          resolvePromise({ code: code ?? (signal ? 128 : 1), timedOut, output });
        });
      }, 500);
    });
  });
}

/** SIGKILL until nothing marked is left: a process may start another between a search and the kill. */
async function stopRemaining(processes: CommandProcesses): Promise<void> {
  for (let round = 0; round < 20; round++) {
    processes.signalAll('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (processes.find().length === 0) return;
  }
}

/** The last lines of the output for an error message, after a line saying so; '' when there were none. */
export function outputTail(output: OutputTail): string {
  const lines = trimmedOutput(output).slice(-ERROR_TAIL_LINES);
  return lines.length ? `\n--- last ${lines.length} lines of its output ---\n${lines.join('\n')}` : '';
}

/** The kept output without blank lines at its ends. */
export function trimmedOutput(output: OutputTail): string[] {
  const lines = output.last();
  while (lines.length && !lines[0]!.trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1]!.trim()) lines.pop();
  return lines;
}
