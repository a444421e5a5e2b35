import { useId } from 'react';
import { useUpdateMeasure } from '../../data/measureMutations';
import type { Measure } from '../../domain/schemas/measure';
import { useMessages } from '../../i18n/featureMessages';
import { Choice } from '../../ui/Choice';
import { SaveFailed } from '../../ui/SaveFailed';
import { messages } from './messages';

/** The method steps in order; a tick saves at once and is undone if the store refuses it. */
export function StepChecklist({ measure, editable }: { measure: Measure; editable: boolean }) {
  const { t } = useMessages(messages);
  const update = useUpdateMeasure();
  const id = useId();
  if (measure.steps.length === 0) return null;
  const toggle = (stepId: string) =>
    update.mutate({
      id: measure.id,
      expectedVersion: measure.version,
      changes: { steps: measure.steps.map((s) => (s.id === stepId ? { ...s, done: !s.done } : s)) },
    });
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('measure.steps')}</h2>
      <ol className="steps">
        {measure.steps.map((step) => (
          <li key={step.id}>
            <Choice type="checkbox" checked={step.done} disabled={!editable || update.isPending} onChange={() => toggle(step.id)} label={<span lang="th">{step.text}</span>} />
          </li>
        ))}
      </ol>
      <SaveFailed error={update.error} />
    </section>
  );
}
