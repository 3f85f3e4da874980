import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  buildPglite,
  sqlstateOf
} from "./chunk-3QVA6SR5.js";
import {
  ConfigValueError,
  errorMessage,
  isUserError
} from "./chunk-4VQ5QNSJ.js";
import "./chunk-FO5THGIH.js";
import "./chunk-GT2QDNZW.js";

// src/engine/embedded/worker.ts
import { parentPort } from "node:worker_threads";
var database;
var exposed;
function built() {
  if (!database) throw new Error("the engine worker was asked before its database was built");
  return database;
}
async function handle(request) {
  switch (request.op) {
    case "build": {
      const result = await buildPglite(request.args[0], request.args[1], void 0, request.args[2], request.args[3]);
      database = result.database;
      return {
        serverVersion: database.serverVersion,
        planner: database.planner,
        timings: result.timings,
        warnings: result.warnings,
        notes: result.notes
      };
    }
    case "explain":
      return built().explain(...request.args);
    case "relationSizes":
      return built().relationSizes(...request.args);
    case "sampleValues":
      return built().sampleValues(...request.args);
    case "explainWithIndex":
      return built().explainWithIndex(...request.args);
    case "indexDefinitions":
      return built().indexDefinitions(...request.args);
    case "tableIndexDefinitions":
      return built().tableIndexDefinitions(...request.args);
    case "settleForMeasure":
      return built().settleForMeasure(...request.args);
    case "applyStatistics":
      return built().applyStatistics(...request.args);
    case "measure":
      return built().measure(...request.args);
    case "resetSession":
      return built().resetSession(...request.args);
    case "checkpoint":
      return built().checkpoint(...request.args);
    case "expose":
      exposed = await built().expose();
      return exposed.upstream;
    case "unexpose":
      await exposed?.stop();
      exposed = void 0;
      return;
    case "close":
      await database?.close();
      database = void 0;
      return;
    default:
      return unhandled(request);
  }
}
function unhandled(request) {
  throw new Error(`the engine worker has no operation ${request.op}`);
}
function asReply(error) {
  const code = sqlstateOf(error);
  return {
    message: errorMessage(error),
    userError: isUserError(error),
    ...code && { code },
    ...error instanceof ConfigValueError && { configKey: { key: error.key, detail: error.detail } }
  };
}
parentPort.on("message", (message) => {
  handle(message.request).then(
    (value) => parentPort.postMessage({ id: message.id, ok: true, value }),
    (error) => parentPort.postMessage({ id: message.id, ok: false, error: asReply(error) })
  );
});
