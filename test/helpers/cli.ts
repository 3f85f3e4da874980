import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI_SOURCE = join(ROOT, 'src', 'cli.ts');
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs')).href;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The CLI as a real process, run from source (no bundle needed): exit code and output as a
 * user sees them. tsx's cache is off: it would create its own directory under TMPDIR.
 */
export function runCliFromSource(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', TSX_LOADER, CLI_SOURCE, ...args],
      { cwd, env: cliEnvironment(env), maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

/** The lines the gate itself printed as errors (progress lines are not `pg-plan-gate:` lines). */
export function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.startsWith('pg-plan-gate:'));
}

/** The same process, left running: for tests that signal it. */
export function spawnCliFromSource(args: string[], cwd: string, env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', TSX_LOADER, CLI_SOURCE, ...args], { cwd, env: cliEnvironment(env) });
}

function cliEnvironment(env: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, NO_COLOR: '1', TSX_DISABLE_CACHE: '1', ...env };
}
