import { useCallback } from 'react';
import type { BackupProblem } from '../domain/backup/problems';
import { useMessages } from '../i18n/featureMessages';
import { backupMessages } from './backupMessages';
import { wordBackupProblem } from './backupWords';

/** Why a chosen file will not be restored, as the restore hook (src/data/restoreBackup.ts) says it. */
export interface RestoreRefused {
  reason: 'too-large' | 'unreadable' | 'invalid';
  /** The reader's refusal, for an 'invalid' file. */
  problem?: Pick<BackupProblem, 'message' | 'words' | 'issues'>;
}

/**
 * The reason a restore was refused, in the reader's language, for every screen that restores a
 * backup: each names the file and frames it in its own words, the reason is the same everywhere.
 */
export function useRestoreRefusal(): (refused: RestoreRefused) => string {
  const { t, language } = useMessages(backupMessages);
  return useCallback(
    ({ reason, problem }: RestoreRefused) => {
      if (reason === 'too-large') return t('backup.tooLarge');
      if (reason === 'unreadable' || !problem) return t('backup.unreadable');
      return wordBackupProblem(problem, { say: t, thai: language === 'th' });
    },
    [t, language],
  );
}
