import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createQueryClient } from '../../src/app/queryClient';
import { useAppendProgress, useWithdrawProgress } from '../../src/data/measureMutations';
import { useReplaceData } from '../../src/data/mutations';
import { DEFAULT_PREFERENCES } from '../../src/data/preferences';
import { queryKeys } from '../../src/data/queryKeys';
import { useLatestProgressOfAssessments, useMeasuresOfAssessments, useYearProgress } from '../../src/data/queries';
import { SessionProvider } from '../../src/data/sessionContext';
import { StoreProvider } from '../../src/data/storeContext';
import type { Store } from '../../src/data/store';
import { StoreError } from '../../src/data/storeError';
import { PLANNER, progress } from '../contract/storeContract';
import { seedData, seedStore } from '../support/seed';

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

/** The seed with a second year, 2564, holding one measure with one update. */
async function twoYearStore() {
  const data = seedData();
  const [asm] = data.assessments;
  const [measure] = data.measures;
  if (!asm || !measure) throw new Error('seed without an assessment or a measure');
  data.assessments.push({ ...asm, id: 'asm-2564', fiscalYear: 2564 });
  data.measures.push({ ...measure, id: 'msr-old', assessmentId: 'asm-2564' });
  data.progressUpdates.push({ id: 'upd-old', measureId: 'msr-old', date: '2022-03-01', status: 'in-progress', percent: 30, note: '', evidenceUrl: '', authorName: PLANNER.name, unitId: null, createdAt: '2022-03-01T03:00:00.000Z' });
  return seedStore(data, () => PLANNER);
}

describe("the year's updates", () => {
  it('are read again after an update is added, taken back, and after a restore', async () => {
    const store = await seedStore(seedData(), () => PLANNER);
    const queryClient = createQueryClient({ retry: false });
    const { result } = renderHook(
      () => ({ year: useYearProgress('asm-2565'), append: useAppendProgress('msr-plan-3'), withdraw: useWithdrawProgress('msr-plan-3'), replace: useReplaceData() }),
      { wrapper: wrapperFor(store, queryClient) },
    );
    await waitFor(() => expect(result.current.year.data).toEqual([]));

    const added = await act(() => result.current.append.mutateAsync({ input: progress({ date: '2023-02-01' }) }));
    await waitFor(() => expect(result.current.year.data?.map((u) => u.id)).toEqual([added.id]));

    await act(() => result.current.withdraw.mutateAsync(added.id));
    await waitFor(() => expect(result.current.year.data).toEqual([]));

    const restored = seedData();
    restored.progressUpdates.push({ ...added, id: 'upd-restored' });
    await act(() => result.current.replace.mutateAsync(restored));
    await waitFor(() => expect(result.current.year.data?.map((u) => u.id)).toEqual(['upd-restored']));
  });

  it('are not asked for without an assessment', async () => {
    const store = await seedStore();
    const listYearProgress = vi.spyOn(store, 'listYearProgress');
    const queryClient = createQueryClient({ retry: false });
    const { result } = renderHook(() => useYearProgress(undefined), { wrapper: wrapperFor(store, queryClient) });
    expect(result.current.fetchStatus).toBe('idle');
    expect(listYearProgress).not.toHaveBeenCalled();
  });
});

describe('measures and latest updates of several assessments', () => {
  it("are each year's lists concatenated, from the same cache as one year's, and refreshed after a write", async () => {
    const store = await twoYearStore();
    const queryClient = createQueryClient({ retry: false });
    const ids = ['asm-2565', 'asm-2564'];
    const { result } = renderHook(
      () => ({ measures: useMeasuresOfAssessments(ids), latest: useLatestProgressOfAssessments(ids), append: useAppendProgress('msr-plan-3') }),
      { wrapper: wrapperFor(store, queryClient) },
    );
    await waitFor(() => expect(result.current.measures.data).toHaveLength(10));
    expect(result.current.measures.data?.at(-1)?.id).toBe('msr-old');
    expect(queryClient.getQueryData(queryKeys.measures.list('asm-2564', false))).toEqual([expect.objectContaining({ id: 'msr-old' })]);
    await waitFor(() => expect(result.current.latest.data?.map((u) => u.id)).toEqual(['upd-old']));
    expect(result.current.latest.error).toBeNull();

    const added = await act(() => result.current.append.mutateAsync({ input: progress() }));
    await waitFor(() => expect(result.current.latest.data?.map((u) => u.id)).toEqual([added.id, 'upd-old']));
    expect(queryClient.getQueryData(queryKeys.progress.latest('asm-2565'))).toEqual([added]);
  });

  it('hold no data while one year fails, say why, and read again when asked', async () => {
    const store = await twoYearStore();
    const failure = new StoreError({ kind: 'network', reason: 'offline' }, 'ไม่มีการเชื่อมต่อ');
    const listMeasures = store.listMeasures.bind(store);
    let failing = true;
    const flaky: Store = {
      ...store,
      listMeasures: (id, options) => (failing && id === 'asm-2564' ? Promise.reject(failure) : listMeasures(id, options)),
    };
    const queryClient = createQueryClient({ retry: false });
    const { result } = renderHook(() => useMeasuresOfAssessments(['asm-2565', 'asm-2564']), { wrapper: wrapperFor(flaky, queryClient) });
    await waitFor(() => expect(result.current.error).toBe(failure));
    expect(result.current.data).toBeUndefined();
    failing = false;
    await act(() => result.current.refetch());
    await waitFor(() => expect(result.current.data).toHaveLength(10));
    expect(result.current.error).toBeNull();
  });
});
