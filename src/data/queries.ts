import { queryOptions, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Measure, ProgressUpdate } from '../domain/schemas/measure';
import type { Store } from './store';
import { queryKeys } from './queryKeys';
import { useStore } from './storeContext';

export const organisationQuery = (store: Store) =>
  queryOptions({ queryKey: queryKeys.organisation, queryFn: () => store.getOrganisation() });

export const settingsQuery = (store: Store) =>
  queryOptions({ queryKey: queryKeys.settings, queryFn: () => store.getSettings() });

export const assessmentsQuery = (store: Store) =>
  queryOptions({ queryKey: queryKeys.assessments.list(), queryFn: () => store.listAssessments() });

export const assessmentQuery = (store: Store, fiscalYear: number) =>
  queryOptions({
    queryKey: queryKeys.assessments.detail(fiscalYear),
    queryFn: () => store.getAssessment(fiscalYear),
  });

export const findingsQuery = (store: Store, assessmentId: string) =>
  queryOptions({
    queryKey: queryKeys.findings.byAssessment(assessmentId),
    queryFn: () => store.listFindings(assessmentId),
  });

export const useOrganisation = () => useQuery(organisationQuery(useStore()));
export const useSettings = () => useQuery(settingsQuery(useStore()));
export const useAssessments = () => useQuery(assessmentsQuery(useStore()));
export const useAssessment = (fiscalYear: number) => useQuery(assessmentQuery(useStore(), fiscalYear));

export function useFindings(assessmentId: string | undefined) {
  const store = useStore();
  return useQuery({
    ...findingsQuery(store, assessmentId ?? ''),
    enabled: assessmentId !== undefined,
  });
}

export const problemsQuery = (store: Store) =>
  queryOptions({ queryKey: queryKeys.problems, queryFn: () => store.listProblems() });

/** Unreadable records found in storage; asked once the first screen is shown (see DataNotices). */
export const useProblems = (enabled = true) => useQuery({ ...problemsQuery(useStore()), enabled });

/** The frameworks the agency holds: the built-in ones, and any it wrote for a new year. */
export const frameworksQuery = (store: Store) =>
  queryOptions({ queryKey: queryKeys.frameworks, queryFn: () => store.listFrameworks() });
export const useFrameworks = () => useQuery(frameworksQuery(useStore()));

export const unitsQuery = (store: Store) => queryOptions({ queryKey: queryKeys.units, queryFn: () => store.listUnits() });
export const useUnits = () => useQuery(unitsQuery(useStore()));

export const measuresQuery = (store: Store, assessmentId: string, includeArchived = false) =>
  queryOptions({
    queryKey: queryKeys.measures.list(assessmentId, includeArchived),
    queryFn: () => store.listMeasures(assessmentId, { includeArchived }),
  });

export const measureQuery = (store: Store, id: string) =>
  queryOptions({ queryKey: queryKeys.measures.detail(id), queryFn: () => store.getMeasure(id) });

export const progressQuery = (store: Store, measureId: string) =>
  queryOptions({ queryKey: queryKeys.progress.byMeasure(measureId), queryFn: () => store.listProgress(measureId) });

export const useMeasures = (assessmentId: string, includeArchived = false) =>
  useQuery(measuresQuery(useStore(), assessmentId, includeArchived));
export const useMeasure = (id: string) => useQuery(measureQuery(useStore(), id));
export const useProgress = (measureId: string) => useQuery(progressQuery(useStore(), measureId));

/**
 * Reads again everything the screens show, for a screen nobody touches (the meeting screen):
 * the data it already has stays on screen until the new data arrives.
 */
export function useRefreshAll() {
  const queryClient = useQueryClient();
  // Stable, so a screen's refresh timer is not set up again on every render.
  return useCallback(() => queryClient.invalidateQueries(), [queryClient]);
}

/** Every update of each of the given measures, as one list once all have been read. */
export function useProgressOfMeasures(measureIds: readonly string[]) {
  const store = useStore();
  return useQueries({
    queries: measureIds.map((id) => progressQuery(store, id)),
    combine: (results) => ({
      data: results.every((r) => r.data) ? results.flatMap((r) => r.data ?? []) : undefined,
      error: results.find((r) => r.isError)?.error ?? null,
      refetch: () => Promise.all(results.map((r) => r.refetch())),
    }),
  });
}

/** Every update of the given measures, read when asked (an export) through the query cache. */
export function useReadProgress() {
  const store = useStore();
  const queryClient = useQueryClient();
  return async (measureIds: readonly string[]) =>
    (await Promise.all(measureIds.map((id) => queryClient.fetchQuery(progressQuery(store, id))))).flat();
}

export const latestProgressQuery = (store: Store, assessmentId: string) =>
  queryOptions({ queryKey: queryKeys.progress.latest(assessmentId), queryFn: () => store.listLatestProgress(assessmentId) });

export function useLatestProgress(assessmentId: string | undefined) {
  const store = useStore();
  return useQuery({ ...latestProgressQuery(store, assessmentId ?? ''), enabled: assessmentId !== undefined });
}

/** Every update of every measure of the assessment (archived ones too), newest first: the year's course. */
export const yearProgressQuery = (store: Store, assessmentId: string) =>
  queryOptions({ queryKey: queryKeys.progress.year(assessmentId), queryFn: () => store.listYearProgress(assessmentId) });

export function useYearProgress(assessmentId: string | undefined) {
  const store = useStore();
  return useQuery({ ...yearProgressQuery(store, assessmentId ?? ''), enabled: assessmentId !== undefined });
}

interface Combined<T> {
  /** Everything read, concatenated in the order of the ids; undefined until every one is. */
  data: T[] | undefined;
  error: unknown;
  refetch: () => Promise<unknown>;
}

function combined<T>(results: readonly { data: T[] | undefined; isError: boolean; error: unknown; refetch: () => Promise<unknown> }[]): Combined<T> {
  return {
    data: results.every((r) => r.data) ? results.flatMap((r) => r.data ?? []) : undefined,
    error: results.find((r) => r.isError)?.error ?? null,
    refetch: () => Promise.all(results.map((r) => r.refetch())),
  };
}

/** The (non-archived) measures of several assessments, through the same cache as each one's list. */
export function useMeasuresOfAssessments(ids: readonly string[]): Combined<Measure> {
  const store = useStore();
  return useQueries({ queries: ids.map((id) => measuresQuery(store, id)), combine: combined });
}

/** The newest update of each measure of several assessments, through the same cache as each one's. */
export function useLatestProgressOfAssessments(ids: readonly string[]): Combined<ProgressUpdate> {
  const store = useStore();
  return useQueries({ queries: ids.map((id) => latestProgressQuery(store, id)), combine: combined });
}

export function useMeasuresOf(assessmentId: string | undefined, includeArchived: boolean) {
  const store = useStore();
  return useQuery({ ...measuresQuery(store, assessmentId ?? '', includeArchived), enabled: assessmentId !== undefined });
}

export const auditQuery = (store: Store, measureId: string) =>
  queryOptions({ queryKey: queryKeys.audit.byMeasure(measureId), queryFn: () => store.listAudit(measureId) });
export const useAudit = (measureId: string) => useQuery(auditQuery(useStore(), measureId));
