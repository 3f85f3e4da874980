import { Ajv, type ErrorObject } from 'ajv';
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node } from 'yaml';
import configSchema from '../../schema/pg-plan-gate.schema.json' with { type: 'json' };
import { isRunnerCredential } from '../util/secret-names.ts';
import { UserError, errorMessage, oneLine } from '../util/errors.ts';
import { SCHEMA_DEFAULTS, type Budgets as BudgetsFile, type ConfigFile } from './file.generated.ts';
import {
  DEFAULT_BUDGETS,
  DEFAULT_COMMAND_TIMEOUT_MINUTES,
  type BuildEntry,
  type Budgets,
  type Config,
  type Override,
  type PartialBudgets,
  type QueryEntry,
} from './config.ts';
import { scalarText } from '../util/text.ts';

type Env = Record<string, string | undefined>;

const ajv = new Ajv({ allErrors: true, strict: false });
const validateSchema = ajv.compile(configSchema);

/**
 * Parse and validate pg-plan-gate.yml text. Every problem becomes a UserError of the form
 * `file:line: key.path message`, so a user can jump straight to it.
 */
export function parseConfig(text: string, path: string, env: Env = process.env): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);

  const syntaxError = doc.errors[0];
  if (syntaxError) {
    const message = syntaxError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new UserError(`${path}:${lineOf(syntaxError.pos[0])}: invalid YAML: ${message}`);
  }
  const raw = toPlainValue(doc, path);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new UserError(`${path}:1: the config must be a mapping of keys (engine, schema, seed, queries, budgets, ...)`);
  }

  const failAt = (keyPath: (string | number)[], message: string): never => {
    throw new UserError(`${path}:${lineOf(nodeAt(doc, keyPath)?.range?.[0])}: ${formatKeyPath(keyPath)} ${message}`);
  };
  // `url:` only matters with engine url: an unset ${DATABASE_URL} is an error only then.
  const urlUnused = (raw as Record<string, unknown>).engine !== 'url';
  const interpolated = interpolateEnv(raw, [], env, (keyPath, message) => {
    if (urlUnused && keyPath[0] === 'url') return '';
    return failAt(keyPath, message);
  }) as Record<string, unknown>;

  if (!validateSchema(interpolated)) {
    const error = pickMostUsefulError(validateSchema.errors ?? []);
    throw new UserError(describeSchemaError(error, doc, path, lineOf));
  }
  // Valid against the schema, so of the type generated from it.
  return toConfig(interpolated, path, doc, lineOf);
}

/**
 * The document as plain values. The yaml library refuses to expand aliases past a limit (an
 * "alias bomb" would take gigabytes); that refusal is the file's fault, not a crash.
 */
function toPlainValue(doc: Document, path: string): unknown {
  try {
    return doc.toJS() ?? {};
  } catch (error) {
    const message = errorMessage(error);
    if (/alias/i.test(message)) throw new UserError(`${path}: invalid YAML: its aliases (*name) expand to too many values (a YAML alias bomb?)`);
    throw new UserError(`${path}: invalid YAML: ${oneLine(message)}`);
  }
}

