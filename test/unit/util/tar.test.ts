import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractTarGz } from '../../../src/util/tar.ts';
import { tar } from '../../helpers/tar.ts';

describe('extracting tarballs', () => {
  let dest: string;
  beforeEach(() => (dest = mkdtempSync(join(tmpdir(), 'pgpg-tar-'))));
  afterEach(() => rmSync(dest, { recursive: true, force: true }));

  it('refuses paths that leave the destination', async () => {
    await expect(extractTarGz(tar([{ name: 'package/../../evil', data: 'x' }]), dest, { strip: 1 })).rejects.toThrow(
      'tar archive has an unsafe path: "package/../../evil"',
    );
  });

  it('notices a truncated archive and a corrupt header', async () => {
    const whole = tar([{ name: 'package/a', data: 'x'.repeat(2000) }]);
    const { gunzipSync } = await import('node:zlib');
    const raw = gunzipSync(whole);
    await expect(extractTarGz(gzipSync(raw.subarray(0, 1024)), dest)).rejects.toThrow('tar archive is truncated');
    const corrupt = Buffer.from(raw);
    corrupt[10] = 0x41;
    await expect(extractTarGz(gzipSync(corrupt), dest)).rejects.toThrow('checksum mismatch');
  });

  it('creates directories, strips the leading component and counts what it skipped', async () => {
    const result = await extractTarGz(
      tar([
        { name: 'package/', type: '5' },
        { name: 'package/empty/', type: '5' },
        { name: 'package/bin/tool', data: '#!/bin/sh\n', mode: 0o750 },
        { name: 'package/link', type: '2', linkname: 'bin/tool' },
      ]),
      dest,
      { strip: 1 },
    );
    expect(result).toEqual({ files: 1, directories: 2, skipped: 1, bytes: 10 });
    expect(statSync(join(dest, 'empty')).isDirectory()).toBe(true);
    expect(statSync(join(dest, 'bin', 'tool')).mode & 0o777).toBe(0o755);
  });
});
