import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CaptureConfig } from '../config/types.ts';
import type { Database } from '../engine/types.ts';
import type { Progress } from '../progress.ts';
import type { SideTree } from '../sides/tree.ts';
import { UserError } from '../util/errors.ts';
import type { CapturedStatement } from './analyze.ts';
import { readQueryLog } from './jsonl.ts';
import { fromLog, startCaptureSession, type CaptureResult } from './sources.ts';

const OUTPUT_TAIL_LINES = 20;

/**
 * One side's traffic: run `capture.command` in that side's tree against its database (through
 * a recording proxy), or read that side's query log.
 */
export async function captureSide(options: {
  side: 'base' | 'head';
  capture: CaptureConfig;
  tree: SideTree;
  database: Database;
  cwd: string;
  progress: Progress;
}): Promise<CapturedStatement[]> {
  const { side, capture, progress } = options;
  if (capture.file) {
    const display = capture.file.replace(/\{side\}/g, side);
    const path = resolve(options.cwd, display);
    if (!existsSync(path)) throw new UserError(`capture.file ${display}: no such file (the ${side} query log)`);
    const { statements } = fromLog(await readQueryLog(path, display));
    progress.info(`${side}: read ${statements.length} statements from ${display}`);
    return statements;
  }
  const dir = await options.tree.materialize();
  const exposed = await options.database.expose();
  const session = await startCaptureSession(exposed.upstream);
  let outcome: CommandOutcome | undefined;
  let captured: CaptureResult | undefined;
  try {
    const credentials = `${encodeURIComponent(exposed.user)}${exposed.password ? `:${encodeURIComponent(exposed.password)}` : ''}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: `postgresql://${credentials}@${session.host}:${session.port}/${encodeURIComponent(exposed.database)}?sslmode=disable`,
      PGHOST: session.host,
      PGPORT: String(session.port),
      PGUSER: exposed.user,
      PGDATABASE: exposed.database,
      // An encrypted connection cannot be recorded.
      PGSSLMODE: 'disable',
      PGGSSENCMODE: 'disable',
      ...(exposed.password && { PGPASSWORD: exposed.password }),
    };
    outcome = await runCommand(capture.command!, dir, env, capture.timeoutMinutes * 60_000);
  } finally {
    captured = await session.finish();
    await exposed.stop();
    await options.database.resetSession();
  }
  if (outcome.timedOut) {
    throw new UserError(`${side}: capture.command timed out after ${capture.timeoutMinutes} min: ${capture.command}${tail(outcome.output)}`);
  }
  if (outcome.code !== 0) {
    throw new UserError(`${side}: capture.command failed (exit ${outcome.code}): ${capture.command}${tail(outcome.output)}`);
  }
  const unreadable = captured.unreadable.length ? `, ${captured.unreadable.length} unreadable (encrypted?)` : '';
  progress.info(`${side}: captured ${captured.statements.length} statements over ${captured.connections} connections${unreadable}`);
  return captured.statements;
}

interface CommandOutcome {
  code: number;
  timedOut: boolean;
  output: string;
}

function runCommand(command: string, cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<CommandOutcome> {
  return new Promise((resolvePromise, reject) => {
    // Its own process group, so a timeout stops the app servers it started too.
    const child = spawn('sh', ['-c', command], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {}
    }, timeoutMs);
    const stopGroup = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {}
    };
    process.once('exit', stopGroup);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      process.removeListener('exit', stopGroup);
      resolvePromise({ code: code ?? 1, timedOut, output });
    });
  });
}

function tail(output: string): string {
  const lines = output.trimEnd().split('\n').slice(-OUTPUT_TAIL_LINES);
  return lines.length && lines[0] ? `\n--- last ${lines.length} lines of its output ---\n${lines.join('\n')}` : '';
}
