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
var ConfigValueError = class extends UserError {
  constructor(key, detail) {
    super(`${key}: ${detail}`);
    this.key = key;
    this.detail = detail;
  }
  key;
  detail;
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

// src/util/ignore.ts
function noop() {
}
async function noopAsync() {
}
function markHandled(promise) {
  promise.catch(noop);
}

// src/util/interrupt.ts
var cleanups = /* @__PURE__ */ new Set();
var SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
var CLEANUP_LIMIT_MS = 15e3;
var installed = false;
var exiting = false;
var announce = false;
function onInterrupt(cleanup) {
  install();
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}
function isInterrupted() {
  return exiting;
}
function waitForInterruptExit() {
  return new Promise(() => setInterval(noop, CLEANUP_LIMIT_MS));
}
function installInterruptHandlers() {
  announce = true;
  install();
}
function install() {
  if (installed) return;
  installed = true;
  for (const [signal, number] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      if (exiting) process.exit(128 + number);
      exiting = true;
      process.exitCode = 128 + number;
      if (announce) process.stderr.write("pg-plan-gate: interrupted\n");
      const all = Promise.allSettled([...cleanups].map(async (cleanup) => cleanup()));
      const limit = new Promise((resolve) => setTimeout(resolve, CLEANUP_LIMIT_MS).unref());
      void Promise.race([all, limit]).then(() => process.exit(128 + number));
    });
  }
}

export {
  UserError,
  ConfigValueError,
  isUserError,
  errorMessage,
  oneLine,
  isSqlParseError,
  noop,
  noopAsync,
  markHandled,
  onInterrupt,
  isInterrupted,
  waitForInterruptExit,
  installInterruptHandlers
};
