// Builds dist/: self-contained ESM bundles for the action (index.js), the CLI (cli.js) and the
// engine's worker thread (engine-worker.js), sharing their common code through chunk files
// so each library is shipped and loaded once; the WASM/data assets PGlite and libpg-query load
// from next to the bundle; and licenses.txt for everything bundled.
import { build } from 'esbuild';
import { bundledPackages, licensesText } from './licenses.mjs';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// CommonJS dependencies inside an ESM bundle still call require() and read __dirname.
const banner = [
  "import { createRequire as __pgpgCreateRequire } from 'node:module';",
  "import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';",
  "import { dirname as __pgpgDirname } from 'node:path';",
  'const require = __pgpgCreateRequire(import.meta.url);',
  'const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);',
  'const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);',
].join('\n');
// Free uses of __filename/__dirname read the banner's; a module's own top-level `var __filename`
// (split into a chunk of its own) stays its own instead of clashing with a banner declaration.
// The src/ the bundle is built from, as src/util/code-digest.ts takes it (path order, path and
// contents of each .ts file): remembered answers are reused only by the same code.
const sourceFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
const codeDigest = createHash('sha256');
for (const path of sourceFiles(join(root, 'src'))
  .map((file) => relative(join(root, 'src'), file).split('\\').join('/'))
  .sort()) {
  codeDigest.update(`${path}\n`).update(readFileSync(join(root, 'src', path)));
}
const define = { __filename: '__pgpgFilename', __dirname: '__pgpgDirnameOfFile', __PGPG_CODE_DIGEST__: JSON.stringify(codeDigest.digest('hex')) };

const entries = { cli: 'src/cli.ts', index: 'src/index.ts', 'engine-worker': 'src/engine/embedded/worker.ts' };

const { metafile } = await build({
  // Entries not written yet are skipped, so each slice of the project bundles.
  entryPoints: Object.fromEntries(
    Object.entries(entries)
      .filter(([, file]) => existsSync(join(root, file)))
      .map(([name, file]) => [name, join(root, file)]),
  ),
  outdir: dist,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  // Chunks sit next to the entries: PGlite and libpg-query find their WASM files next to the module that loads them.
  chunkNames: '[name]-[hash]',
  metafile: true,
  banner: { js: banner },
  define,
  legalComments: 'none',
  logLevel: 'warning',
  minifyWhitespace: false,
  sourcemap: false,
});

const pglite = join(root, 'node_modules/@electric-sql/pglite/dist');
for (const asset of ['pglite.wasm', 'pglite.data', 'initdb.wasm']) cpSync(join(pglite, asset), join(dist, asset));
cpSync(join(root, 'node_modules/libpg-query/wasm/libpg-query.wasm'), join(dist, 'libpg-query.wasm'));
// PostgreSQL's contrib extensions for engine embedded (`extensions:` in the config).
mkdirSync(join(dist, 'extensions'));
for (const file of readdirSync(pglite).filter((name) => name.endsWith('.tar.gz'))) cpSync(join(pglite, file), join(dist, 'extensions', file));

// The initdb'ed data directory must come from the PGlite version being bundled.
const pgliteVersion = JSON.parse(readFileSync(join(pglite, '..', 'package.json'), 'utf8')).version;
const templateVersion = readFileSync(join(root, 'assets/pglite-template.version'), 'utf8').trim();
if (templateVersion !== pgliteVersion) {
  throw new Error(`assets/pglite-template.tar.gz is for PGlite ${templateVersion}, node_modules has ${pgliteVersion}: run node scripts/make-template.mjs`);
}
cpSync(join(root, 'assets/pglite-template.tar.gz'), join(dist, 'pglite-template.tar.gz'));
writeFileSync(join(dist, 'package.json'), '{ "type": "module" }\n');
writeFileSync(join(dist, 'licenses.txt'), licensesText(bundledPackages(metafile, root), root));
process.stdout.write(`dist/: ${readdirSync(dist).sort().join(', ')}\n`);
