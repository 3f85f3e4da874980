import type { Config } from '../config/config.ts';
import { UserError } from '../util/errors.ts';
import { embeddedEngine } from './embedded/embedded.ts';
import { findServerBin } from './server/native-server.ts';
import { resolvePostgresMajor } from './server/postgres-download.ts';
import { serverEngine } from './server/server.ts';
import { urlEngine } from './url/url.ts';
import type { FixtureCache } from './cache/fixture-cache.ts';
import type { Engine } from './database.ts';

export interface EngineOptions {
  databaseUrl?: string;
  /** `--cache-dir`: where downloaded PostgreSQL majors are kept. */
  cacheDir?: string;
  env?: Record<string, string | undefined>;
  progress?: (message: string) => void;
  /** Built databases kept between runs (engines embedded and server; url builds every time). */
  fixtures?: FixtureCache;
}

export function createEngine(config: Config, options: EngineOptions): Engine {
  const major = config.postgresVersion;
  if (options.databaseUrl) return urlEngine(options.databaseUrl, major, options.progress);
  switch (config.engine) {
    case 'embedded':
      return embeddedEngine({ ...(options.fixtures && { fixtures: options.fixtures }), ...(options.progress && { progress: options.progress }) });
    case 'server':
      return serverEngine(
        async () => {
          // server.bin wins; postgres_version then only checks that it is that major.
          if (config.serverBin !== undefined || major === undefined) return findServerBin(config.serverBin);
          const found = await resolvePostgresMajor(major, {
            ...(options.cacheDir !== undefined && { cacheDir: options.cacheDir }),
            ...(options.progress && { progress: options.progress }),
            env: { ...process.env, ...options.env },
          });
          options.progress?.(`PostgreSQL ${found.version} (${found.source === 'installed' ? found.bin : found.package})`);
          return found.bin;
        },
        major,
        options.fixtures ? { fixtures: options.fixtures } : {},
      );
    case 'url':
      if (!config.url) throw new UserError(`${config.path}: engine url needs a url: key (e.g. url: \${DATABASE_URL})`);
      return urlEngine(config.url, major, options.progress);
  }
}
