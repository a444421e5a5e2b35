import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { assessmentsQuery } from '../data/queries';
import { useStore } from '../data/storeContext';
import { LoadingState } from '../ui/LoadingState';

// Only an empty data set ever needs it, so nobody else downloads it.
const FirstRunPage = lazy(() => import('../features/firstRun/FirstRunPage').then((m) => ({ default: m.FirstRunPage })));

// Someone waiting for the planning officer (or a screen left open) sees the data arrive by itself.
const ASK_AGAIN_MS = 60_000;

/**
 * Stands in for a screen that needs a year's result while the data set holds none: the
 * dashboard's place goes to the first run, other screens point to it. An empty data set is
 * where every agency starts, not an error. A list that cannot be read is the screen's to say,
 * with its retry, as it always has.
 */
export function SetUpGate({ firstRun = false, children }: { firstRun?: boolean; children: ReactNode }) {
  const assessments = useQuery({ ...assessmentsQuery(useStore()), refetchInterval: (query) => (query.state.data?.length === 0 ? ASK_AGAIN_MS : false) });
  const empty = assessments.data?.length === 0;
  // The first run done, its screen goes and the focus with it: the screen that takes its place
  // gets it, as a person using the keyboard or a screen reader would otherwise start at the top.
  const wasEmpty = useRef(false);
  useEffect(() => {
    if (wasEmpty.current && !empty && (document.activeElement === document.body || document.activeElement === null)) {
      document.getElementById('main')?.focus();
    }
    wasEmpty.current = empty;
  }, [empty]);
  // Not the screen while the list is read: mounted beside the gate, it could draw its own red
  // "no assessment" for a frame before the gate's answer replaced it.
  if (assessments.isPending) return <LoadingState />;
  if (!empty) return children;
  return (
    <Suspense fallback={<LoadingState />}>
      <FirstRunPage pointer={!firstRun} />
    </Suspense>
  );
}
