import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { Measure, ProgressUpdate } from '../domain/schemas/measure';
import type { MeasureChanges, MeasureInput, ProgressInput } from '../domain/schemas/measureInput';
import { invalidate } from './changeFeed';
import type { PreparedFile } from './files/prepareFile';
import { queryKeys } from './queryKeys';
import { useSessionActor } from './sessionContext';
import { useStore } from './storeContext';

type Snapshot = [readonly unknown[], unknown][];

/**
 * Changes every cached copy of a measure (its detail and the lists holding it) at once, and
 * returns how to put them all back if the store refuses.
 */
function patchCachedMeasure(queryClient: QueryClient, id: string, patch: (m: Measure) => Measure): () => void {
  const snapshot: Snapshot = [
    ...queryClient.getQueriesData<Measure[]>({ queryKey: queryKeys.measures.lists() }),
    [queryKeys.measures.detail(id), queryClient.getQueryData(queryKeys.measures.detail(id))],
  ];
  queryClient.setQueriesData<Measure[]>({ queryKey: queryKeys.measures.lists() }, (list) =>
    list?.map((m) => (m.id === id ? patch(m) : m)),
  );
  queryClient.setQueryData<Measure>(queryKeys.measures.detail(id), (m) => (m ? patch(m) : m));
  return () => snapshot.forEach(([key, data]) => queryClient.setQueryData(key, data));
}

interface MeasureEdit {
  id: string;
  expectedVersion: number;
  changes: MeasureChanges;
}

/** Ticks and edits show at once; a refusal (conflict, forbidden, storage) puts the old state back. */
export function useUpdateMeasure() {
  const store = useStore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, expectedVersion, changes }: MeasureEdit) => store.updateMeasure(id, expectedVersion, changes),
    onMutate: async ({ id, changes }) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.measures.all });
      // The timeframe is parsed by the store; until it answers, the list keeps the old one.
      const { steps, ...rest } = changes;
      const plain = Object.fromEntries(Object.entries(rest).filter(([key, v]) => key !== 'timeframe' && v !== undefined));
      return {
        rollback: patchCachedMeasure(queryClient, id, (m) => ({
          ...m,
          ...plain,
          ...(steps ? { steps: steps.map((s, i) => ({ id: s.id ?? `pending-${i}`, text: s.text, done: s.done })) } : {}),
        })),
      };
    },
    onError: (_e, _v, context) => context?.rollback(),
    onSettled: (_d, _e, { id }) => invalidate(queryClient, { what: 'measure', id }),
  });
}

export function useSetMeasureArchived() {
  const store = useStore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, expectedVersion, archived }: { id: string; expectedVersion: number; archived: boolean }) =>
      store.setMeasureArchived(id, expectedVersion, archived),
    onMutate: async ({ id, archived }) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.measures.all });
      return { rollback: patchCachedMeasure(queryClient, id, (m) => ({ ...m, archived })) };
    },
    onError: (_e, _v, context) => context?.rollback(),
    onSettled: (_d, _e, { id }) => invalidate(queryClient, { what: 'measure', id }),
  });
}

export function useCreateMeasure() {
  const store = useStore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MeasureInput) => store.createMeasure(input),
    onSuccess: (measure) => invalidate(queryClient, { what: 'measure', id: measure.id }),
  });
}

/** An update to save and the files prepared for it (prepareFile), in the order they are shown. */
export interface ProgressToSave {
  input: ProgressInput;
  files?: readonly PreparedFile[];
}

export interface UploadProgress {
  sent: number;
  total: number;
}

/**
 * The update appears at the top of the history at once, marked as not yet saved by its id. Its
 * files go with it in the same store call; `upload` says how much has gone (the HTTP store tells
 * as the bytes leave), and `cancel` stops the sending, after which the store keeps nothing.
 */
export function useAppendProgress(measureId: string) {
  const store = useStore();
  const queryClient = useQueryClient();
  const actor = useSessionActor();
  const key = queryKeys.progress.byMeasure(measureId);
  const [upload, setUpload] = useState<UploadProgress | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const sending = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationFn: ({ input, files = [] }: ProgressToSave) => {
      const controller = new AbortController();
      sending.current = controller;
      setCancelled(false);
      setUpload(null);
      const withFiles: ProgressInput = files.length > 0 ? { ...input, files: files.map((p) => p.file) } : input;
      return store
        .appendProgress(measureId, withFiles, {
          ...(files.length > 0 ? { files: files.map((p) => p.blob) } : {}),
          onProgress: (sent, total) => setUpload({ sent, total }),
          signal: controller.signal,
        })
        .finally(() => {
          if (sending.current === controller) sending.current = null;
          setUpload(null);
        });
    },
    onMutate: async ({ input, files = [] }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<ProgressUpdate[]>(key);
      const pending: ProgressUpdate = {
        ...input,
        ...(files.length > 0 ? { files: files.map((p) => p.file) } : {}),
        id: `pending-${Date.now()}`,
        measureId,
        authorName: actor.name,
        unitId: actor.unitId,
        createdAt: new Date().toISOString(),
      };
      if (previous) queryClient.setQueryData<ProgressUpdate[]>(key, [pending, ...previous]);
      return { pendingId: pending.id, rollback: () => queryClient.setQueryData(key, previous) };
    },
    onError: (_e, _v, context) => context?.rollback(),
    // The stored update takes the pending one's place at once, so an undo pressed before the
    // refresh below comes back finds it by its real id.
    onSuccess: (update, _v, context) =>
      queryClient.setQueryData<ProgressUpdate[]>(key, (list) => list?.map((u) => (u.id === context.pendingId ? update : u))),
    // Not awaited: the update is saved once the store says so, and the screen says it then;
    // refreshing the lists that show it (through a server, a while) follows on its own.
    onSettled: (_d, _e, { files = [] }) => {
      void invalidate(queryClient, { what: 'progress', measureId });
      if (files.length > 0) void queryClient.invalidateQueries({ queryKey: queryKeys.evidence.usage() });
    },
  });
  const cancel = useCallback(() => {
    if (!sending.current) return;
    setCancelled(true);
    sending.current.abort();
  }, []);
  return { ...mutation, upload, cancel, cancelled };
}

/** Undo of a just-saved update: it leaves the history at once, and comes back if refused. */
export function useWithdrawProgress(measureId: string) {
  const store = useStore();
  const queryClient = useQueryClient();
  const key = queryKeys.progress.byMeasure(measureId);
  return useMutation({
    mutationFn: (updateId: string) => store.withdrawProgress(updateId),
    onMutate: async (updateId) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<ProgressUpdate[]>(key);
      if (previous) queryClient.setQueryData<ProgressUpdate[]>(key, previous.filter((u) => u.id !== updateId));
      return { rollback: () => queryClient.setQueryData(key, previous) };
    },
    onError: (_e, _v, context) => context?.rollback(),
    onSettled: () => {
      void invalidate(queryClient, { what: 'progress', measureId });
      void queryClient.invalidateQueries({ queryKey: queryKeys.evidence.usage() });
    },
  });
}
