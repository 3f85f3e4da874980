import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
} from "./chunk-H475BV66.js";
import "./chunk-PQ5IWDLK.js";
import "./chunk-TMJTROPP.js";
import "./chunk-K7SNEH4I.js";
import "./chunk-RLMY3TSD.js";
import "./chunk-LC3CKMJP.js";
import "./chunk-4VQ5QNSJ.js";
import "./chunk-FO5THGIH.js";
import "./chunk-GT2QDNZW.js";
export {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
};
