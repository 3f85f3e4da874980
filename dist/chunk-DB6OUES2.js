import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);

// src/util/progress.ts
function timedProgress(write, timings, { group, warning, commandOutput } = {}) {
  return {
    ...commandOutput && { commandOutput },
    info: (message) => write(message),
    warn: (message) => warning ? warning(message) : write(`warning: ${message}`),
    async stage(name, run) {
      const started = performance.now();
      const wrapped = async () => {
        const result = await run();
        const ms = Math.round(performance.now() - started);
        timings[`${name}Ms`] = ms;
        write(`${name}: ${ms} ms`);
        return result;
      };
      return group ? group(name, wrapped) : wrapped();
    }
  };
}

export {
  timedProgress
};
