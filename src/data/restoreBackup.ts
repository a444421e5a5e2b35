import { useEffect, useRef, useState } from 'react';
import type { BackupSummary } from '../domain/backup';
import type { DataSet } from '../domain/schemas/dataSet';
import { readBackupFile, type ReadBackupFile } from './adapters/backupReader/readBackupFile';
import { useReplaceData } from './mutations';
import type { ReplaceOptions } from './store';

/**
 * Sixteen times a large agency's ten years (32,000 measures, 320,000 updates) is some 240 MB; a
 * file far larger than that is not our backup, and would not fit in a browser tab's memory.
 */
export const MAX_BACKUP_BYTES = 400 * 1024 * 1024;

export type RestoreStep =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string }
  /** `reason` says which words the screen shows; 'invalid' comes with the reader's own Thai message. */
  | { step: 'refused'; fileName: string; reason: 'too-large' | 'unreadable' | 'invalid'; message: string }
  | { step: 'preview'; fileName: string; summary: BackupSummary }
  | { step: 'done'; fileName: string };

/** How far a restore has got: records written of all, or null while it cannot say (checking, or one upload). */
export interface RestoreProgress {
  done: number;
  total: number;
}

// The status is read aloud: once per tenth of the way, not at every batch written.
const ANNOUNCE_STEPS = 10;

/**
 * Read, show, confirm, for any screen that restores a backup: nothing in the store changes until
 * the person has seen what the file holds and said yes, and a file that is not a good backup is
 * refused with the reason. The file is read and checked in a worker (readBackupFile) and written
 * in batches, so a very large one never freezes the page; `progress` says how far the writing is.
 */
export function useRestoreBackup(options?: ReplaceOptions) {
  const [progress, setProgress] = useState<RestoreProgress | null>(null);
  const [announced, setAnnounced] = useState<RestoreProgress | null>(null);
  const step = useRef(-1);
  const onProgress = (done: number, total: number) => {
    setProgress({ done, total });
    const reached = total === 0 ? ANNOUNCE_STEPS : Math.floor((done / total) * ANNOUNCE_STEPS);
    if (reached !== step.current) {
      step.current = reached;
      setAnnounced({ done, total });
    }
  };
  const replace = useReplaceData({ ...options, onProgress });
  const [state, setState] = useState<RestoreStep>({ step: 'choose' });
  const [taking, setTaking] = useState<Error | null | 'pending'>(null);
  const pending = taking === 'pending' || replace.isPending;
  // Each choice has a number: a large file read after a smaller one chosen since must not put its
  // preview, and so its data, in place of the file the field now shows.
  const latest = useRef(0);
  const reading = useRef<ReadBackupFile | null>(null);
  // Kept once taken from the reader, so a restore that failed can be tried again.
  const taken = useRef<DataSet | null>(null);
  const letGo = () => {
    reading.current?.dispose();
    reading.current = null;
    taken.current = null;
  };
  useEffect(() => letGo, []);

  const choose = async (chosen: File | undefined) => {
    const choice = ++latest.current;
    letGo();
    replace.reset();
    setTaking(null);
    if (!chosen) return setState({ step: 'choose' });
    if (chosen.size > MAX_BACKUP_BYTES) return setState({ step: 'refused', fileName: chosen.name, reason: 'too-large', message: '' });
    setState({ step: 'reading', fileName: chosen.name });
    const read = await readBackupFile(chosen);
    if (choice !== latest.current) return read.dispose();
    reading.current = read;
    const { outcome } = read;
    setState(
      outcome.ok
        ? { step: 'preview', fileName: chosen.name, summary: outcome.summary }
        : outcome.unreadable
          ? { step: 'refused', fileName: chosen.name, reason: 'unreadable', message: '' }
          : { step: 'refused', fileName: chosen.name, reason: 'invalid', message: outcome.problem.message },
    );
  };

  const confirm = async (onDone?: () => void) => {
    const read = reading.current;
    if (state.step !== 'preview' || !read || pending) return;
    const { fileName } = state;
    const choice = latest.current;
    step.current = -1;
    setProgress(null);
    setAnnounced(null);
    setTaking('pending');
    let data = taken.current;
    try {
      data ??= await read.data();
    } catch (error) {
      if (choice === latest.current) setTaking(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (choice !== latest.current) return;
    taken.current = data;
    setTaking(null);
    replace.mutate(data, {
      onSuccess: () => {
        // Restored: the copy held for a retry would only keep hundreds of megabytes alive.
        letGo();
        setState({ step: 'done', fileName });
        onDone?.();
      },
    });
  };

  const cancel = () => {
    latest.current += 1;
    letGo();
    replace.reset();
    setTaking(null);
    setState({ step: 'choose' });
  };

  return {
    state,
    choose,
    confirm,
    cancel,
    pending,
    error: replace.error ?? (taking instanceof Error ? taking : null),
    /** While pending: how far the writing is (for a <progress>), and the same told once a tenth (for the status). */
    progress: pending ? progress : null,
    announced: pending ? announced : null,
  };
}
