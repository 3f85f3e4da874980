import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  buildPglite
} from "./chunk-QVA3XGHY.js";
import {
  errorMessage,
  isUserError
} from "./chunk-6SWUUGHW.js";
import "./chunk-FO5THGIH.js";
import "./chunk-GT2QDNZW.js";

// src/engine/embedded/worker.ts
import { parentPort } from "node:worker_threads";
var database;
var exposed;
async function handle(request) {
  switch (request.op) {
    case "build": {
      const built = await buildPglite(request.label, request.input, void 0, request.dataDir, request.prebuilt);
      database = built.database;
      return { serverVersion: database.serverVersion, planner: database.planner, timings: built.timings, warnings: built.warnings, notes: built.notes };
    }
    case "explain":
      return database.explain(request.request);
    case "relationSizes":
      return database.relationSizes();
    case "sampleValues":
      return database.sampleValues(request.probes);
    case "explainWithIndex":
      return database.explainWithIndex(request.request, request.index, request.timeoutMs);
    case "indexDefinitions":
      return database.indexDefinitions(request.indexes);
    case "tableIndexDefinitions":
      return database.tableIndexDefinitions(request.tables);
    case "settleForMeasure":
      await database.settleForMeasure();
      return null;
    case "applyStatistics":
      return database.applyStatistics(request.statistics, request.digest, request.file);
    case "measure":
      return database.measure(request.request, request.timeoutMs, request.statistics);
    case "expose":
      exposed = await database.expose();
      return exposed.upstream;
    case "unexpose":
      await exposed?.stop();
      exposed = void 0;
      return null;
    case "checkpoint":
      await database.checkpoint();
      return null;
    case "resetSession":
      await database.resetSession();
      return null;
    case "close":
      await database?.close();
      database = void 0;
      return null;
  }
}
parentPort.on("message", (message) => {
  handle(message.request).then(
    (value) => parentPort.postMessage({ id: message.id, ok: true, value }),
    (error) => parentPort.postMessage({ id: message.id, ok: false, message: errorMessage(error), userError: isUserError(error) })
  );
});
