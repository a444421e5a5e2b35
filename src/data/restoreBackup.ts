import { useRef, useState } from 'react';
import { readBackup, type BackupFile, type BackupSummary } from '../domain/backup';
import { useReplaceData } from './mutations';
import type { ReplaceOptions } from './store';

/** A year of updates is a few megabytes; a file hundreds of times that is not our backup. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export type RestoreStep =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string }
  /** `reason` says which words the screen shows; 'invalid' comes with the reader's own Thai message. */
  | { step: 'refused'; fileName: string; reason: 'too-large' | 'unreadable' | 'invalid'; message: string }
  | { step: 'preview'; fileName: string; file: BackupFile; summary: BackupSummary }
  | { step: 'done'; fileName: string };

/**
 * Read, show, confirm, for any screen that restores a backup: nothing in the store changes until
 * the person has seen what the file holds and said yes, and a file that is not a good backup is
 * refused with the reason. The screen keeps its own words; the steps are the same everywhere.
 */
export function useRestoreBackup(options?: ReplaceOptions) {
  const replace = useReplaceData(options);
  const [state, setState] = useState<RestoreStep>({ step: 'choose' });
  // Each choice has a number: a large file read after a smaller one chosen since must not put its
  // preview, and so its data, in place of the file the field now shows.
  const latest = useRef(0);

  const choose = async (chosen: File | undefined) => {
    const choice = ++latest.current;
    replace.reset();
    if (!chosen) return setState({ step: 'choose' });
    if (chosen.size > MAX_BACKUP_BYTES) return setState({ step: 'refused', fileName: chosen.name, reason: 'too-large', message: '' });
    setState({ step: 'reading', fileName: chosen.name });
    let text: string;
    try {
      text = await chosen.text();
    } catch {
      if (choice === latest.current) setState({ step: 'refused', fileName: chosen.name, reason: 'unreadable', message: '' });
      return;
    }
    if (choice !== latest.current) return;
    const read = readBackup(text);
    setState(
      read.ok
        ? { step: 'preview', fileName: chosen.name, file: read.file, summary: read.summary }
        : { step: 'refused', fileName: chosen.name, reason: 'invalid', message: read.problem.message },
    );
  };

  const confirm = (onDone?: () => void) => {
    if (state.step !== 'preview') return;
    const { fileName, file } = state;
    replace.mutate(file.data, {
      onSuccess: () => {
        setState({ step: 'done', fileName });
        onDone?.();
      },
    });
  };

  const cancel = () => {
    replace.reset();
    setState({ step: 'choose' });
  };

  return { state, choose, confirm, cancel, pending: replace.isPending, error: replace.error };
}
