import { useId, useRef } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { levelSchema } from '../../../domain/schemas/framework';
import { useMessages } from '../../../i18n/featureMessages';
import type { FrameworkFormValues } from './frameworkForm';
import { focusAfterRemoval, ListError, RemoveButton, SelectField, TextField } from './formFields';
import { messages } from './messages';

/** The level bands: a level and the total it starts at. */
export function LevelsFields() {
  const { t } = useMessages(messages);
  const id = useId();
  const { control } = useFormContext<FrameworkFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'levels' });
  const typed = useWatch({ control, name: 'levels' });
  const addRef = useRef<HTMLButtonElement>(null);
  const unused = levelSchema.options.filter((level) => !typed.some((b) => b.level === level));
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('framework.levels')}</h2>
      <p className="hint">{t('framework.levelsHint')}</p>
      <ListError name="levels" />
      {fields.map((field, k) => (
        <fieldset key={field.id} className="framework-group compact">
          <legend className="visually-hidden">{t('framework.band', { n: k + 1 })}</legend>
          <div className="framework-row band-row">
            <SelectField name={`levels.${k}.level`} label={t('framework.level')} prompt={t('framework.chooseLevel')} options={levelSchema.options} className="narrow" />
            <TextField name={`levels.${k}.min`} label={t('framework.min')} inputMode="decimal" className="narrow" />
            <RemoveButton
              short={t('framework.remove')}
              label={t('framework.removeBand', { n: k + 1 })}
              onClick={() => {
                remove(k);
                focusAfterRemoval(addRef);
              }}
            />
          </div>
        </fieldset>
      ))}
      <button ref={addRef} type="button" className="secondary" disabled={unused.length === 0} onClick={() => append({ level: unused[0] ?? '', min: '' })}>
        {t('framework.addBand')}
      </button>
    </section>
  );
}
