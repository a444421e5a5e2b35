import { startTransition, StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { readPreferences } from '../data/preferences';
import { opensDashboard, prefetchDashboard } from '../features/dashboard/prefetchDashboard';
import { App } from './App';
import { keepForOffline } from './keepForOffline';
import { createNoticeFeed } from './noticeFeed';
import { openStore } from './openStore';
import { createQueryClient } from './queryClient';
import { seed } from './seed';
import { listenForChanges } from '../data/changeFeed';

const PREFETCH_LIMIT_MS = 2_000;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const versionNotice =
  'แอปรุ่นใหม่กว่าถูกเปิดในอีกแท็บหนึ่ง แท็บนี้จึงหยุดบันทึกข้อมูลเพื่อไม่ให้ข้อมูลเสียหาย กรุณาโหลดหน้านี้ใหม่';

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
  // Another tab upgraded the database; this tab's connection is closed and must say so, not fail quietly.
  const opened = await openStore(preferences.dataSource, seed, () => later.publish(versionNotice));
  const notices = [...(problem ? [problem] : []), ...(opened.failure ? [opened.failure.message] : [])];
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
}
