import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_DOCS_URL, ruleLink } from '../../../src/report/links.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The rule ids the code knows: the members of RuleId in src/compare/comparison.ts. */
function ruleIds(): string[] {
  const types = readFileSync(join(ROOT, 'src/compare/comparison.ts'), 'utf8');
  const union = /export type RuleId =([^;]+);/.exec(types)![1]!;
  return [...union.matchAll(/'([a-z-]+)'/g)].map((match) => match[1]!);
}

describe('docs/rules.md', () => {
  const page = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');
  const headings = [...page.matchAll(/^## (.+)$/gm)].map((match) => match[1]!);

  it('has one heading per rule id, whose anchor is the id the comment links to', () => {
    const ids = ruleIds();
    expect(ids.length).toBeGreaterThanOrEqual(10);
    // A heading that is exactly the id (lowercase letters and hyphens) gets the id as its anchor on GitHub.
    for (const id of ids) expect(headings.filter((heading) => heading === id), id).toHaveLength(1);
  });

  it('names only rule ids the code has in its rules table', () => {
    const linked = [...page.matchAll(/^\| \[`([a-z-]+)`\]\(#([a-z-]+)\)/gm)];
    expect(linked.map((match) => match[1]).sort()).toEqual(ruleIds().sort());
    for (const match of linked) expect(match[2]).toBe(match[1]);
  });

  it('is where the comment links a finding: the docs in the action repository, anchored by the rule id', () => {
    expect(RULES_DOCS_URL).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/main\/docs\/rules\.md$/);
    expect(ruleLink('seq-scan')).toBe(`[seq-scan](${RULES_DOCS_URL}#seq-scan)`);
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema/pg-plan-gate.schema.json'), 'utf8'));
    // The same repository the schema's $id names.
    expect(RULES_DOCS_URL.startsWith(schema.$id.replace(/\/schema\/.*$/, '/'))).toBe(true);
  });
});
