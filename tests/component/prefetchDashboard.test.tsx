import { render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/app/App';
import { createQueryClient } from '../../src/app/queryClient';
import { queryKeys } from '../../src/data/queryKeys';
import type { Store } from '../../src/data/store';
import { opensDashboard, prefetchDashboard } from '../../src/features/dashboard/prefetchDashboard';
import { seedStore } from '../support/seed';

/** A store that counts its reads, to tell what the first render had to ask for itself. */
function counting(store: Store): { store: Store; reads: string[] } {
  const reads: string[] = [];
  const counted = new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        reads.push(String(key));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: counted, reads };
}

describe('opensDashboard', () => {
  it.each([
    ['', true],
    ['#/', true],
    ['#/?year=2565&lang=en', true],
    ['#/measures', false],
    ['#/measures?year=2565', false],
    ['#/settings', false],
  ])('%s opens the dashboard: %s', (hash, expected) => {
    expect(opensDashboard(hash)).toBe(expected);
  });
});

describe('prefetchDashboard', () => {
  it('reads what the dashboard shows first, so its first render has the score without a loading state', async () => {
    const { store, reads } = counting(await seedStore());
    const queryClient = createQueryClient({ retry: false });
    await prefetchDashboard(queryClient, store, '#/');
    expect(new Set(reads)).toEqual(
      new Set(['listAssessments', 'getOrganisation', 'listFrameworks', 'getSettings', 'listUnits', 'getAssessment', 'listFindings', 'listMeasures', 'listLatestProgress']),
    );
    reads.length = 0;
    window.location.hash = '#/';
    render(<App store={store} queryClient={queryClient} />);
    // Synchronously, in the very first render: no read had to come back first.
    expect(screen.getByRole('heading', { level: 1, name: 'ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2565' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'คะแนนรวมและระดับ' })).toHaveTextContent('93.95');
    expect(screen.queryByRole('status', { name: /กำลังโหลด/ })).toBeNull();
    expect(reads).not.toContain('getAssessment');
    expect(reads).not.toContain('listFindings');
  });

  it('reads the year the URL asks for, and the newest when it asks for none', async () => {
    // Two years; the prefetch parses nothing, so plain records stand in for the stored ones.
    const calls: [string, unknown][] = [];
    const store = new Proxy({} as Store, {
      get: (_target, key) => async (arg: unknown) => {
        calls.push([String(key), arg]);
        if (key === 'listAssessments') return [{ id: 'a-2566', fiscalYear: 2566 }, { id: 'a-2565', fiscalYear: 2565 }];
        if (key === 'getAssessment') return { id: `a-${String(arg)}`, fiscalYear: arg };
        return [];
      },
    });
    await prefetchDashboard(createQueryClient({ retry: false }), store, '#/?year=2565&lang=en');
    expect(calls.filter(([k]) => k === 'getAssessment' || k === 'listFindings')).toEqual([['getAssessment', 2565], ['listFindings', 'a-2565']]);
    calls.length = 0;
    await prefetchDashboard(createQueryClient({ retry: false }), store, '#/');
    expect(calls.filter(([k]) => k === 'getAssessment' || k === 'listFindings')).toEqual([['getAssessment', 2566], ['listFindings', 'a-2566']]);
  });

  it('stops at a failed read and leaves the failure for the screen to show', async () => {
    const store = await seedStore();
    const queryClient = createQueryClient({ retry: false });
    vi.spyOn(store, 'listAssessments').mockRejectedValue(new Error('อ่านไม่ได้'));
    const getAssessment = vi.spyOn(store, 'getAssessment');
    await expect(prefetchDashboard(queryClient, store, '#/')).resolves.toBeUndefined();
    expect(getAssessment).not.toHaveBeenCalled();
    expect(queryClient.getQueryState(queryKeys.assessments.list())?.status).toBe('error');
  });
});

describe('after a prefetched first screen', () => {
  it('checks the stored records for damage once the page is idle, not only after the five seconds a screen that never fetches would wait', async () => {
    const store = await seedStore();
    const queryClient = createQueryClient({ retry: false });
    await prefetchDashboard(queryClient, store, '#/');
    const listProblems = vi.spyOn(store, 'listProblems');
    window.location.hash = '#/';
    render(<App store={store} queryClient={queryClient} />);
    // Well within the five seconds after which it would run anyway.
    await waitFor(() => expect(listProblems).toHaveBeenCalled(), { timeout: 4_000 });
    // The lower sections load on their own; waited for, so they do not finish after the test.
    expect(await screen.findByRole('region', { name: 'มาตรการโดยสรุป' }, { timeout: 5_000 })).toBeInTheDocument();
  });
});
