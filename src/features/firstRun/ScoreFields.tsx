import { useId } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Framework } from '../../domain/schemas/framework';
import { indicatorsOf } from '../../domain/scoring';
import { useMessages } from '../../i18n/featureMessages';
import { localName } from '../../i18n/names';
import { Choice, ChoiceGroup } from '../../ui/Choice';
import { FieldError } from '../../ui/FieldError';
import { scoreField, type FreshValues } from './freshForm';
import { messages } from './messages';

/**
 * How the year's scores come in: typed here, one field per indicator of the year's framework, or
 * from a score file on the assessments screen next (its import checks every row before saving).
 */
export function ScoreFields({ form, how, framework }: { form: UseFormReturn<FreshValues>; how: FreshValues['how']; framework: Framework }) {
  const { t, language } = useMessages(messages);
  const id = useId();
  const errors = form.formState.errors.scores;
  return (
    <>
      <ChoiceGroup legend={t('firstRun.fresh.how')}>
        <Choice type="radio" value="type" label={t('firstRun.fresh.howType')} {...form.register('how')} />
        <Choice type="radio" value="import" label={t('firstRun.fresh.howImport')} {...form.register('how')} />
      </ChoiceGroup>
      {how === 'import' ? (
        <p className="hint">{t('firstRun.fresh.importHint')}</p>
      ) : (
        <div className="first-run-scores">
            <p id={`${id}-hint`} className="hint">
              {t('firstRun.fresh.scoresHint')}
            </p>
            {indicatorsOf(framework).map((d) => {
              const name = scoreField(d.number);
              const message = errors?.[name]?.message;
              return (
                <div key={d.number} className="field first-run-score">
                  <label htmlFor={`${id}-${name}`}>{t('firstRun.fresh.indicator', { n: d.number, name: localName(d, language) })}</label>
                  <input
                    id={`${id}-${name}`}
                    inputMode="decimal"
                    autoComplete="off"
                    aria-invalid={message !== undefined}
                    aria-describedby={`${id}-hint ${id}-${name}-error`}
                    {...form.register(`scores.${name}`)}
                  />
                  <FieldError id={`${id}-${name}-error`} message={message} />
                </div>
              );
            })}
        </div>
      )}
    </>
  );
}
