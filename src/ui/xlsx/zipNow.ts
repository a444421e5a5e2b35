import { unzipSync, zipSync } from 'fflate';
import { MAX_PART_BYTES, MAX_UNPACKED_BYTES, UnpackedTooLarge } from './unpackLimits';

/*
 * Stand-ins for the Excel libraries' own zip calls, swapped in by vite.config.ts. fflate's
 * asynchronous zip() and unzip() move a part of 160 KB (zip) or 512 KB (unzip) and more into a
 * Worker started from a blob: URL, which the server's Content-Security-Policy (worker-src 'self')
 * refuses: a year of progress updates would fail to export. The synchronous calls take
 * milliseconds for the sheets this app reads and writes.
 */

/** write-excel-file's zipToArrayBuffer(files). */
export function zipNow(files: Record<string, Uint8Array>): Promise<ArrayBuffer> {
  return new Promise((resolve) => {
    const zip = zipSync(files);
    resolve(zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer);
  });
}

type PathFilter = (entry: { path: string }) => boolean;

/**
 * Throws UnpackedTooLarge when the parts the filter keeps would unpack past the limits. The sizes
 * are the archive's own directory entries, read without inflating anything; fflate inflates each
 * part into a buffer of its stated size, so a part cannot grow past what was checked here.
 */
export function checkUnpackedSize(input: Uint8Array, filter: PathFilter = () => true): void {
  let unpacked = 0;
  let largest = 0;
  unzipSync(input, {
    filter: (file) => {
      if (filter({ path: file.name })) {
        unpacked += file.originalSize;
        largest = Math.max(largest, file.originalSize);
      }
      return false;
    },
  });
  if (unpacked > MAX_UNPACKED_BYTES) throw new UnpackedTooLarge('total', unpacked);
  if (largest > MAX_PART_BYTES) throw new UnpackedTooLarge('part', largest);
}

/** read-excel-file's unzipFromArrayBuffer(input, { filter }), refusing a zip bomb before inflating it. */
export function unzipNow(input: ArrayBuffer, options: { filter?: PathFilter } = {}): Promise<Record<string, Uint8Array>> {
  return new Promise((resolve) => {
    const bytes = new Uint8Array(input);
    checkUnpackedSize(bytes, options.filter);
    const parts: Record<string, Uint8Array> = unzipSync(bytes, { filter: (file) => options.filter?.({ path: file.name }) ?? true });
    for (const [path, part] of Object.entries(parts)) if (WORKSHEET.test(path)) parts[path] = errorCellsAsText(part);
    resolve(parts);
  });
}

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const ERROR_TYPE = /\bt=(["'])e\1/;

/**
 * A formula's error (#DIV/0!, #N/A, #VALUE!, #REF!) as the text the cell shows. read-excel-file
 * reads an error cell (t="e") as empty, so a score of #DIV/0! reached the import as "no score";
 * marked as a formula's text result (t="str") it arrives as '#DIV/0!' and the row's refusal quotes it.
 */
export function errorCellsAsText(sheet: Uint8Array): Uint8Array {
  const xml = new TextDecoder().decode(sheet);
  if (!ERROR_TYPE.test(xml)) return sheet;
  return new TextEncoder().encode(xml.replace(/<c\b[^>]*>/g, (tag) => tag.replace(ERROR_TYPE, 't="str"')));
}
