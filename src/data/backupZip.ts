import { Zip, ZipPassThrough } from 'fflate';
import type { EvidenceFile } from '../domain/evidence/schema';
import { BACKUP_JSON, fileEntry } from './backupFiles';

/** What goes into a backup zip: the data set's JSON, then each file the updates name. */
export interface ZipSource {
  /** The backup's JSON, as text or already encoded as UTF-8. */
  json: string | Uint8Array;
  files: readonly EvidenceFile[];
  /** The bytes of one file (store.readEvidence). */
  read: (fileId: string) => Promise<Blob>;
  /** Told after each file, so a backup of hundreds of photos shows it is getting on. */
  onProgress?: (done: number, total: number) => void;
}

// Chunks are folded into a Blob every few megabytes: a browser may keep a Blob on disk, an array
// of chunks it must keep in memory until the end.
const FOLD_BYTES = 8 * 1024 * 1024;

/**
 * The backup as one zip, every entry stored, not deflated: photos and PDFs are compressed
 * already, and a stored entry can be sliced straight out of the file on restore. fflate's
 * synchronous streaming Zip, not its async API, which starts blob: Workers the server's CSP
 * refuses. Files are read one at a time, so only one is held at once beside the output.
 */
export async function writeBackupZip({ json, files, read, onProgress }: ZipSource): Promise<Blob> {
  const folded: Blob[] = [];
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let failure: Error | null = null;
  let ended = false;
  const fold = () => {
    if (pending.length) folded.push(new Blob(pending as Uint8Array<ArrayBuffer>[]));
    pending = [];
    pendingBytes = 0;
  };
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes >= FOLD_BYTES || final) fold();
    if (final) ended = true;
  });
  const add = (name: string, bytes: Uint8Array) => {
    const entry = new ZipPassThrough(name);
    zip.add(entry);
    entry.push(bytes, true);
    if (failure) throw failure;
  };
  add(BACKUP_JSON, typeof json === 'string' ? new TextEncoder().encode(json) : json);
  for (const [index, file] of files.entries()) {
    const blob = await read(file.id);
    add(fileEntry(file.id), new Uint8Array(await blob.arrayBuffer()));
    onProgress?.(index + 1, files.length);
  }
  zip.end();
  if (failure) throw failure;
  if (!ended) throw new Error('the backup zip did not end');
  return new Blob(folded, { type: 'application/zip' });
}
