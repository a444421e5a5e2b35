import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { BackupProblem, BackupSummary } from '../domain/backup';
import type { FilesSummary } from './backupFiles';
import type { ZipRefused } from '../domain/backup/zipRefusal';
import { MAX_BACKUP_BYTES, readBackupFile, type BackupContents, type BackupReading } from './adapters/backupReader/readBackupFile';
import { invalidate } from './changeFeed';
import type { ReplaceOptions } from './store';
import { useStore } from './storeContext';

export { MAX_BACKUP_BYTES };
export type { FileFault } from './adapters/backupReader/readBackupFile';
/** A zip refused for its own sake (a zip too large is refused as any file too large is). */
export type { ZipRefused };
export type { FilesSummary } from './backupFiles';

// A zip of 4 GB or more needs Zip64, which the backup never writes: such a file is not ours.
const MAX_ZIP_BYTES = 0xffff_ffff;
const looksLikeZip = (file: File) => /\.zip$/i.test(file.name);

export type RestoreStep =
  | { step: 'choose' }
  /** `checked`: how many of a zip's files have been checked against their SHA-256, once it says. */
  | { step: 'reading'; fileName: string; checked?: RestoreProgress }
  /**
   * `reason` says which words the screen shows (src/ui/restoreRefusal.ts); 'invalid' comes with the
   * reader's problem, its faults and codes; 'zip' with what is wrong with the zip or the files it carries.
   */
  | { step: 'refused'; fileName: string; reason: 'too-large' | 'unreadable' | 'invalid' | 'zip'; problem?: BackupProblem; zip?: ZipRefused }
  /** `files`: how many evidence files the backup carries and their bytes (none for a JSON backup). */
  | { step: 'preview'; fileName: string; summary: BackupSummary; files: FilesSummary }
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
  const taken = useRef<BackupContents | null>(null);
  const calling = useRef<AbortController | null>(null);
  const [cancelling, setCancelling] = useState(false);
  // The data set is not the mutation's variable: the mutation cache would hold those hundreds of
  // megabytes for as long as it keeps the mutation, well after the restore.
  const replace = useMutation({
    mutationFn: () => {
      const contents = taken.current;
      if (!contents) return Promise.reject(new Error('no data set to restore'));
      calling.current = new AbortController();
      // A backup without files restores as it always has: no empty map for a store to look at.
      const files = contents.files.size > 0 ? { files: contents.files } : {};
      return store.replaceData(contents.data, { ...options, ...files, onProgress, signal: calling.current.signal });
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
    // A JSON file too large is refused unread; a zip carries files beside its JSON, which the reader measures.
    if (chosen.size > (looksLikeZip(chosen) ? MAX_ZIP_BYTES : MAX_BACKUP_BYTES)) return setState({ step: 'refused', fileName: chosen.name, reason: 'too-large' });
    setState({ step: 'reading', fileName: chosen.name });
    // Held before it is awaited, so a later choice or leaving the screen can stop it.
    const read = readBackupFile(chosen, (done, total) => {
      if (choice === latest.current) setState({ step: 'reading', fileName: chosen.name, checked: { done, total } });
    });
    reading.current = read;
    const outcome = await read.outcome;
    if (choice !== latest.current) return;
    const fileName = chosen.name;
    if (outcome.ok) return setState({ step: 'preview', fileName, summary: outcome.summary, files: outcome.files ?? { count: 0, bytes: 0 } });
    if (outcome.unreadable) return setState({ step: 'refused', fileName, reason: 'unreadable' });
    if ('problem' in outcome) return setState({ step: 'refused', fileName, reason: 'invalid', problem: outcome.problem });
    const { zip } = outcome;
    setState(zip.code === 'too-large' ? { step: 'refused', fileName, reason: 'too-large' } : { step: 'refused', fileName, reason: 'zip', zip });
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
    let contents = taken.current;
    try {
      contents ??= await read.data();
    } catch (error) {
      if (choice === latest.current) setTaking(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (choice !== latest.current) return;
    taken.current = contents;
    setTaking(null);
    try {
      await replace.mutateAsync();
    } catch {
      // The screen has gone meanwhile (the first run gives way to the dashboard): nothing to say.
      if (choice !== latest.current) return;
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
    if (choice !== latest.current) return;
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
