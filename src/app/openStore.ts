import { createIdbStore } from '../data/adapters/idb/idbStore';
import { openDatabase } from '../data/adapters/idb/openDatabase';
import { createUnavailableStore } from '../data/adapters/unavailableStore';
import { broadcastChanges, CHANGE_CHANNEL, type ChangeChannel } from '../data/changeFeed';
import { requestPersistence } from '../data/persistence';
import { readPreferences, type DataSource } from '../data/preferences';
import type { Store } from '../data/store';
import { StoreError } from '../data/storeError';
import type { DataSet } from '../domain/schemas/dataSet';

export interface OpenedStore {
  store: Store;
  channel: ChangeChannel | null;
  /** Why the data could not be opened; the app still renders and says so. */
  failure: StoreError | null;
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
    return createHttpStore({ actor: currentActor });
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
    const failure =
      error instanceof StoreError
        ? error
        : new StoreError(
            { kind: 'storage', reason: 'unavailable' },
            source === 'api'
              ? `เริ่ม API จำลองในเบราว์เซอร์ไม่ได้ (${error instanceof Error ? error.message : String(error)}) เปลี่ยนแหล่งข้อมูลเป็นเบราว์เซอร์ได้ที่หน้าตั้งค่า`
              : `เปิดฐานข้อมูลในเบราว์เซอร์ไม่ได้ (${error instanceof Error ? error.message : String(error)})`,
          );
    return { store: createUnavailableStore(failure), channel: null, failure };
  }
}
