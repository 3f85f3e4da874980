import { buildDatabase, buildIncrement, newSchemaFiles, withEarlier, type BuildOptions, type BuildProcedure } from './build.ts';
import type { BuildInput, BuiltDatabase, Prebuilt, Session } from '../database.ts';

/**
 * Where a side's database started, named from what the engine put in its place before the
 * build: nothing, a fixture-cache entry, or a copy of base's database. The log and the JSON
 * report's `build` say it, so every engine must name it alike.
 */
export function originOf(prebuilt: Prebuilt | undefined): BuiltDatabase['origin'] {
  return !prebuilt ? 'fresh' : prebuilt.increment ? 'incremental' : 'cached';
}

/**
 * What runs for each origin (`originOf`): every file by `fresh`; on a copy of base's database,
 * head's new schema files, with base's warnings and notes kept; on a cache entry, nothing, and
 * what its build said is said again.
 */
export async function buildForOrigin(
  prebuilt: Prebuilt | undefined,
  session: Session,
  label: string,
  input: BuildInput,
  signal: AbortSignal | undefined,
  options: BuildOptions,
  fresh: BuildProcedure = buildDatabase,
): ReturnType<BuildProcedure> {
  if (!prebuilt) return fresh(session, label, input, signal, options);
  if (prebuilt.increment) return withEarlier(prebuilt, await buildIncrement(session, label, { ...input, files: newSchemaFiles(input) }, signal, options));
  return { timings: { schemaMs: 0, seedMs: 0, analyzeMs: 0 }, ...prebuilt };
}
