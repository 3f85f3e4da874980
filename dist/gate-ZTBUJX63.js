import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  runGate
} from "./chunk-4TUNW4X3.js";
import "./chunk-MWT5LITZ.js";
import "./chunk-XPFAVNIC.js";
import "./chunk-NO45PLNQ.js";
import "./chunk-656XDPA2.js";
import "./chunk-M2KLAACG.js";
import "./chunk-4VQ5QNSJ.js";
import "./chunk-FO5THGIH.js";
import "./chunk-GT2QDNZW.js";
export {
  runGate
};
