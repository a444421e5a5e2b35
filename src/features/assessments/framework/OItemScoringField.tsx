import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import { oItemScoringSchema } from '../../../domain/schemas/framework';
import { useMessages } from '../../../i18n/featureMessages';
import type { FrameworkFormValues } from './frameworkForm';
import { messages } from './messages';
import { OITEM_SCORING_LABEL } from './oItemScoringLabel';

/**
 * How the year's O-items score: present or absent (100 or 0, as 2565 did), or points the agency
 * types. Radios in one named group, so arrow keys move between the two and a reader hears the
 * question with each answer.
 */
export function OItemScoringField() {
  const { t } = useMessages(messages);
  const id = useId();
  const { register } = useFormContext<FrameworkFormValues>();
  return (
    <fieldset className="field o-item-scoring" aria-describedby={`${id}-hint`}>
      <legend>{t('framework.oItemScoring')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('framework.oItemScoringHint')}
      </p>
      {oItemScoringSchema.options.map((value) => (
        <label key={value} className="choice">
          <input type="radio" value={value} {...register('oItemScoring')} />
          {t(OITEM_SCORING_LABEL[value])}
        </label>
      ))}
    </fieldset>
  );
}
