import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// Set by scripts/bundle.mjs: the digest of src/ the bundle was built from.
declare const __PGPG_CODE_DIGEST__: string | undefined;

let fromSource: string | undefined;

/**
 * Which version of the gate's code is running: the bundle's src/ digest, or (run from source)
 * the digest of src/ as it is now. What a database answered is only reused by the same code:
 * another version may ask the same question another way (session settings, EXPLAIN options).
 */
export function codeDigest(): string {
  if (typeof __PGPG_CODE_DIGEST__ === 'string') return __PGPG_CODE_DIGEST__;
  return (fromSource ??= sourceTreeDigest(fileURLToPath(new URL('..', import.meta.url))));
}

/** SHA-256 over each `.ts` file's relative path and contents, in path order. */
export function sourceTreeDigest(root: string): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) files.push(path);
    }
  };
  walk(root);
  const hash = createHash('sha256');
  for (const path of files.map((file) => relative(root, file).split('\\').join('/')).sort()) hash.update(`${path}\n`).update(readFileSync(join(root, path)));
  return hash.digest('hex');
}
