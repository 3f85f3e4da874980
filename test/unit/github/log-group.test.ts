import { describe, expect, it } from 'vitest';
import { commandOutputGroup } from '../../../src/github/log-group.ts';

describe('commandOutputGroup: the action log', () => {
  it('writes the lines in a collapsed group, with workflow commands in them shown and not obeyed', () => {
    const log: string[] = [];
    const core = {
      startGroup: (name: string) => log.push(`::group::${name}`),
      endGroup: () => log.push('::endgroup::'),
      info: (line: string) => log.push(line),
    };
    commandOutputGroup(core, 'base: capture.command output (2 lines)', ['ok 1', '::add-mask::x'], 'tok');
    expect(log).toEqual(['::group::base: capture.command output (2 lines)', '::stop-commands::tok', 'ok 1', '::add-mask::x', '::tok::', '::endgroup::']);
    log.length = 0;
    commandOutputGroup(core, 'head: capture.command output (none)', []);
    expect(log).toEqual(['::group::head: capture.command output (none)', '(no output)', '::endgroup::']);
  });
});
