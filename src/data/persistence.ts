import { useQuery } from '@tanstack/react-query';

export interface PersistenceStatus {
  /** False where the browser has no StorageManager (old browsers, some webviews). */
  supported: boolean;
  /** True when the browser promised not to clear this site's data under storage pressure. */
  persisted: boolean;
  usageBytes: number | null;
  quotaBytes: number | null;
}

function manager(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

/**
 * Asks the browser to keep our data even when the disk fills up; without it a browser may
 * clear the site's IndexedDB to make room. Browsers decide silently, so the answer is shown.
 */
export async function requestPersistence(): Promise<boolean> {
  const storage = manager();
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}

export async function readPersistence(): Promise<PersistenceStatus> {
  const storage = manager();
  if (!storage?.persisted) return { supported: false, persisted: false, usageBytes: null, quotaBytes: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted().catch(() => false),
    storage.estimate ? storage.estimate().catch(() => ({}) as StorageEstimate) : Promise.resolve({} as StorageEstimate),
  ]);
  return { supported: true, persisted, usageBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null };
}

export const persistenceKey = ['persistence'] as const;

export function usePersistence() {
  return useQuery({ queryKey: persistenceKey, queryFn: readPersistence, staleTime: 0 });
}