function toConfig(raw: ConfigFile, path: string, doc: Document, lineOf: (o: number | undefined) => number): Config {
  const queries: QueryEntry[] = (raw.queries ?? []).map((entry, index) => ({
    line: lineOf(nodeAt(doc, ['queries', index])?.range?.[0]),
    ...(entry.name !== undefined && { name: entry.name }),
    ...(entry.endpoint !== undefined && { endpoint: entry.endpoint }),
    ...(entry.sql !== undefined && { sql: entry.sql }),
    ...(entry.params !== undefined && { params: entry.params }),
    ...(entry.file !== undefined && { file: entry.file }),
    ...(entry.plan_mode !== undefined && { planMode: entry.plan_mode }),
  }));
  const names = new Map<string, number>();
  for (const query of queries) {
    if (query.name === undefined) continue;
    const previous = names.get(query.name);
    if (previous !== undefined) {
      throw new UserError(`${path}:${query.line}: queries: name "${query.name}" is already used on line ${previous}`);
    }
    names.set(query.name, query.line);
  }
  const { capture, postgres_version: postgresVersion } = raw;
  const defaults = SCHEMA_DEFAULTS;
  return {
    path,
    engine: engineFor(raw, path, doc, lineOf),
    ...(raw.url !== undefined && { url: raw.url }),
    ...(raw.server?.bin !== undefined && { serverBin: raw.server.bin }),
    ...(postgresVersion !== undefined && { postgresVersion }),
    extensions: asList(raw.extensions),
    skipExtensions: asList(raw.skip_extensions),
    build: raw.build ?? defaults.build,
    cache: raw.cache ?? defaults.cache,
    settings: settingsMap(raw.settings),
    schema: buildEntries(raw.schema, 'schema', doc, lineOf),
    seed: buildEntries(raw.seed, 'seed', doc, lineOf),
    migrationFormat: raw.migration_format ?? defaults.migration_format,
    ...(raw.production_statistics !== undefined && { productionStatistics: raw.production_statistics }),
    queries,
    params: raw.params ?? {},
    placeholders: raw.placeholders ?? {},
    ignore: asList(raw.ignore),
    planMode: raw.plan_mode ?? defaults.plan_mode,
    planner: settingsMap(raw.planner),
    explainTimeoutSeconds: raw.explain_timeout_seconds ?? defaults.explain_timeout_seconds,
    budgets: mergeBudgets(DEFAULT_BUDGETS, toPartialBudgets(raw.budgets)),
    ...(capture && {
      capture: {
        ...(capture.command !== undefined && { command: capture.command }),
        ...(capture.file !== undefined && { file: capture.file }),
        timeoutMinutes: capture.timeout_minutes ?? defaults.capture.timeout_minutes,
        nPlusOne: capture.n_plus_one ?? defaults.capture.n_plus_one,
        gateUntagged: capture.gate_untagged ?? defaults.capture.gate_untagged,
        env: captureEnv(capture.env, path, doc, lineOf),
      },
    }),
    overrides: (raw.overrides ?? []).map((entry): Override => ({ match: entry.match, budgets: toPartialBudgets(entry) })),
    advice: raw.advice === false ? false : { timeoutSeconds: raw.advice?.timeout_seconds ?? defaults.advice.timeout_seconds },
    measure:
      raw.measure === false
        ? false
        : { timeoutSeconds: (typeof raw.measure === 'object' ? raw.measure.timeout_seconds : undefined) ?? defaults.measure.timeout_seconds },
  };
}

/** The embedded engine is PGlite's PostgreSQL; another major needs a native server. */
export const EMBEDDED_MAJOR = 18;

function engineFor(raw: ConfigFile, path: string, doc: Document, lineOf: (o: number | undefined) => number): Config['engine'] {
  const { engine: written, postgres_version: postgresVersion } = raw;
  if (postgresVersion === undefined || postgresVersion === EMBEDDED_MAJOR) return written ?? SCHEMA_DEFAULTS.engine;
  if (written === 'embedded') {
    throw new UserError(
      `${path}:${lineOf(nodeAt(doc, ['postgres_version'])?.range?.[0])}: postgres_version ${postgresVersion} cannot run on engine embedded (PostgreSQL ${EMBEDDED_MAJOR}); use engine: server (the default with postgres_version) or drop engine: embedded`,
    );
  }
  return written ?? 'server';
}

/** capture.env as validated by the schema; the runner's own credentials cannot be let through. */
function captureEnv(raw: unknown, path: string, doc: Document, lineOf: (o: number | undefined) => number): string[] {
  const names = asList(raw);
  names.forEach((name, index) => {
    if (!isRunnerCredential(name)) return;
    throw new UserError(
      `${path}:${lineOf(nodeAt(doc, ['capture', 'env', index])?.range?.[0])}: capture.env[${index}] ${name} is the action's input or the runner's token: it is never passed to the command`,
    );
  });
  return names;
}

