import { parseConfig } from '../../src/config/load.ts';
import type { Config } from '../../src/config/config.ts';

/** A config with one schema file (line 1) and `text` from line 2 on. */
export const parseWithSchema = (text: string): Config => parseConfig(`schema: db/schema.sql\n${text}`, 'pg-plan-gate.yml', {});

/** The one-line message a config error gives. */
export function configErrorOf(text: string): string {
  try {
    parseWithSchema(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a config error');
}
