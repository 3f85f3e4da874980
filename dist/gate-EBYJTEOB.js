import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  runGate
} from "./chunk-4HDRTVK4.js";
import "./chunk-2C2IBQEF.js";
import "./chunk-4F3ZQE4I.js";
import "./chunk-WLBYBHBJ.js";
import "./chunk-6V4U4TP6.js";
import "./chunk-O7MWMWAV.js";
import "./chunk-3S2DTSRH.js";
import "./chunk-FO5THGIH.js";
import "./chunk-GT2QDNZW.js";
export {
  runGate
};
