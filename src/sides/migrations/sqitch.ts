import { posix } from 'node:path';
import { MigrationError } from './error.ts';

/*
 * A Sqitch project given as its plan (`schema: sqitch.plan`): the changes' deploy scripts, in
 * plan order. Tags (`@v1.0`) only name points in the plan. A change reworked after a tag
 * appears twice: the earlier one runs the script Sqitch saved as `deploy/<change>@<tag>.sql`,
 * the latest one `deploy/<change>.sql`. `revert/` and `verify/` scripts are never run.
 */

export function isSqitchPlan(path: string): boolean {
  return /(^|\/)sqitch\.plan$/.test(path) || /\.plan$/.test(path);
}

interface PlanChange {
  name: string;
  line: number;
  /** Tags that follow this change up to the change's next appearance, in plan order. */
  tagsAfter: string[];
}

/** The changes of a plan, with their line in it. */
export function planChanges(text: string): PlanChange[] {
  const changes: PlanChange[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#') || line.startsWith('%')) return;
    if (line.startsWith('@')) {
      const tag = line.split(/\s+/)[0]!;
      // A tag belongs to every change before it whose name has not come up again since.
      const reappeared = new Set<string>();
      for (let at = changes.length - 1; at >= 0; at--) {
        const change = changes[at]!;
        if (!reappeared.has(change.name)) change.tagsAfter.push(tag);
        reappeared.add(change.name);
      }
      return;
    }
    // `-change` reverts a change in old plans; `+change` deploys it.
    if (line.startsWith('-')) throw new MigrationError(index + 1, `'${line.split(/\s+/)[0]}' reverts a change; only plans that deploy are read`);
    const name = line.split(/\s+/)[0]!.replace(/^\+/, '');
    changes.push({ name, line: index + 1, tagsAfter: [] });
  });
  return changes;
}

/** Each change's deploy script, in plan order: paths relative to the repository. */
export function deployScripts(planPath: string, text: string, exists: (path: string) => boolean): { path: string; change: string; line: number }[] {
  const top = posix.dirname(planPath);
  const deploy = (name: string) => posix.normalize(posix.join(top === '.' ? '' : top, 'deploy', `${name}.sql`));
  const changes = planChanges(text);
  return changes.map((change, index) => {
    const later = changes.slice(index + 1).some((other) => other.name === change.name);
    let path = deploy(change.name);
    if (later) {
      // Sqitch takes the first of the change's tags whose reworked script exists.
      const candidates = change.tagsAfter.map((tag) => deploy(`${change.name}${tag}`));
      path = candidates.find(exists) ?? candidates[0] ?? path;
    }
    if (!exists(path)) throw new MigrationError(change.line, `change ${change.name} has no deploy script ${path}`);
    return { path, change: change.name, line: change.line };
  });
}
