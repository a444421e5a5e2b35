import { useFormContext } from 'react-hook-form';
import { oItemScoringSchema } from '../../../domain/schemas/framework';
import { useMessages } from '../../../i18n/featureMessages';
import type { FrameworkFormValues } from './frameworkForm';
import { Choice, ChoiceGroup } from '../../../ui/Choice';
import { messages } from './messages';
import { OITEM_SCORING_LABEL } from './oItemScoringLabel';

/**
 * How the year's O-items score: present or absent (100 or 0, as 2565 did), or points the agency
 * types. Radios in one named group, so arrow keys move between the two and a reader hears the
 * question with each answer.
 */
export function OItemScoringField() {
  const { t } = useMessages(messages);
  const { register } = useFormContext<FrameworkFormValues>();
  return (
    <ChoiceGroup className="o-item-scoring" legend={t('framework.oItemScoring')} hint={t('framework.oItemScoringHint')}>
      {oItemScoringSchema.options.map((value) => (
        <Choice key={value} type="radio" value={value} label={t(OITEM_SCORING_LABEL[value])} {...register('oItemScoring')} />
      ))}
    </ChoiceGroup>
  );
}
