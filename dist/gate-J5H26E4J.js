import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  runGate
} from "./chunk-N5JLLPLP.js";
import "./chunk-CSHKEEKC.js";
import "./chunk-UFB67FO7.js";
import "./chunk-WLBYBHBJ.js";
import "./chunk-JVQGJNM5.js";
import "./chunk-TJY6H7CZ.js";
import "./chunk-3S2DTSRH.js";
import "./chunk-FO5THGIH.js";
import "./chunk-GT2QDNZW.js";
export {
  runGate
};
