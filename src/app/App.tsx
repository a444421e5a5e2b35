import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { HashRouter } from 'react-router';
import { StoreProvider } from '../data/storeContext';
import type { Store } from '../data/store';
import { AppRoutes } from './routes';

/**
 * Hash URLs, because the app must run from plain static files: any web server, a shared drive
 * or an intranet folder serves /#/… without the rewrite rules that history URLs need.
 * Declarative routing rather than the data router: it is half the size, and our loaders are
 * query hooks anyway.
 */
export function App({ store, queryClient }: { store: Store; queryClient: QueryClient }) {
  return (
    <StoreProvider store={store}>
      <QueryClientProvider client={queryClient}>
        <HashRouter>
          <AppRoutes />
        </HashRouter>
      </QueryClientProvider>
    </StoreProvider>
  );
}
