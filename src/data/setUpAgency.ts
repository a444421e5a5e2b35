import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Assessment } from '../domain/schemas/assessment';
import type { Framework } from '../domain/schemas/framework';
import type { Organisation, Unit } from '../domain/schemas/organisation';
import { invalidate } from './changeFeed';
import { organisationQuery } from './queries';
import { isStoreError } from './storeError';
import { useStore } from './storeContext';

export interface AgencySetUp {
  organisation: Organisation;
  units: Unit[];
  /** The year's framework when the store does not hold one yet. */
  framework: Framework | null;
  assessment: Assessment;
}

/**
 * An agency's first records, written one by one: the assessment last, since an assessment is
 * what ends the first run, so a failure part-way leaves the person on the form with what they
 * typed. Every record carries the id it was given before the first try, so trying again writes
 * the same records again rather than a second copy of each unit.
 */
export function useSetUpAgency() {
  const store = useStore();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ organisation, units, framework, assessment }: AgencySetUp) => {
      await store.saveOrganisation(organisation);
      for (const unit of units) await store.saveUnit(unit);
      if (framework) await store.saveFramework(framework);
      return store.saveAssessment(assessment);
    },
    onSettled: () => invalidate(queryClient, { what: 'agency' }),
  });
}

/** The agency, where a fresh server answers 404: asking again would only keep the first run waiting. */
export function useOrganisationIfAny() {
  return useQuery({ ...organisationQuery(useStore()), retry: (count, error) => !isStoreError(error, 'not-found') && count < 1 });
}
