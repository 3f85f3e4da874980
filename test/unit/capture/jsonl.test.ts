import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadModule } from 'libpg-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrayLiteral, parseQueryLog, readQueryLog } from '../../../src/capture/jsonl.ts';
import { fromLog } from '../../../src/capture/attribution.ts';
import { UserError } from '../../../src/util/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'capture-jsonl-'));
beforeAll(async () => {
  await loadModule();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseQueryLog', () => {
  it('reads one object a line, skipping blank lines and ignoring other keys', () => {
    const text = [
      '{"endpoint": "GET /x", "sql": "SELECT * FROM t WHERE id = $1", "request": "r1", "params": [1], "duration_ms": 0.4}',
      '',
      '{"sql": "SELECT 2 FROM t", "request": 42}\r',
      '{"endpoint": null, "sql": " SELECT 3 FROM t ", "params": [null, true, "a", [1, "b c"], {"k": 1}]}',
    ].join('\n');
    expect(parseQueryLog(text, 'log.jsonl')).toEqual([
      { line: 1, endpoint: 'GET /x', request: 'r1', sql: 'SELECT * FROM t WHERE id = $1', params: ['1'] },
      { line: 3, endpoint: null, request: '42', sql: 'SELECT 2 FROM t', params: [] },
      { line: 4, endpoint: null, request: null, sql: 'SELECT 3 FROM t', params: [null, 'true', 'a', '{1,"b c"}', '{"k":1}'] },
    ]);
  });

  it('names file and line for every bad line', () => {
    const bad = (line: string) => () => parseQueryLog(`{"sql": "SELECT 1 FROM t"}\n${line}`, 'ci/head.jsonl');
    expect(bad('{"sql": ')).toThrow(UserError);
    expect(bad('{"sql": ')).toThrow(/^ci\/head\.jsonl:2: not valid JSON/);
    expect(bad('["SELECT 1"]')).toThrow('ci/head.jsonl:2: expected a JSON object like {"endpoint": "GET /x", "sql": "..."}, got an array');
    expect(bad('{"endpoint": "GET /x"}')).toThrow('ci/head.jsonl:2: "sql" must be a non-empty string');
    expect(bad('{"sql": "  "}')).toThrow('ci/head.jsonl:2: "sql" must be a non-empty string');
    expect(bad('{"sql": "SELECT 1", "endpoint": 3}')).toThrow('ci/head.jsonl:2: "endpoint" must be a string, got number 3');
    expect(bad('{"sql": "SELECT 1", "request": {}}')).toThrow('ci/head.jsonl:2: "request" must be a string or a number, got an object');
    expect(bad('{"sql": "SELECT 1", "params": "1"}')).toThrow('ci/head.jsonl:2: "params" must be an array, got string "1"');
  });

  it('accepts an empty file and a byte-order mark', () => {
    expect(parseQueryLog('', 'x.jsonl')).toEqual([]);
    expect(parseQueryLog('\uFEFF{"sql": "SELECT 1 FROM t"}\n', 'x.jsonl')).toHaveLength(1);
  });
});

describe('readQueryLog', () => {
  it('reads the file, and says when it is missing', async () => {
    const path = join(dir, 'base.jsonl');
    writeFileSync(path, '{"endpoint": "GET /x", "sql": "SELECT 1 FROM t"}\n');
    await expect(readQueryLog(path, 'logs/base.jsonl')).resolves.toHaveLength(1);
    await expect(readQueryLog(join(dir, 'nope.jsonl'), 'logs/nope.jsonl')).rejects.toThrow(new UserError('logs/nope.jsonl: query log not found'));
  });
});

describe('arrayLiteral', () => {
  it('quotes what needs quoting', () => {
    expect(arrayLiteral([1, 2])).toBe('{1,2}');
    expect(arrayLiteral(['a', 'b c', 'q"uote', 'back\\slash', null, 'NULL', ''])).toBe('{a,"b c","q\\"uote","back\\\\slash",NULL,"NULL",""}');
    expect(arrayLiteral([[1, 2], [3]])).toBe('{{1,2},{3}}');
  });
});

describe('fromLog', () => {
  it('takes endpoint and request from the line, else from the tags; skips the same noise as the wire', () => {
    const entries = parseQueryLog(
      [
        '{"endpoint": "GET /x", "sql": "SELECT * FROM t /*route=\'%2Fignored\'*/", "request": "r1"}',
        '{"sql": "SELECT * FROM t /*route=\'%2Fy\',request_id=\'abc\'*/"}',
        '{"sql": "BEGIN"}',
        '{"sql": "SELECT 1"}',
        '{"sql": "SELECT * FROM u"}',
      ].join('\n'),
      'log.jsonl',
    );
    const { statements, skipped } = fromLog(entries);
    expect(statements).toEqual([
      { endpoint: 'GET /x', request: 'r1', sql: 'SELECT * FROM t', params: [] },
      { endpoint: '/y', request: 'abc', sql: 'SELECT * FROM t', params: [] },
      { endpoint: '(untagged)', request: null, sql: 'SELECT * FROM u', params: [] },
    ]);
    expect(skipped).toMatchObject({ transaction: 1, 'health-check': 1 });
  });
});
