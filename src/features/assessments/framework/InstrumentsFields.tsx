import { useId, useRef } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { roundScore } from '../../../domain/rounding';
import { instrumentCodeSchema } from '../../../domain/schemas/framework';
import { readScore } from '../../../domain/typedScore';
import { useMessages } from '../../../i18n/featureMessages';
import { emptyIndicator, type FrameworkFormValues } from './frameworkForm';
import { focusAfterRemoval, ListError, RemoveButton, SelectField, TextField, WeightTotal } from './formFields';
import { messages } from './messages';

/** What a typed weight adds to a sum: nothing while it does not read as a number. */
export const weightOf = (typed: string | undefined) => {
  const read = readScore(typed ?? '');
  return 'score' in read ? read.score : 0;
};

/** The instruments, each with its indicators, and how their weights add up as the person types. */
export function InstrumentsFields() {
  const { t } = useMessages(messages);
  const id = useId();
  const { control } = useFormContext<FrameworkFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'instruments' });
  const typed = useWatch({ control, name: 'instruments' });
  const addRef = useRef<HTMLButtonElement>(null);
  const total = roundScore(typed.reduce((sum, i) => sum + weightOf(i.weight), 0));
  const unused = instrumentCodeSchema.options.filter((code) => !typed.some((i) => i.code === code));
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('framework.instruments')}</h2>
      <WeightTotal ok={total === 100}>{t('framework.instrumentsTotal', { sum: total })}</WeightTotal>
      <ListError name="instruments" />
      {fields.map((field, i) => (
        <fieldset key={field.id} className="framework-group">
          <legend>{t('framework.instrument', { n: i + 1 })}</legend>
          <div className="framework-row">
            <SelectField name={`instruments.${i}.code`} label={t('framework.instrumentCode')} prompt={t('framework.chooseInstrument')} options={instrumentCodeSchema.options} className="narrow" />
            <TextField name={`instruments.${i}.name`} label={t('framework.nameTh')} className="wide" />
            <TextField name={`instruments.${i}.nameEn`} label={t('framework.nameEn')} className="wide" />
            <TextField name={`instruments.${i}.weight`} label={t('framework.weight')} inputMode="decimal" className="narrow" />
          </div>
          <IndicatorsFields instrument={i} />
          <button
            type="button"
            className="secondary"
            onClick={() => {
              remove(i);
              focusAfterRemoval(addRef);
            }}
          >
            {t('framework.removeInstrument', { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        ref={addRef}
        type="button"
        className="secondary"
        disabled={unused.length === 0}
        onClick={() => append({ code: unused[0] ?? '', name: '', nameEn: '', weight: '', indicators: [emptyIndicator()] })}
      >
        {t('framework.addInstrument')}
      </button>
    </section>
  );
}

function IndicatorsFields({ instrument }: { instrument: number }) {
  const { t } = useMessages(messages);
  const { control, getValues } = useFormContext<FrameworkFormValues>();
  const name = `instruments.${instrument}.indicators` as const;
  const { fields, append, remove } = useFieldArray({ control, name });
  const [code, weight, indicators] = useWatch({ control, name: [`instruments.${instrument}.code`, `instruments.${instrument}.weight`, name] });
  const addRef = useRef<HTMLButtonElement>(null);
  const sum = roundScore(indicators.reduce((s, d) => s + weightOf(d.weight), 0));
  const label = code || t('framework.instrument', { n: instrument + 1 });
  const nextNumber = () => {
    const numbers = getValues('instruments').flatMap((i) => i.indicators.map((d) => Number(d.number) || 0));
    return String(Math.max(0, ...numbers) + 1);
  };
  return (
    <div className="framework-indicators">
      <WeightTotal ok={sum === weightOf(weight)}>{t('framework.indicatorsTotal', { sum, weight: weightOf(weight) })}</WeightTotal>
      <ListError name={name} />
      {fields.map((field, j) => (
        <fieldset key={field.id} className="framework-group compact">
          <legend className="visually-hidden">{t('framework.indicator', { n: j + 1, code: label })}</legend>
          <div className="framework-row indicator-row">
            <TextField name={`${name}.${j}.number`} label={t('framework.indicatorNumber')} inputMode="numeric" className="narrow" />
            <TextField name={`${name}.${j}.name`} label={t('framework.nameTh')} className="wide" />
            <TextField name={`${name}.${j}.nameEn`} label={t('framework.nameEn')} className="wide" />
            <TextField name={`${name}.${j}.weight`} label={t('framework.weight')} inputMode="decimal" className="narrow" />
            <RemoveButton
              short={t('framework.remove')}
              label={t('framework.removeIndicator', { n: j + 1, code: label })}
              onClick={() => {
                remove(j);
                focusAfterRemoval(addRef);
              }}
            />
          </div>
        </fieldset>
      ))}
      <button ref={addRef} type="button" className="secondary" onClick={() => append({ ...emptyIndicator(), number: nextNumber() })}>
        {t('framework.addIndicator', { code: label })}
      </button>
    </div>
  );
}
