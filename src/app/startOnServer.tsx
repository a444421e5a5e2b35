import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { createHttpStore } from '../data/adapters/http/httpStore';
import { readSession, signOut } from '../data/adapters/http/serverSession';
import { readPreferences, type Preferences } from '../data/preferences';
import { actorOfAccount, type Account } from '../domain/schemas/account';
import { App } from './App';
import { createNoticeFeed } from './noticeFeed';
import { createQueryClient } from './queryClient';
import { urlAsksForEnglish } from './StartingShell';

/**
 * On the agency's server: the data is the server's, and who is acting is the signed-in account.
 * Nobody signed in yet gets the sign-in screen; the app opens once somebody is.
 */
export async function startOnServer(root: Root): Promise<void> {
  const { preferences } = readPreferences();
  // A server that cannot be reached is said by the sign-in form's own attempt, in Thai.
  const account = await readSession().catch(() => null);
  if (!account) {
    const { SignInScreen } = await import('./SignInScreen');
    root.render(<SignInScreen english={urlAsksForEnglish()} onSignedIn={(signedIn) => renderOnServer(root, signedIn, preferences)} />);
    return;
  }
  renderOnServer(root, account, preferences);
}

function renderOnServer(root: Root, account: Account, preferences: Preferences): void {
  const sessionEnded = createNoticeFeed();
  const actor = actorOfAccount(account);
  const store = createHttpStore({ actor: () => actor, onUnauthorized: () => sessionEnded.publish('expired') });
  root.render(
    <StrictMode>
      <App
        store={store}
        queryClient={createQueryClient()}
        preferences={{ ...preferences, actor }}
        source="server"
        server={{
          account,
          sessionEnded,
          signOut: async () => {
            await signOut();
            window.location.reload();
          },
        }}
      />
    </StrictMode>,
  );
}
