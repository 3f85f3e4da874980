import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  UserError
} from "./chunk-4VQ5QNSJ.js";

// src/util/preflight.ts
import { accessSync, constants, mkdtempSync, rmdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
function checkOutputFile(flag, path) {
  const full = resolve(path);
  const existing = statOrNull(full);
  if (existing?.isDirectory()) throw new UserError(`${flag} ${path}: is a directory; name a file`);
  const parent = dirname(full);
  const parentStat = statOrNull(parent);
  if (!parentStat) throw new UserError(`${flag} ${path}: directory ${parent} does not exist`);
  if (!parentStat.isDirectory()) throw new UserError(`${flag} ${path}: ${parent} is not a directory`);
  const target = existing ? full : parent;
  try {
    accessSync(target, constants.W_OK);
  } catch {
    throw new UserError(`${flag} ${path}: ${target} is not writable`);
  }
}
function checkTempDir() {
  const dir = tmpdir();
  const name = process.env.TMPDIR ? `TMPDIR ${dir}` : `the temporary directory ${dir}`;
  let probe;
  try {
    probe = mkdtempSync(join(dir, "pg-plan-gate-check-"));
  } catch (error) {
    throw new UserError(`${name} ${tempDirProblem(error, dir)}: pg-plan-gate needs a writable temporary directory (set TMPDIR)`);
  }
  rmdirSync(probe);
}
function tempDirProblem(error, dir) {
  const code = error.code;
  if (code === "ENOENT") return statOrNull(dir) ? "is not usable" : "does not exist";
  if (code === "ENOTDIR") return "is not a directory";
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return "is not writable";
  return `is not usable (${code ?? error.message})`;
}
function statOrNull(path) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

export {
  checkOutputFile,
  checkTempDir
};
