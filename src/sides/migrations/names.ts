import { compareCodePoints } from '../../util/text.ts';

/**
 * What a migration file's name says under the tools that order by name. goose, dbmate and
 * golang-migrate take the leading number as the version; Flyway spells `V<version>__<desc>.sql`
 * with `.` or `_` between version parts, and `R__` (repeatable), `U` (undo) and `B` (baseline)
 * prefixes.
 */
export type FileName =
  | { kind: 'versioned'; version: bigint[] }
  | { kind: 'flyway-versioned'; version: bigint[] }
  | { kind: 'flyway-baseline'; version: bigint[] }
  | { kind: 'repeatable'; description: string }
  | { kind: 'never'; why: string }
  | { kind: 'unversioned' };

const GOLANG_MIGRATE = /^(\d+)_.*\.(up|down)\.sql$/;
const FLYWAY = /^([VUB])(\d+(?:[._]\d+)*)__.+\.sql$/;
const FLYWAY_REPEATABLE = /^R__(.+)\.sql$/;
const LEADING_NUMBER = /^(\d+)(?:_|\.sql$)/;

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function isGolangMigrateName(path: string): boolean {
  return GOLANG_MIGRATE.test(baseName(path));
}

export function isFlywayName(path: string): boolean {
  const name = baseName(path);
  return FLYWAY.test(name) || FLYWAY_REPEATABLE.test(name);
}

/** The name read as `tool` reads it (`undefined`: a tool that does not order by name, or a plain file). */
export function fileName(path: string, tool: string | undefined): FileName {
  const name = baseName(path);
  if (tool === 'flyway') {
    const repeatable = FLYWAY_REPEATABLE.exec(name);
    if (repeatable) return { kind: 'repeatable', description: repeatable[1]! };
    const versioned = FLYWAY.exec(name);
    if (versioned) {
      const version = versionParts(versioned[2]!);
      if (versioned[1] === 'U') return { kind: 'never', why: 'Flyway undo migration' };
      return versioned[1] === 'B' ? { kind: 'flyway-baseline', version } : { kind: 'flyway-versioned', version };
    }
  }
  if (tool === 'golang-migrate') {
    const match = GOLANG_MIGRATE.exec(name);
    if (match?.[2] === 'down') return { kind: 'never', why: 'golang-migrate down migration' };
  }
  const number = LEADING_NUMBER.exec(name);
  return number ? { kind: 'versioned', version: [BigInt(number[1]!)] } : { kind: 'unversioned' };
}

/** `10.1` and `10_1` are the same version; `1.0` is `1` (Flyway drops trailing zeros). */
export function versionParts(text: string): bigint[] {
  const parts = text.split(/[._]/).map((part) => BigInt(part));
  while (parts.length > 1 && parts[parts.length - 1] === 0n) parts.pop();
  return parts;
}

/** Versions compared part by part, as numbers: 1 < 2 < 10 < 10.1 < 11. */
export function compareVersions(a: readonly bigint[], b: readonly bigint[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const [x, y] = [a[index] ?? 0n, b[index] ?? 0n];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export function versionText(version: readonly bigint[]): string {
  return version.join('.');
}

interface Named {
  path: string;
  name: FileName;
}

/**
 * The tool's order: versioned files by version, then Flyway repeatables by description, then
 * any other file by path. Ties (the same version twice) keep path order; the caller refuses them.
 */
export function compareMigrations(a: Named, b: Named): number {
  const rank = (file: Named) => (file.name.kind === 'repeatable' ? 1 : 'version' in file.name ? 0 : 2);
  const [rankA, rankB] = [rank(a), rank(b)];
  if (rankA !== rankB) return rankA - rankB;
  if ('version' in a.name && 'version' in b.name) {
    const byVersion = compareVersions(a.name.version, b.name.version);
    if (byVersion !== 0) return byVersion;
  }
  if (a.name.kind === 'repeatable' && b.name.kind === 'repeatable' && a.name.description !== b.name.description) {
    return compareCodePoints(a.name.description, b.name.description);
  }
  return compareCodePoints(a.path, b.path);
}
