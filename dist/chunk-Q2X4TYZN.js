import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);

// src/util/errors.ts
var UserError = class extends Error {
  name = "UserError";
  constructor(message) {
    super(message);
  }
};
function isUserError(error) {
  return error instanceof UserError;
}
function errorMessage(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}
function oneLine(text) {
  return text.split("\n")[0].trim();
}
function isSqlParseError(error) {
  return error instanceof Error && !/not initiali[sz]ed|loadModule/i.test(error.message);
}

export {
  UserError,
  isUserError,
  errorMessage,
  oneLine,
  isSqlParseError
};
