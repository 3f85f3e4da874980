import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('npm run demo shows the lower(email) regression and the improvement, and exits 1', () => {
  const result = spawnSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'demo.mjs')], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect(result.status).toBe(1);
  expect(result.stdout).toContain('pg-plan-gate: FAIL');
  expect(result.stdout).toMatch(/regressed\s+queries\/auth\/login/);
  expect(result.stdout).toContain('error seq-scan: new Seq Scan on users');
  expect(result.stdout).toMatch(/improved\s+queries\/dashboard\/my-open-tasks/);
});
