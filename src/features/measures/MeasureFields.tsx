import { useId } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useFindings, useUnits } from '../../data/queries';
import { MEASURE_KINDS } from '../../domain/schemas/measure';
import { useMessages } from '../../i18n/featureMessages';
import { FieldError } from '../../ui/FieldError';
import type { MeasureFormValues } from './measureForm';
import { messages, type MeasuresKey } from './messages';
import { MEASURE_KIND_LABELS } from './statusLabels';
import { useTimeframePreview } from './useTimeframePreview';

const TEXT_FIELDS: [keyof MeasureFormValues, MeasuresKey, 'input' | 'textarea'][] = [
  ['title', 'measure.title', 'input'],
  ['description', 'measure.description', 'textarea'],
  ['stepsText', 'newMeasure.steps', 'textarea'],
  ['timeframe', 'measure.timeframe', 'input'],
  ['followUp', 'measure.followUp', 'textarea'],
  ['oItemsText', 'newMeasure.oItems', 'input'],
];

/** Every field a measure has, for writing a new one and for editing one: the same words, the same checks. */
export function MeasureFields({ form, assessmentId, measureId }: { form: UseFormReturn<MeasureFormValues>; assessmentId: string; measureId?: string }) {
  const { t } = useMessages(messages);
  const id = useId();
  const units = useUnits();
  const findings = useFindings(assessmentId);
  const { errors } = form.formState;
  const timeframe = useTimeframePreview(useWatch({ control: form.control, name: 'timeframe' }) ?? '', assessmentId, measureId);
  const describedBy = (name: string, extra = '') => ({ 'aria-describedby': `${extra}${id}-${name}-error`.trim() });
  return (
    <>
      <fieldset className="field">
        <legend>{t('newMeasure.kind')}</legend>
        {MEASURE_KINDS.map((kind) => (
          <label key={kind} className="choice">
            <input type="radio" value={kind} {...form.register('kind')} />
            {t(MEASURE_KIND_LABELS[kind])}
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
                {timeframe || t('newMeasure.timeframeHint')}
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
    </>
  );
}
