import { NavLink, Outlet, useLocation, useSearchParams } from 'react-router';
import { I18nProvider, isLanguage, type Language } from '../i18n/i18n';
import { useSession, type ServerSession } from '../data/sessionContext';
import { DataNotices } from './DataNotices';
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useMessages } from '../i18n/featureMessages';
import { messages } from './shellMessages';

// Only on the agency's server, and only when a session ends: not in every visit's first download.
const SessionExpiredDialog = lazy(() => import('./SessionExpiredDialog'));
// Only on the agency's server, once someone asks to change their password.
const OwnPasswordDialog = lazy(() => import('../features/accounts/OwnPasswordDialog'));
// Only on the agency's server: who is signed in, and the way out.
const SignedIn = lazy(() => import('./SignedIn'));
// The tab's title can wait for the first screen: it is nothing the reader looks at first.
const LazyRouteTitle = lazy(() => import('./RouteTitle'));
function RouteTitle() {
  return (
    <Suspense fallback={null}>
      <LazyRouteTitle />
    </Suspense>
  );
}
import { ErrorBoundary } from './ErrorBoundary';
import { useLangLink } from '../i18n/langLink';

/** The language is part of the URL, so a shared link opens in the language it was sent in. */
function useLanguageParam(): Language {
  const [params] = useSearchParams();
  const lang = params.get('lang');
  return isLanguage(lang) ? lang : 'th';
}

export function Layout() {
  const language = useLanguageParam();
  return (
    <I18nProvider language={language}>
      <Shell />
    </I18nProvider>
  );
}

/** A screen of its own, with the app's language but none of its chrome. */
export function BareLayout() {
  const language = useLanguageParam();
  const location = useLocation();
  const { server } = useSession();
  return (
    <I18nProvider language={language}>
      <RouteTitle />
      {/* Always there, so the screen is not made afresh when a session ends and comes back. */}
      <div inert={server?.expired ?? false}>
        <ErrorBoundary key={location.pathname}>
          <Outlet />
        </ErrorBoundary>
      </div>
      <SessionEnded server={server} />
    </I18nProvider>
  );
}

/** The sign-in over the screen once the server has said the session ended. */
function SessionEnded({ server }: { server: ServerSession | null }) {
  if (!server?.expired) return null;
  return (
    <Suspense fallback={null}>
      <SessionExpiredDialog server={server} />
    </Suspense>
  );
}

/** The own-password dialog, and focus back on the header's button once it closes. */
function useOwnPasswordDialog() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    // After the commit that took the dialog away and the header's inert off.
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return { open, button, show: () => setOpen(true), close: () => setOpen(false) };
}

/**
 * The phone's menu, behind one button. Open only at the location it was opened at, so any
 * navigation closes it, a link to the page already shown too (a new location all the same).
 * Escape or a tap outside closes it as well; focus that was in it goes back to the button.
 */
function usePhoneMenu() {
  const { key } = useLocation();
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === key;
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    const focus = document.activeElement;
    // A link just followed is hidden now: focus goes where the reader's hand is, not to the page's top.
    if (wasOpen.current && !open && (focus === null || focus === document.body || menu.current?.contains(focus))) button.current?.focus();
    wasOpen.current = open;
    if (!open) return;
    // A dialog over the page (the header inert) has Escape and taps to itself: the menu stays
    // open under it, its button there for focus to come back to.
    const header = () => button.current?.closest('header');
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !header()?.hasAttribute('inert')) setOpenAt(null);
    };
    const onPointer = (e: PointerEvent) => {
      if (!header()?.hasAttribute('inert') && !(e.target instanceof Node && header()?.contains(e.target))) setOpenAt(null);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
  return { open, button, menu, toggle: () => setOpenAt(open ? null : key) };
}

function Shell() {
  const { t, language } = useMessages(messages);
  const menuId = useId();
  const { open: menuOpen, button: menuButton, menu, toggle: toggleMenu } = usePhoneMenu();
  const [, setParams] = useSearchParams();
  const location = useLocation();
  const link = useLangLink();
  const { server } = useSession();
  const ownPassword = useOwnPasswordDialog();
  const expired = server?.expired ?? false;
  // While a sign-in or a password is asked for, the page behind is out of reach of keyboard and screen reader.
  const away = expired || ownPassword.open;
  const switchLanguage = () =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (language === 'th') next.set('lang', 'en');
      else next.delete('lang');
      return next;
    });
  return (
    <>
      {/* Hash routing owns the URL fragment, so the skip link moves focus itself. */}
      <a
        inert={away}
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <RouteTitle />
      <header className="app-header" inert={away}>
        <div className="app-header-inner">
          <p className="app-name">{t('app.title')}</p>
          {/* Shown on a phone only: a desktop has room for the whole menu. */}
          <button
            type="button"
            className="menu-toggle"
            ref={menuButton}
            aria-expanded={menuOpen}
            aria-controls={menuId}
            onClick={toggleMenu}
          >
            <span className="menu-icon" aria-hidden="true" />
            {t('shell.menu')}
          </button>
          <div
            id={menuId}
            ref={menu}
            className={menuOpen ? 'app-menu open' : 'app-menu'}
          >
            <nav aria-label={t('app.mainNav')}>
              <ul>
                <li>
                  <NavLink to={link('/')} end>
                    {t('nav.dashboard')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={link('/measures')}>{t('nav.measures')}</NavLink>
                </li>
                <li>
                  <NavLink to={link('/assessments')}>{t('nav.assessments')}</NavLink>
                </li>
                <li>
                  <NavLink to={link('/reports')}>{t('nav.reports')}</NavLink>
                </li>
                <li>
                  <NavLink to={link('/meeting')}>{t('nav.meeting')}</NavLink>
                </li>
                {server?.account.role === 'planning-officer' && (
                  <li>
                    <NavLink to={link('/accounts')}>{t('nav.accounts')}</NavLink>
                  </li>
                )}
                <li>
                  <NavLink to={link('/settings')}>{t('nav.settings')}</NavLink>
                </li>
              </ul>
            </nav>
            <div className="app-tools">
              {server && (
                <Suspense fallback={null}>
                  <SignedIn server={server} onChangePassword={ownPassword.show} passwordButton={ownPassword.button} />
                </Suspense>
              )}
              <button type="button" className="lang-switch" onClick={switchLanguage} aria-label={t('lang.switchLabel')} lang={language === 'th' ? 'en' : 'th'}>
                {t('lang.switch')}
              </button>
            </div>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} inert={away}>
        <DataNotices />
        <ErrorBoundary key={location.pathname}>
          <Outlet />
        </ErrorBoundary>
      </main>
      {server && ownPassword.open && !expired && (
        // Outside the page's own boundary: a dialog that failed to load must not blank the app.
        <ErrorBoundary>
          <Suspense fallback={null}>
            <OwnPasswordDialog account={server.account} onClose={ownPassword.close} />
          </Suspense>
        </ErrorBoundary>
      )}
      <SessionEnded server={server} />
    </>
  );
}