/** SET takes text; booleans as on/off, as postgresql.conf writes them. */
function settingsMap(raw: unknown): Record<string, string> {
  const entries = Object.entries((raw as Record<string, unknown> | undefined) ?? {});
  return Object.fromEntries(entries.map(([key, value]) => [key, typeof value === 'boolean' ? (value ? 'on' : 'off') : String(value)]));
}

/** `schema:`/`seed:` as validated: paths and globs as written, commands with their defaults and line. */
function buildEntries(raw: ConfigFile['schema'], key: 'schema' | 'seed', doc: Document, lineOf: (o: number | undefined) => number): BuildEntry[] {
  if (raw === undefined) return [];
  return (Array.isArray(raw) ? raw : [raw]).map((entry, index): BuildEntry =>
    typeof entry === 'string'
      ? entry
      : {
          command: entry.command,
          inputs: entry.inputs ?? null,
          timeoutMinutes: entry.timeout_minutes ?? DEFAULT_COMMAND_TIMEOUT_MINUTES,
          line: lineOf(nodeAt(doc, [key, index])?.range?.[0]),
        },
  );
}

function asList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.map(scalarText) : [scalarText(value)];
}

function toPartialBudgets(raw: BudgetsFile | undefined): PartialBudgets {
  if (!raw) return {};
  const seq = raw.seq_scans;
  const budgets: PartialBudgets = {};
  if (raw.cost_increase_pct !== undefined) budgets.costIncreasePct = raw.cost_increase_pct;
  if (raw.cost_increase_min !== undefined) budgets.costIncreaseMin = raw.cost_increase_min;
  if (raw.max_cost !== undefined) budgets.maxCost = raw.max_cost;
  if (raw.query_count_increase !== undefined) budgets.queryCountIncrease = raw.query_count_increase;
  if (raw.work_increase_pct !== undefined) budgets.workIncreasePct = raw.work_increase_pct;
  if (raw.work_increase_min !== undefined) budgets.workIncreaseMin = raw.work_increase_min;
  if (raw.misestimate_ratio !== undefined) budgets.misestimateRatio = raw.misestimate_ratio;
  if (seq) {
    budgets.seqScans = {
      ...(seq.min_rows !== undefined && { minRows: seq.min_rows }),
      ...(seq.allow !== undefined && { allow: seq.allow }),
      ...(seq.max_new !== undefined && { maxNew: seq.max_new }),
    };
  }
  return budgets;
}

export function mergeBudgets(base: Budgets, partial: PartialBudgets): Budgets {
  return {
    costIncreasePct: partial.costIncreasePct ?? base.costIncreasePct,
    costIncreaseMin: partial.costIncreaseMin ?? base.costIncreaseMin,
    maxCost: partial.maxCost !== undefined ? partial.maxCost : base.maxCost,
    queryCountIncrease: partial.queryCountIncrease ?? base.queryCountIncrease,
    workIncreasePct: partial.workIncreasePct ?? base.workIncreasePct,
    workIncreaseMin: partial.workIncreaseMin ?? base.workIncreaseMin,
    misestimateRatio: partial.misestimateRatio ?? base.misestimateRatio,
    seqScans: { ...base.seqScans, ...partial.seqScans },
  };
}

const ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/** `${VAR}` and `${VAR:-default}` in any string value; `$${` escapes a literal `${`. */
function interpolateEnv(value: unknown, keyPath: (string | number)[], env: Env, fail: (keyPath: (string | number)[], message: string) => string): unknown {
  if (typeof value === 'string') {
    return value
      .replace(ENV_REFERENCE, (match, name: string, fallback: string | undefined, offset: number, whole: string) => {
        if (offset > 0 && whole[offset - 1] === '$') return match;
        const found = env[name];
        if (found !== undefined && found !== '') return found;
        if (fallback !== undefined) return fallback;
        return fail(keyPath, `uses environment variable ${name}, which is not set`);
      })
      .replace(/\$\$\{/g, '${');
  }
  if (Array.isArray(value)) return value.map((item, index) => interpolateEnv(item, [...keyPath, index], env, fail));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolateEnv(item, [...keyPath, key], env, fail)]));
  }
  return value;
}

