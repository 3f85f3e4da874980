#!/usr/bin/env node
import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  timedProgress
} from "./chunk-DB6OUES2.js";
import {
  checkOutputFile
} from "./chunk-NO45PLNQ.js";
import {
  UserError,
  errorMessage,
  installInterruptHandlers,
  isInterrupted,
  isUserError,
  waitForInterruptExit
} from "./chunk-4VQ5QNSJ.js";
import "./chunk-GT2QDNZW.js";

// src/cli.ts
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";

// src/cli-args.ts
import { parseArgs } from "node:util";
var USAGE = `Usage: pg-plan-gate [--config FILE] [--base REF] [--head REF] [--json FILE] [--markdown FILE] [--cwd DIR] [--cache-dir DIR] [--no-cache]

Builds the base and head databases from pg-plan-gate.yml, EXPLAINs every query on both,
compares the plans and exits 0 (pass), 1 (fail) or 2 (usage, config or infrastructure error).

  --config FILE    config file, relative to --cwd (default pg-plan-gate.yml)
  --base REF       base commit (default: merge-base of HEAD with origin/HEAD, else main, else master)
  --head REF       head commit (default: the working tree, uncommitted changes included)
  --json FILE      write the JSON report
  --markdown FILE  write the PR-comment markdown
  --cwd DIR        run as if started in DIR (default: current directory)
  --cache-dir DIR  where built databases (fixtures/) and downloaded PostgreSQL versions are kept
                   (default: env PG_PLAN_GATE_CACHE_DIR, else $XDG_CACHE_HOME/pg-plan-gate,
                   else ~/.cache/pg-plan-gate)
  --no-cache       build every database, neither reading nor saving built ones (also env
                   PG_PLAN_GATE_NO_CACHE=1, or cache: false in the config)
  --debug          print stack traces, and the last 200 lines of capture.command's output per side
  --help, --version

       pg-plan-gate export-statistics --url URL [--out FILE] ...   (see export-statistics --help)`;
function parseCliArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        config: { type: "string" },
        base: { type: "string" },
        head: { type: "string" },
        json: { type: "string" },
        markdown: { type: "string" },
        cwd: { type: "string" },
        "cache-dir": { type: "string" },
        "no-cache": { type: "boolean", default: false },
        debug: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false }
      }
    });
  } catch (error) {
    throw new UserError(`${error.message.split("\n")[0]} (see --help)`);
  }
  const values = parsed.values;
  return {
    config: values.config ?? "pg-plan-gate.yml",
    ...values.base !== void 0 && { base: values.base },
    ...values.head !== void 0 && { head: values.head },
    ...values.json !== void 0 && { json: values.json },
    ...values.markdown !== void 0 && { markdown: values.markdown },
    cwd: values.cwd ?? process.cwd(),
    ...values["cache-dir"] !== void 0 && { cacheDir: values["cache-dir"] },
    noCache: values["no-cache"] ?? false,
    debug: values.debug ?? false,
    help: values.help ?? false,
    version: values.version ?? false
  };
}
var EXPORT_STATISTICS_USAGE = `Usage: pg-plan-gate export-statistics --url URL [--out FILE] [--schema NAME]... [--keep-values] [--drop-values TABLE.COLUMN]...

Reads production's planner statistics (table sizes, pg_stats, extended statistics; no rows) in a
read-only transaction and writes them to a file for production_statistics: in pg-plan-gate.yml.
Exits 0, or 2 with a one-line error (usage, connection, file).

  --url URL                   the database to read (a read-only replica is fine): a postgresql:// URL or
                              key=value string; PGPASSWORD and the other libpq variables fill what it leaves out
  --out FILE                  where to write (default .pg-plan-gate/production-statistics.json); written whole or not at all
  --schema NAME               a schema to read (repeatable; default: every schema but the system ones)
  --keep-values               keep every column's values (most common values, histogram bounds), text too
  --drop-values TABLE.COLUMN  drop that column's values as well (repeatable; also SCHEMA.TABLE.COLUMN)
  --debug                     print stack traces
  --help`;
function parseExportStatisticsArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        url: { type: "string" },
        out: { type: "string" },
        schema: { type: "string", multiple: true },
        "keep-values": { type: "boolean", default: false },
        "drop-values": { type: "string", multiple: true },
        debug: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false }
      }
    });
  } catch (error) {
    throw new UserError(`export-statistics: ${error.message.split("\n")[0]} (see export-statistics --help)`);
  }
  const values = parsed.values;
  const help = values.help ?? false;
  if (!help && !values.url) throw new UserError("export-statistics: --url URL is required (see export-statistics --help)");
  if (values.out === "") throw new UserError("export-statistics: --out needs a file name");
  return {
    url: values.url ?? "",
    out: values.out ?? ".pg-plan-gate/production-statistics.json",
    schemas: values.schema ?? [],
    keepValues: values["keep-values"] ?? false,
    dropValues: values["drop-values"] ?? [],
    debug: values.debug ?? false,
    help
  };
}

// src/version.ts
var VERSION = "0.1.0";

// src/cli.ts
async function writeReport(path, text) {
  await writeFile(resolve(path), text);
}
async function main(argv) {
  let args;
  let debug = false;
  try {
    if (argv[0] === "export-statistics") {
      const command = parseExportStatisticsArgs(argv.slice(1));
      debug = command.debug;
      if (command.help) {
        process.stdout.write(`${EXPORT_STATISTICS_USAGE}
`);
        return 0;
      }
      const { runExportStatistics } = await import("./export-command-RJHYJZIE.js");
      await runExportStatistics({ ...command, generator: `pg-plan-gate ${VERSION}` }, (line) => process.stderr.write(`pg-plan-gate: ${line}
`));
      return 0;
    }
    args = parseCliArgs(argv);
    debug = args.debug;
    if (args.help) {
      process.stdout.write(`${USAGE}
`);
      return 0;
    }
    if (args.version) {
      process.stdout.write(`${VERSION}
`);
      return 0;
    }
    if (args.json) checkOutputFile("--json", args.json);
    if (args.markdown) checkOutputFile("--markdown", args.markdown);
    const [{ runGate }, { cacheRoot }, { renderJson }, { renderMarkdown }, { renderTerminal }] = await Promise.all([
      import("./gate-2MBBFMXS.js"),
      import("./engine-KF5INKRZ.js"),
      import("./json-GLUTTLT6.js"),
      import("./markdown-JDOE7X7X.js"),
      import("./terminal-LD3HEW6S.js")
    ]);
    const timings = {};
    const write = (line) => process.stderr.write(`${line}
`);
    const commandOutput = args.debug ? (title, lines) => write([`--- ${title} ---`, ...lines, `--- end of ${title.split(":")[0]} output ---`].join("\n")) : void 0;
    const progress = timedProgress(write, timings, { commandOutput });
    const report = await runGate({
      cwd: resolve(args.cwd),
      configPath: args.config,
      ...args.base !== void 0 && { baseRef: args.base },
      ...args.head !== void 0 && { headRef: args.head },
      ...args.cacheDir !== void 0 && { cacheDir: resolve(args.cacheDir) },
      ...!args.noCache && !process.env.PG_PLAN_GATE_NO_CACHE && { fixturesDir: cacheRoot(process.env, args.cacheDir) },
      progress,
      timings
    });
    if (args.json) await writeReport(args.json, renderJson(report));
    if (args.markdown) await writeReport(args.markdown, renderMarkdown(report));
    process.stdout.write(renderTerminal(report, { colour: process.stdout.isTTY === true && !process.env.NO_COLOR }));
    return report.verdict === "pass" ? 0 : 1;
  } catch (error) {
    if (isInterrupted()) return waitForInterruptExit();
    if (isUserError(error)) process.stderr.write(`pg-plan-gate: ${error.message}
`);
    else process.stderr.write(`pg-plan-gate: internal error: ${errorMessage(error)}${debug ? "" : " (run with --debug for details)"}
`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}
`);
    return 2;
  }
}
installInterruptHandlers();
process.exitCode = await main(process.argv.slice(2));
