import { useId } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useEvidenceChoice } from '../../data/evidenceChoice';
import { newId } from '../../data/ids';
import { useSaveFinding } from '../../data/mutations';
import { useUnits } from '../../data/queries';
import { faultsByField, type FieldError as FieldFault } from '../../data/storeError';
import { newFinding, type FindingDraft } from '../../domain/findingWrites';
import type { Assessment } from '../../domain/schemas/assessment';
import { findingSchema, type Finding, type FindingTarget } from '../../domain/schemas/finding';
import type { Framework } from '../../domain/schemas/framework';
import { indicatorsOf } from '../../domain/scoring';
import { useMessages } from '../../i18n/featureMessages';
import { formatScore } from '../../i18n/numbers';
import { useErrorWords } from '../../i18n/useErrorWords';
import { Choice, ChoiceGroup } from '../../ui/Choice';
import { EvidencePicker } from '../../ui/evidence/EvidencePicker';
import { WaitForFiles } from '../../ui/evidence/SendingProgress';
import { FieldError } from '../../ui/FieldError';
import { FindingSending } from './FindingSending';
import { FORM_FIELDS, targetOf, type FindingFormValues } from './findingForm';
import { messages } from './messages';
import { useRefusalsFollowLanguage } from '../../ui/useRefusalsFollowLanguage';

/**
 * A new finding on a weak indicator or a zero-scored O-item (weakest first), with its evidence
 * files if any: sent with it in one save, kept in the form with the text if the save fails.
 */
export function NewFindingForm({
  assessment,
  framework,
  siblings,
  targetName,
}: {
  assessment: Assessment;
  framework: Framework;
  siblings: Finding[];
  targetName: (target: FindingTarget) => string;
}) {
  const { t, locale } = useMessages(messages);
  const id = useId();
  const units = useUnits();
  const save = useSaveFinding();
  const choice = useEvidenceChoice();
  const scores = new Map(assessment.indicatorScores.map((s) => [s.indicator, s.score]));
  const build = (values: FindingFormValues, findingId: string) => {
    const target = targetOf(values.target);
    const draft: FindingDraft = { target, title: values.title, analysis: values.analysis, improvement: values.improvement, unitIds: values.unitIds };
    const stated = target.kind === 'indicator' ? (scores.get(target.indicator) ?? null) : (assessment.oItemResults.find((r) => r.code === target.code)?.score ?? null);
    return newFinding(draft, { id: findingId, assessmentId: assessment.id, framework, siblings, statedScore: stated });
  };
  const words = useErrorWords();
  // The store's schema decides; each fault is worded by its code beside the field it names.
  const word = (f: FieldFault) => (f.path === 'title' && f.code === 'too_small' ? t('findings.titleMissing') : words.field(f));
  const place = (f: FieldFault) => {
    const top = f.path.split('.')[0] ?? '';
    return FORM_FIELDS.includes(top) ? top : 'target';
  };
  const resolver: Resolver<FindingFormValues> = (values) => {
    const parsed = findingSchema.safeParse(build(values, 'draft'));
    return parsed.success ? { values, errors: {} } : { values: {}, errors: faultsByField(parsed.error, word, place) as FieldErrors<FindingFormValues> };
  };
  const weakFirst = indicatorsOf(framework).sort((a, b) => (scores.get(a.number) ?? 101) - (scores.get(b.number) ?? 101));
  const zeroItems = assessment.oItemResults.filter((r) => r.score === 0);
  const form = useForm<FindingFormValues>({
    resolver,
    defaultValues: { target: weakFirst[0] ? `i${weakFirst[0].number}` : '', title: '', analysis: '', improvement: '', unitIds: [] },
  });
  useRefusalsFollowLanguage(form);
  const { errors } = form.formState;
  const submit = form.handleSubmit((values) => {
    const files = choice.ready;
    const finding = build(values, newId());
    save.mutate(files.length > 0 ? { finding: { ...finding, files: files.map((p) => p.file) }, upload: { files: files.map((p) => p.blob) } } : { finding }, {
      onSuccess: () => {
        choice.clear();
        form.reset({ target: values.target, title: '', analysis: '', improvement: '', unitIds: [] });
      },
    });
  });

  return (
    <form className="form" noValidate aria-labelledby={`${id}-h`} onSubmit={(e) => void submit(e)}>
      <h3 id={`${id}-h`}>{t('findings.add')}</h3>
      <div className="field">
        <label htmlFor={`${id}-target`}>{t('findings.target')}</label>
        <select id={`${id}-target`} aria-invalid={!!errors.target} aria-describedby={`${id}-target-error`} {...form.register('target')}>
          {weakFirst.map((d) => {
            const target: FindingTarget = { kind: 'indicator', indicator: d.number };
            const score = scores.get(d.number);
            return (
              <option key={d.number} value={`i${d.number}`}>
                {score === undefined ? targetName(target) : t('findings.targetScore', { target: targetName(target), score: formatScore(score, locale) })}
              </option>
            );
          })}
          {zeroItems.map((r) => (
            <option key={r.code} value={r.code}>
              {t('findings.targetScore', { target: targetName({ kind: 'oItem', code: r.code }), score: formatScore(0, locale) })}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-target-error`} message={errors.target?.message} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('findings.title')}</label>
        <input id={`${id}-title`} aria-invalid={!!errors.title} aria-describedby={`${id}-title-error`} {...form.register('title')} />
        <FieldError id={`${id}-title-error`} message={errors.title?.message} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-analysis`}>{t('findings.analysis')}</label>
        <textarea id={`${id}-analysis`} rows={3} aria-invalid={!!errors.analysis} aria-describedby={`${id}-analysis-error`} {...form.register('analysis')} />
        <FieldError id={`${id}-analysis-error`} message={errors.analysis?.message} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-improvement`}>{t('findings.improvement')}</label>
        <textarea id={`${id}-improvement`} rows={3} aria-invalid={!!errors.improvement} aria-describedby={`${id}-improvement-error`} {...form.register('improvement')} />
        <FieldError id={`${id}-improvement-error`} message={errors.improvement?.message} />
      </div>
      <ChoiceGroup legend={t('findings.units')} layout="wrap" error={errors.unitIds?.message}>
        {(units.data ?? []).map((u) => (
          <Choice key={u.id} type="checkbox" value={u.id} label={u.name} {...form.register('unitIds')} />
        ))}
      </ChoiceGroup>
      <EvidencePicker choice={choice} disabled={save.isPending} holder="finding" />
      <button type="submit" disabled={save.isPending || choice.preparing > 0} aria-describedby={choice.preparing > 0 ? `${id}-wait` : undefined}>
        {t('findings.save')}
      </button>
      {choice.preparing > 0 && <WaitForFiles id={`${id}-wait`} />}
      <FindingSending save={save} withFiles={choice.files.length > 0} onSendAgain={() => void submit()} />
      <p role="status" className="form-status">
        {save.isSuccess && t('findings.saved', { title: save.data.title })}
      </p>
    </form>
  );
}
