// The folders of src/ are the stages of the data flow, and imports point one way: a stage may
// use the stages before it, never the ones after. A backwards import fails with a line naming
// both files. Run by `npm run lint:layers`, which .ci/run calls after the type check.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Lower first. capture sits beside explain: it may use explain, explain may not use it. */
export const LAYERS = ['util', 'config', 'sides', 'engine', 'statistics', 'explain', 'capture', 'compare', 'advice', 'report', 'github', '(top)'];

/** The engine's rooms are its own business: the rest of src/ goes through this one module. */
const ENGINE_DOOR = join('engine', 'index.ts');

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/g;

function layerOf(srcRoot, file) {
  const parts = relative(srcRoot, file).split(/[\\/]/);
  return parts.length === 1 ? '(top)' : parts[0];
}

function* sourceFiles(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

/** Every import that points from a stage to a later one, as `a.ts → b.ts` lines. */
export function backwardImports(srcRoot) {
  const problems = [];
  for (const file of sourceFiles(srcRoot)) {
    const from = layerOf(srcRoot, file);
    if (!LAYERS.includes(from)) {
      problems.push(`${relative(srcRoot, file)}: folder src/${from}/ is not a known stage (${LAYERS.join(' → ')}): add it to scripts/check-layers.mjs`);
      continue;
    }
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolve(dirname(file), match[1] ?? match[2] ?? match[3]);
      if (!target.startsWith(srcRoot)) continue;
      const to = layerOf(srcRoot, target);
      if (to === 'engine' && from !== 'engine' && relative(srcRoot, target) !== ENGINE_DOOR) {
        problems.push(
          `src/${relative(srcRoot, file)} imports src/${relative(srcRoot, target)}: outside src/engine/, import the engine through src/${ENGINE_DOOR} (export what is needed there)`,
        );
      }
      if (LAYERS.indexOf(to) > LAYERS.indexOf(from)) {
        problems.push(
          `src/${relative(srcRoot, file)} imports src/${relative(srcRoot, target)}: ${from} comes before ${to} in the data flow (${LAYERS.join(' → ')}); move what it needs to ${from} or below`,
        );
      }
    }
  }
  return problems.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = backwardImports(resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src'));
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  if (problems.length) process.exit(1);
  process.stdout.write(`layers: every import in src/ points one way (${LAYERS.join(' → ')}), and into the engine only through src/${ENGINE_DOOR}\n`);
}
