import { parseArgs } from 'node:util';
import { UserError } from './util/errors.ts';

export interface CliArgs {
  config: string;
  base?: string;
  head?: string;
  json?: string;
  markdown?: string;
  cwd: string;
  cacheDir?: string;
  noCache: boolean;
  debug: boolean;
  help: boolean;
  version: boolean;
}

export const USAGE = `Usage: pg-plan-gate [--config FILE] [--base REF] [--head REF] [--json FILE] [--markdown FILE] [--cwd DIR] [--cache-dir DIR] [--no-cache]

Builds the base and head databases from pg-plan-gate.yml, EXPLAINs every query on both,
compares the plans and exits 0 (pass), 1 (fail) or 2 (usage, config or infrastructure error).

  --config FILE    config file, relative to --cwd (default pg-plan-gate.yml)
  --base REF       base commit (default: merge-base of HEAD with origin/HEAD, else main, else master)
  --head REF       head commit (default: the working tree, uncommitted changes included)
  --json FILE      write the JSON report
  --markdown FILE  write the PR-comment markdown
  --cwd DIR        run as if started in DIR (default: current directory)
  --cache-dir DIR  where built databases (fixtures/) and downloaded PostgreSQL versions are kept
                   (default: env PG_PLAN_GATE_CACHE_DIR, else $XDG_CACHE_HOME/pg-plan-gate,
                   else ~/.cache/pg-plan-gate)
  --no-cache       build every database, neither reading nor saving built ones (also env
                   PG_PLAN_GATE_NO_CACHE=1, or cache: false in the config)
  --debug          print stack traces, and the last 200 lines of capture.command's output per side
  --help, --version

       pg-plan-gate export-statistics --url URL [--out FILE] ...   (see export-statistics --help)`;

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        config: { type: 'string' },
        base: { type: 'string' },
        head: { type: 'string' },
        json: { type: 'string' },
        markdown: { type: 'string' },
        cwd: { type: 'string' },
        'cache-dir': { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UserError(`${(error as Error).message.split('\n')[0]} (see --help)`);
  }
  const values = parsed.values;
  return {
    config: values.config ?? 'pg-plan-gate.yml',
    ...(values.base !== undefined && { base: values.base }),
    ...(values.head !== undefined && { head: values.head }),
    ...(values.json !== undefined && { json: values.json }),
    ...(values.markdown !== undefined && { markdown: values.markdown }),
    cwd: values.cwd ?? process.cwd(),
    ...(values['cache-dir'] !== undefined && { cacheDir: values['cache-dir'] }),
    noCache: values['no-cache'] ?? false,
    debug: values.debug ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

export interface ExportStatisticsArgs {
  url: string;
  out: string;
  schemas: string[];
  keepValues: boolean;
  dropValues: string[];
  debug: boolean;
  help: boolean;
}

export const EXPORT_STATISTICS_USAGE = `Usage: pg-plan-gate export-statistics --url URL [--out FILE] [--schema NAME]... [--keep-values] [--drop-values TABLE.COLUMN]...

Reads production's planner statistics (table sizes, pg_stats, extended statistics; no rows) in a
read-only transaction and writes them to a file for production_statistics: in pg-plan-gate.yml.
Exits 0, or 2 with a one-line error (usage, connection, file).

  --url URL                   the database to read (a read-only replica is fine): a postgresql:// URL or
                              key=value string; PGPASSWORD and the other libpq variables fill what it leaves out
  --out FILE                  where to write (default .pg-plan-gate/production-statistics.json); written whole or not at all
  --schema NAME               a schema to read (repeatable; default: every schema but the system ones)
  --keep-values               keep every column's values (most common values, histogram bounds), text too
  --drop-values TABLE.COLUMN  drop that column's values as well (repeatable; also SCHEMA.TABLE.COLUMN)
  --debug                     print stack traces
  --help`;

export function parseExportStatisticsArgs(argv: string[]): ExportStatisticsArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        url: { type: 'string' },
        out: { type: 'string' },
        schema: { type: 'string', multiple: true },
        'keep-values': { type: 'boolean', default: false },
        'drop-values': { type: 'string', multiple: true },
        debug: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UserError(`export-statistics: ${(error as Error).message.split('\n')[0]} (see export-statistics --help)`);
  }
  const values = parsed.values;
  const help = values.help ?? false;
  if (!help && !values.url) throw new UserError('export-statistics: --url URL is required (see export-statistics --help)');
  if (values.out === '') throw new UserError('export-statistics: --out needs a file name');
  return {
    url: values.url ?? '',
    out: values.out ?? '.pg-plan-gate/production-statistics.json',
    schemas: values.schema ?? [],
    keepValues: values['keep-values'] ?? false,
    dropValues: values['drop-values'] ?? [],
    debug: values.debug ?? false,
    help,
  };
}
