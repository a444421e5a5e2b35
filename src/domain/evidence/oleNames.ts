import { r16, r32, u16le, u32le } from './bytes';

const END_OF_CHAIN = 0xfffffffe;
/** Sector numbers at or above this are markers (free, end of chain, FAT, DIFAT), never a sector. */
const MAX_SECTOR = 0xfffffffa;
const HEADER_DIFAT = 109;
const ENTRY = 128;

/** A compound file's header, as [MS-CFB] 2.2 lays it out. */
interface Layout {
  b: Uint8Array;
  sectorSize: number;
  /** The FAT's own sectors, in order. */
  fatSectors: number[];
}

const sectorStart = (l: Layout, n: number) => (n + 1) * l.sectorSize;

function fatSectors(b: Uint8Array, sectorSize: number, sectors: number): number[] | undefined {
  // No check of the count against the file's length: the DIFAT walk below is bounded by it.
  const count = r32(b, 0x2c);
  const list: number[] = [];
  for (let i = 0; i < Math.min(count, HEADER_DIFAT); i++) list.push(r32(b, 0x4c + i * 4));
  // A file of more than 109 FAT sectors (about 7 MB in 512-byte sectors) lists the rest in a DIFAT chain.
  let difat = r32(b, 0x44);
  const perDifat = sectorSize / 4 - 1;
  for (let hops = 0; list.length < count && difat < MAX_SECTOR; hops++) {
    if (hops > sectors) return undefined;
    const at = (difat + 1) * sectorSize;
    for (let i = 0; i < perDifat && list.length < count; i++) {
      const n = u32le(b, at + i * 4);
      if (n === undefined) return undefined;
      list.push(n);
    }
    difat = r32(b, at + perDifat * 4);
  }
  return list.length === count ? list : undefined;
}

function nextSector(l: Layout, n: number): number | undefined {
  const perSector = l.sectorSize / 4;
  const fatSector = l.fatSectors[Math.floor(n / perSector)];
  return fatSector === undefined ? undefined : u32le(l.b, sectorStart(l, fatSector) + (n % perSector) * 4);
}

function entryName(b: Uint8Array, at: number): string | undefined {
  const bytes = u16le(b, at + 0x40);
  const type = b[at + 0x42];
  // 0 is an unused slot; 1 storage, 2 stream, 5 the root.
  if (bytes === undefined || type === undefined || type === 0 || bytes < 2 || bytes > 64) return undefined;
  let name = '';
  for (let i = 0; i < bytes / 2 - 1; i++) name += String.fromCharCode(r16(b, at + i * 2));
  return name;
}

/**
 * The names of the streams and storages of an OLE compound file (a .doc, .xls, .ppt, .msi …), read
 * by following the directory's chain through the FAT; undefined when the file is damaged or
 * truncated, or the chain loops.
 */
export function oleNames(b: Uint8Array): string[] | undefined {
  // The header is 512 bytes whatever the sector size.
  if (b.length < 512) return undefined;
  const shift = r16(b, 0x1e);
  if (shift !== 9 && shift !== 12) return undefined;
  const sectorSize = 1 << shift;
  // Some writers leave the last sector short, so a part-sector still counts.
  const sectors = Math.ceil(b.length / sectorSize) - 1;
  const fat = fatSectors(b, sectorSize, sectors);
  if (!fat) return undefined;
  const layout: Layout = { b, sectorSize, fatSectors: fat };
  const names: string[] = [];
  let n: number | undefined = r32(b, 0x30);
  for (let hops = 0; n !== undefined && n !== END_OF_CHAIN; hops++) {
    if (n >= MAX_SECTOR || n >= sectors || hops > sectors) return undefined;
    const at = sectorStart(layout, n);
    for (let i = 0; i < sectorSize / ENTRY; i++) {
      const name = entryName(b, at + i * ENTRY);
      if (name !== undefined) names.push(name);
    }
    n = nextSector(layout, n);
  }
  return n === undefined ? undefined : names;
}
