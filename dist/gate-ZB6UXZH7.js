import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  runGate
} from "./chunk-UX762CN2.js";
import "./chunk-TMJTROPP.js";
import "./chunk-K7SNEH4I.js";
import "./chunk-NO45PLNQ.js";
import "./chunk-RLMY3TSD.js";
import "./chunk-LC3CKMJP.js";
import "./chunk-4VQ5QNSJ.js";
import "./chunk-FO5THGIH.js";
import "./chunk-GT2QDNZW.js";
export {
  runGate
};
