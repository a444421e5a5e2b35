import type { QueryClient, QueryKey } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { Store } from './store';
import { queryKeys } from './queryKeys';

export const CHANGE_CHANNEL = 'ita-measures.changes';

/** What a write changed, in terms of the queries that must be read again. */
const changeSchema = z.discriminatedUnion('what', [
  z.object({ what: z.literal('measure'), id: z.string() }),
  z.object({ what: z.literal('progress'), measureId: z.string() }),
  z.object({ what: z.literal('settings') }),
  z.object({ what: z.literal('agency') }),
  z.object({ what: z.literal('everything') }),
]);
export type Change = z.infer<typeof changeSchema>;

export interface ChangeChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

export function keysFor(change: Change): QueryKey[] {
  switch (change.what) {
    case 'measure':
      return [queryKeys.measures.lists(), queryKeys.measures.detail(change.id), queryKeys.audit.byMeasure(change.id)];
    case 'progress':
      // The latest-update lists are keyed by assessment, which the change does not name.
      return [
        queryKeys.progress.byMeasure(change.measureId),
        [...queryKeys.progress.all, 'latest'],
        queryKeys.measures.lists(),
        queryKeys.audit.byMeasure(change.measureId),
        // An update kept or taken back with files changes the space Settings shows.
        queryKeys.evidence.usage(),
      ];
    case 'settings':
      return [queryKeys.settings];
    case 'agency':
      return [queryKeys.organisation, queryKeys.units, queryKeys.frameworks, queryKeys.assessments.all, queryKeys.findings.all];
    case 'everything':
      return [[]];
  }
}

export async function invalidate(queryClient: QueryClient, change: Change): Promise<void> {
  await Promise.all(keysFor(change).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/**
 * Tells the app's other tabs what every successful write changed. A BroadcastChannel does not
 * deliver to its own sender, so this tab's screens are refreshed by the mutation hooks instead.
 */
export function broadcastChanges(store: Store, channel: Pick<ChangeChannel, 'postMessage'>): Store {
  const after =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>, change: (result: R, ...args: A) => Change) =>
    async (...args: A): Promise<R> => {
      const result = await write(...args);
      channel.postMessage(change(result, ...args));
      return result;
    };
  return {
    ...store,
    createMeasure: after(store.createMeasure, (m) => ({ what: 'measure', id: m.id })),
    updateMeasure: after(store.updateMeasure, (m) => ({ what: 'measure', id: m.id })),
    setMeasureArchived: after(store.setMeasureArchived, (m) => ({ what: 'measure', id: m.id })),
    appendProgress: after(store.appendProgress, (u) => ({ what: 'progress', measureId: u.measureId })),
    withdrawProgress: after(store.withdrawProgress, (u) => ({ what: 'progress', measureId: u.measureId })),
    updateSettings: after(store.updateSettings, () => ({ what: 'settings' })),
    saveOrganisation: after(store.saveOrganisation, () => ({ what: 'agency' })),
    saveUnit: after(store.saveUnit, () => ({ what: 'agency' })),
    saveFramework: after(store.saveFramework, () => ({ what: 'agency' })),
    saveAssessment: after(store.saveAssessment, () => ({ what: 'agency' })),
    saveFinding: after(store.saveFinding, () => ({ what: 'agency' })),
    replaceData: after(store.replaceData, () => ({ what: 'everything' })),
  };
}

/** Refreshes this tab's queries when another tab says it changed something. */
export function listenForChanges(channel: ChangeChannel, queryClient: QueryClient): () => void {
  const onMessage = (event: MessageEvent) => {
    const change = changeSchema.safeParse(event.data);
    if (change.success) void invalidate(queryClient, change.data);
  };
  channel.addEventListener('message', onMessage);
  return () => channel.removeEventListener('message', onMessage);
}
