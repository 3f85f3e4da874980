import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  runGate
} from "./chunk-KJL5W6AY.js";
import "./chunk-KWWMYTGX.js";
import "./chunk-D54APQCG.js";
import "./chunk-WBXKDDOM.js";
import "./chunk-6DFA5JSJ.js";
import "./chunk-DDFLQ7RE.js";
import "./chunk-6SWUUGHW.js";
import "./chunk-FO5THGIH.js";
import "./chunk-GT2QDNZW.js";
export {
  runGate
};
