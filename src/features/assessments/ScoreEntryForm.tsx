import { useEffect, useId, useMemo, useRef } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useSaveAssessment } from '../../data/mutations';
import { useFindings } from '../../data/queries';
import { summariseAssessment } from '../../domain/assessmentSummary';
import type { Assessment } from '../../domain/schemas/assessment';
import { levelSchema, type Framework } from '../../domain/schemas/framework';
import type { Settings } from '../../domain/schemas/settings';
import { indicatorsOf } from '../../domain/scoring';
import { useMessages } from '../../i18n/featureMessages';
import { localName } from '../../i18n/names';
import { formatScore } from '../../i18n/numbers';
import { useErrorWords } from '../../i18n/useErrorWords';
import { describeWarning } from '../../i18n/warningMessages';
import { FieldError } from '../../ui/FieldError';
import { formFrom, readForm, scoreResolver, type ScoreFormValues } from './scoreForm';
import { messages } from './messages';
import { SaveControls } from '../../ui/SaveControls';
import { useScoreFaultWords } from './useScoreFaultWords';
import { Alert } from '../../ui/Alert';
import { useRefusalsFollowLanguage } from '../../ui/useRefusalsFollowLanguage';

interface Props {
  assessment: Assessment;
  framework: Framework;
  settings: Settings;
}

/**
 * Typing a year's result: the computed total and level follow every keystroke beside the
 * reported ones, with the disagreements the domain finds; nothing is stored until saved, and a
 * refused save keeps every field as typed.
 */
export function ScoreEntryForm({ assessment, framework, settings }: Props) {
  const { t, locale, language } = useMessages(messages);
  const id = useId();
  const save = useSaveAssessment();
  const findings = useFindings(assessment.id);
  const word = useScoreFaultWords();
  const words = useErrorWords();
  const resolver = useMemo(() => scoreResolver(assessment, framework, word), [assessment, framework, word]);
  const form = useForm<ScoreFormValues>({ resolver, defaultValues: formFrom(assessment, framework) });
  useRefusalsFollowLanguage(form);
  const live = readForm(useWatch({ control: form.control }) as ScoreFormValues, assessment, framework);
  // The stored result changed (an import, another tab): show it, unless the person is typing.
  const shown = useRef(assessment);
  useEffect(() => {
    if (shown.current === assessment) return;
    shown.current = assessment;
    if (!form.formState.isDirty) form.reset(formFrom(assessment, framework));
  }, [assessment, framework, form]);
  const summary = summariseAssessment(framework, live.assessment, findings.data ?? [], settings);
  const score = (n: number) => formatScore(n, locale);
  const { errors } = form.formState;
  const submit = form.handleSubmit((typed) =>
    save.mutate(readForm(typed, assessment, framework).assessment, { onSuccess: (saved) => form.reset(formFrom(saved, framework)) }),
  );

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('entry.heading')}</h2>
      <form className="form score-entry" noValidate onSubmit={(e) => void submit(e)}>
        <output className="what-if-result entry-live" aria-live="polite">
          <strong>
            {summary.computed.total === null
              ? t('entry.incomplete', { count: summary.computed.missing.length })
              : t('entry.computed', { total: score(summary.computed.total), level: summary.computedLevel ?? '—' })}
          </strong>
          {summary.warnings.map((w) => (
            <span key={w.code + ('indicator' in w ? w.indicator : '')}>⚠ {describeWarning(w, t, locale, framework.passMark)}</span>
          ))}
        </output>
        <div className="entry-grid">
          <div className="field">
            <label htmlFor={`${id}-total`}>{t('entry.reportedTotal')}</label>
            <input id={`${id}-total`} inputMode="decimal" autoComplete="off" aria-invalid={!!errors.reportedTotal} aria-describedby={`${id}-total-error`} {...form.register('reportedTotal')} />
            <FieldError id={`${id}-total-error`} message={errors.reportedTotal?.message} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-level`}>{t('entry.reportedLevel')}</label>
            <select id={`${id}-level`} {...form.register('reportedLevel')}>
              <option value="">{t('entry.noLevel')}</option>
              {levelSchema.options.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-passed`}>{t('entry.reportedPassed')}</label>
            <input id={`${id}-passed`} inputMode="numeric" autoComplete="off" aria-invalid={!!errors.reportedPassed} aria-describedby={`${id}-passed-error`} {...form.register('reportedPassed')} />
            <FieldError id={`${id}-passed-error`} message={errors.reportedPassed?.message} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-failed`}>{t('entry.reportedFailed')}</label>
            <input id={`${id}-failed`} inputMode="numeric" autoComplete="off" aria-invalid={!!errors.reportedFailed} aria-describedby={`${id}-failed-error`} {...form.register('reportedFailed')} />
            <FieldError id={`${id}-failed-error`} message={errors.reportedFailed?.message} />
          </div>
        </div>
        <fieldset className="field">
          <legend>{t('entry.scores')}</legend>
          <div className="what-if-fields">
            {indicatorsOf(framework).map((d) => {
              const name = `scores.i${d.number}` as const;
              const error = errors.scores?.[`i${d.number}`]?.message;
              return (
                <div key={d.number} className="field">
                  <label htmlFor={`${id}-${name}`}>{t('entry.indicator', { number: d.number, name: localName(d, language), weight: d.weight })}</label>
                  <input id={`${id}-${name}`} inputMode="decimal" autoComplete="off" aria-invalid={!!error} aria-describedby={`${id}-${name}-error`} {...form.register(name)} />
                  <FieldError id={`${id}-${name}-error`} message={error} />
                </div>
              );
            })}
          </div>
        </fieldset>
        {errors.root && (
          <Alert>
            {errors.root.message}
          </Alert>
        )}
        <SaveControls
          pending={save.isPending}
          label={t('entry.save')}
          status={save.isSuccess ? t('common.saved') : null}
          failure={save.error ? words.storeError(save.error) : null}
        />
      </form>
    </section>
  );
}
