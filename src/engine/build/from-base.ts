import { labelled, unlabelled } from '../cache/fixture-cache.ts';
import type { BuiltDatabase, Database, Prebuilt } from '../database.ts';

/** Where an engine keeps a database it built, with the side that built it. */
export interface Home {
  label: string;
}

/**
 * The start of an incremental head, alike on every engine: base is opened only now (a
 * remembered base may never have been), found among this engine's builds (its `homes`), copied
 * by `copy` into head's place, and handed on as head's earlier build, base's warnings and notes
 * under head's label. `copyMs` is the copy's share of head's start time.
 */
export async function copyOfBase<H extends Home>(
  label: string,
  openBase: () => Promise<BuiltDatabase>,
  homes: ReadonlyMap<Database, H>,
  copy: (home: H, base: BuiltDatabase) => Promise<unknown>,
): Promise<{ home: H; prebuilt: Prebuilt; copyMs: number }> {
  const base = await openBase();
  const home = homes.get(base.database);
  if (!home) throw new Error('incremental build from a database this engine did not build');
  const started = performance.now();
  await copy(home, base);
  const copyMs = performance.now() - started;
  return { home, prebuilt: { ...labelled(label, unlabelled(home.label, base)), increment: true }, copyMs };
}
