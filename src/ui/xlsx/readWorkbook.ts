import type * as ReaderModuleType from 'read-excel-file/universal';
import type * as ZipModule from './zipNow';
import { MAX_PART_BYTES, MAX_UNPACKED_BYTES, UnpackedTooLarge } from './unpackLimits';

/** One sheet of a workbook, every cell as the text a reader sees in it. */
export interface Sheet {
  name: string;
  rows: string[][];
}

export type WorkbookProblem = 'not-xlsx' | 'old-excel' | 'unreadable' | 'empty' | 'load-failed' | 'too-large' | 'part-too-large';

/** A refusal as a code and its values (sizes in MB, rounded up): the import catalogs word it. */
export type ReadWorkbookResult =
  | { ok: true; sheets: Sheet[] }
  | { ok: false; code: WorkbookProblem; values: Record<string, number> };

type ReaderModule = typeof ReaderModuleType;

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
// The compound-file header of .xls and of any password-protected Office file.
const OLE_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const CONTENT_TYPES = ascii('[Content_Types].xml');
// A .docx or .pptx is the same zip with the same content-types part: only a workbook has xl/.
const WORKBOOK_PART = ascii('xl/');

/** By the file's own bytes, not its name: a zip holding an Office package with a workbook part. */
export function isXlsx(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_LOCAL_HEADER) && includes(bytes, CONTENT_TYPES) && includes(bytes, WORKBOOK_PART);
}

/**
 * An OLE compound file: an old .xls, or an .xlsx saved with a password (Excel encrypts the
 * package inside one). The bytes cannot tell the two apart, so the refusal names both.
 */
export function isOfficeCompound(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE_HEADER);
}

/** Every sheet of an .xlsx, in the workbook's order; the reader is fetched only now. */
export async function readWorkbook(bytes: ArrayBuffer): Promise<ReadWorkbookResult> {
  const head = new Uint8Array(bytes);
  if (!isXlsx(head)) return refuse(isOfficeCompound(head) ? 'old-excel' : 'not-xlsx');
  let library: ReaderModule;
  let zip: typeof ZipModule;
  try {
    [library, zip] = await Promise.all([import('read-excel-file/universal'), import('./zipNow')]);
  } catch {
    return refuse('load-failed');
  }
  try {
    // Checked here as well as in the reader's unzip (zipNow's unzipNow, swapped in by
    // vite.config.ts): the swap is a build step, and a bomb must be refused whichever unzip runs.
    zip.checkUnpackedSize(head, READER_PARTS);
    // A copy made in this realm: the reader checks `instanceof ArrayBuffer`, which a buffer from a
    // test's file system or another frame fails.
    const sheets = await library.default(head.slice().buffer);
    if (sheets.length === 0) return refuse('empty');
    return { ok: true, sheets: sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map(cellText)) })) };
  } catch (error) {
    if (error instanceof UnpackedTooLarge) return tooLarge(error);
    return refuse('unreadable');
  }
}

// The parts read-excel-file unpacks (its filterZipArchiveEntry): pictures and the like are never inflated.
const READER_PARTS = ({ path }: { path: string }) => path.endsWith('.xml') || path.endsWith('.xml.rels');
const MB = 1024 * 1024;
// Rounded up, so a size just past a limit never reads as the limit itself.
const megabytes = (bytes: number) => Math.ceil(bytes / MB);

// A zip bomb or a workbook of pictures: refused from the archive's directory, before unpacking.
function tooLarge({ over, bytes }: UnpackedTooLarge): ReadWorkbookResult {
  const total = over === 'total';
  return { ok: false, code: total ? 'too-large' : 'part-too-large', values: { size: megabytes(bytes), limit: megabytes(total ? MAX_UNPACKED_BYTES : MAX_PART_BYTES) } };
}

/** A cell as the sheet shows it: 93.75, not 93.750000000000014; a date as its ISO day. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return String(value);
}

function refuse(code: Exclude<WorkbookProblem, 'too-large' | 'part-too-large'>): ReadWorkbookResult {
  return { ok: false, code, values: {} };
}

function ascii(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0));
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function includes(bytes: Uint8Array, needle: number[]): boolean {
  const first = needle[0] ?? 0;
  const last = bytes.length - needle.length;
  for (let i = bytes.indexOf(first); i !== -1 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}
