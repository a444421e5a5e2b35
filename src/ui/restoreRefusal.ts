import { useCallback } from 'react';
import type { BackupProblem } from '../domain/backup/problems';
import { useMessages } from '../i18n/featureMessages';
import { backupMessages } from './backupMessages';
import { wordBackupProblem } from './backupWords';

/** Why a chosen file will not be restored, as the restore hook (src/data/restoreBackup.ts) says it. */
export interface RestoreRefused<Zip = unknown> {
  reason: 'too-large' | 'unreadable' | 'invalid' | 'zip';
  /** The reader's refusal, for an 'invalid' file. */
  problem?: Pick<BackupProblem, 'message' | 'words' | 'issues'>;
  /** What is wrong with a zip or the evidence files it carries, for a 'zip' refusal. */
  zip?: Zip;
}

/**
 * The reason a restore was refused, in the reader's language, for every screen that restores a
 * backup: each names the file and frames it in its own words, the reason is the same everywhere.
 * A zip's refusal names an evidence file and its update: each screen words that from its own
 * catalog (`wordZip`), the data layer's type being out of this layer's reach.
 */
export function useRestoreRefusal<Zip>(wordZip: (zip: Zip) => string): (refused: RestoreRefused<Zip>) => string {
  const { t, language } = useMessages(backupMessages);
  return useCallback(
    ({ reason, problem, zip }: RestoreRefused<Zip>) => {
      if (reason === 'too-large') return t('backup.tooLarge');
      if (reason === 'zip' && zip !== undefined) return wordZip(zip);
      if (reason === 'unreadable' || !problem) return t('backup.unreadable');
      return wordBackupProblem(problem, { say: t, thai: language === 'th' });
    },
    [t, language, wordZip],
  );
}
