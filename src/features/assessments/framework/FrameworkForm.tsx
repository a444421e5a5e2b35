import { useId } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { useSaveFramework } from '../../../data/mutations';
import { isStoreError } from '../../../data/storeError';
import type { FrameworkUses } from '../../../domain/frameworkFit';
import type { Framework } from '../../../domain/schemas/framework';
import { useMessages } from '../../../i18n/featureMessages';
import { useErrorWords } from '../../../i18n/useErrorWords';
import { useLangLink } from '../../../i18n/langLink';
import { errorMessages, TextField } from './formFields';
import { formFromFramework, frameworkResolver, readFrameworkForm, type FrameworkFormValues } from './frameworkForm';
import { useFrameworkWords } from './frameworkWords';
import { InstrumentsFields } from './InstrumentsFields';
import { LevelsFields } from './LevelsFields';
import { messages } from './messages';
import { OItemScoringField } from './OItemScoringField';
import { OItemsFields } from './OItemsFields';
import { Alert } from '../../../ui/Alert';
import { useRefusalsFollowLanguage } from '../../../ui/useRefusalsFollowLanguage';

interface Props {
  year: number;
  /** The year's own framework, or the one it is copied from. */
  source: Framework;
  /** The year the form was copied from when the year has no framework of its own. */
  copiedFrom: number | null;
  uses: FrameworkUses;
}

/**
 * A year's framework, every part of it changeable; checked as a whole against the rules and
 * against the year's records before it is saved, and kept as typed when it cannot be.
 */
export function FrameworkForm({ year, source, copiedFrom, uses }: Props) {
  const { t } = useMessages(messages);
  const words = useErrorWords();
  const frameworkWords = useFrameworkWords();
  const withLang = useLangLink();
  const id = useId();
  const save = useSaveFramework();
  // The year's records travel as the resolver's context, so each check sees them as they are now.
  const form = useForm<FrameworkFormValues, FrameworkUses>({ resolver: frameworkResolver(year, frameworkWords.fault), context: uses, defaultValues: formFromFramework(source) });
  useRefusalsFollowLanguage(form);
  const problems = form.formState.submitCount > 0 ? errorMessages(form.formState.errors) : [];
  const submit = form.handleSubmit((values) => {
    const { framework } = readFrameworkForm(values, year, uses);
    if (framework) save.mutate(framework, { onSuccess: (saved) => form.reset(formFromFramework(saved)) });
  });

  return (
    <FormProvider {...form}>
      {copiedFrom !== null && <p className="card notice">{t('framework.copied', { year, from: copiedFrom })}</p>}
      <form className="framework-form" noValidate onSubmit={(e) => void submit(e)}>
        <section className="card" aria-labelledby={`${id}-general`}>
          <h2 id={`${id}-general`}>{t('framework.general')}</h2>
          <div className="framework-row">
            <TextField name="name" label={t('framework.name')} className="wide" />
            <TextField name="passMark" label={t('framework.passMark')} inputMode="decimal" className="narrow" />
          </div>
          <OItemScoringField />
        </section>
        <InstrumentsFields />
        <LevelsFields />
        <OItemsFields />
        <div className="card framework-save">
          {problems.length > 0 && (
            <Alert block>
              <p>{t('framework.problems', { count: problems.length })}</p>
              <ul>
                {problems.map((p, k) => (
                  <li key={k}>{p}</li>
                ))}
              </ul>
            </Alert>
          )}
          <button type="submit" disabled={save.isPending}>
            {t('framework.save', { year })}
          </button>
          <p role="status" className="form-status">
            {save.isSuccess && !form.formState.isDirty && t('framework.saved', { year })}
          </p>
          {save.isError && (
            <Alert>
              {t('framework.failed', { message: isStoreError(save.error, 'validation') && save.error.detail.kind === 'validation' ? save.error.detail.fields.map(frameworkWords.savedField).join(' · ') : words.storeError(save.error) })}
            </Alert>
          )}
          <Link to={withLang(`/assessments?year=${year}`)}>{t('framework.back', { year })}</Link>
        </div>
      </form>
    </FormProvider>
  );
}
