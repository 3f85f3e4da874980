import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  runGate
} from "./chunk-NGUDMZPQ.js";
import "./chunk-KG25MTIB.js";
import "./chunk-2D6LQXWJ.js";
import "./chunk-NBVLRH6X.js";
import "./chunk-KVHV2O24.js";
import "./chunk-5GN36M6N.js";
import "./chunk-BKFNGX7T.js";
import "./chunk-3RHEHIYP.js";
import "./chunk-Q2X4TYZN.js";
import "./chunk-4FC6MW5N.js";
import "./chunk-GT2QDNZW.js";
export {
  runGate
};
