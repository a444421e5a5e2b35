import { useId } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import { useCreateMeasure } from '../../data/measureMutations';
import { useAssessments, useFindings, useUnits } from '../../data/queries';
import { useSessionActor } from '../../data/sessionContext';
import { refusePlanningOnly } from '../../domain/access';
import { formatYearMonthThai } from '../../domain/thaiDate';
import { parseTimeframe } from '../../domain/timeframe';
import { useMessages } from '../../i18n/featureMessages';
import { ErrorState } from '../../ui/ErrorState';
import { FieldError } from '../../ui/FieldError';
import { LoadingState } from '../../ui/LoadingState';
import { emptyForm, measureResolver, toInput, type MeasureFormValues } from './measureForm';
import { messages, type MeasuresKey } from './messages';

const TEXT_FIELDS: [keyof MeasureFormValues, MeasuresKey, 'input' | 'textarea'][] = [
  ['title', 'measure.title', 'input'],
  ['description', 'measure.description', 'textarea'],
  ['stepsText', 'newMeasure.steps', 'textarea'],
  ['timeframe', 'measure.timeframe', 'input'],
  ['followUp', 'measure.followUp', 'textarea'],
  ['oItemsText', 'newMeasure.oItems', 'input'],
];

/** The planning officer writes a new measure: a row of the measures table, linked to what it answers. */
export function NewMeasurePage() {
  const { t } = useMessages(messages);
  const actor = useSessionActor();
  const [params] = useSearchParams();
  const assessments = useAssessments();
  const year = Number(params.get('year')) || assessments.data?.[0]?.fiscalYear;
  const assessment = assessments.data?.find((a) => a.fiscalYear === year);
  const refusal = refusePlanningOnly(actor);
  if (refusal) return <ErrorState message={refusal} />;
  if (assessments.isPending) return <LoadingState />;
  if (assessments.isError) return <ErrorState error={assessments.error} onRetry={() => void assessments.refetch()} />;
  if (!assessment) return <ErrorState message={t('error.noAssessment')} />;
  return <NewMeasureForm assessmentId={assessment.id} year={assessment.fiscalYear} link={params.get('link')} />;
}

function NewMeasureForm({ assessmentId, year, link }: { assessmentId: string; year: number; link: string | null }) {
  const { t, language } = useMessages(messages);
  const id = useId();
  const navigate = useNavigate();
  const units = useUnits();
  const findings = useFindings(assessmentId);
  const create = useCreateMeasure();
  const form = useForm<MeasureFormValues>({ resolver: measureResolver(assessmentId), defaultValues: emptyForm(link) });
  const { errors } = form.formState;
  const timeframe = parseTimeframe(useWatch({ control: form.control, name: 'timeframe' }) ?? '');
  const submit = form.handleSubmit((values) =>
    create.mutate(toInput(values, assessmentId), {
      onSuccess: (measure) => void navigate(`/measures/${encodeURIComponent(measure.id)}${language === 'th' ? '' : `?lang=${language}`}`),
    }),
  );
  const describedBy = (name: string, extra = '') => ({ 'aria-describedby': `${extra}${id}-${name}-error`.trim() });

  return (
    <div className="measure">
      <h1>{t('newMeasure.heading', { year })}</h1>
      <form className="form card" noValidate onSubmit={(e) => void submit(e)}>
        <fieldset className="field">
          <legend>{t('newMeasure.kind')}</legend>
          {(['plan', 'driving'] as const).map((kind) => (
            <label key={kind} className="choice">
              <input type="radio" value={kind} {...form.register('kind')} />
              {t(kind === 'plan' ? 'measure.kind.plan' : 'measure.kind.driving')}
            </label>
          ))}
        </fieldset>
        {TEXT_FIELDS.map(([name, label, kind]) => {
          const props = {
            id: `${id}-${name}`,
            'aria-invalid': !!errors[name],
            ...describedBy(name, name === 'timeframe' ? `${id}-timeframe-read ` : name === 'stepsText' || name === 'oItemsText' ? `${id}-${name}-hint ` : ''),
            ...form.register(name),
          };
          return (
            <div className="field" key={name}>
              <label htmlFor={`${id}-${name}`}>{t(label)}</label>
              {kind === 'textarea' ? <textarea rows={name === 'stepsText' ? 5 : 3} {...props} /> : <input {...props} />}
              {name === 'stepsText' && <p id={`${id}-stepsText-hint`} className="hint">{t('newMeasure.stepsHint')}</p>}
              {name === 'oItemsText' && <p id={`${id}-oItemsText-hint`} className="hint">{t('newMeasure.oItemsHint')}</p>}
              {name === 'timeframe' && (
                <p id={`${id}-timeframe-read`} className="hint">
                  {timeframe.start && timeframe.end
                    ? t('newMeasure.timeframeRead', { start: formatYearMonthThai(timeframe.start), end: formatYearMonthThai(timeframe.end) })
                    : timeframe.raw.trim()
                      ? timeframe.warnings.map((w) => w.message).join(' ')
                      : t('newMeasure.timeframeHint')}
                </p>
              )}
              <FieldError id={`${id}-${name}-error`} message={errors[name]?.message} />
            </div>
          );
        })}
        <fieldset className="field" aria-describedby={`${id}-unitIds-error`}>
          <legend>{t('measure.units')}</legend>
          {(units.data ?? []).map((unit) => (
            <label key={unit.id} className="choice">
              <input type="checkbox" value={unit.id} {...form.register('unitIds')} />
              {unit.name}
            </label>
          ))}
          <FieldError id={`${id}-unitIds-error`} message={errors.unitIds?.message} />
        </fieldset>
        <fieldset className="field">
          <legend>{t('newMeasure.indicators')}</legend>
          <div className="choices-grid">
            {Array.from({ length: 10 }, (_, i) => String(i + 1)).map((n) => (
              <label key={n} className="choice">
                <input type="checkbox" value={n} {...form.register('indicators')} />
                {t('measures.indicator', { number: n })}
              </label>
            ))}
          </div>
        </fieldset>
        {(findings.data ?? []).length > 0 && (
          <fieldset className="field">
            <legend>{t('newMeasure.findings')}</legend>
            {(findings.data ?? []).map((f) => (
              <label key={f.id} className="choice">
                <input type="checkbox" value={f.id} {...form.register('findingIds')} />
                {f.title}
              </label>
            ))}
          </fieldset>
        )}
        <button type="submit" disabled={create.isPending}>
          {t('newMeasure.save')}
        </button>
        {create.isError && (
          <p role="alert" className="field-error">
            {t('common.saveFailed', { message: create.error.message })}
          </p>
        )}
      </form>
    </div>
  );
}
