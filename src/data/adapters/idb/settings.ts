import { planningOnlyRefusal } from '../../../domain/access';
import type { Actor } from '../../../domain/schemas/actor';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../domain/schemas/settings';
import type { Store } from '../../store';
import { parseInput, StoreError } from '../../storeError';
import { refuse, type IdbAccess } from './idbAccess';
import { STORES } from './schema';
import { guarded } from './storageErrors';
import { SINGLETON_KEYS } from './writeDataSet';

export type SettingsAccess = Pick<Store, 'getSettings' | 'updateSettings'>;

/** The app's settings: one record, whose defaults stand in whenever it is missing or unreadable. */
export function settingsAccess({ db, readOne }: IdbAccess, actor: () => Actor): SettingsAccess {
  const getSettings: Store['getSettings'] = () =>
    guarded(async () => {
      try {
        return (await readOne(settingsSchema, STORES.singletons, SINGLETON_KEYS.settings)) ?? DEFAULT_SETTINGS;
      } catch (error) {
        // An unreadable record is already quarantined and reported; the defaults let every
        // screen still open. A database that fails is another matter, and is said.
        if (error instanceof StoreError) return DEFAULT_SETTINGS;
        throw error;
      }
    });
  return {
    getSettings,
    updateSettings: (changes) =>
      guarded(async () => {
        refuse(planningOnlyRefusal(actor()));
        // Its own read, not the handed-out store's: a wrapper around that cannot change this write.
        const current = await getSettings();
        const next = parseInput(settingsSchema, { ...current, ...changes });
        await db.put(STORES.singletons, next, SINGLETON_KEYS.settings);
        return next;
      }),
  };
}
