import { useId } from 'react';
import { useEvidenceUsage } from '../../data/evidenceQueries';
import { sizeText } from '../../domain/evidence/limits';
import { useMessages } from '../../i18n/featureMessages';
import { ErrorState } from '../../ui/ErrorState';
import { evidenceUsageMessages } from './evidenceUsageMessages';

/**
 * How much room the agency's evidence files take: against the server's quota, or, in the browser,
 * alone, since there the browser's own storage is the limit (shown in its own section).
 */
export function EvidenceUsageSection() {
  const { t } = useMessages(evidenceUsageMessages);
  const usage = useEvidenceUsage();
  const id = useId();
  const data = usage.data;
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('evidenceUsage.heading')}</h2>
      {usage.isError && <ErrorState error={usage.error} onRetry={() => void usage.refetch()} />}
      {data && data.limit !== null && (
        <>
          <p id={`${id}-used`}>{t('evidenceUsage.used', { used: sizeText(data.used), limit: sizeText(data.limit) })}</p>
          <meter min={0} max={data.limit} value={data.used} high={data.limit * 0.9} aria-label={t('evidenceUsage.meter')} aria-describedby={`${id}-used`} />
        </>
      )}
      {data && data.limit === null && (
        <>
          <p>{t('evidenceUsage.usedOnly', { used: sizeText(data.used) })}</p>
          <p className="hint">{t('evidenceUsage.browserHint')}</p>
        </>
      )}
    </section>
  );
}
