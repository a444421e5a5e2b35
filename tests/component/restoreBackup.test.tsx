import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createQueryClient } from '../../src/app/queryClient';
import { DEFAULT_PREFERENCES } from '../../src/data/preferences';
import { useRestoreBackup } from '../../src/data/restoreBackup';
import { SessionProvider } from '../../src/data/sessionContext';
import { StoreProvider } from '../../src/data/storeContext';
import { seedData, seedStore } from '../support/seed';

/** A file whose text arrives when the test says so: a large file read slowly. */
function slowFile(name: string, text: string) {
  let release: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (release = resolve));
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(file, 'text', { value: async () => (await ready, text) });
  return { file, release };
}

it('shows the file chosen last, even when an earlier, larger one finishes reading after it', async () => {
  const store = await seedStore();
  const session = { preferences: DEFAULT_PREFERENCES, source: 'browser' as const, server: null, notices: [], seed: null, savePreferences: () => true };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SessionProvider session={session}>
      <StoreProvider store={store}>
        <QueryClientProvider client={createQueryClient()}>{children}</QueryClientProvider>
      </StoreProvider>
    </SessionProvider>
  );
  const { result } = renderHook(() => useRestoreBackup(), { wrapper });
  const backup = JSON.stringify(await store.exportData());
  const large = slowFile('large.json', backup);
  const small = slowFile('small.json', JSON.stringify({ ...seedData(), organisation: { ...seedData().organisation, name: 'ไฟล์ที่เลือกทีหลัง' } }));
  let first: Promise<void> | undefined;
  let second: Promise<void> | undefined;
  act(() => {
    first = result.current.choose(large.file);
    second = result.current.choose(small.file);
  });
  await act(async () => {
    small.release();
    await second;
    large.release();
    await first;
  });
  await waitFor(() => expect(result.current.state.step).not.toBe('reading'));
  expect(result.current.state).toMatchObject({ fileName: 'small.json' });
});
