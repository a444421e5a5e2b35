import { useId, useMemo, useRef, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { newId } from '../../data/ids';
import { useSetUpAgency } from '../../data/setUpAgency';
import { builtInFrameworks } from '../../domain/frameworks/registry';
import { fiscalYearOf } from '../../domain/thaiDate';
import type { Framework } from '../../domain/schemas/framework';
import type { Organisation, Unit } from '../../domain/schemas/organisation';
import { useMessages } from '../../i18n/featureMessages';
import { useLangLink } from '../../i18n/langLink';
import { useErrorWords } from '../../i18n/useErrorWords';
import { FieldError } from '../../ui/FieldError';
import { SaveControls } from '../../ui/SaveControls';
import { SaveFailed } from '../../ui/SaveFailed';
import { buildSetUp, freshResolver, planYear, type FreshRefusal, type FreshValues } from './freshForm';
import { messages, type FirstRunKey } from './messages';
import { ScoreFields } from './ScoreFields';
import { Alert } from '../../ui/Alert';
import { useRefusalsFollowLanguage } from '../../ui/useRefusalsFollowLanguage';

/** Each refusal's words, spelled out so the catalog test can see every key in use. */
const REFUSAL_KEYS = {
  'units.none': 'firstRun.refusal.units.none',
  'unit.duplicate': 'firstRun.refusal.unit.duplicate',
  'year.notBegun': 'firstRun.refusal.year.notBegun',
  'year.format': 'firstRun.refusal.year.format',
  'year.held': 'firstRun.refusal.year.held',
  'year.tooFar': 'firstRun.refusal.year.tooFar',
  'year.noFramework': 'firstRun.refusal.year.noFramework',
  'score.missing': 'firstRun.refusal.score.missing',
  'score.format': 'firstRun.refusal.score.format',
  'score.over100': 'firstRun.refusal.score.over100',
} as const satisfies Record<FreshRefusal['code'], FirstRunKey>;

// Years are written as typed (2566), never grouped like counts; so are a unit's row and a score.
const asTyped = (values: FreshRefusal['values']) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));

interface Props {
  /** What the data set already holds (an empty backup restored keeps its agency and units). */
  organisation: Organisation | null;
  units: Unit[];
  frameworks: Framework[];
}

function defaults(organisation: Organisation | null, units: Unit[]): FreshValues {
  return {
    name: organisation?.name ?? '',
    kind: organisation?.kind ?? '',
    district: organisation?.district ?? '',
    province: organisation?.province ?? '',
    units: units.length > 0 ? units.map((u) => ({ id: u.id, name: u.name })) : [{ id: newId(), name: '' }],
    // The result most recently announced is the last completed fiscal year's.
    year: String(fiscalYearOf(new Date()) - 1),
    how: 'type',
    scores: {},
  };
}

/**
 * Starting from nothing: the agency, its units and one year's result in one form. Scores can be
 * typed here, or imported on the assessments screen, where the app goes once this is saved.
 */
