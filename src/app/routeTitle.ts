import type { MessageKey } from '../i18n/i18n';
import type { messages } from './titleMessages';

export type TitleKey = MessageKey | keyof (typeof messages)['th'];

// Path patterns as the routes spell them; `:id` is any one segment.
const TITLES: readonly [pattern: string, key: TitleKey][] = [
  ['/', 'nav.dashboard'],
  ['/assessments', 'nav.assessments'],
  ['/assessments/framework', 'title.framework'],
  ['/measures', 'nav.measures'],
  ['/measures/new', 'title.newMeasure'],
  ['/measures/:id', 'title.measure'],
  ['/settings', 'nav.settings'],
  ['/accounts', 'nav.accounts'],
  ['/meeting', 'nav.meeting'],
];

function matches(pattern: string, path: string): boolean {
  const want = pattern.split('/');
  const have = path.split('/');
  return want.length === have.length && want.every((part, i) => part === have[i] || (part.startsWith(':') && have[i] !== ''));
}

/** The tab title a route has until its page names itself: which screen, and for reports which document. */
export function routeTitle(pathname: string, search: string): TitleKey {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/reports') {
    return new URLSearchParams(search).get('doc') === 'progress' ? 'title.reportProgress' : 'title.reportMeasures';
  }
  return TITLES.find(([pattern]) => matches(pattern, path))?.[1] ?? 'error.notFound';
}
