import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  runGate
} from "./chunk-PD6QPDBY.js";
import "./chunk-HJTAYYUV.js";
import "./chunk-2D6LQXWJ.js";
import "./chunk-UCHVXS4P.js";
import "./chunk-KVHV2O24.js";
import "./chunk-5GN36M6N.js";
import "./chunk-4JCV4IKH.js";
import "./chunk-TY6CIGCO.js";
import "./chunk-Q2X4TYZN.js";
import "./chunk-FO5THGIH.js";
import "./chunk-GT2QDNZW.js";
export {
  runGate
};
