import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  runGate
} from "./chunk-76T5767K.js";
import "./chunk-2UEQT5WG.js";
import "./chunk-7BB3KBYC.js";
import "./chunk-WBXKDDOM.js";
import "./chunk-R6ZLTKH4.js";
import "./chunk-L5EI2W7M.js";
import "./chunk-6SWUUGHW.js";
import "./chunk-FO5THGIH.js";
import "./chunk-GT2QDNZW.js";
export {
  runGate
};
