import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatStatistics, readProductionStatistics, writeStatisticsFile } from '../../../src/statistics/file.ts';
import type { ProductionStatistics } from '../../../src/statistics/format.ts';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});
function dir(): string {
  const created = mkdtempSync(join(tmpdir(), 'pgpg-stats-file-'));
  dirs.push(created);
  return created;
}

function sample(): ProductionStatistics {
  return {
    version: 1,
    exportedAt: '2026-12-01T03:00:00.000Z',
    serverVersion: '15.8',
    serverVersionNum: 150008,
    database: 'shop',
    generator: 'pg-plan-gate 0.1.0',
    schemas: ['public'],
    options: { keepValues: false, dropValues: [], distinctValuesLimit: 1000 },
    tables: [
      {
        schema: 'public',
        name: 'orders',
        kind: 'table',
        partitionOf: null,
        relpages: 70_000,
        reltuples: 2_400_000,
        relallvisible: 69_000,
        relallfrozen: null,
        readable: true,
        columns: [
          {
            name: 'status',
            type: 'text',
            category: 'S',
            elementType: null,
            elementCategory: null,
            stats: [
              {
                inherited: false,
                null_frac: 0,
                avg_width: 8,
                n_distinct: 4,
                most_common_vals: '{paid,shipped,pending,cancelled}',
                most_common_freqs: [0.6, 0.3, 0.01, 0.09],
                histogram_bounds: null,
                correlation: 0.2,
                most_common_elems: null,
                most_common_elem_freqs: null,
                elem_count_histogram: null,
                range_length_histogram: null,
                range_empty_frac: null,
                range_bounds_histogram: null,
              },
            ],
          },
        ],
        indexes: [
          {
            name: 'orders_pkey',
            definition: 'CREATE UNIQUE INDEX orders_pkey ON public.orders USING btree (id)',
            method: 'btree',
            unique: true,
            primary: true,
            relpages: 6000,
            reltuples: 2_400_000,
            columns: [],
          },
        ],
      },
    ],
    extended: [],
    dropped: [
      {
        schema: 'public',
        relation: 'customers',
        column: 'email',
        statistics: null,
        fields: ['histogram_bounds'],
        reason: 'type text with about 2400000 distinct values (over 1000)',
      },
    ],
  };
}

describe('production statistics file', () => {
  it('round-trips: written whole, read back equal; a statistics row is one line', () => {
    const path = join(dir(), 'nested', 'production-statistics.json');
    writeStatisticsFile(path, sample());
    expect(readProductionStatistics(path)).toEqual(sample());
    // A pg_stats row is one line: a refresh's diff names the column whose statistics moved.
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines.filter((line) => line.includes('"most_common_freqs":[0.6,0.3,0.01,0.09]'))).toEqual([
      expect.stringMatching(/^ +\{"inherited":false,"null_frac":0,.*"range_bounds_histogram":null\}$/),
    ]);
    expect(lines).toContain('      "name": "orders",');
    expect(readdirSync(join(path, '..'))).toEqual(['production-statistics.json']);
  });

  it('formats like JSON.parse expects, ending with a newline', () => {
    const text = formatStatistics(sample());
    expect(JSON.parse(text)).toEqual(sample());
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('leaves the previous file as it was, and no temporary file, when writing fails', () => {
    const where = dir();
    const path = join(where, 'production-statistics.json');
    writeFileSync(path, 'previous');
    const broken = sample();
    (broken.tables[0] as unknown as { reltuples: unknown }).reltuples = 10n; // JSON cannot hold it: fails mid-write
    expect(() => writeStatisticsFile(path, broken)).toThrow(/^--out .*production-statistics\.json: cannot write: /);
    expect(readFileSync(path, 'utf8')).toBe('previous');
    expect(readdirSync(where)).toEqual(['production-statistics.json']);
  });

  it.each([
    ['no such file', null, /^(.*)missing\.json: no such file$/],
    ['not JSON', '{ "version": 1, ', /production-statistics\.json: does not parse as JSON: /],
    ['not an object', '[1]', /production-statistics\.json: not a production statistics file \(expected a JSON object with "version": 1\)$/],
    ['no version', '{}', /production-statistics\.json: not a production statistics file \(no "version" field\)$/],
    [
      'an unknown version',
      '{ "version": 2 }',
      /production-statistics\.json: unknown version 2 \(this pg-plan-gate reads version 1; export the file again with it\)$/,
    ],
    ['a missing key', JSON.stringify({ ...sample(), tables: undefined }), /production-statistics\.json: the file: missing key "tables"$/],
    [
      'a wrong type',
      JSON.stringify({ ...sample(), tables: [{ ...sample().tables[0], reltuples: 'many' }] }),
      /production-statistics\.json: tables\.0\.reltuples must be number$/,
    ],
  ])('gives one line naming the file for %s', (_what, text, message) => {
    const where = dir();
    const path = join(where, text === null ? 'missing.json' : 'production-statistics.json');
    if (text !== null) writeFileSync(path, text);
    let error: Error | undefined;
    try {
      readProductionStatistics(path);
    } catch (caught) {
      error = caught as Error;
    }
    expect(error?.name).toBe('UserError');
    expect(error?.message).toMatch(message);
    expect(error?.message).toContain(path);
    expect(error?.message.split('\n')).toHaveLength(1);
  });
});
