import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMeasure, useProgress, useUnits } from '../../data/queries';
import { useSessionActor } from '../../data/sessionContext';
import { healthOf } from '../../domain/measureHealth';
import { refuseMeasureChanges, refusePlanningOnly, refuseProgress } from '../../domain/access';
import { useMessages } from '../../i18n/featureMessages';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
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
  if (measure.isPending) return <LoadingState />;
  if (measure.isError) return <ErrorState error={measure.error} onRetry={() => void measure.refetch()} />;
  const m = measure.data;
  const canTick = refuseMeasureChanges(actor, m, { steps: m.steps }) === null;
  const canEdit = refusePlanningOnly(actor) === null;
  const canReport = refuseProgress(actor, m) === null;
  return (
    <article className="measure">
      <p className="eyebrow">{t(MEASURE_KIND_LABELS[m.kind])}</p>
      {/* What people typed is Thai, whatever language the screens are in. */}
      <h1 lang="th">{m.title}</h1>
      {m.carriedFrom && (
        <p>
          <Link to={withLang(`/measures/${encodeURIComponent(m.carriedFrom)}`)}>{t('measure.carriedFrom')}</Link>
        </p>
      )}
      <MeasureDetails measure={m} units={units.data ?? []} health={history.data ? healthOf(m.timeframe, history.data[0] ?? null, today) : null} />
      <StepChecklist measure={m} editable={canTick} />
      {canReport && history.data && <ProgressForm measure={m} latest={history.data[0]} focusFirst={params.get('report') === '1'} />}
      {canEdit && <MeasureEditor measure={m} />}
      {canEdit && <ArchiveControl measure={m} />}
      <ProgressHistory measureId={m.id} />
      <AuditTrail measureId={m.id} />
    </article>
  );
}
