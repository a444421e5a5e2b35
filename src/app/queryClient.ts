import { QueryClient, type DefaultOptions } from '@tanstack/react-query';

/**
 * The defaults suit data kept in this browser (IndexedDB, or the mocked API's own database):
 * nothing changes it behind our back, since this tab's writes invalidate what they change and
 * another tab's arrive through the change feed (data/changeFeed.ts), so it never goes stale. On
 * the agency's server other people change it: startOnServer passes a finite staleTime and
 * refetches when the tab comes back into view.
 */
export function createQueryClient(queries: DefaultOptions['queries'] = {}): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: Infinity, retry: 1, refetchOnWindowFocus: false, ...queries } },
  });
}
