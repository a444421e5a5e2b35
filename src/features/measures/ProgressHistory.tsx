import { useId } from 'react';
import { useEvidenceSources } from '../../data/evidenceQueries';
import { useProgress } from '../../data/queries';
import type { EvidenceFile } from '../../domain/evidence/schema';
import { EvidenceFiles } from '../../ui/evidence/EvidenceFiles';
import { useMessages } from '../../i18n/featureMessages';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { messages } from './messages';
import { MEASURE_STATUS_LABELS } from '../../ui/healthLabels';
import { formatDay } from '../../i18n/dates';

/** Every update, newest first: who, when, status, percent, what was done, and the evidence: its link and its files. */
export function ProgressHistory({ measureId }: { measureId: string }) {
  const { t, locale } = useMessages(messages);
  const history = useProgress(measureId);
  const id = useId();
  const date = (iso: string) => formatDay(iso, locale);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('measure.history')}</h2>
      {history.isPending && <LoadingState />}
      {history.isError && <ErrorState error={history.error} onRetry={() => void history.refetch()} />}
      {history.data?.length === 0 && <p>{t('measure.noHistory')}</p>}
      {history.data && history.data.length > 0 && (
        <ol className="history">
          {history.data.map((u) => (
            <li key={u.id}>
              <p>
                <strong>{date(u.date)}</strong> · {u.authorName} · {t(MEASURE_STATUS_LABELS[u.status])} ·{' '}
                {t('measure.percent', { percent: u.percent })}
              </p>
              {u.note && <p lang="th">{u.note}</p>}
              {u.evidenceUrl && (
                <a href={u.evidenceUrl} rel="noopener noreferrer" target="_blank">
                  {t('measure.evidence')}
                </a>
              )}
              {u.files && <UpdateFiles files={u.files} pending={u.id.startsWith('pending-')} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** An update's files, each read from where the store keeps it; nothing is read while the update is not yet saved. */
function UpdateFiles({ files, pending }: { files: readonly EvidenceFile[]; pending: boolean }) {
  const sourceOf = useEvidenceSources(files, !pending);
  return <EvidenceFiles files={files} pending={pending} sourceOf={sourceOf} />;
}
