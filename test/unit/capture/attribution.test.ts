import { loadModule } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExecutedStatement } from '../../../src/capture/recorder.ts';
import { fromRecorded } from '../../../src/capture/attribution.ts';

beforeAll(async () => {
  await loadModule();
});

describe('fromRecorded', () => {
  it('attributes wire statements by tags, else application_name', () => {
    const recorded = (sql: string, applicationName: string | null): ExecutedStatement => ({
      sessionId: 1,
      seq: 0,
      sql,
      params: ['1'],
      paramsExact: true,
      protocol: 'extended',
      prepared: '',
      applicationName,
      user: 'app',
      database: 'app',
    });
    expect(
      fromRecorded([
        recorded("SELECT * FROM t WHERE id = $1 /*controller='users',action='show',request_id='r9'*/", 'puma'),
        recorded('SELECT * FROM t WHERE id = $1', 'sidekiq'),
        recorded('SELECT * FROM t WHERE id = $1', null),
      ]),
    ).toEqual([
      { endpoint: 'users#show', request: 'r9', sql: 'SELECT * FROM t WHERE id = $1', params: ['1'] },
      { endpoint: 'sidekiq', request: null, sql: 'SELECT * FROM t WHERE id = $1', params: ['1'] },
      { endpoint: '(untagged)', request: null, sql: 'SELECT * FROM t WHERE id = $1', params: ['1'] },
    ]);
  });
});
