import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { BackupProblem, BackupSummary } from '../domain/backup';
import type { DataSet } from '../domain/schemas/dataSet';
import { readBackupFile, type BackupReading } from './adapters/backupReader/readBackupFile';
import { invalidate } from './changeFeed';
import type { ReplaceOptions } from './store';
import { useStore } from './storeContext';

/**
 * Sixteen times a large agency's ten years (32,000 measures, 320,000 updates) is some 240 MB; a
 * file far larger than that is not our backup, and would not fit in a browser tab's memory.
 */
export const MAX_BACKUP_BYTES = 400 * 1024 * 1024;

export type RestoreStep =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string }
  /** `reason` says which words the screen shows (src/ui/restoreRefusal.ts); 'invalid' comes with the reader's problem, its faults and codes. */
  | { step: 'refused'; fileName: string; reason: 'too-large' | 'unreadable' | 'invalid'; problem?: BackupProblem }
  | { step: 'preview'; fileName: string; summary: BackupSummary }
  | { step: 'done'; fileName: string }
  /** Called back while it was being written: the data is as it was. */
  | { step: 'cancelled'; fileName: string };

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
  const store = useStore();
  const queryClient = useQueryClient();
  // Kept once taken from the reader, so a restore that failed can be tried again.
  const taken = useRef<DataSet | null>(null);
  const calling = useRef<AbortController | null>(null);
  const [cancelling, setCancelling] = useState(false);
  // The data set is not the mutation's variable: the mutation cache would hold those hundreds of
  // megabytes for as long as it keeps the mutation, well after the restore.
  const replace = useMutation({
    mutationFn: () => {
      const data = taken.current;
      if (!data) return Promise.reject(new Error('no data set to restore'));
      calling.current = new AbortController();
      return store.replaceData(data, { ...options, onProgress, signal: calling.current.signal });
    },
    onSettled: () => invalidate(queryClient, { what: 'everything' }),
    gcTime: 0,
  });
  const [state, setState] = useState<RestoreStep>({ step: 'choose' });
  const [taking, setTaking] = useState<Error | null | 'pending'>(null);
  const pending = taking === 'pending' || replace.isPending;
  // Each choice has a number: a large file read after a smaller one chosen since must not put its
  // preview, and so its data, in place of the file the field now shows.
  const latest = useRef(0);
  const reading = useRef<BackupReading | null>(null);
  const letGo = () => {
    reading.current?.dispose();
    reading.current = null;
    taken.current = null;
  };
  // Leaving the screen stops a reading still under way, and no late outcome lands on it.
  useEffect(
    () => () => {
      latest.current += 1;
      letGo();
    },
    [],
  );

  const choose = async (chosen: File | undefined) => {
    // The store is being replaced: another file cannot be taken in its place half way through.
    if (replace.isPending) return;
    const choice = ++latest.current;
    letGo();
    replace.reset();
    setTaking(null);
    if (!chosen) return setState({ step: 'choose' });
    if (chosen.size > MAX_BACKUP_BYTES) return setState({ step: 'refused', fileName: chosen.name, reason: 'too-large' });
    setState({ step: 'reading', fileName: chosen.name });
    // Held before it is awaited, so a later choice or leaving the screen can stop it.
    const read = readBackupFile(chosen);
    reading.current = read;
    const outcome = await read.outcome;
    if (choice !== latest.current) return;
    setState(
      outcome.ok
        ? { step: 'preview', fileName: chosen.name, summary: outcome.summary }
        : outcome.unreadable
          ? { step: 'refused', fileName: chosen.name, reason: 'unreadable' }
          : { step: 'refused', fileName: chosen.name, reason: 'invalid', problem: outcome.problem },
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
    try {
      await replace.mutateAsync();
    } catch {
      setCancelling(false);
      // The mutation's error is what the screen shows, and the data stays for another try; unless
      // the person called it back, and the store stopped with nothing changed.
      if (calling.current?.signal.aborted) {
        letGo();
        replace.reset();
        setState({ step: 'cancelled', fileName });
      }
      return;
    }
    setCancelling(false);
    // Restored: the copy held for a retry would only keep hundreds of megabytes alive. 'done' is
    // this hook's own state, so the mutation is let go of too.
    letGo();
    replace.reset();
    setState({ step: 'done', fileName });
    onDone?.();
  };

  /**
   * While the store is being replaced, asks it to stop: the screen says 'cancelled' only once the
   * store has stopped with nothing changed, and 'done' if it finished regardless (one upload).
   */
  const cancel = () => {
    if (replace.isPending) {
      calling.current?.abort();
      setCancelling(true);
      return;
    }
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
    /** Asked to stop the writing, not yet stopped. */
    cancelling: pending && cancelling,
    error: replace.error ?? (taking instanceof Error ? taking : null),
    /** While pending: how far the writing is (for a <progress>), and the same told once a tenth (for the status). */
    progress: pending ? progress : null,
    announced: pending ? announced : null,
  };
}
