import { spawn, type ChildProcess } from 'node:child_process';
import { noop } from './ignore.ts';

export interface ExecResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Run a command without a shell; never throws for a non-zero exit (callers decide what it means). */
export function execFile(
  command: string,
  args: readonly string[],
  options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; uid?: number; gid?: number; onSpawn?: (child: ChildProcess) => void } = {},
): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.uid !== undefined && { uid: options.uid, gid: options.gid }),
    });
    options.onSpawn?.(child);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString('utf8') }));
    // A child that exits without reading its input breaks the pipe (EPIPE); its exit code and output say what happened.
    child.stdin.on('error', noop);
    child.stdin.end(options.input);
  });
}
