import type { Config } from '../config/types.ts';
import { UserError } from '../util/errors.ts';
import { embeddedEngine } from './embedded.ts';
import type { Engine } from './types.ts';

export function createEngine(config: Config, options: { databaseUrl?: string }): Engine {
  const kind = options.databaseUrl ? 'url' : config.engine;
  if (kind === 'embedded') return embeddedEngine();
  throw new UserError(`${config.path}: engine ${kind} is not available in this version yet; use engine: embedded`);
}
