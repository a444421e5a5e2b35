import { useState } from 'react';
import { useMakeBackup } from '../../data/backupDownload';
import { downloadBlob } from '../../ui/download';

/**
 * Saves the whole data set as one dated backup file (a zip when updates carry files); remembers
 * the file's name and what it carries for the status line.
 */
export function useDownloadBackup() {
  const { make, progress } = useMakeBackup();
  const [saved, setSaved] = useState<{ fileName: string; files: number; fileBytes: number } | null>(null);
  const download = () =>
    make.mutate(undefined, {
      onSuccess: ({ name, blob, files, fileBytes }) => {
        downloadBlob(name, blob);
        setSaved({ fileName: name, files, fileBytes });
      },
    });
  return { download, saved, progress, pending: make.isPending, error: make.error };
}
