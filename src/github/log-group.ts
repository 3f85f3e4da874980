import { randomUUID } from 'node:crypto';

/** The part of @actions/core a collapsed log group needs. */
export interface LogGroups {
  startGroup(name: string): void;
  endGroup(): void;
  info(message: string): void;
}

/**
 * The capture command's last lines as a collapsed group in the job log (closed by default on
 * GitHub): a run that passed can still be read, e.g. to see that its tests were skipped. The
 * lines come from the pull request's code: workflow commands in them (`::set-output`,
 * `::add-mask`, ...) are shown, not obeyed (`stop-commands` around them).
 */
export function commandOutputGroup(core: LogGroups, title: string, lines: readonly string[], token: string = randomUUID()): void {
  core.startGroup(title);
  try {
    if (lines.length === 0) {
      core.info('(no output)');
      return;
    }
    core.info(`::stop-commands::${token}`);
    for (const line of lines) core.info(line);
    core.info(`::${token}::`);
  } finally {
    core.endGroup();
  }
}
