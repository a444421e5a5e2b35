import { QueryClient, type DefaultOptions } from '@tanstack/react-query';

/**
 * Data lives in this browser for now, so nothing goes stale behind our back and a write
 * invalidates what it changes; the HTTP adapter (shared data) will want a finite staleTime.
 */
export function createQueryClient(queries: DefaultOptions['queries'] = {}): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: Infinity, retry: 1, refetchOnWindowFocus: false, ...queries } },
  });
}
