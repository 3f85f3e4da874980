import { describe, expect, it } from 'vitest';
import { OutputTail } from '../../../src/util/output-tail.ts';
import { commandOutputGroup } from '../../../src/github/log-group.ts';

describe('OutputTail: the last lines of a command', () => {
  it('keeps the last 200 lines of any number, split anywhere', () => {
    const tail = new OutputTail(200);
    const text = Array.from({ length: 1000 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    for (let i = 0; i < text.length; i += 7) tail.push(Buffer.from(text.slice(i, i + 7)));
    const lines = tail.last();
    expect(lines).toHaveLength(200);
    expect(lines[0]).toBe('line 801');
    expect(lines[199]).toBe('line 1000');
    expect(tail.droppedLines).toBe(800);
  });

  it('keeps a last line without a newline, CRLF endings and cuts very long lines', () => {
    const tail = new OutputTail(3, 10);
    tail.push('a\r\nb\n');
    tail.push('x'.repeat(25) + '\nlast without newline');
    expect(tail.last()).toEqual(['b', `${'x'.repeat(10)} …`, 'last witho …']);
    expect(tail.droppedLines).toBe(1);
  });
});

describe('commandOutputGroup: the action log', () => {
  it('writes the lines in a collapsed group, with workflow commands in them shown and not obeyed', () => {
    const log: string[] = [];
    const core = { startGroup: (name: string) => log.push(`::group::${name}`), endGroup: () => log.push('::endgroup::'), info: (line: string) => log.push(line) };
    commandOutputGroup(core, 'base: capture.command output (2 lines)', ['ok 1', '::add-mask::x'], 'tok');
    expect(log).toEqual(['::group::base: capture.command output (2 lines)', '::stop-commands::tok', 'ok 1', '::add-mask::x', '::tok::', '::endgroup::']);
    log.length = 0;
    commandOutputGroup(core, 'head: capture.command output (none)', []);
    expect(log).toEqual(['::group::head: capture.command output (none)', '(no output)', '::endgroup::']);
  });
});
