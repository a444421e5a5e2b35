import type { QueryClient} from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createQueryClient } from '../../src/app/queryClient';
import { useAppendProgress, useSetMeasureArchived, useUpdateMeasure } from '../../src/data/measureMutations';
import { useUpdateSettings } from '../../src/data/mutations';
import { DEFAULT_PREFERENCES } from '../../src/data/preferences';
import { useMeasure, useMeasures, useProgress, useSettings } from '../../src/data/queries';
import { SessionProvider } from '../../src/data/sessionContext';
import { StoreProvider } from '../../src/data/storeContext';
import type { Store } from '../../src/data/store';
import { StoreError } from '../../src/data/storeError';
import { progress } from '../contract/storeContract';
import { seedStore } from '../support/seed';

function wrapperFor(store: Store, queryClient: QueryClient) {
  const session = { preferences: DEFAULT_PREFERENCES, source: 'browser' as const, server: null, notices: [], seed: null, savePreferences: () => true };
  return ({ children }: { children: ReactNode }) => (
    <SessionProvider session={session}>
      <StoreProvider store={store}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </StoreProvider>
    </SessionProvider>
  );
}

/** A store whose next write waits for the test to let it go, failing or not. */
function heldStore(store: Store) {
  // A decision given before the write arrives waits for it, so the test never races the hook.
  const decisions: boolean[] = [];
  const waiting: ((fail: boolean) => void)[] = [];
  const gate = () => {
    const decided = decisions.shift();
    return decided !== undefined ? Promise.resolve(decided) : new Promise<boolean>((resolve) => waiting.push(resolve));
  };
  const release = (fail: boolean) => {
    const waiter = waiting.shift();
    if (waiter) waiter(fail);
    else decisions.push(fail);
  };
  const hold =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (await gate()) throw new StoreError({ kind: 'network', reason: 'server', status: 503 }, 'เซิร์ฟเวอร์ขัดข้อง');
      return write(...args);
    };
  const held: Store = {
    ...store,
    updateSettings: hold(store.updateSettings),
    updateMeasure: hold(store.updateMeasure),
    setMeasureArchived: hold(store.setMeasureArchived),
    appendProgress: hold(store.appendProgress),
  };
  return { held, release };
}

describe('optimistic mutations', () => {
  it('show a settings change at once and put it back when the store refuses', async () => {
    const { held, release } = heldStore(await seedStore());
    const queryClient = createQueryClient({ retry: false });
    const { result } = renderHook(() => ({ settings: useSettings(), update: useUpdateSettings() }), { wrapper: wrapperFor(held, queryClient) });
    await waitFor(() => expect(result.current.settings.data?.improvementMark).toBe(90));
    act(() => result.current.update.mutate({ improvementMark: 80 }));
    await waitFor(() => expect(result.current.settings.data?.improvementMark).toBe(80));
    act(() => release(true));
    await waitFor(() => expect(result.current.update.isError).toBe(true));
    expect(result.current.update.error?.message).toBe('เซิร์ฟเวอร์ขัดข้อง');
    await waitFor(() => expect(result.current.settings.data?.improvementMark).toBe(90));
  });

  it('tick a step in the list and the detail at once, and keep it when the store agrees', async () => {
    const { held, release } = heldStore(await seedStore());
    const queryClient = createQueryClient({ retry: false });
    const { result } = renderHook(
      () => ({ list: useMeasures('asm-2565'), one: useMeasure('msr-plan-1'), update: useUpdateMeasure() }),
      { wrapper: wrapperFor(held, queryClient) },
    );
    await waitFor(() => expect(result.current.one.data).toBeDefined());
    const measure = result.current.one.data;
    if (!measure) throw new Error('no measure');
    act(() =>
      result.current.update.mutate({ id: measure.id, expectedVersion: measure.version, changes: { steps: measure.steps.map((s) => ({ ...s, done: true })) } }),
    );
    await waitFor(() => expect(result.current.one.data?.steps.every((s) => s.done)).toBe(true));
    expect(result.current.list.data?.find((m) => m.id === measure.id)?.steps.every((s) => s.done)).toBe(true);
    act(() => release(false));
    await waitFor(() => expect(result.current.one.data?.version).toBe(measure.version + 1));
    expect(result.current.one.data?.steps.every((s) => s.done)).toBe(true);
  });

  it('put an archived measure back in the list when archiving fails', async () => {
    const { held, release } = heldStore(await seedStore());
    const queryClient = createQueryClient({ retry: false });
    const { result } = renderHook(() => ({ list: useMeasures('asm-2565'), archive: useSetMeasureArchived() }), {
      wrapper: wrapperFor(held, queryClient),
    });
    await waitFor(() => expect(result.current.list.data).toHaveLength(9));
    act(() => result.current.archive.mutate({ id: 'msr-plan-1', expectedVersion: 1, archived: true }));
    await waitFor(() => expect(result.current.list.data?.find((m) => m.id === 'msr-plan-1')?.archived).toBe(true));
    act(() => release(true));
    await waitFor(() => expect(result.current.archive.isError).toBe(true));
    expect(result.current.list.data?.find((m) => m.id === 'msr-plan-1')?.archived).toBe(false);
  });

  it('show a progress update at the top of the history at once, and remove it if refused', async () => {
    const { held, release } = heldStore(await seedStore());
    const queryClient = createQueryClient({ retry: false });
    const { result } = renderHook(() => ({ history: useProgress('msr-plan-1'), append: useAppendProgress('msr-plan-1') }), {
      wrapper: wrapperFor(held, queryClient),
    });
    await waitFor(() => expect(result.current.history.data).toEqual([]));
    act(() => result.current.append.mutate({ input: progress({ note: 'รอบแรก' }) }));
    await waitFor(() => expect(result.current.history.data?.map((u) => u.note)).toEqual(['รอบแรก']));
    expect(result.current.history.data?.[0]?.id).toMatch(/^pending-/);
    act(() => release(true));
    await waitFor(() => expect(result.current.history.data).toEqual([]));
    act(() => result.current.append.mutate({ input: progress({ note: 'รอบสอง' }) }));
    await waitFor(() => expect(result.current.history.data?.map((u) => u.note)).toEqual(['รอบสอง']));
    act(() => release(false));
    await waitFor(() => expect(result.current.history.data?.[0]?.id).not.toMatch(/^pending-/));
    expect(result.current.history.data?.map((u) => u.note)).toEqual(['รอบสอง']);
  });
});
