import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  DEFAULT_CACHE_CAP_BYTES,
  FIXTURE_FORMAT,
  cacheRoot,
  copyDirectory,
  digestOf,
  fixtureCache,
  fixtureKey,
  labelled,
  scopedKey,
  sourcesDigest,
  unlabelled
} from "./chunk-TY6CIGCO.js";
import "./chunk-Q2X4TYZN.js";
import "./chunk-GT2QDNZW.js";
export {
  DEFAULT_CACHE_CAP_BYTES,
  FIXTURE_FORMAT,
  cacheRoot,
  copyDirectory,
  digestOf,
  fixtureCache,
  fixtureKey,
  labelled,
  scopedKey,
  sourcesDigest,
  unlabelled
};