export function StartFreshForm({ organisation, units, frameworks }: Props) {
  const { t } = useMessages(messages);
  const id = useId();
  const navigate = useNavigate();
  const withLang = useLangLink();
  const setUp = useSetUpAgency();
  const words = useErrorWords();
  const [organisationId] = useState(() => organisation?.id ?? newId());
  const resolver = useMemo(
    () => freshResolver(organisationId, frameworks, { field: words.field, refusal: (r) => t(REFUSAL_KEYS[r.code], asTyped(r.values)) }),
    [organisationId, frameworks, words, t],
  );
  const form = useForm<FreshValues>({ resolver, defaultValues: defaults(organisation, units) });
  useRefusalsFollowLanguage(form);
  const rows = useFieldArray({ control: form.control, name: 'units', keyName: 'key' });
  const addButton = useRef<HTMLButtonElement>(null);
  const [year, how] = useWatch({ control: form.control, name: ['year', 'how'] });
  const plan = planYear(year, organisationId, frameworks);
  // While the year is being typed (or is wrong) the score fields stay, as the latest framework has them.
  const shown = plan.ok ? plan.framework : (frameworks.at(-1) ?? builtInFrameworks().at(-1));
  const { errors } = form.formState;
  const submit = form.handleSubmit((values) => {
    const records = buildSetUp(values, organisationId, frameworks);
    setUp.mutate(records, {
      // With scores the dashboard shows them; without, the year's page is where they are imported.
      onSuccess: (saved) => void navigate(withLang(values.how === 'import' ? `/assessments?year=${saved.fiscalYear}` : '/')),
    });
  }, () => setUp.reset());
  const field = (name: string, error: string | undefined, hint = false) => ({
    id: `${id}-${name}`,
    'aria-invalid': error !== undefined,
    'aria-describedby': `${hint ? `${id}-${name}-hint ` : ''}${id}-${name}-error`,
  });
  const unitsError = errors.units?.root?.message ?? errors.units?.message;

  return (
    <section className="card first-run-choice first-run-fresh" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('firstRun.fresh.heading')}</h2>
      <p>{t('firstRun.fresh.intro')}</p>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        <fieldset className="field">
          <legend>{t('firstRun.fresh.agency')}</legend>
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('firstRun.fresh.name')}</label>
            <input {...field('name', errors.name?.message, true)} autoComplete="organization" {...form.register('name')} />
            <p id={`${id}-name-hint`} className="hint">{t('firstRun.fresh.nameHint')}</p>
            <FieldError id={`${id}-name-error`} message={errors.name?.message} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('firstRun.fresh.kind')}</label>
            <input {...field('kind', errors.kind?.message, true)} autoComplete="off" {...form.register('kind')} />
            <p id={`${id}-kind-hint`} className="hint">{t('firstRun.fresh.kindHint')}</p>
            <FieldError id={`${id}-kind-error`} message={errors.kind?.message} />
          </div>
          <div className="first-run-pair">
            <div className="field">
              <label htmlFor={`${id}-district`}>{t('firstRun.fresh.district')}</label>
              <input {...field('district', undefined)} autoComplete="off" {...form.register('district')} />
              <FieldError id={`${id}-district-error`} message={undefined} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-province`}>{t('firstRun.fresh.province')}</label>
              <input {...field('province', undefined)} autoComplete="off" {...form.register('province')} />
              <FieldError id={`${id}-province-error`} message={undefined} />
            </div>
          </div>
        </fieldset>
        <fieldset className="field" aria-describedby={`${id}-units-hint ${id}-units-error`}>
          <legend>{t('firstRun.fresh.units')}</legend>
          <p id={`${id}-units-hint`} className="hint">{t('firstRun.fresh.unitsHint')}</p>
          <ol className="first-run-units">
            {rows.fields.map((row, i) => {
              const message = errors.units?.[i]?.name?.message;
              return (
                <li key={row.key} className="field">
                  <label htmlFor={`${id}-unit-${row.key}`}>{t('firstRun.fresh.unit', { n: i + 1 })}</label>
                  <div className="first-run-unit">
                    <input
                      id={`${id}-unit-${row.key}`}
                      aria-invalid={message !== undefined}
                      aria-describedby={`${id}-unit-${row.key}-error`}
                      autoComplete="off"
                      {...form.register(`units.${i}.name`)}
                    />
                    {rows.fields.length > 1 && (
                      <button type="button" className="secondary" onClick={() => (rows.remove(i), addButton.current?.focus())}>
                        {t('firstRun.fresh.removeUnit', { n: i + 1 })}
                      </button>
                    )}
                  </div>
                  <FieldError id={`${id}-unit-${row.key}-error`} message={message} />
                </li>
              );
            })}
          </ol>
          <button ref={addButton} type="button" className="secondary" onClick={() => rows.append({ id: newId(), name: '' })}>
            {t('firstRun.fresh.addUnit')}
          </button>
          <FieldError id={`${id}-units-error`} message={unitsError} />
        </fieldset>
        <fieldset className="field">
          <legend>{t('firstRun.fresh.result')}</legend>
          <div className="field">
            <label htmlFor={`${id}-year`}>{t('firstRun.fresh.year')}</label>
            <input {...field('year', errors.year?.message, true)} inputMode="numeric" autoComplete="off" className="first-run-year" {...form.register('year')} />
            <p id={`${id}-year-hint`} className="hint" aria-live="polite">
              {plan.ok &&
                (plan.copiedFrom
                  ? t('firstRun.fresh.frameworkCopy', { year: plan.fiscalYear, name: plan.copiedFrom.name })
                  : t('firstRun.fresh.framework', { name: plan.framework.name }))}
            </p>
            <FieldError id={`${id}-year-error`} message={errors.year?.message} />
          </div>
          {shown && <ScoreFields form={form} how={how} framework={shown} />}
        </fieldset>
        <SaveControls pending={setUp.isPending} label={t('firstRun.fresh.submit')} status={setUp.isPending ? t('firstRun.fresh.saving') : null} />
        {form.formState.isSubmitted && Object.keys(errors).length > 0 && (
          <Alert>
            {t('firstRun.fresh.fix')}
          </Alert>
        )}
        <SaveFailed error={setUp.error} />
      </form>
    </section>
  );
}
