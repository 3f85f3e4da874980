import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
} from "./chunk-CIFENUUP.js";
import "./chunk-OQGG6GYV.js";
import "./chunk-BVGOB6DB.js";
import "./chunk-VIKSWTMU.js";
import "./chunk-S44YI6NG.js";
import "./chunk-AZCG4NMP.js";
import "./chunk-4VQ5QNSJ.js";
import "./chunk-FO5THGIH.js";
import "./chunk-GT2QDNZW.js";
export {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
};
