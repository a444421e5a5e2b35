import { startTransition, StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { readPreferences } from '../data/preferences';
import { opensDashboard, prefetchDashboard } from '../features/dashboard/prefetchDashboard';
import { App } from './App';
import { keepForOffline } from './keepForOffline';
import { createNoticeFeed } from './noticeFeed';
import { openStore, type OpenedStore } from './openStore';
import { createQueryClient } from './queryClient';
import { seed } from './seed';
import { listenForChanges } from '../data/changeFeed';
import { loadErrorWords } from '../i18n/errorWordsLoader';
import { startMessages } from './startMessages';
import { urlAsksForEnglish } from './urlLanguage';

const PREFETCH_LIMIT_MS = 2_000;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Start-up's notices, worded before the app's i18n exists, in the language the URL asks for: a
 * store that did not open is worded from its cause or its detail, as SaveFailed words a failed save.
 */
function startWords() {
  const language = urlAsksForEnglish() ? 'en' : 'th';
  return {
    newerTab: startMessages[language]['start.newerTab'],
    // Only a store that did not open needs the words for failures, so only then are they fetched.
    failure: (opened: OpenedStore) =>
      import('./startFailureMessages').then(
        (m) => m.wordStartFailure(opened, language),
        () => opened.failure?.message ?? '',
      ),
  };
}

/** The agency's server marks the page it serves; a page from static files has no such mark. */
function servedByServer(): boolean {
  return document.querySelector('meta[name="ita-data-source"]')?.getAttribute('content') === 'server';
}

/** Opens the data the preferences choose and renders the app into `root`, over the page's own shell. */
export async function startApp(root: Root): Promise<void> {
  if (servedByServer()) {
    // Loaded only from the server's page: browser storage's visitors never download it.
    const { startOnServer } = await import('./startOnServer');
    return startOnServer(root);
  }
  const { preferences, problem } = readPreferences();
  const later = createNoticeFeed();
  const words = startWords();
  // Another tab upgraded the database; this tab's connection is closed and must say so, not fail quietly.
  const opened = await openStore(preferences.dataSource, seed, () => later.publish(words.newerTab));
  const notices = [...(problem ? [problem] : []), ...(opened.failure ? [await words.failure(opened)] : [])];
  const queryClient = createQueryClient();
  // Listening from here, not from the app's first effect: a change another tab makes while the
  // dashboard is read below would otherwise never reach this tab's cache, which never goes stale.
  if (opened.channel) listenForChanges(opened.channel, queryClient);
  if (!opened.failure && opensDashboard(window.location.hash)) {
    // Past this the shell has waited long enough: the dashboard shows what it has and reads on.
    await Promise.race([prefetchDashboard(queryClient, opened.store, window.location.hash), delay(PREFETCH_LIMIT_MS)]);
  }
  // A transition, so React renders the first screen in short slices: one long render of it held
  // a phone's first tap for a few hundred milliseconds.
  startTransition(() =>
    root.render(
      <StrictMode>
        <App
          store={opened.store}
          queryClient={queryClient}
          preferences={preferences}
          notices={notices}
          noticeFeed={later}
          seed={seed}
        />
      </StrictMode>,
    ),
  );
  keepForOffline(preferences.dataSource);
  // Fetched now, while nothing is wrong, so a failure later is worded at once.
  void loadErrorWords();
}
