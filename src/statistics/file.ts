import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import fileSchema from '../../schema/production-statistics.schema.json' with { type: 'json' };
import { UserError, errorMessage, oneLine } from '../util/errors.ts';
import { STATISTICS_FILE_VERSION, type ProductionStatistics } from './format.ts';

const ajv = new Ajv({ allErrors: false, strict: false });
const validateFile = ajv.compile<ProductionStatistics>(fileSchema);

/**
 * The file as text: an object of plain values (a pg_stats row, an index) on one line, arrays of
 * plain values (frequencies) too, every other object one key a line. A refresh's pull request then
 * shows which column's statistics moved, without a line per number; a 2,000-table export stays
 * about as small as its compact JSON.
 */
export function formatStatistics(statistics: ProductionStatistics): string {
  return `${format(statistics, '')}\n`;
}

function format(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every(isPlain)) return JSON.stringify(value);
    const inner = `${indent}  `;
    return `[\n${value.map((item) => `${inner}${format(item, inner)}`).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    if (Object.values(value).every(isFlat)) return JSON.stringify(value);
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${format(item, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

const isPlain = (value: unknown) => value === null || typeof value !== 'object';
const isFlat = (value: unknown) => isPlain(value) || (Array.isArray(value) && value.every(isPlain));

/**
 * Writes the file whole or not at all: a temporary file beside it, renamed over it. A failed
 * export leaves the previous file as it was.
 */
export function writeStatisticsFile(path: string, statistics: ProductionStatistics): void {
  const full = resolve(path);
  const temporary = join(dirname(full), `.${basename(full)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(temporary, formatStatistics(statistics));
    renameSync(temporary, full);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UserError(`--out ${path}: cannot write: ${oneLine(errorMessage(error))}`);
  }
}

/**
 * Reads and validates a production statistics file. Every problem is one line naming the file:
 * it cannot be read, does not parse, has an unknown version, or does not match the schema.
 */
export function readProductionStatistics(path: string): ProductionStatistics {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read: ${oneLine(errorMessage(error))}`}`);
  }
  return parseProductionStatistics(text, path);
}

export function parseProductionStatistics(text: string, path: string): ProductionStatistics {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${path}: does not parse as JSON: ${oneLine(errorMessage(error))}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new UserError(`${path}: not a production statistics file (expected a JSON object with "version": ${STATISTICS_FILE_VERSION})`);
  }
  const version = (data as Record<string, unknown>).version;
  if (version === undefined) throw new UserError(`${path}: not a production statistics file (no "version" field)`);
  if (version !== STATISTICS_FILE_VERSION) {
    throw new UserError(
      `${path}: unknown version ${JSON.stringify(version)} (this pg-plan-gate reads version ${STATISTICS_FILE_VERSION}; export the file again with it)`,
    );
  }
  if (!validateFile(data)) throw new UserError(`${path}: ${describeError(validateFile.errors?.[0])}`);
  return data;
}

function describeError(error: ErrorObject | undefined): string {
  if (!error) return 'does not match the production statistics schema';
  const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : 'the file';
  if (error.keyword === 'additionalProperties')
    return `${where}: unknown key ${JSON.stringify((error.params as { additionalProperty: string }).additionalProperty)}`;
  if (error.keyword === 'required') return `${where}: missing key ${JSON.stringify((error.params as { missingProperty: string }).missingProperty)}`;
  return `${where} ${error.message ?? 'is invalid'}`;
}
