import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  runGate
} from "./chunk-FYWVO44G.js";
import "./chunk-GXKB2PMJ.js";
import "./chunk-FLTMEQZX.js";
import "./chunk-WBXKDDOM.js";
import "./chunk-I7BUFAXO.js";
import "./chunk-TKBXQMRX.js";
import "./chunk-5PZP2Q3M.js";
import "./chunk-KVHV2O24.js";
import "./chunk-6SWUUGHW.js";
import "./chunk-FO5THGIH.js";
import "./chunk-GT2QDNZW.js";
export {
  runGate
};
