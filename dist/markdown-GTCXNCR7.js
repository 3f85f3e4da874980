import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
} from "./chunk-HJTZR26S.js";
import "./chunk-NYK42MST.js";
import "./chunk-2UEQT5WG.js";
import "./chunk-7BB3KBYC.js";
import "./chunk-R6ZLTKH4.js";
import "./chunk-L5EI2W7M.js";
import "./chunk-6SWUUGHW.js";
import "./chunk-FO5THGIH.js";
import "./chunk-GT2QDNZW.js";
export {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
};
