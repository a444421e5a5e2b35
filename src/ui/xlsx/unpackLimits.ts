// A year's scores unpack to well under a megabyte. Past these the file is a zip bomb or not a
// score file, and unpacking it on the page's thread would freeze the tab for minutes. Kept apart
// from zipNow.ts so the import screen can name them without loading the zip code.
export const MAX_PART_BYTES = 20 * 1024 * 1024;
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;

/** Thrown before anything is unpacked when the parts the reader wants would unpack too large. */
export class UnpackedTooLarge extends Error {
  /** `part`: one part alone passes MAX_PART_BYTES (bytes is that part's size); `total`: all of them pass MAX_UNPACKED_BYTES. */
  constructor(
    readonly over: 'part' | 'total',
    readonly bytes: number,
  ) {
    super(`The workbook unpacks to ${bytes} bytes (${over})`);
    this.name = 'UnpackedTooLarge';
  }
}
