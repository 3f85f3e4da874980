import type { RemoteAnswers } from '../engine/index.ts';
import type { RemoteFixtures } from '../engine/index.ts';
import { errorMessage, oneLine } from '../util/errors.ts';

/**
 * Fixture cache entries kept in the GitHub Actions cache, so a pull request's run starts from
 * the database that main's push run (or an earlier push to the pull request) built. Each entry
 * is one Actions cache entry, `pg-plan-gate-fixture-<key>`; entries are immutable, so a save
 * of a key that exists is nothing to report. Restores and saves that fail are warnings.
 * A database's remembered answers grow run by run: each version is an entry of its own,
 * `pg-plan-gate-answers-<key>-<code>-<version>` (code: the gate's), and a run restores the
 * newest by that prefix.
 */
export async function actionsFixtureStore(log: {
  info(message: string): void;
  warn(message: string): void;
}): Promise<(RemoteFixtures & RemoteAnswers) | undefined> {
  // Loaded here, not at startup: the Actions cache client (with Azure's storage SDK) is most of the action's code.
  const cache = await import('@actions/cache');
  if (!cache.isFeatureAvailable()) {
    log.info('fixture cache: this job has no Actions cache service; built databases are kept on this runner only');
    return undefined;
  }
  const cacheKey = (key: string) => `pg-plan-gate-fixture-${key}`;
  const answersKey = (name: string) => `pg-plan-gate-answers-${name}-`;
  return {
    async fetch(key, entryDir) {
      try {
        // restoreCache reports a service that is down as a warning of its own and returns undefined.
        const hit = await cache.restoreCache([entryDir], cacheKey(key));
        if (hit) log.info(`fixture cache: ${key.slice(0, 12)} restored from the Actions cache`);
        return hit !== undefined;
      } catch (error) {
        log.warn(`fixture cache: the Actions cache could not be read (${oneLine(errorMessage(error))}); building instead`);
        return false;
      }
    },
    async push(key, entryDir) {
      try {
        // saveCache reports a refused or failed upload as a warning of its own and returns -1.
        if ((await cache.saveCache([entryDir], cacheKey(key))) !== -1) log.info(`fixture cache: ${key.slice(0, 12)} saved to the Actions cache`);
      } catch (error) {
        log.warn(`fixture cache: could not save ${key.slice(0, 12)} to the Actions cache (${oneLine(errorMessage(error))})`);
      }
    },
    async fetchAnswers(name, path) {
      try {
        // No entry has the bare prefix as its key: the restore key picks the newest version.
        const hit = await cache.restoreCache([path], answersKey(name), [answersKey(name)]);
        if (hit) log.info(`remembered answers: ${name.slice(0, 12)} restored from the Actions cache`);
        return hit !== undefined;
      } catch (error) {
        log.warn(`remembered answers: the Actions cache could not be read (${oneLine(errorMessage(error))}); the database answers instead`);
        return false;
      }
    },
    async pushAnswers(name, path, version) {
      try {
        if ((await cache.saveCache([path], `${answersKey(name)}${version}`)) !== -1)
          log.info(`remembered answers: ${name.slice(0, 12)} saved to the Actions cache`);
      } catch (error) {
        log.warn(`remembered answers: could not save ${name.slice(0, 12)} to the Actions cache (${oneLine(errorMessage(error))})`);
      }
    },
  };
}
