import { UserError } from '../../util/errors.ts';
import { scalarText } from '../../util/text.ts';

/** Plans differ between majors: gating on another major than the config asks for is an error, not a guess. */
export function checkMajor(serverVersion: string, major: number | undefined, where: string): void {
  if (major === undefined) return;
  const actual = Number.parseInt(serverVersion, 10);
  if (actual !== major) throw new UserError(`postgres_version is ${major}, but ${where} runs PostgreSQL ${serverVersion}`);
}

export async function versionOf(client: { query(sql: string): Promise<{ rows: Record<string, unknown>[] }> }): Promise<string> {
  return scalarText((await client.query('SHOW server_version')).rows[0]?.server_version ?? 'unknown');
}
