import { useMemo } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { useAssessments, useMeasure, useProgress, useUnits } from '../../data/queries';
import { isStoreError } from '../../data/storeError';
import { useSessionActor } from '../../data/sessionContext';
import { healthOf } from '../../domain/measureHealth';
import { measureAccess } from '../../domain/access';
import { useMessages } from '../../i18n/featureMessages';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { NotFoundState } from '../../ui/NotFoundState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { AccessNote } from './AccessNote';
import { ArchiveControl } from './ArchiveControl';
import { AuditTrail } from './AuditTrail';
import { MeasureDetails } from './MeasureDetails';
import { MeasureEditor } from './MeasureEditor';
import { ProgressForm } from './ProgressForm';
import { ProgressHistory } from './ProgressHistory';
import { StepChecklist } from './StepChecklist';
import { messages } from './messages';
import { MEASURE_KIND_LABELS } from './statusLabels';
import { useLangLink } from '../../i18n/langLink';

/**
 * The list this measure was opened from, with its filters when the link said them (`?from=` the
 * list's query, or router state `{ from }`); otherwise the list of the measure's own year.
 */
function useBackToList(year: number | undefined): string {
  const withLang = useLangLink();
  const [params] = useSearchParams();
  const state: unknown = useLocation().state;
  const fromState = typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string' ? state.from : null;
  const from = new URLSearchParams((params.get('from') ?? fromState ?? '').replace(/^\?/, ''));
  from.delete('lang');
  if (from.size === 0 && year !== undefined) from.set('year', String(year));
  const query = from.toString();
  return withLang(query ? `/measures?${query}` : '/measures');
}

/** One measure: what it says, its steps to tick, who answers for it, and its history. */
export function MeasurePage() {
  const { id = '' } = useParams();
  const { t } = useMessages(messages);
  const withLang = useLangLink();
  const measure = useMeasure(id);
  const history = useProgress(id);
  const today = useMemo(() => new Date(), []);
  const units = useUnits();
  const actor = useSessionActor();
  const [params] = useSearchParams();
  const year = useAssessments().data?.find((a) => a.id === measure.data?.assessmentId)?.fiscalYear;
  const backTo = useBackToList(year);
  useDocumentTitle(measure.data?.title ?? (isStoreError(measure.error, 'not-found') ? t('notFound.title') : null));
  if (measure.isPending) return <LoadingState />;
  if (isStoreError(measure.error, 'not-found')) {
    return (
      <NotFoundState title={t('notFound.title')} backTo={{ href: backTo, label: t('measure.backToList') }}>
        <p>{t('notFound.body', { id })}</p>
      </NotFoundState>
    );
  }
  if (measure.isError) return <ErrorState error={measure.error} onRetry={() => void measure.refetch()} />;
  const m = measure.data;
  const access = measureAccess(actor, m);
  return (
    <article className="measure">
      <p className="back-link">
        <Link to={backTo}>{t('measure.backToList')}</Link>
      </p>
      <p className="eyebrow">{t(MEASURE_KIND_LABELS[m.kind])}</p>
      {/* What people typed is Thai, whatever language the screens are in. */}
      <h1 lang="th">{m.title}</h1>
      {m.carriedFrom && (
        <p>
          <Link to={withLang(`/measures/${encodeURIComponent(m.carriedFrom)}`)}>{t('measure.carriedFrom')}</Link>
        </p>
      )}
      <MeasureDetails measure={m} units={units.data ?? []} health={history.data ? healthOf(m.timeframe, history.data[0] ?? null, today) : null} />
      <AccessNote access={access} unitIds={m.unitIds} units={units.data ?? []} />
      <StepChecklist measure={m} editable={access.report === null} />
      {access.report === null && history.data && <ProgressForm measure={m} latest={history.data[0]} focusFirst={params.get('report') === '1'} />}
      {access.edit === null && <MeasureEditor measure={m} />}
      {access.edit === null && <ArchiveControl measure={m} />}
      <ProgressHistory measureId={m.id} />
      <AuditTrail measure={m} />
    </article>
  );
}
