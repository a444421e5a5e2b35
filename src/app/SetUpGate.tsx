import { lazy, Suspense, type ReactNode } from 'react';
import { useAssessments } from '../data/queries';
import { LoadingState } from '../ui/LoadingState';

// Only an empty data set ever needs it, so nobody else downloads it.
const FirstRunPage = lazy(() => import('../features/firstRun/FirstRunPage').then((m) => ({ default: m.FirstRunPage })));

/**
 * Stands in for a screen that needs a year's result while the data set holds none: the
 * dashboard's place goes to the first run, other screens point to it. An empty data set is
 * where every agency starts, not an error. While the list is read, or if it cannot be, the
 * screen itself says so as it always has.
 */
export function SetUpGate({ firstRun = false, children }: { firstRun?: boolean; children: ReactNode }) {
  const assessments = useAssessments();
  if (assessments.data?.length !== 0) return children;
  return (
    <Suspense fallback={<LoadingState />}>
      <FirstRunPage pointer={!firstRun} />
    </Suspense>
  );
}
