import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { backupFileName, buildBackup, serialiseBackup } from '../domain/backup';
import { namedFiles } from './backupFiles';
import type { Store } from './store';
import { useStore } from './storeContext';

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
  // Loaded only for a backup with files: fflate's zip writer stays out of the first screen's code.
  const { writeBackupZip } = await import('./backupZip');
  const read = async (fileId: string) => (await store.readEvidence(fileId)).blob;
  const blob = await writeBackupZip({ json, files, read, onProgress });
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
