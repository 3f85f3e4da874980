import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script of CI, without types
import { backwardImports } from '../../../scripts/check-layers.mjs';

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');
const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'pgpg-layers-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('layers point one way (scripts/check-layers.mjs, run by .ci/run)', () => {
  it('src/ has no import from a stage to a later one', () => {
    expect(backwardImports(SRC)).toEqual([]);
  });

  it('a planted backwards import fails, naming both files', () => {
    const root = tree({
      'explain/run.ts': "import type { Finding } from '../compare/types.ts';\nimport { x } from '../util/text.ts';\n",
      'compare/types.ts': "import type { QueryResult } from '../explain/types.ts';\n",
      'capture/proxy.ts': "export { thing } from '../explain/plan.ts';\nconst later = await import('../report/json.ts');\n",
      'gate.ts': "import { runGate } from './github/comment.ts';\n",
    });
    const problems = backwardImports(root) as string[];
    expect(problems).toHaveLength(2);
    expect(problems[1]).toMatch(/^src\/explain\/run\.ts imports src\/compare\/types\.ts: explain comes before compare/);
    expect(problems[0]).toMatch(/^src\/capture\/proxy\.ts imports src\/report\/json\.ts: capture comes before report/);
  });

  it('an import past the engine door fails; the door and imports inside the engine pass', () => {
    const root = tree({
      'engine/index.ts': "export { createEngine } from './create.ts';\n",
      'engine/create.ts': "import { serverEngine } from './server/server.ts';\n",
      'engine/server/server.ts': "import { connect } from '../pg/pg-session.ts';\n",
      'explain/run.ts': "import type { Database } from '../engine/index.ts';\n",
      'gate.ts': "import { fixtureCache } from './engine/cache/fixture-cache.ts';\n",
      'report/side-effect.ts': "import '../engine/embedded/worker.ts';\n",
    });
    expect(backwardImports(root)).toEqual([
      'src/gate.ts imports src/engine/cache/fixture-cache.ts: outside src/engine/, import the engine through src/engine/index.ts (export what is needed there)',
      'src/report/side-effect.ts imports src/engine/embedded/worker.ts: outside src/engine/, import the engine through src/engine/index.ts (export what is needed there)',
    ]);
  });

  it('a folder that is not a known stage is named', () => {
    const root = tree({ 'plugins/x.ts': "import { y } from '../util/text.ts';\n" });
    expect((backwardImports(root) as string[])[0]).toMatch(/plugins\/x\.ts: folder src\/plugins\/ is not a known stage/);
  });
});
