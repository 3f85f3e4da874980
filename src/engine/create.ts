import type { Config } from '../config/types.ts';
import { UserError } from '../util/errors.ts';
import { embeddedEngine } from './embedded.ts';
import { serverEngine, urlEngine } from './server.ts';
import type { Engine } from './types.ts';

export function createEngine(config: Config, options: { databaseUrl?: string }): Engine {
  if (options.databaseUrl) return urlEngine(options.databaseUrl);
  switch (config.engine) {
    case 'embedded':
      return embeddedEngine();
    case 'server':
      return serverEngine(config.serverBin);
    case 'url':
      if (!config.url) throw new UserError(`${config.path}: engine url needs a url: key (e.g. url: \${DATABASE_URL})`);
      return urlEngine(config.url);
  }
}
