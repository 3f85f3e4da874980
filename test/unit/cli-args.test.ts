import { describe, expect, it } from 'vitest';
import { parseExportStatisticsArgs } from '../../src/cli-args.ts';

describe('export-statistics arguments', () => {
  it('defaults the file and the schemas; repeats --schema and --drop-values', () => {
    expect(parseExportStatisticsArgs(['--url', 'postgresql://r@db/app'])).toEqual({
      url: 'postgresql://r@db/app',
      out: '.pg-plan-gate/production-statistics.json',
      schemas: [],
      keepValues: false,
      dropValues: [],
      debug: false,
      help: false,
    });
    expect(
      parseExportStatisticsArgs(['--url', 'u', '--schema', 'a', '--schema', 'b', '--drop-values', 't.c', '--keep-values', '--out', 'x.json']),
    ).toMatchObject({
      schemas: ['a', 'b'],
      dropValues: ['t.c'],
      keepValues: true,
      out: 'x.json',
    });
  });
  it('needs --url and refuses unknown flags in one line', () => {
    expect(() => parseExportStatisticsArgs([])).toThrow('export-statistics: --url URL is required (see export-statistics --help)');
    expect(() => parseExportStatisticsArgs(['--url', 'u', '--bogus'])).toThrow(
      /^export-statistics: Unknown option '--bogus'.*\(see export-statistics --help\)$/,
    );
    expect(parseExportStatisticsArgs(['--help']).help).toBe(true);
  });
});
