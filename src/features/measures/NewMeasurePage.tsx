import { useForm } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import { useCreateMeasure } from '../../data/measureMutations';
import { useAssessments, useFindings } from '../../data/queries';
import { useSessionActor } from '../../data/sessionContext';
import { forbiddenBy } from '../../data/storeError';
import { planningOnlyRefusal } from '../../domain/access';
import type { Finding } from '../../domain/schemas/finding';
import { useMessages } from '../../i18n/featureMessages';
import { useErrorWords } from '../../i18n/useErrorWords';
import { ErrorState } from '../../ui/ErrorState';
import { LoadingState } from '../../ui/LoadingState';
import { SaveFailed } from '../../ui/SaveFailed';
import { emptyForm, measureResolver, toInput, type MeasureFormValues } from './measureForm';
import { MeasureFields } from './MeasureFields';
import { messages } from './messages';
import { useLangLink } from '../../i18n/langLink';
import { useRefusalsFollowLanguage } from '../../ui/useRefusalsFollowLanguage';


/** The planning officer writes a new measure: a row of the measures table, linked to what it answers. */
export function NewMeasurePage() {
  const { t } = useMessages(messages);
  const actor = useSessionActor();
  const [params] = useSearchParams();
  const assessments = useAssessments();
  const year = Number(params.get('year')) || assessments.data?.[0]?.fiscalYear;
  const assessment = assessments.data?.find((a) => a.fiscalYear === year);
  const findingId = params.get('finding');
  const findings = useFindings(findingId ? assessment?.id : undefined);
  const words = useErrorWords();
  const refusal = planningOnlyRefusal(actor);
  if (refusal) return <ErrorState message={words.storeError(forbiddenBy(refusal))} />;
  if (assessments.isPending) return <LoadingState />;
  if (assessments.isError) return <ErrorState error={assessments.error} onRetry={() => void assessments.refetch()} />;
  if (!assessment) return <ErrorState message={t('error.noAssessment')} />;
  // Started from a finding: the form waits for it, so its defaults can be the finding's.
  if (findingId && !findings.data) return findings.isError ? <ErrorState error={findings.error} onRetry={() => void findings.refetch()} /> : <LoadingState />;
  const finding = findings.data?.find((f) => f.id === findingId);
  return <NewMeasureForm assessmentId={assessment.id} year={assessment.fiscalYear} link={params.get('link')} finding={finding} />;
}

function NewMeasureForm({ assessmentId, year, link, finding }: { assessmentId: string; year: number; link: string | null; finding?: Finding }) {
  const { t } = useMessages(messages);
  const withLang = useLangLink();
  const navigate = useNavigate();
  const create = useCreateMeasure();
  const words = useErrorWords();
  const form = useForm<MeasureFormValues>({ resolver: measureResolver(assessmentId, words.field), defaultValues: emptyForm(link, finding) });
  useRefusalsFollowLanguage(form);
  const submit = form.handleSubmit((values) =>
    create.mutate(toInput(values, assessmentId), {
      onSuccess: (measure) => void navigate(withLang(`/measures/${encodeURIComponent(measure.id)}`)),
    }),
  );

  return (
    <div className="measure">
      <h1>{t('newMeasure.heading', { year })}</h1>
      <form className="form card" noValidate onSubmit={(e) => void submit(e)}>
        <MeasureFields form={form} assessmentId={assessmentId} />
        <button type="submit" disabled={create.isPending}>
          {t('newMeasure.save')}
        </button>
        <SaveFailed error={create.error} />
      </form>
    </div>
  );
}
