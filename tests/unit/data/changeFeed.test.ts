import { QueryClient } from '@tanstack/react-query';
import { broadcastChanges, CHANGE_CHANNEL, keysFor, listenForChanges } from '../../../src/data/changeFeed';
import { queryKeys } from '../../../src/data/queryKeys';
import { seedStore } from '../../support/seed';
import { draft, progress } from '../../contract/storeContract';


describe('changes between tabs', () => {
  it('tells the other tabs what each successful write changed, and nothing for a refused one', async () => {
    const posted: unknown[] = [];
    const store = broadcastChanges(await seedStore(), { postMessage: (m) => posted.push(m) });
    const created = await store.createMeasure(draft());
    await store.updateMeasure(created.id, 1, { title: 'ใหม่' });
    await store.setMeasureArchived(created.id, 2, true);
    await store.appendProgress('msr-plan-1', progress());
    await store.updateSettings({ improvementMark: 88 });
    await store.updateSettings({ improvementMark: 500 }).catch(() => undefined);
    await store.saveUnit({ id: 'unit-works', name: 'กองช่าง', aliases: [] });
    await store.replaceData(await store.exportData());
    expect(posted).toEqual([
      { what: 'measure', id: created.id },
      { what: 'measure', id: created.id },
      { what: 'measure', id: created.id },
      { what: 'progress', measureId: 'msr-plan-1' },
      { what: 'settings' },
      { what: 'agency' },
      { what: 'everything' },
    ]);
  });

  it('refreshes the queries another tab’s change touches, through a real BroadcastChannel', async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(queryKeys.settings, { improvementMark: 90 });
    queryClient.setQueryData(queryKeys.organisation, { name: 'x' });
    const receiving = new BroadcastChannel(CHANGE_CHANNEL);
    const sending = new BroadcastChannel(CHANGE_CHANNEL);
    const stop = listenForChanges(receiving, queryClient);
    // A channel delivers in order: once the second has arrived, the first has been handled too.
    sending.postMessage({ what: 'nonsense' });
    sending.postMessage({ what: 'settings' });
    await vi.waitFor(() => expect(queryClient.getQueryState(queryKeys.settings)?.isInvalidated).toBe(true));
    expect(queryClient.getQueryState(queryKeys.organisation)?.isInvalidated).toBe(false);
    stop();
    receiving.close();
    sending.close();
  });

  it('maps each change to the queries it makes stale', () => {
    expect(keysFor({ what: 'progress', measureId: 'm1' })).toEqual([
      queryKeys.progress.byMeasure('m1'),
      ['progress', 'latest'],
      queryKeys.measures.lists(),
      queryKeys.audit.byMeasure('m1'),
      queryKeys.evidence.usage(),
    ]);
    expect(keysFor({ what: 'measure', id: 'm1' })).toEqual([queryKeys.measures.lists(), queryKeys.measures.detail('m1'), queryKeys.audit.byMeasure('m1')]);
    expect(keysFor({ what: 'everything' })).toEqual([[]]);
    expect(keysFor({ what: 'agency' })).toContainEqual(queryKeys.assessments.all);
  });
});
