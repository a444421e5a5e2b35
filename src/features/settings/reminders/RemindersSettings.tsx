import { lazy, Suspense } from 'react';
import { LoadingState } from '../../../ui/LoadingState';

// Its own chunk: only the planning officer on the agency's server ever downloads it.
const RemindersSection = lazy(() => import('./RemindersSection'));

/** The reminders section, fetched when settings show it. */
export function RemindersSettings() {
  return (
    <Suspense fallback={<LoadingState />}>
      <RemindersSection />
    </Suspense>
  );
}
