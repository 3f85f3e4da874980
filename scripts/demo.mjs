// npm run demo: gate a realistic pull request end to end with the bundled CLI.
//
// Builds a throwaway git repository from examples/: the first commit holds
// examples/base (a project-tracker app: pg_dump schema, migrations, seed, queries), the
// second applies examples/head on top (files there are added or replaced; paths listed in
// examples/head/DELETED are deleted). Then runs
//   node dist/cli.js --cwd <repo> --base <first commit> --head <second commit> [extra args]
// with the terminal attached, removes the repository and exits with the CLI's exit code
// (1: the head commit regresses the login query). Extra arguments go to the CLI, e.g.
//   npm run demo -- --json report.json --markdown comment.md
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const examples = join(root, 'examples');
const DELETED = 'DELETED';

if (!existsSync(cli)) {
  process.stderr.write(`demo: ${cli} is missing; run \`npm run bundle\` first\n`);
  process.exit(2);
}

// A fixed identity and dates make the two commits (and so their SHAs) the same on every run;
// ignoring the user's git config keeps signing, hooks and templates out of the way.
const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'pg-plan-gate demo',
  GIT_AUTHOR_EMAIL: 'demo@example.com',
  GIT_AUTHOR_DATE: '2025-06-02T09:00:00Z',
  GIT_COMMITTER_NAME: 'pg-plan-gate demo',
  GIT_COMMITTER_EMAIL: 'demo@example.com',
  GIT_COMMITTER_DATE: '2025-06-02T09:00:00Z',
  GIT_CONFIG_GLOBAL: process.platform === 'win32' ? 'NUL' : '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};

/** Copy a directory tree into `to`, skipping `skip` (names relative to `from`). */
function copyTree(from, to, skip = new Set()) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      mkdirSync(target, { recursive: true });
      copyTree(source, target);
    } else if (entry.isFile()) {
      copyFileSync(source, target);
    }
  }
}

/** Paths listed in examples/head/DELETED, one per line (blank lines and # comments ignored). */
function deletedPaths(headDir) {
  const file = join(headDir, DELETED);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((path) => {
      const normalized = normalize(path);
      if (isAbsolute(normalized) || normalized === '..' || normalized.startsWith(`..${sep}`)) {
        throw new Error(`${file}: ${path} is not a path inside the repository`);
      }
      return normalized;
    });
}

function makeRepository(dir) {
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: dir, env: gitEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    } catch (error) {
      const detail = error.code === 'ENOENT' ? 'git is not installed or not on PATH' : (error.stderr || error.message).trim();
      throw new Error(`git ${args[0]} failed: ${detail}`, { cause: error });
    }
  };
  git('init', '-q', '-b', 'main');

  copyTree(join(examples, 'base'), dir);
  git('add', '-A');
  git('commit', '-q', '-m', 'base: project tracker (schema dump, migrations, seed, queries)');
  const base = git('rev-parse', 'HEAD');

  const headDir = join(examples, 'head');
  copyTree(headDir, dir, new Set([DELETED]));
  for (const path of deletedPaths(headDir)) rmSync(join(dir, path), { recursive: true, force: true });
  git('add', '-A');
  git('commit', '-q', '-m', 'head: login by lower(email), index for my open tasks, task total via count(*) OVER ()');
  const head = git('rev-parse', 'HEAD');
  return { base, head };
}

function runCli(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: 'inherit' });
    // Ctrl-C reaches the CLI too; wait for it to exit so the repository is still removed.
    const forward = (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const signal of signals) process.on(signal, forward);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      for (const s of signals) process.off(s, forward);
      resolve(code ?? 128 + (constants.signals[signal] ?? 0));
    });
  });
}

process.stderr.write(
  'demo: building a project-tracker database (orgs, users, projects, tasks, comments, log_user_status; ~390k seeded rows) ' +
    'at a base commit and at a head commit that makes login case-insensitive, adds an index and merges the task count into the list query\n',
);

const dir = mkdtempSync(join(tmpdir(), 'pg-plan-gate-demo-'));
let exitCode;
try {
  const { base, head } = makeRepository(dir);
  exitCode = await runCli(['--cwd', dir, '--base', base, '--head', head, ...process.argv.slice(2)]);
} catch (error) {
  process.stderr.write(`demo: ${error.message}\n`);
  exitCode = 2;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = exitCode;