function pickMostUsefulError(errors: ErrorObject[]): ErrorObject {
  // oneOf/not errors say little; a wrong key or type under them says exactly what to fix.
  const rank = (error: ErrorObject) =>
    error.keyword === 'additionalProperty' || error.keyword === 'additionalProperties' ? 0 : error.keyword === 'oneOf' || error.keyword === 'not' ? 2 : 1;
  return [...errors].sort((a, b) => rank(a) - rank(b) || b.instancePath.length - a.instancePath.length)[0]!;
}

function describeSchemaError(error: ErrorObject, doc: Document, path: string, lineOf: (o: number | undefined) => number): string {
  const keyPath = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')));
  if (error.keyword === 'additionalProperties') {
    const key = String((error.params as { additionalProperty: string }).additionalProperty);
    const full = [...keyPath, key];
    return `${path}:${lineOf(keyNodeAt(doc, full)?.range?.[0])}: ${formatKeyPath(full)} is not a known key`;
  }
  const line = lineOf(nodeAt(doc, keyPath)?.range?.[0]);
  const where = keyPath.length ? formatKeyPath(keyPath) : 'the config';
  let message: string;
  if (['oneOf', 'not', 'required'].includes(error.keyword) && keyPath[0] === 'queries' && keyPath.length === 2) {
    message = 'needs exactly one of sql or file';
  } else if (error.keyword === 'enum') {
    message = `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
  } else if (['oneOf', 'not', 'required'].includes(error.keyword) && keyPath.length === 1 && keyPath[0] === 'capture') {
    message = 'needs exactly one of command or file';
  } else if (keyPath[0] === 'capture' && keyPath[1] === 'env') {
    message =
      keyPath.length === 2
        ? 'must be a list of environment variable names'
        : 'must be an environment variable name (letters, digits and _, not starting with a digit)';
  } else if ((keyPath[0] === 'schema' || keyPath[0] === 'seed') && keyPath.length === 2 && error.keyword !== 'minLength') {
    message = 'must be a path or a { command, inputs } entry';
  } else if (keyPath.length === 1 && keyPath[0] === 'advice') {
    message = 'must be false or a mapping such as { timeout_seconds: 30 }';
  } else if (keyPath.length === 1 && keyPath[0] === 'measure') {
    message = 'must be true, false or a mapping such as { timeout_seconds: 60 }';
  } else if (error.keyword === 'oneOf') {
    message =
      keyPath[0] === 'schema' || keyPath[0] === 'seed'
        ? keyPath.length === 1
          ? 'must be a path or a list of paths and { command, inputs } entries'
          : 'must be a path or a { command, inputs } entry'
        : 'must be a number or null';
  } else {
    message = error.message ?? 'is invalid';
  }
  return `${path}:${line}: ${where} ${message}`;
}

function formatKeyPath(keyPath: (string | number)[]): string {
  return keyPath.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}

function nodeAt(doc: Document, keyPath: (string | number)[]): Node | undefined {
  const node = keyPath.length ? doc.getIn(keyPath, true) : doc.contents;
  return (node ?? undefined) as Node | undefined;
}

function keyNodeAt(doc: Document, keyPath: (string | number)[]): Node | undefined {
  const parent = nodeAt(doc, keyPath.slice(0, -1));
  const key = keyPath[keyPath.length - 1];
  if (!isMap(parent)) return parent;
  const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
  return (pair && isPair(pair) ? (pair.key as Node) : undefined) ?? parent;
}
