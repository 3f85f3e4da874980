// Writes assets/pglite-template.tar.gz: a freshly initdb'ed PGlite data directory, so each
// run loads it (~0.5 s) instead of running initdb in WASM (~3 s). Rerun after upgrading PGlite.
import { PGlite } from '@electric-sql/pglite';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const version = JSON.parse(readFileSync(join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version;
const db = await PGlite.create();
const dump = await db.dumpDataDir('gzip');
await db.close();
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'assets/pglite-template.tar.gz'), Buffer.from(await dump.arrayBuffer()));
writeFileSync(join(root, 'assets/pglite-template.version'), `${version}\n`);
process.stdout.write(`assets/pglite-template.tar.gz for @electric-sql/pglite ${version} (${dump.size} bytes)\n`);
