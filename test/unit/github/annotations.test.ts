import { describe, expect, it } from 'vitest';
import { annotationsFor, warningAnnotation } from '../../../src/github/annotations.ts';

describe('findings as annotations', () => {
  it('annotates error and warning findings on the query file under the working directory', () => {
    const annotations = annotationsFor(
      [
        { rule: 'seq-scan', severity: 'error', message: 'new Seq Scan on users', query: 'login', endpoint: null, file: 'queries/login.sql', line: 3 },
        { rule: 'plan-changed', severity: 'info', message: 'plan shape changed', query: 'login', endpoint: null, file: 'queries/login.sql', line: 3 },
        { rule: 'query-count', severity: 'warning', message: 'more queries', query: null, endpoint: 'GET /x', file: null, line: null },
      ],
      'services/api',
    );
    expect(annotations).toEqual([
      { level: 'error', title: 'pg-plan-gate seq-scan: login', message: 'new Seq Scan on users', file: 'services/api/queries/login.sql', startLine: 3 },
      { level: 'warning', title: 'pg-plan-gate query-count: GET /x', message: 'more queries' },
    ]);
  });
});

describe('warnings as annotations', () => {
  it('sit on the config or SQL file and line the warning names, relative to the repository root', () => {
    expect(warningAnnotation('pg-plan-gate.yml:12: queries[2].file q/*.sql matches no file on base or head', 'services/api')).toEqual({
      title: 'pg-plan-gate',
      message: 'pg-plan-gate.yml:12: queries[2].file q/*.sql matches no file on base or head',
      file: 'services/api/pg-plan-gate.yml',
      startLine: 12,
    });
    expect(warningAnnotation('pg-plan-gate.yml: no queries: list queries to gate', '')).toMatchObject({ file: 'pg-plan-gate.yml' });
    expect(warningAnnotation('index advice stopped: connection lost', '')).toEqual({ title: 'pg-plan-gate', message: 'index advice stopped: connection lost' });
  });
});
