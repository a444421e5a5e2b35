import { latin1, r16, r32, u32le, u64le } from './bytes';

/** Enough names for any real document; a zip listing more is not evidence anyone wrote by hand. */
const MAX_ENTRIES = 20_000;
const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface ZipEntry {
  name: string;
  /** Where the entry's local header starts. */
  localOffset: number;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  encrypted: boolean;
}

function endOfCentralDirectory(b: Uint8Array): number | undefined {
  // The record is 22 bytes and may be followed by a comment of up to 65,535.
  const last = b.length - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (u32le(b, at) === EOCD) return at;
  }
  return undefined;
}

function directoryPlace(b: Uint8Array, eocd: number): { offset: number; count: number } | undefined {
  // The end record was found whole, 22 bytes inside the file.
  const count = r16(b, eocd + 10);
  const offset = r32(b, eocd + 16);
  if (count !== 0xffff && offset !== 0xffffffff) return { offset, count };
  // Zip64: a locator just before the record points at the 64-bit record with the real figures.
  if (u32le(b, eocd - 20) !== EOCD64_LOCATOR) return undefined;
  const at = r32(b, eocd - 12);
  if (at + 56 > b.length || r32(b, at) !== EOCD64) return undefined;
  const count64 = u64le(b, at + 32);
  const offset64 = u64le(b, at + 48);
  return count64 === undefined || offset64 === undefined ? undefined : { offset: offset64, count: count64 };
}

/**
 * The names a zip lists in its central directory, read without inflating anything; undefined when
 * the directory cannot be found or runs past the file (a truncated or damaged zip).
 */
export function zipEntries(b: Uint8Array): ZipEntry[] | undefined {
  const eocd = endOfCentralDirectory(b);
  if (eocd === undefined) return undefined;
  const place = directoryPlace(b, eocd);
  if (!place || place.count > MAX_ENTRIES) return undefined;
  const entries: ZipEntry[] = [];
  let at = place.offset;
  for (let i = 0; i < place.count; i++) {
    if (u32le(b, at) !== CENTRAL) return undefined;
    // The fixed part of an entry is 46 bytes; its name follows.
    const nameLength = r16(b, at + 28);
    if (at + 46 + nameLength > b.length) return undefined;
    const encrypted = (r16(b, at + 8) & 1) === 1;
    entries.push({ name: latin1(b, at + 46, nameLength), localOffset: r32(b, at + 42), method: r16(b, at + 10), compressedSize: r32(b, at + 20), encrypted });
    at += 46 + nameLength + r16(b, at + 30) + r16(b, at + 32);
  }
  return entries;
}

/** The name of the first entry as its local header gives it: what a damaged zip still tells. */
export function firstLocalName(b: Uint8Array): string | undefined {
  if (b.length < 30 || r32(b, 0) !== LOCAL) return undefined;
  const nameLength = r16(b, 26);
  return 30 + nameLength > b.length ? undefined : latin1(b, 30, nameLength);
}

/** A stored (not deflated) entry's bytes as Latin-1, for an OpenDocument's `mimetype`. */
export function storedText(b: Uint8Array, entry: ZipEntry, max: number): string | undefined {
  if (entry.method !== 0 || entry.encrypted || entry.localOffset + 30 > b.length || r32(b, entry.localOffset) !== LOCAL) return undefined;
  const start = entry.localOffset + 30 + r16(b, entry.localOffset + 26) + r16(b, entry.localOffset + 28);
  const length = Math.min(entry.compressedSize, max);
  return start + length > b.length ? undefined : latin1(b, start, length);
}
