import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { createHttpStore } from '../data/adapters/http/httpStore';
import { readSession, signOut } from '../data/adapters/http/serverSession';
import { readPreferences, type Preferences } from '../data/preferences';
import { askFirstAccount } from '../data/setupQueries';
import { actorOfAccount, type Account } from '../domain/schemas/account';
import { App } from './App';
import { createNoticeFeed } from './noticeFeed';
import { createQueryClient } from './queryClient';
import { seed } from './seed';
import { urlAsksForEnglish } from './urlLanguage';

/**
 * On the agency's server: the data is the server's, and who is acting is the signed-in account.
 * Nobody signed in yet gets the sign-in screen (an empty server: its first account's form);
 * the app opens once somebody is.
 */
export async function startOnServer(root: Root): Promise<void> {
  const { preferences } = readPreferences();
  // A server that cannot be reached is said by the sign-in form's own attempt, in Thai.
  const account = await readSession().catch(() => null);
  if (!account) {
    // An empty server's page makes its first account (with the code from the server's log).
    const [{ SignInScreen }, firstAccount] = await Promise.all([import('./SignInScreen'), askFirstAccount()]);
    root.render(<SignInScreen english={urlAsksForEnglish()} firstAccount={firstAccount} onSignedIn={(signedIn) => renderOnServer(root, signedIn, preferences)} />);
    return;
  }
  renderOnServer(root, account, preferences);
}

/**
 * A worker the static build registered on this address earlier would answer offline with a page
 * that does not know the server; here the server is the data, so it goes.
 */
function dropOfflineWorker(): void {
  void navigator.serviceWorker
    ?.getRegistrations()
    .then((all) => all.filter((r) => (r.active ?? r.waiting ?? r.installing)?.scriptURL.endsWith('/sw.js')).forEach((r) => void r.unregister()))
    .catch(() => undefined);
}

function renderOnServer(root: Root, account: Account, preferences: Preferences): void {
  dropOfflineWorker();
  // Fetched now, while this build's files are surely on the server: a session can end after an update.
  void import('./SessionExpiredDialog');
  const sessionEnded = createNoticeFeed();
  const actor = actorOfAccount(account);
  const store = createHttpStore({ actor: () => actor, signedInAs: account.id, onUnauthorized: () => sessionEnded.publish('expired') });
  root.render(
    <StrictMode>
      <App
        store={store}
        // Other people change the shared data: what is on screen is fetched again when it is
        // a minute old and the tab comes back into view.
        queryClient={createQueryClient({ staleTime: 60_000, refetchOnWindowFocus: true })}
        preferences={{ ...preferences, actor }}
        source="server"
        // An empty server's first run may load the sample (the chunk is fetched only then); no
        // reset to it, though: the agency's shared data is not wiped from a browser.
        sample={seed}
        server={{
          account,
          sessionEnded,
          signOut: async () => {
            await signOut(account.id);
            window.location.reload();
          },
        }}
      />
    </StrictMode>,
  );
}
