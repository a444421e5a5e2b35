import { useCallback } from 'react';
import type { BackupProblem } from '../domain/backup/problems';
import type { ZipRefused } from '../domain/backup/zipRefusal';
import { formatDay } from '../i18n/dates';
import { useMessages } from '../i18n/featureMessages';
import { backupMessages } from './backupMessages';
import { wordBackupProblem } from './backupWords';

/** Why a chosen file will not be restored, as the restore hook (src/data/restoreBackup.ts) says it. */
export interface RestoreRefused {
  reason: 'too-large' | 'unreadable' | 'invalid' | 'zip';
  /** The reader's refusal, for an 'invalid' file. */
  problem?: Pick<BackupProblem, 'message' | 'words' | 'issues'>;
  /** What is wrong with a zip or the evidence files it carries, for a 'zip' refusal. */
  zip?: ZipRefused;
}

/**
 * The reason a restore was refused, in the reader's language, for every screen that restores a
 * backup: each names the file and frames it in its own words, the reason is the same everywhere.
 * A zip's refusal names the evidence file missing or damaged, with its update's date and measure,
 * or its finding's title.
 */
export function useRestoreRefusal(): (refused: RestoreRefused) => string {
  const { t, language, locale } = useMessages(backupMessages);
  return useCallback(
    ({ reason, problem, zip }: RestoreRefused) => {
      if (reason === 'too-large') return t('backup.tooLarge');
      if (reason === 'zip' && zip !== undefined) {
        if (zip.code === 'damaged-zip') return t('backup.zipDamaged');
        if (zip.code === 'no-backup-json') return t('backup.zipNoData');
        const { first, more } = zip;
        const fault =
          first.findingTitle !== undefined
            ? t(first.fault === 'missing' ? 'backup.findingFileMissing' : 'backup.findingFileDamaged', { name: first.name, finding: first.findingTitle })
            : t(first.fault === 'missing' ? 'backup.fileMissing' : 'backup.fileDamaged', {
                name: first.name,
                date: formatDay(first.updateDate, locale),
                measure: first.measureTitle,
              });
        return more > 0 ? t('backup.filesMore', { fault, more }) : fault;
      }
      if (reason === 'unreadable' || !problem) return t('backup.unreadable');
      return wordBackupProblem(problem, { say: t, thai: language === 'th' });
    },
    [t, language, locale],
  );
}
