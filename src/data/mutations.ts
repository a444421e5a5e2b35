import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Assessment } from '../domain/schemas/assessment';
import type { DataSet } from '../domain/schemas/dataSet';
import type { Finding } from '../domain/schemas/finding';
import type { MeasureInput } from '../domain/schemas/measureInput';
import type { Framework } from '../domain/schemas/framework';
import type { Settings } from '../domain/schemas/settings';
import { invalidate, type Change } from './changeFeed';
import { queryKeys } from './queryKeys';
import type { ReplaceOptions } from './store';
import { useStore } from './storeContext';
import { useUploadControl } from './uploadControl';

/**
 * Shows the change at once, puts the old value back if the store refuses, and reads the truth
 * again either way. The caller shows the error; its form keeps what the person typed.
 */
function optimistic<T>(queryClient: QueryClient, queryKey: readonly unknown[], next: (old: T) => T) {
  return async () => {
    await queryClient.cancelQueries({ queryKey });
    const previous = queryClient.getQueryData<T>(queryKey);
    if (previous !== undefined) queryClient.setQueryData<T>(queryKey, next(previous));
    return { rollback: () => queryClient.setQueryData<T>(queryKey, previous) };
  };
}

export function useUpdateSettings() {
  const store = useStore();
  const queryClient = useQueryClient();
  const change: Change = { what: 'settings' };
  return useMutation({
    mutationFn: (changes: Partial<Settings>) => store.updateSettings(changes),
    onMutate: (changes) => optimistic<Settings>(queryClient, queryKeys.settings, (old) => ({ ...old, ...changes }))(),
    onError: (_error, _changes, context) => context?.rollback(),
    onSettled: () => invalidate(queryClient, change),
  });
}

/** A whole assessment, as the planning officer saved it; the screens showing it read it again. */
export function useSaveAssessment() {
  const store = useStore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (assessment: Assessment) => store.saveAssessment(assessment),
    onSettled: () => invalidate(queryClient, { what: 'agency' }),
  });
}

/** A year's framework as the planning officer changed it; the store checks it against the year's records. */
export function useSaveFramework() {
  const store = useStore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (framework: Framework) => store.saveFramework(framework),
    onSettled: () => invalidate(queryClient, { what: 'agency' }),
  });
}

/**
 * A new fiscal year: its framework first when it needs one, then its empty assessment. Should
 * the second write fail, the framework stays, and trying again finds it and goes on.
 */
export function useStartYear() {
  const store = useStore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ assessment, framework }: { assessment: Assessment; framework: Framework | null }) => {
      if (framework) await store.saveFramework(framework);
      return store.saveAssessment(assessment);
    },
    onSettled: () => invalidate(queryClient, { what: 'agency' }),
  });
}

/**
 * A finding as the planning officer saves it: `finding.files` lists every file it keeps after
 * the save, `upload.files` the bytes of the new ones in the order they stand there (Store.saveFinding).
 */
export interface FindingToSave {
  finding: Finding;
  upload?: { files: readonly Blob[] };
}

/**
 * A finding the planning officer wrote from a weak indicator or a zero-scored O-item, new or with
 * files added or taken out. With files, `upload` says how much has gone and `cancel` stops it;
 * a refusal or a cancel keeps nothing, and the form keeps what was typed and chosen.
 */
export function useSaveFinding() {
  const store = useStore();
  const queryClient = useQueryClient();
  const { begin, cancel, upload, cancelled } = useUploadControl();
  const mutation = useMutation({
    mutationFn: ({ finding, upload: sent }: FindingToSave) => {
      if (!sent || sent.files.length === 0) return store.saveFinding(finding);
      const { options, end } = begin();
      return store.saveFinding(finding, { files: sent.files, ...options }).finally(end);
    },
    onSettled: (_d, _e, { upload: sent, finding }) => {
      // Files taken out free space as new ones take it.
      if (sent || finding.files) void queryClient.invalidateQueries({ queryKey: queryKeys.evidence.usage() });
      return invalidate(queryClient, { what: 'agency' });
    },
  });
  return { ...mutation, upload, cancel, cancelled };
}

/**
 * Unfinished measures carried into a new year, one after another: each is its own record, so a
 * refusal stops there and says which went through before it.
 */
export class CarryOverError extends Error {
  constructor(
    readonly title: string,
    readonly carried: number,
    cause: unknown,
  ) {
    // The store's refusal rides as the cause, its detail intact, for the screen to word.
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'CarryOverError';
  }
}

export function useCarryOver() {
  const store = useStore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (inputs: MeasureInput[]) => {
      let carried = 0;
      for (const input of inputs) {
        try {
          await store.createMeasure(input);
        } catch (error) {
          throw new CarryOverError(input.title, carried, error);
        }
        carried += 1;
      }
      return carried;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.measures.all }),
  });
}

/**
 * Restore from a backup or reset to the seed: every query reads again afterwards. The first run's
 * passes `onlyIfEmpty`: refused if the data set was set up meanwhile (another tab, another person).
 */
export function useReplaceData(options?: ReplaceOptions) {
  const store = useStore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (data: DataSet) => store.replaceData(data, options),
    onSettled: () => invalidate(queryClient, { what: 'everything' }),
  });
}

export function useExportData() {
  const store = useStore();
  return useMutation({ mutationFn: () => store.exportData() });
}
