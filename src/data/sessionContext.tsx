import { createContext, useContext, type ReactNode } from 'react';
import type { DataSet } from '../domain/schemas/dataSet';
import type { Account } from '../domain/schemas/account';
import type { Preferences, SourceInUse } from './preferences';

/** Signed in on the agency's server: who, and the way out. */
export interface ServerSession {
  account: Account;
  signOut: () => Promise<void>;
  /** The server has said the session ended; a sign-in is asked for over the screen. */
  expired: boolean;
  /** For requests outside the store (the accounts): the server said 401, so ask for a sign-in. */
  ended: () => void;
  /** After signing in again as the same account: the screen carries on where it was. */
  resumed: (account: Account) => void;
}

/** How this tab's data was opened, for the settings screen and the app-wide notices. */
export interface Session {
  preferences: Preferences;
  /** The source actually in use; differs from the preference only while a change awaits a reload. */
  source: SourceInUse;
  /** Set when the data is the agency's server's; null in browser storage and the mocked API. */
  server: ServerSession | null;
  /** Saves this browser's preferences; the app reloads when the data source changes. */
  savePreferences: (next: Preferences) => boolean;
  /** Problems met while opening, in Thai: unreadable preferences, a newer tab, no storage. */
  notices: string[];
  /** The sample data a reset goes back to, made afresh; null where the app shipped none. */
  seed: (() => Promise<DataSet>) | null;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** Who is at the keyboard, for what a screen shows before the store has answered. */
export function useSessionActor() {
  return useSession().preferences.actor;
}
