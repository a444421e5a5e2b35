import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createQueryClient } from '../../src/app/queryClient';
import { DEFAULT_PREFERENCES } from '../../src/data/preferences';
import { useRestoreBackup } from '../../src/data/restoreBackup';
import { SessionProvider } from '../../src/data/sessionContext';
import type { Store } from '../../src/data/store';
import { StoreProvider } from '../../src/data/storeContext';

const session = { preferences: DEFAULT_PREFERENCES, source: 'browser' as const, server: null, notices: [], seed: null, savePreferences: () => true };

/** The restore hook as the Settings screen holds it, over `store` in browser storage. */
export function renderRestore(store: Store, queryClient: QueryClient = createQueryClient()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SessionProvider session={session}>
      <StoreProvider store={store}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </StoreProvider>
    </SessionProvider>
  );
  return renderHook(() => useRestoreBackup(), { wrapper });
}
