import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n';

interface Claim {
  text: string;
  /** The route's default: any page's own title wins over it, whichever mounted first. */
  fallback: boolean;
}

// Every mounted claim, oldest first. React runs a child's effects before its parent's, so the
// order of mounting alone cannot say whether the layout or the page should win.
const claims: Claim[] = [];

function show() {
  const pages = claims.filter((claim) => !claim.fallback);
  const top = pages.at(-1) ?? claims.at(-1);
  if (top) document.title = top.text;
}

function useTitleClaim(title: string | null | undefined, fallback: boolean) {
  const { t } = useI18n();
  const text = title ? `${title} · ${t('app.title')}` : null;
  useEffect(() => {
    if (text === null) return;
    const claim: Claim = { text, fallback };
    claims.push(claim);
    show();
    return () => {
      claims.splice(claims.indexOf(claim), 1);
      show();
    };
  }, [text, fallback]);
}

/**
 * The browser tab's title while the calling screen is mounted: `"<title> · <app name>"`, the app
 * name in the reader's language. Nothing (null) until the screen knows its title: the route's
 * default stands meanwhile.
 */
export function useDocumentTitle(title: string | null | undefined): void {
  useTitleClaim(title, false);
}

/** The layout's title for a route, for as long as no page on it names itself. */
export function useDefaultDocumentTitle(title: string | null | undefined): void {
  useTitleClaim(title, true);
}
