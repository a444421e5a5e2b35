import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { backupFileName, buildBackup, serialiseBackup } from '../domain/backup';
import { namedFiles } from './backupFiles';
import type { Store } from './store';
import { useStore } from './storeContext';

// A zip's offsets are 32-bit: past 4 GB it needs Zip64, which fflate does not write. Each entry
// adds its headers (local, descriptor, central: under 200 bytes and its name twice) to the bytes.
const ZIP_LIMIT = 0xffff_ffff;
const zipBytes = (json: number, files: readonly { id: string; size: number }[]) =>
  files.reduce((sum, f) => sum + f.size + 200 + 2 * (6 + f.id.length * 3), json + 300);

/** Refused before any file is read: the data and its files would not fit in one zip. */
export class BackupTooLarge extends Error {
  constructor(readonly bytes: number) {
    super(`ข้อมูลและไฟล์หลักฐานรวมกันมีขนาด ${bytes} ไบต์ เกิน 4 GB ที่ไฟล์สำรองข้อมูลไฟล์เดียวรับได้`);
    this.name = 'BackupTooLarge';
  }
}

/** A backup ready to be saved: the JSON alone, or a zip when updates carry files. */
export interface MadeBackup {
  name: string;
  blob: Blob;
  /** Files carried, and their bytes (0 for a JSON backup). */
  files: number;
  fileBytes: number;
}

/**
 * One file either way: a backup with no evidence files is the JSON it has always been, so older
 * copies of the app restore it; with files it is a zip of the same JSON and the files' bytes.
 */
export async function makeBackup(store: Store, now: Date, onProgress?: (done: number, total: number) => void): Promise<MadeBackup> {
  const data = await store.exportData();
  const json = serialiseBackup(buildBackup(data, now));
  const name = backupFileName(now);
  const files = namedFiles(data).map(({ file }) => file);
  if (files.length === 0) return { name, blob: new Blob([json], { type: 'application/json;charset=utf-8' }), files: 0, fileBytes: 0 };
  const encoded = new TextEncoder().encode(json);
  const bytes = zipBytes(encoded.length, files);
  if (bytes > ZIP_LIMIT) throw new BackupTooLarge(bytes);
  // Loaded only for a backup with files: fflate's zip writer stays out of the first screen's code.
  const { writeBackupZip } = await import('./backupZip');
  const read = async (fileId: string) => (await store.readEvidence(fileId)).blob;
  const blob = await writeBackupZip({ json: encoded, files, read, onProgress });
  return { name: name.replace(/\.json$/, '.zip'), blob, files: files.length, fileBytes: files.reduce((sum, f) => sum + f.size, 0) };
}

/** Makes the backup file; `progress` says how many of its files have been read so far. */
export function useMakeBackup() {
  const store = useStore();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const make = useMutation({
    mutationFn: () => {
      setProgress(null);
      return makeBackup(store, new Date(), (done, total) => setProgress({ done, total }));
    },
    // The blob is handed to the browser and let go of: the mutation cache must not keep it.
    gcTime: 0,
  });
  return { make, progress: make.isPending ? progress : null };
}
