import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { persistenceKey, requestPersistence, usePersistence } from '../../data/persistence';
import { useSession } from '../../data/sessionContext';
import { useMessages } from '../../i18n/featureMessages';
import { messages } from './messages';

function megabytes(bytes: number, locale: string): string {
  return `${(bytes / 1_048_576).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}

export function PersistenceSection() {
  const { t, locale } = useMessages(messages);
  const { source } = useSession();
  const status = usePersistence();
  const queryClient = useQueryClient();
  const id = useId();
  const data = status.data;
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('settings.persist.heading')}</h2>
      {source === 'api' && <p>{t('settings.persist.apiNote')}</p>}
      {data && (
        <>
          <p>
            {!data.supported
              ? t('settings.persist.unsupported')
              : data.persisted
                ? t('settings.persist.granted')
                : t('settings.persist.notGranted')}
          </p>
          {data.usageBytes !== null && data.quotaBytes !== null && (
            <p>{t('settings.persist.usage', { usage: megabytes(data.usageBytes, locale), quota: megabytes(data.quotaBytes, locale) })}</p>
          )}
          {data.supported && !data.persisted && (
            <button
              type="button"
              onClick={() => void requestPersistence().then(() => queryClient.invalidateQueries({ queryKey: persistenceKey }))}
            >
              {t('settings.persist.request')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
