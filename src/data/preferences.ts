import * as z from 'zod/mini';
import { actorSchema, DEFAULT_ACTOR } from '../domain/schemas/actor';

export const dataSourceSchema = z.enum(['browser', 'api']);
export type DataSource = z.infer<typeof dataSourceSchema>;
/** Where this tab's data is: the browser's choice, or the agency's server when the page comes from it. */
export type SourceInUse = DataSource | 'server';

/**
 * What belongs to this browser, not to the agency's data: where the data lives and who is at the
 * keyboard. Kept in localStorage because it must be read before the database is chosen and opened.
 */
export const preferencesSchema = z.object({
  dataSource: dataSourceSchema,
  actor: actorSchema,
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = { dataSource: 'browser', actor: DEFAULT_ACTOR };
export const PREFERENCES_KEY = 'ita-measures.preferences';

export interface PreferencesRead {
  preferences: Preferences;
  /** Set when something was stored but could not be read; it is left in place, not overwritten. */
  problem: string | null;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Some browsers throw on merely touching localStorage when site data is blocked.
    return null;
  }
}

export function readPreferences(): PreferencesRead {
  const raw = storage()?.getItem(PREFERENCES_KEY);
  if (raw === null || raw === undefined) return { preferences: DEFAULT_PREFERENCES, problem: null };
  try {
    const parsed = preferencesSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return { preferences: parsed.data, problem: null };
  } catch {
    // Falls through to the report below.
  }
  return {
    preferences: DEFAULT_PREFERENCES,
    problem: 'อ่านการตั้งค่าผู้ใช้และแหล่งข้อมูลของเบราว์เซอร์นี้ไม่ได้ จึงใช้ค่าเริ่มต้นไปก่อน ค่าเดิมยังเก็บไว้จนกว่าจะบันทึกการตั้งค่าใหม่',
  };
}

/** Returns false when the browser would not keep it (site data blocked or storage full). */
export function writePreferences(preferences: Preferences): boolean {
  try {
    storage()?.setItem(PREFERENCES_KEY, JSON.stringify(preferencesSchema.parse(preferences)));
    return storage() !== null;
  } catch {
    return false;
  }
}

/** Calls back when another tab saves this browser's preferences (a change of user, say). */
export function onPreferencesChanged(listener: (read: PreferencesRead) => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === PREFERENCES_KEY) listener(readPreferences());
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
