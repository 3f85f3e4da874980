import { closeSync, fchmodSync, mkdirSync, chmodSync, openSync, writeSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';

/**
 * A small streaming reader for the gzip'd tarballs npm serves (ustar, with the pax and GNU
 * long-name extensions). Written here rather than shelling out to `tar`: GNU tar on Linux,
 * bsdtar on macOS and Windows' tar differ in flags and in how they treat modes, owners and
 * unsafe paths, and a reader of our own lets us refuse `..` and absolute paths, set modes
 * exactly (umask-proof) and skip links, the same way on every runner.
 *
 * Modes are normalised as npm normalises them: a file with any execute bit becomes 0755,
 * every other file 0644, every directory 0755 — world-readable, so an unprivileged user can
 * run what root extracted. Hard and symbolic links, devices and FIFOs are skipped (npm
 * never packs them); owners and times are not restored.
 */
export interface TarExtractOptions {
  /** Leading path components to drop, as `tar --strip-components` (npm packs everything under `package/`). */
  strip?: number;
}

export interface TarExtractResult {
  files: number;
  directories: number;
  /** Entries not extracted: links, devices, FIFOs. */
  skipped: number;
  bytes: number;
}

/** Extract a .tgz (a Buffer or a byte stream) into `dest`, which must exist. */
export async function extractTarGz(source: Buffer | NodeJS.ReadableStream, dest: string, options: TarExtractOptions = {}): Promise<TarExtractResult> {
  const extractor = new TarExtractor(dest, options.strip ?? 0);
  const input = Buffer.isBuffer(source) ? Readable.from([source]) : source;
  await pipeline(input, createGunzip(), extractor);
  return extractor.result;
}

const BLOCK = 512;

interface Entry {
  kind: 'file' | 'pax' | 'longname' | 'ignore';
  fd?: number;
  chunks?: Buffer[];
}

class TarExtractor extends Writable {
  readonly result: TarExtractResult = { files: 0, directories: 0, skipped: 0, bytes: 0 };
  private readonly header = Buffer.alloc(BLOCK);
  private headerFill = 0;
  private remaining = 0;
  private padding = 0;
  private entry: Entry | null = null;
  private ended = false;
  private nextPath: string | undefined;
  private nextSize: number | undefined;
  private readonly madeDirs = new Set<string>();

  private readonly dest: string;

  constructor(
    dest: string,
    private readonly strip: number,
  ) {
    super();
    this.dest = resolve(dest);
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    try {
      this.consume(chunk);
      callback();
    } catch (error) {
      this.closeEntry();
      callback(error as Error);
    }
  }

  override _final(callback: (error?: Error | null) => void): void {
    if (!this.ended && (this.remaining > 0 || this.headerFill > 0 || this.entry)) {
      this.closeEntry();
      callback(new Error('tar archive is truncated'));
      return;
    }
    // Directories last: creating files inside a directory must not depend on its final mode.
    for (const dir of this.madeDirs) chmodSync(dir, 0o755);
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.closeEntry();
    callback(error);
  }

  private consume(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.remaining > 0) {
        const n = Math.min(this.remaining, chunk.length - offset);
        this.data(chunk.subarray(offset, offset + n));
        offset += n;
        this.remaining -= n;
        if (this.remaining === 0) this.finishEntry();
        continue;
      }
      if (this.padding > 0) {
        const n = Math.min(this.padding, chunk.length - offset);
        offset += n;
        this.padding -= n;
        continue;
      }
      if (this.ended) return; // the zero blocks and whatever padding follows them
      const n = Math.min(BLOCK - this.headerFill, chunk.length - offset);
      chunk.copy(this.header, this.headerFill, offset, offset + n);
      this.headerFill += n;
      offset += n;
      if (this.headerFill === BLOCK) {
        this.headerFill = 0;
        this.onHeader(this.header);
      }
    }
  }

  private onHeader(block: Buffer): void {
    if (block.every((byte) => byte === 0)) {
      this.ended = true;
      return;
    }
    checkChecksum(block);
    const ustar = block.toString('latin1', 257, 262) === 'ustar';
    const name = cString(block, 0, 100);
    const prefix = ustar ? cString(block, 345, 155) : '';
    const path = this.nextPath ?? (prefix ? `${prefix}/${name}` : name);
    const size = this.nextSize ?? readNumber(block, 124, 12);
    const type = String.fromCharCode(block[156]!);
    const mode = readNumber(block, 100, 8);
    const isMeta = type === 'x' || type === 'g' || type === 'L' || type === 'K';
    if (!isMeta) {
      this.nextPath = undefined;
      this.nextSize = undefined;
    }
    this.remaining = size;
    this.padding = (BLOCK - (size % BLOCK)) % BLOCK;

    if (type === 'x' || type === 'L') this.entry = { kind: type === 'x' ? 'pax' : 'longname', chunks: [] };
    else if (type === '0' || type === '\0' || type === '7') this.entry = this.openFile(path, mode);
    else {
      if (type === '5') this.makeDirectory(path);
      else if (!isMeta) this.result.skipped++;
      this.entry = { kind: 'ignore' };
    }
    if (size === 0) this.finishEntry();
  }

  private openFile(path: string, mode: number): Entry {
    const target = this.target(path);
    if (!target) return { kind: 'ignore' };
    this.makeDirectory(join(target, '..'), true);
    const fd = openSync(target, 'w', 0o600);
    // fchmod, not the open mode: the umask must not take the bits others need.
    fchmodSync(fd, mode & 0o111 ? 0o755 : 0o644);
    this.result.files++;
    return { kind: 'file', fd };
  }

  private data(bytes: Buffer): void {
    const entry = this.entry;
    if (!entry) return;
    if (entry.kind === 'file') {
      let written = 0;
      while (written < bytes.length) written += writeSync(entry.fd!, bytes, written, bytes.length - written);
      this.result.bytes += bytes.length;
    } else if (entry.chunks) entry.chunks.push(Buffer.from(bytes));
  }

  private finishEntry(): void {
    const entry = this.entry;
    this.entry = null;
    if (!entry) return;
    if (entry.kind === 'file') closeSync(entry.fd!);
    else if (entry.kind === 'longname') this.nextPath = cString(Buffer.concat(entry.chunks!), 0, Infinity);
    else if (entry.kind === 'pax') {
      const records = parsePax(Buffer.concat(entry.chunks!));
      if (records.path !== undefined) this.nextPath = records.path;
      if (records.size !== undefined) this.nextSize = Number(records.size);
    }
  }

  private closeEntry(): void {
    if (this.entry?.kind === 'file' && this.entry.fd !== undefined) {
      try {
        closeSync(this.entry.fd);
      } catch {
        // Closed already by a failed write, whose error is the one being reported.
      }
    }
    this.entry = null;
  }

  /** The path an entry is written to, or null for the stripped top directory itself. Refuses to leave `dest`. */
  private target(path: string): string | null {
    const parts = path.split('/').filter((part) => part !== '' && part !== '.');
    if (parts.includes('..') || parts.some((part) => part.includes('\\') || part.includes('\0')))
      throw new Error(`tar archive has an unsafe path: ${JSON.stringify(path)}`);
    const kept = parts.slice(this.strip);
    return kept.length ? join(this.dest, ...kept) : null;
  }

  private makeDirectory(path: string, resolved = false): void {
    const target = resolved ? path : this.target(path);
    if (!target || this.madeDirs.has(target) || target === this.dest) return;
    mkdirSync(target, { recursive: true, mode: 0o755 });
    // Every directory between dest and target, for the final chmod.
    for (let dir = target; dir.startsWith(this.dest + sep) && !this.madeDirs.has(dir); dir = join(dir, '..')) {
      this.madeDirs.add(dir);
      this.result.directories++;
    }
  }
}

