import { describe, expect, it } from 'vitest';
import { ByteQueue } from '../../../src/capture/byte-queue.ts';

describe('ByteQueue', () => {
  it('reads and takes across chunk borders', () => {
    const queue = new ByteQueue();
    queue.push(Buffer.from('ab'));
    queue.push(Buffer.alloc(0));
    queue.push(Buffer.from('cde'));
    queue.push(Buffer.from('f'));
    expect(queue.length).toBe(6);
    expect(queue.byteAt(2)).toBe(0x63);
    expect(queue.byteAt(6)).toBeUndefined();
    expect(queue.peek(3).toString()).toBe('abc');
    expect(queue.take(1).toString()).toBe('a');
    expect(queue.take(3).toString()).toBe('bcd');
    expect(queue.byteAt(0)).toBe(0x65);
    expect(queue.peek(10).toString()).toBe('ef');
    expect(queue.takeAll().toString()).toBe('ef');
    expect(queue.length).toBe(0);
    expect(queue.take(1)).toEqual(Buffer.alloc(0));
  });
});
