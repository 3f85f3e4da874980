// Prints CHANGELOG.md's section for one version (`node scripts/changelog-section.mjs 1.2.0`), for
// the release notes; exits 1 naming the version when there is none or it is empty.
import { readFileSync } from 'node:fs';

const version = process.argv[2];
if (!version) {
  console.error('usage: node scripts/changelog-section.mjs VERSION');
  process.exit(2);
}
const lines = readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8').split('\n');
const start = lines.findIndex((line) => line.startsWith(`## [${version}]`));
const end = start < 0 ? -1 : lines.findIndex((line, index) => index > start && (line.startsWith('## [') || /^\[[^\]]+\]: /.test(line)));
const section =
  start < 0
    ? ''
    : lines
        .slice(start + 1, end < 0 ? undefined : end)
        .join('\n')
        .trim();
if (!section) {
  console.error(`CHANGELOG.md has no section for ${version}: add "## [${version}] - YYYY-MM-DD" before tagging`);
  process.exit(1);
}
console.log(section);
