import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
} from "./chunk-EONKRZ22.js";
import "./chunk-PMJU4LNW.js";
import "./chunk-B4ZRGKWZ.js";
import "./chunk-HAM74ERB.js";
import "./chunk-Z7ZCGYNN.js";
import "./chunk-3IURYZOK.js";
import "./chunk-3S2DTSRH.js";
import "./chunk-FO5THGIH.js";
import "./chunk-GT2QDNZW.js";
export {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
};
