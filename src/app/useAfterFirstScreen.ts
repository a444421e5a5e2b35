import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

// A screen that keeps fetching still gets the work done, this long after the app starts.
const LATEST_MS = 5_000;

/**
 * True once the first screen has its data and the page is idle: for work the first screen does
 * not need (checking every stored record for damage), which must not slow it down.
 */
export function useAfterFirstScreen(): boolean {
  const queryClient = useQueryClient();
  const fetching = useIsFetching() > 0;
  // The screen's code may still be loading when nothing is fetching yet: settled means its
  // fetches have started and all come back, or were read before the app first rendered (the
  // dashboard's are, see prefetchDashboard), when no fetch need ever start.
  const [fetched, setFetched] = useState(() => queryClient.getQueryCache().getAll().some((q) => q.state.dataUpdatedAt > 0));
  if (fetching && !fetched) setFetched(true);
  const settled = fetched && !fetching;
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), LATEST_MS);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    if (!settled || ready) return;
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setReady(true), 100);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(() => setReady(true), { timeout: 1_000 });
    return () => cancelIdleCallback(handle);
  }, [settled, ready]);
  return ready;
}
