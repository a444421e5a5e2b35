import { inflateSync } from 'fflate';
import { latin1, r16, r32, u32le } from '../../../domain/evidence/bytes';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
// The end record is 22 bytes, and may be followed by a comment of up to 65,535.
const TAIL = 22 + 0xffff;

/** One entry of a zip's central directory: enough to find its bytes without reading the rest. */
export interface ZipItem {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/**
 * A backup zip's directory, read from the end of the file without loading the rest (a backup
 * with its photos may be gigabytes). Not zipParts.zipEntries: that one takes the whole file's
 * bytes, and stops at 20,000 entries, which an agency's years of photos can pass. Undefined
 * when the directory is not there or runs past the file: cut short, or not a zip. No Zip64: the
 * backup never writes it (the quota keeps a backup under 4 GB).
 */
export async function readZipDirectory(file: Blob): Promise<Map<string, ZipItem> | undefined> {
  const tailStart = Math.max(0, file.size - TAIL);
  const tail = await bytesOf(file.slice(tailStart));
  let eocd = -1;
  for (let at = tail.length - 22; at >= 0; at--) {
    if (u32le(tail, at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = r16(tail, eocd + 10);
  const dirSize = r32(tail, eocd + 12);
  const dirOffset = r32(tail, eocd + 16);
  if (dirOffset + dirSize > tailStart + eocd) return undefined;
  const dir = await bytesOf(file.slice(dirOffset, dirOffset + dirSize));
  const items = new Map<string, ZipItem>();
  const utf8 = new TextDecoder();
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > dir.length || u32le(dir, at) !== CENTRAL) return undefined;
    const flags = r16(dir, at + 8);
    const nameLength = r16(dir, at + 28);
    if (at + 46 + nameLength > dir.length) return undefined;
    // Bit 11: the name is UTF-8 (fflate sets it for a name outside ASCII); else the old code page.
    const name = flags & 0x800 ? utf8.decode(dir.subarray(at + 46, at + 46 + nameLength)) : latin1(dir, at + 46, nameLength);
    items.set(name, { name, flags, method: r16(dir, at + 10), compressedSize: r32(dir, at + 20), size: r32(dir, at + 24), localOffset: r32(dir, at + 42) });
    at += 46 + nameLength + r16(dir, at + 30) + r16(dir, at + 32);
  }
  return items;
}

/**
 * An entry's bytes: a stored one is a slice of the file itself (nothing read yet), a deflated one
 * (a backup unzipped and zipped again by hand) is inflated, up to `maxBytes`. Undefined when the
 * entry cannot be read: its local header is not where the directory says, it runs past the file,
 * it is encrypted, or it is compressed some other way.
 */
export async function entryBlob(file: Blob, item: ZipItem, maxBytes: number): Promise<Blob | undefined> {
  if (item.flags & 1 || item.size > maxBytes) return undefined;
  const head = await bytesOf(file.slice(item.localOffset, item.localOffset + 30));
  if (head.length < 30 || u32le(head, 0) !== LOCAL) return undefined;
  const start = item.localOffset + 30 + r16(head, 26) + r16(head, 28);
  const end = start + item.compressedSize;
  if (end > file.size) return undefined;
  const body = file.slice(start, end);
  if (item.method === 0) return body;
  if (item.method !== 8) return undefined;
  try {
    return new Blob([inflateSync(await bytesOf(body), { out: new Uint8Array(item.size) }) as Uint8Array<ArrayBuffer>]);
  } catch {
    return undefined;
  }
}
