import { useId } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useFindings, useUnits } from '../../data/queries';
import { MEASURE_KINDS } from '../../domain/schemas/measure';
import { useMessages } from '../../i18n/featureMessages';
import { Choice, ChoiceGroup } from '../../ui/Choice';
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
      <ChoiceGroup legend={t('newMeasure.kind')}>
        {MEASURE_KINDS.map((kind) => (
          <Choice key={kind} type="radio" value={kind} label={t(MEASURE_KIND_LABELS[kind])} {...form.register('kind')} />
        ))}
      </ChoiceGroup>
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
      <ChoiceGroup legend={t('measure.units')} layout="wrap" error={errors.unitIds?.message}>
        {(units.data ?? []).map((unit) => (
          <Choice key={unit.id} type="checkbox" value={unit.id} label={unit.name} {...form.register('unitIds')} />
        ))}
      </ChoiceGroup>
      <ChoiceGroup legend={t('newMeasure.indicators')} layout="wrap">
        {Array.from({ length: 10 }, (_, i) => String(i + 1)).map((n) => (
          <Choice key={n} type="checkbox" value={n} label={t('measures.indicator', { number: n })} {...form.register('indicators')} />
        ))}
      </ChoiceGroup>
      {(findings.data ?? []).length > 0 && (
        <ChoiceGroup legend={t('newMeasure.findings')}>
          {(findings.data ?? []).map((f) => (
            <Choice key={f.id} type="checkbox" value={f.id} label={f.title} {...form.register('findingIds')} />
          ))}
        </ChoiceGroup>
      )}
    </>
  );
}
