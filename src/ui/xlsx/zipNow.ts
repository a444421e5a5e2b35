import { unzipSync, zipSync } from 'fflate';

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

/** read-excel-file's unzipFromArrayBuffer(input, { filter }). */
export function unzipNow(input: ArrayBuffer, options: { filter?: (entry: { path: string }) => boolean } = {}): Promise<Record<string, Uint8Array>> {
  return new Promise((resolve) => {
    resolve(unzipSync(new Uint8Array(input), { filter: (file) => options.filter?.({ path: file.name }) ?? true }));
  });
}
