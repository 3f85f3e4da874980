import { gzipSync } from 'node:zlib';

/** A tiny tar writer, so the tests build their own archives and packages (long names by prefix or pax). */
export interface TarInput {
  name: string;
  data?: string | Buffer;
  mode?: number;
  type?: '0' | '2' | '5' | 'x';
  linkname?: string;
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function tarHeader(name: string, size: number, mode: number, type: string, linkname = '', prefix = ''): Buffer {
  const block = Buffer.alloc(512);
  block.write(name, 0, 100, 'utf8');
  block.write(octal(mode, 8), 100, 'latin1');
  block.write(octal(0, 8), 108, 'latin1');
  block.write(octal(0, 8), 116, 'latin1');
  block.write(octal(size, 12), 124, 'latin1');
  block.write(octal(1_700_000_000, 12), 136, 'latin1');
  block.write('        ', 148, 'latin1');
  block.write(type, 156, 'latin1');
  block.write(linkname, 157, 100, 'utf8');
  block.write('ustar\0', 257, 'latin1');
  block.write('00', 263, 'latin1');
  block.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(octal(sum, 7) + ' ', 148, 'latin1');
  return block;
}

function pad(data: Buffer): Buffer {
  return Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
}

export function tar(entries: TarInput[]): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const data = Buffer.from(entry.data ?? '');
    const type = entry.type ?? '0';
    let name = entry.name;
    let prefix = '';
    if (Buffer.byteLength(name) > 100) {
      const cut = name.lastIndexOf('/', 155);
      if (cut > 0 && Buffer.byteLength(name.slice(cut + 1)) <= 100) {
        prefix = name.slice(0, cut);
        name = name.slice(cut + 1);
      } else {
        // pax extended header carrying the whole path
        const body = (n: number) => `${n} path=${entry.name}\n`;
        let length = body(0).length;
        while (body(length).length !== length) length = body(length).length;
        const pax = Buffer.from(body(length));
        blocks.push(tarHeader('PaxHeader', pax.length, 0o644, 'x'), pad(pax));
        name = 'ignored-short-name';
      }
    }
    blocks.push(tarHeader(name, type === '0' ? data.length : 0, entry.mode ?? 0o644, type, entry.linkname, prefix));
    if (type === '0') blocks.push(pad(data));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}
