import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
} from "./chunk-7E3JG5RX.js";
import "./chunk-WKJNOTPX.js";
import "./chunk-MWT5LITZ.js";
import "./chunk-XPFAVNIC.js";
import "./chunk-656XDPA2.js";
import "./chunk-M2KLAACG.js";
import "./chunk-4VQ5QNSJ.js";
import "./chunk-FO5THGIH.js";
import "./chunk-GT2QDNZW.js";
export {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
};