function cString(buffer: Buffer, start: number, length: number): string {
  const end = Math.min(buffer.length, start + length);
  const nul = buffer.indexOf(0, start);
  return buffer.toString('utf8', start, nul === -1 || nul > end ? end : nul);
}

/** Octal (NUL/space padded), or GNU base-256 when the high bit of the first byte is set. */
function readNumber(block: Buffer, start: number, length: number): number {
  if (block[start]! & 0x80) {
    let value = block[start]! & 0x7f;
    for (let i = start + 1; i < start + length; i++) value = value * 256 + block[i]!;
    return value;
  }
  const text = block
    .toString('latin1', start, start + length)
    .replace(/\0.*$/s, '')
    .trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) throw new Error(`tar archive has a bad header (number ${JSON.stringify(text)})`);
  return parseInt(text, 8);
}

function checkChecksum(block: Buffer): void {
  const stored = readNumber(block, 148, 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const byte = i >= 148 && i < 156 ? 0x20 : block[i]!;
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  if (stored !== unsigned && stored !== signed) throw new Error('tar archive has a corrupt header (checksum mismatch)');
}

/** pax extended header records: `<length> <key>=<value>\n`. */
function parsePax(data: Buffer): Record<string, string> {
  const records: Record<string, string> = {};
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    if (space === -1) break;
    const length = Number(data.toString('latin1', offset, space));
    if (!Number.isInteger(length) || length <= 0) break;
    const record = data.toString('utf8', space + 1, offset + length - 1);
    const equals = record.indexOf('=');
    if (equals > 0) records[record.slice(0, equals)] = record.slice(equals + 1);
    offset += length;
  }
  return records;
}
