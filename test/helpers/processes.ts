import { execFileSync } from 'node:child_process';

/** PIDs of processes whose command line is exactly `args` (tests give their sleeps unique lengths). */
export function pidsWithArgs(args: string): number[] {
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+) (.*)$/.exec(line))
    .filter((match) => match?.[2]?.trim() === args)
    .map((match) => Number(match![1]));
}

/** The same, once a process just killed has had a moment to go (up to 15 s: CI machines are busy, and a full suite on two cores left one for more than 5 s). */
export async function processesRunning(args: string): Promise<number[]> {
  for (let tries = 0; tries < 150 && pidsWithArgs(args).length > 0; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
  return pidsWithArgs(args);
}

/** A failing test must not leave its sleeps running for an hour: stop exactly those PIDs. */
export function stopLeftovers(...args: string[]): void {
  for (const pid of args.flatMap(pidsWithArgs)) process.kill(pid, 'SIGKILL');
}

/** Lines of `ps` for PostgreSQL processes whose command line names `dir` (a server's data directory is under it). */
export function postgresProcessesUnder(dir: string): string[] {
  return execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(dir) && /postgres/.test(line));
}
