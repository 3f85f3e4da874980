/**
 * The last lines of a command's output (stdout and stderr as they arrive, interleaved), kept
 * whether it succeeds or fails: a run that "passed" with its tests skipped says so only there.
 * A line longer than `maxLineLength` is cut (its end is what is kept out); a partial last line
 * is kept until more output completes it.
 */
export class OutputTail {
  private readonly lines: string[] = [];
  private partial = '';
  private dropped = 0;

  constructor(
    private readonly maxLines = 200,
    private readonly maxLineLength = 2_000,
  ) {}

  push(chunk: Buffer | string): void {
    const text = this.partial + (typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
    const parts = text.split('\n');
    this.partial = this.cut(parts.pop()!);
    for (const part of parts) this.add(part);
  }

  /** Lines no longer kept (older than the last `maxLines`). */
  get droppedLines(): number {
    return this.dropped + Math.max(0, this.lines.length + (this.partial ? 1 : 0) - this.maxLines);
  }

  /** The kept lines, oldest first, a partial last line included; `\r` endings removed. */
  last(count = this.maxLines): string[] {
    const all = this.partial ? [...this.lines, this.partial] : [...this.lines];
    return all.slice(-count).map((line) => line.replace(/\r$/, ''));
  }

  private add(line: string): void {
    this.lines.push(this.cut(line));
    // One line over keeps the partial line's place; trimmed in batches, not per line.
    if (this.lines.length > this.maxLines * 2) {
      const extra = this.lines.length - this.maxLines;
      this.lines.splice(0, extra);
      this.dropped += extra;
    }
  }

  private cut(line: string): string {
    return line.length > this.maxLineLength ? `${line.slice(0, this.maxLineLength)} …` : line;
  }
}
