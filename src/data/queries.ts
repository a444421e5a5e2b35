import { queryOptions, useQuery } from '@tanstack/react-query';
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
