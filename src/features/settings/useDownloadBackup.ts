import { useState } from 'react';
import { useExportData } from '../../data/mutations';
import { backupFileName, buildBackup, serialiseBackup } from '../../domain/backup';
import { downloadText } from '../../ui/download';

/** Exports the whole data set as one dated backup file; remembers the file name for the status line. */
export function useDownloadBackup() {
  const exportData = useExportData();
  const [fileName, setFileName] = useState<string | null>(null);
  const download = () =>
    exportData.mutate(undefined, {
      onSuccess: (data) => {
        const now = new Date();
        const name = backupFileName(now);
        downloadText(name, serialiseBackup(buildBackup(data, now)));
        setFileName(name);
      },
    });
  return { download, fileName, pending: exportData.isPending, error: exportData.error };
}
