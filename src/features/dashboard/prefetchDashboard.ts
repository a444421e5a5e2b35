import type { QueryClient } from '@tanstack/react-query';
import {
  assessmentQuery,
  assessmentsQuery,
  findingsQuery,
  frameworksQuery,
  latestProgressQuery,
  measuresQuery,
  organisationQuery,
  settingsQuery,
  unitsQuery,
} from '../../data/queries';
import type { Store } from '../../data/store';
import { yearFromUrl } from '../../ui/yearFromUrl';

/** Whether a hash URL (`#/?year=2565`) opens the dashboard. */
export function opensDashboard(hash: string): boolean {
  const path = hash.replace(/^#/, '').split('?')[0];
  return path === '' || path === '/';
}

/**
 * Reads everything the dashboard's first screen shows into the query cache, all at once, before
 * the app first renders. Left to the screen, each record arrived on its own and each drew the
 * dashboard again, a blocking render apiece (React renders a store's news at once), and the year's
 * records waited for the list of years. A read that fails is read again by the screen's own
 * query, which shows the failure if it fails again.
 */
export async function prefetchDashboard(queryClient: QueryClient, store: Store, hash: string): Promise<void> {
  const [assessments] = await Promise.all([
    queryClient.fetchQuery(assessmentsQuery(store)).catch(() => null),
    queryClient.prefetchQuery(organisationQuery(store)),
    queryClient.prefetchQuery(frameworksQuery(store)),
    queryClient.prefetchQuery(settingsQuery(store)),
    queryClient.prefetchQuery(unitsQuery(store)),
  ]);
  if (!assessments) return;
  const params = new URLSearchParams(hash.split('?')[1] ?? '');
  const { year } = yearFromUrl(params.get('year'), assessments.map((a) => a.fiscalYear));
  if (year === undefined) return;
  const assessment = await queryClient.fetchQuery(assessmentQuery(store, year)).catch(() => null);
  if (!assessment) return;
  await Promise.all([
    queryClient.prefetchQuery(findingsQuery(store, assessment.id)),
    queryClient.prefetchQuery(measuresQuery(store, assessment.id, false)),
    queryClient.prefetchQuery(latestProgressQuery(store, assessment.id)),
  ]);
}
