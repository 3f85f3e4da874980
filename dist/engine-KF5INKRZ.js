import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  DEFAULT_STATISTICS_FILE,
  DISTINCT_VALUES_LIMIT,
  STATISTICS_FILE_VERSION,
  VALUE_FIELDS,
  answerMemory,
  buildDatabases,
  cacheRoot,
  closeAll,
  connect,
  createEngine,
  describeConnection,
  fixtureCache,
  loadParser,
  parseConnectionString
} from "./chunk-SHFXYGQ7.js";
import "./chunk-3QVA6SR5.js";
import "./chunk-4VQ5QNSJ.js";
import "./chunk-FO5THGIH.js";
import "./chunk-GT2QDNZW.js";
export {
  DEFAULT_STATISTICS_FILE,
  DISTINCT_VALUES_LIMIT,
  STATISTICS_FILE_VERSION,
  VALUE_FIELDS,
  answerMemory,
  buildDatabases,
  cacheRoot,
  closeAll,
  connect,
  createEngine,
  describeConnection,
  fixtureCache,
  loadParser,
  parseConnectionString
};
