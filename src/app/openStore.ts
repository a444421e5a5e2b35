import { createIdbStore } from '../data/adapters/idb/idbStore';
import { openDatabase } from '../data/adapters/idb/openDatabase';
import { createUnavailableStore } from '../data/adapters/unavailableStore';
import { broadcastChanges, CHANGE_CHANNEL, type ChangeChannel } from '../data/changeFeed';
import { requestPersistence } from '../data/persistence';
import { readPreferences, type DataSource } from '../data/preferences';
import type { Store } from '../data/store';
import { StoreError } from '../data/storeError';
import type { DataSet } from '../domain/schemas/dataSet';

/** Why the store did not open, when no store error says it: the code, and the browser's own words for the cause. */
export interface StartFailure {
  code: 'start.failure.mockApi' | 'start.failure.database';
  values: { cause: string };
}

export interface OpenedStore {
  store: Store;
  channel: ChangeChannel | null;
  /** Why the data could not be opened; the app still renders and says so. */
  failure: StoreError | null;
  /** The same, for start-up to word in the reader's language (absent when `failure` is the store's own). */
  why?: StartFailure;
}

/**
 * The failure's Thai, as the store's error carries it for every later call. The words load only
 * now, so a start that works never downloads them; if even they cannot load, the cause alone.
 */
async function inThai(why: StartFailure): Promise<string> {
  try {
    return (await import('./startFailureMessages')).startFailureInThai(why);
  } catch {
    return why.values.cause;
  }
}

// Read at every write, so a change of user in settings (or in another tab) applies at once.
const currentActor = () => readPreferences().preferences.actor;

async function openSource(source: DataSource, initialData: () => Promise<DataSet>, onVersionChange: () => void): Promise<Store> {
  if (source === 'api') {
    // The mocked API and its service worker are loaded only for those who chose it.
    const [{ startMockApi }, { createHttpStore }] = await Promise.all([
      import('../../mocks/browser'),
      import('../data/adapters/http/httpStore'),
    ]);
    await startMockApi({ initialData });
    // The mocked API knows who acts only from the X-ITA-* headers, which an <img> never sends:
    // its files are read through readEvidence, as the browser store's are.
    return createHttpStore({ actor: currentActor, fileLinks: false });
  }
  const db = await openDatabase({ initialData, onVersionChange });
  void requestPersistence();
  return createIdbStore({ db, actor: currentActor });
}

function openChannel(): ChangeChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANGE_CHANNEL) : null;
}

export async function openStore(
  source: DataSource,
  initialData: () => Promise<DataSet>,
  onVersionChange: () => void,
): Promise<OpenedStore> {
  try {
    const store = await openSource(source, initialData, onVersionChange);
    const channel = openChannel();
    return { store: channel ? broadcastChanges(store, channel) : store, channel, failure: null };
  } catch (error) {
    if (error instanceof StoreError) return { store: createUnavailableStore(error), channel: null, failure: error };
    const why: StartFailure = {
      code: source === 'api' ? 'start.failure.mockApi' : 'start.failure.database',
      values: { cause: error instanceof Error ? error.message : String(error) },
    };
    const failure = new StoreError({ kind: 'storage', reason: 'unavailable' }, await inThai(why));
    return { store: createUnavailableStore(failure), channel: null, failure, why };
  }
}
