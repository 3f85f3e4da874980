import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

it('the demo comment (--markdown) carries the index advice and a picture of the regressed plan', () => {
  const markdown = join(mkdtempSync(join(tmpdir(), 'pgpg-demo-')), 'comment.md');
  const result = spawnSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'demo.mjs'), '--markdown', markdown], { encoding: 'utf8' });
  expect(result.status).toBe(1);
  const comment = readFileSync(markdown, 'utf8');
  expect(comment).toContain('try: <code>CREATE INDEX ON users (lower(email))</code>');
  expect(comment).toContain("### Head's plans");
  expect(comment).toMatch(
    /<summary><code>queries\/auth\/login<\/code>: regressed<\/summary>\n\n```mermaid\nflowchart TD\n {2}n0\["⚠ new: Seq Scan on users<br\/>rows \d+ · cost [\d,.]+"\]:::newSeqScan\n/,
  );
  expect(comment).toContain(
    '-Index Scan using users_email_key on users\n-  Index Cond: (users.email = ?)\n+Seq Scan on users\n+  Filter: (lower(users.email) = ?)',
  );
});
