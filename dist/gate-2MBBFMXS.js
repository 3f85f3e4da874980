import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  runGate
} from "./chunk-NPAI4SQB.js";
import "./chunk-CYI5VO3F.js";
import "./chunk-O7BCQB3I.js";
import "./chunk-NO45PLNQ.js";
import "./chunk-SHFXYGQ7.js";
import "./chunk-3QVA6SR5.js";
import "./chunk-4VQ5QNSJ.js";
import "./chunk-FO5THGIH.js";
import "./chunk-GT2QDNZW.js";
export {
  runGate
};
