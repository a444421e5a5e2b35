import { useLocation } from 'react-router';
import { useMessages } from '../i18n/featureMessages';
import { useDefaultDocumentTitle } from '../ui/useDocumentTitle';
import { routeTitle } from './routeTitle';
import { messages } from './titleMessages';

/** The tab names the screen, in the reader's language, until the page gives a better name. */
export default function RouteTitle() {
  const { t } = useMessages(messages);
  const { pathname, search } = useLocation();
  useDefaultDocumentTitle(t(routeTitle(pathname, search)));
  return null;
}
