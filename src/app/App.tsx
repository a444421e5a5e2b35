import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { HashRouter } from 'react-router';
import type { DataSet } from '../domain/schemas/dataSet';
import { listenForChanges, type ChangeChannel } from '../data/changeFeed';
import { DEFAULT_PREFERENCES, onPreferencesChanged, writePreferences, type Preferences, type SourceInUse } from '../data/preferences';
import { SessionProvider, type Session } from '../data/sessionContext';
import type { Account } from '../domain/schemas/account';
import { SampleDataProvider } from '../data/sampleData';
import { StoreProvider } from '../data/storeContext';
import type { Store } from '../data/store';
import type { NoticeFeed } from './noticeFeed';
import { AppRoutes } from './routes';

const NO_NOTICES: string[] = [];

export interface AppProps {
  store: Store;
  queryClient: QueryClient;
  preferences?: Preferences;
  source?: SourceInUse;
  /** Signed in on the agency's server; its session's end is told through `sessionEnded`. */
  server?: { account: Account; signOut: () => Promise<void>; sessionEnded: NoticeFeed } | null;
  notices?: string[];
  /** Other tabs' changes arrive here. */
  channel?: ChangeChannel | null;
  /** A change of data source needs the store opened anew; the page reloads to do that. */
  reload?: () => void;
  seed?: (() => Promise<DataSet>) | null;
  /** The sample a first run may load; the seed unless said otherwise (the server has no seed). */
  sample?: (() => Promise<DataSet>) | null;
  /** Notices that arise after start, e.g. a newer version of the app opened in another tab. */
  noticeFeed?: NoticeFeed;
}

/**
 * Hash URLs, because the app must run from plain static files: any web server, a shared drive
 * or an intranet folder serves /#/… without the rewrite rules that history URLs need.
 * Declarative routing rather than the data router: it is half the size, and our loaders are
 * query hooks anyway.
 */
export function App({
  store,
  queryClient,
  preferences: initial = DEFAULT_PREFERENCES,
  source = initial.dataSource,
  notices = NO_NOTICES,
  channel = null,
  reload = () => window.location.reload(),
  seed = null,
  sample = seed,
  noticeFeed,
  server = null,
}: AppProps) {
  const [preferences, setPreferences] = useState(initial);
  const [laterNotices, setLaterNotices] = useState<string[]>([]);
  // Another tab changed who is at the keyboard: show it here too, as the store already acts on it.
  useEffect(() => onPreferencesChanged(({ preferences: next }) => setPreferences(next)), []);
  useEffect(() => noticeFeed?.subscribe((notice) => setLaterNotices((all) => [...all, notice])), [noticeFeed]);
  const allNotices = useMemo(() => [...notices, ...laterNotices], [notices, laterNotices]);
  const [expired, setExpired] = useState(false);
  useEffect(() => server?.sessionEnded.subscribe(() => setExpired(true)), [server]);
  useEffect(() => (channel ? listenForChanges(channel, queryClient) : undefined), [channel, queryClient]);
  const session = useMemo<Session>(
    () => ({
      preferences,
      source,
      server: server && {
        account: server.account,
        signOut: server.signOut,
        expired,
        ended: () => setExpired(true),
        resumed: (account: Account) => {
          // Another account, or the same with another role or unit (the change that ended the
          // session), needs the app opened afresh with its rights; the same one carries on.
          const same = account.id === server.account.id && account.role === server.account.role && account.unitId === server.account.unitId;
          if (!same) return reload();
          setExpired(false);
          void queryClient.invalidateQueries();
        },
      },
      notices: allNotices,
      seed,
      savePreferences: (next) => {
        if (!writePreferences(next)) return false;
        setPreferences(next);
        if (next.dataSource !== source) reload();
        return true;
      },
    }),
    [preferences, source, allNotices, reload, seed, server, expired, queryClient],
  );
  return (
    <SessionProvider session={session}>
      <StoreProvider store={store}>
        <QueryClientProvider client={queryClient}>
          <SampleDataProvider sample={sample}>
            <HashRouter>
              <AppRoutes />
            </HashRouter>
          </SampleDataProvider>
        </QueryClientProvider>
      </StoreProvider>
    </SessionProvider>
  );
}
