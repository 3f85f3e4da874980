import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
} from "./chunk-CHX4JE7S.js";
import "./chunk-5SWIYZ4I.js";
import "./chunk-GNNHR6SN.js";
import "./chunk-JMCQPS7L.js";
import "./chunk-6IIM6R7Y.js";
import "./chunk-TCDS4LOV.js";
import "./chunk-3S2DTSRH.js";
import "./chunk-FO5THGIH.js";
import "./chunk-GT2QDNZW.js";
export {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
};
