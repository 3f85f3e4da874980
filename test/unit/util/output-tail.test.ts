import { describe, expect, it } from 'vitest';
import { OutputTail } from '../../../src/util/output-tail.ts';

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
