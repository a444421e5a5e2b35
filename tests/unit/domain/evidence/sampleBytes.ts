import { zipSync, type Zippable } from 'fflate';

/** Tiny files built byte by byte, so each test shows what it feeds the sniffer. */
export const bytes = (...parts: (string | number[] | Uint8Array)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : [...p])));

export const utf8 = (text: string) => new TextEncoder().encode(text);

const le32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const le64 = (n: number) => [...le32(n), 0, 0, 0, 0];
const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

/** An ISO media file's `ftyp` box: major brand, then compatible brands. */
export const ftyp = (major: string, ...compatible: string[]) => bytes(be32(16 + 4 * compatible.length), 'ftyp', major, [0, 0, 0, 0], ...compatible);

/** A zip as real writers make it (fflate); `stored` entries are not deflated, as ODF's `mimetype` must not be. */
export function zip(entries: Record<string, string>, stored: string[] = []): Uint8Array {
  const files: Zippable = {};
  for (const [name, text] of Object.entries(entries)) files[name] = [utf8(text), { level: stored.includes(name) ? 0 : 6 }];
  return zipSync(files);
}

/** The same zip, its end record moved into the 64-bit one some writers always use. */
export function asZip64(z: Uint8Array): Uint8Array {
  const eocd = z.length - 22;
  const view = new DataView(z.buffer, z.byteOffset);
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  const record = [...le32(0x06064b50), ...le64(44), 45, 0, 45, 0, ...le32(0), ...le32(0), ...le64(count), ...le64(count), ...le64(size), ...le64(offset)];
  const locator = [...le32(0x07064b50), ...le32(0), ...le64(eocd), ...le32(1)];
  const end = [...le32(0x06054b50), 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, ...le32(0xffffffff), ...le32(0xffffffff), 0, 0];
  return bytes(z.subarray(0, eocd), record, locator, end);
}

const FREE = 0xffffffff;
const END = 0xfffffffe;
const FAT_SECT = 0xfffffffd;

interface OleOptions {
  /** How many FAT sectors the header claims; past 109 the rest are listed in a DIFAT sector. */
  fatCount?: number;
  /** Leave out the DIFAT sector that the count asks for. */
  dropDifat?: boolean;
  /** Where the header says the directory starts, when not where it is. */
  firstDir?: number;
  /** Chain the last directory sector back to itself. */
  loop?: boolean;
  /** A DIFAT sector that names itself as the next one, and a count that never fills. */
  difatLoop?: boolean;
  /** Where the header says the FAT is, when not where it is. */
  fatAt?: number;
}

/**
 * An OLE compound file ([MS-CFB], 512-byte sectors) whose directory names `names`, four entries a
 * sector, chained through the FAT: sector 0 is the FAT, 1 the DIFAT when needed, then the directory.
 */
export function ole(names: string[], { fatCount = 1, dropDifat = false, firstDir: claimedDir, loop = false, difatLoop = false, fatAt = 0 }: OleOptions = {}): Uint8Array {
  const entries = ['Root Entry', ...names];
  const dirCount = Math.ceil(entries.length / 4);
  const needsDifat = fatCount > 109;
  const firstDir = needsDifat ? 2 : 1;
  const file = new Uint8Array(512 * (1 + firstDir + dirCount));
  const view = new DataView(file.buffer);
  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, fatCount, true);
  view.setUint32(0x30, claimedDir ?? firstDir, true);
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, END, true);
  view.setUint32(0x44, needsDifat && !dropDifat ? 1 : END, true);
  view.setUint32(0x48, needsDifat ? 1 : 0, true);
  // Every FAT sector the header lists is sector 0: the reader only needs the first to be right.
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i < fatCount ? fatAt : FREE, true);
  const sector = (n: number) => 512 * (n + 1);
  for (let i = 0; i < 128; i++) view.setUint32(sector(0) + i * 4, FREE, true);
  view.setUint32(sector(0), FAT_SECT, true);
  if (needsDifat) {
    view.setUint32(sector(0) + 4, 0xfffffffc, true);
    for (let i = 0; i < 127; i++) view.setUint32(sector(1) + i * 4, i < fatCount - 109 ? 0 : FREE, true);
    view.setUint32(sector(1) + 127 * 4, difatLoop ? 1 : END, true);
  }
  for (let d = 0; d < dirCount; d++) view.setUint32(sector(0) + (firstDir + d) * 4, d < dirCount - 1 ? firstDir + d + 1 : loop ? firstDir + d : END, true);
  entries.forEach((name, i) => {
    const at = sector(firstDir) + i * 128;
    for (let c = 0; c < name.length; c++) view.setUint16(at + c * 2, name.charCodeAt(c), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    file[at + 0x42] = i === 0 ? 5 : 2;
  });
  return file;
}
