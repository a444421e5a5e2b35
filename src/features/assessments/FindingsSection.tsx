import { useId } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { Link } from 'react-router';
import { useSaveFinding } from '../../data/mutations';
import { useFindings, useUnits } from '../../data/queries';
import { newId } from '../../data/ids';
import { faultsByField, type FieldError as FieldFault } from '../../data/storeError';
import { newFinding, type FindingDraft } from '../../domain/findingWrites';
import type { Assessment } from '../../domain/schemas/assessment';
import { findingSchema, type Finding, type FindingTarget } from '../../domain/schemas/finding';
import type { Framework } from '../../domain/schemas/framework';
import { indicatorDef, indicatorsOf } from '../../domain/scoring';
import { useMessages } from '../../i18n/featureMessages';
import { useErrorWords } from '../../i18n/useErrorWords';
import { localName } from '../../i18n/names';
import { formatList, formatScore } from '../../i18n/numbers';
import { FieldError } from '../../ui/FieldError';
import { Choice, ChoiceGroup } from '../../ui/Choice';
import { messages } from './messages';
import { useLangLink } from '../../i18n/langLink';
import { SaveFailed } from '../../ui/SaveFailed';

interface Props {
  assessment: Assessment;
  framework: Framework;
  canEdit: boolean;
}

interface FindingFormValues {
  /** `i<n>` or an O-item code. */
  target: string;
  title: string;
  analysis: string;
  improvement: string;
  unitIds: string[];
}

/** The form's own fields; anything else the schema finds wrong is about the target. */
const FORM_FIELDS: readonly string[] = ['title', 'analysis', 'improvement', 'unitIds'];

const targetOf = (value: string): FindingTarget =>
  value.startsWith('i') ? { kind: 'indicator', indicator: Number(value.slice(1)) } : { kind: 'oItem', code: value };

/** ข้อบกพร่อง: why an indicator or O-item is weak and what to do; each can become a measure. */
export function FindingsSection({ assessment, framework, canEdit }: Props) {
  const { t, locale, language } = useMessages(messages);
  const findings = useFindings(assessment.id);
  const units = useUnits();
  const unitName = (id: string) => units.data?.find((u) => u.id === id)?.name ?? id;
  const targetName = (target: FindingTarget) => {
    if (target.kind === 'oItem') return `${target.code} ${framework.oItems.find((o) => o.code === target.code)?.name ?? ''}`.trim();
    const def = indicatorDef(framework, target.indicator);
    return t('findings.target.indicator', { number: target.indicator, name: def ? localName(def, language) : '' });
  };
  const withLang = useLangLink();
  return (
    <section className="card" aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t('findings.heading')}</h2>
      {findings.data?.length === 0 && <p>{t('findings.none')}</p>}
      <ul className="finding-list">
        {(findings.data ?? []).map((f) => (
          <li key={f.id}>
            <h3>
              {f.instrument} {f.order}. <span lang="th">{f.title}</span>
            </h3>
            <p className="hint">
              {targetName(f.target)}
              {f.statedScore !== null && ` · ${formatScore(f.statedScore, locale)}`}
              {f.unitIds.length > 0 && ` · ${formatList(f.unitIds.map(unitName), locale)}`}
            </p>
            {f.analysis && (
              <p lang="th">
                <strong>{t('findings.analysis')}:</strong> {f.analysis}
              </p>
            )}
            {f.improvement && (
              <p lang="th">
                <strong>{t('findings.improvement')}:</strong> {f.improvement}
              </p>
            )}
            {canEdit && (
              <Link
                className="button-link"
                to={withLang(`/measures/new?year=${assessment.fiscalYear}&finding=${encodeURIComponent(f.id)}`)}
                aria-label={t('findings.createMeasureLabel', { title: f.title })}
              >
                {t('findings.createMeasure')}
              </Link>
            )}
          </li>
        ))}
      </ul>
      {canEdit && findings.data && <NewFindingForm assessment={assessment} framework={framework} siblings={findings.data} targetName={targetName} />}
    </section>
  );
}

function NewFindingForm({
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
  const { errors } = form.formState;
  const submit = form.handleSubmit((values) =>
    save.mutate({ finding: build(values, newId()) }, {
      onSuccess: () => form.reset({ target: values.target, title: '', analysis: '', improvement: '', unitIds: [] }),
    }),
  );

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
      <button type="submit" disabled={save.isPending}>
        {t('findings.save')}
      </button>
      <p role="status" className="form-status">
        {save.isSuccess && t('findings.saved', { title: save.data.title })}
      </p>
      <SaveFailed error={save.error} />
    </form>
  );
}
