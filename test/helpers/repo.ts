import { afterEach } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type FileChanges = Record<string, string | null>;

export interface TestRepo {
  dir: string;
  shas: string[];
  git(...args: string[]): string;
  commit(files: FileChanges, message?: string): string;
  write(files: FileChanges): void;
  cleanup(): void;
}

/** A throwaway git repository; each commit applies file contents (null deletes). */
export function makeRepo(...commits: FileChanges[]): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), 'pgpg-repo-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' },
    }).trim();
  git('init', '-q', '-b', 'main');
  const write = (files: FileChanges) => {
    for (const [path, content] of Object.entries(files)) {
      const full = join(dir, path);
      if (content === null) rmSync(full, { force: true });
      else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    }
  };
  const repo: TestRepo = {
    dir,
    shas: [],
    git,
    write,
    commit(files, message = `commit ${repo.shas.length + 1}`) {
      write(files);
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      const sha = git('rev-parse', 'HEAD');
      repo.shas.push(sha);
      return sha;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
  for (const files of commits) repo.commit(files);
  return repo;
}

/** `makeRepo` for one test file: every repository it makes is removed after each test. */
export function repoPerTest(): (...commits: FileChanges[]) => TestRepo {
  const made: TestRepo[] = [];
  afterEach(() => {
    while (made.length) made.pop()!.cleanup();
  });
  return (...commits) => {
    const created = makeRepo(...commits);
    made.push(created);
    return created;
  };
}

/** A fresh fixture-cache directory per call, removed after each test. */
export function cacheDirPerTest(): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'pgpg-fixtures-'));
    made.push(dir);
    return dir;
  };
}
