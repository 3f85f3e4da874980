import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FIXTURES } from './fixtures.ts';
import { makeRepo, type FileChanges, type TestRepo } from './repo.ts';

/** Every file of a fixture under test/fixtures/orm/<name> (no caches), by its path inside it; `skip` leaves paths out. */
export function ormFiles(name: string, skip: (path: string) => boolean = () => false): FileChanges {
  const root = join(FIXTURES, 'orm', name);
  const files: FileChanges = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      if (entry === '__pycache__' || entry.endsWith('.pyc')) continue;
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (!skip(relative(root, path))) files[relative(root, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(root);
  return files;
}

/**
 * A repository holding an ORM fixture app and `pg-plan-gate.yml`: shas[0] is the app as base
 * (APP_VERSION file `base`), shas[1] the same app as head (`head`), so `gate(dir, shas[0], shas[1])`
 * compares them and `gate(dir, shas[0], shas[0])` is an A/A run.
 */
export function ormRepo(name: string, config: string, extra: FileChanges = {}): TestRepo {
  const repo = makeRepo({ ...ormFiles(name), APP_VERSION: 'base\n', 'pg-plan-gate.yml': config, ...extra });
  repo.commit({ APP_VERSION: 'head\n' });
  return repo;
}
