import { lazy, Suspense, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useUpdateMeasure } from '../../data/measureMutations';
import { isStoreError } from '../../data/storeError';
import type { Measure } from '../../domain/schemas/measure';
import { useMessages } from '../../i18n/featureMessages';
import { useErrorWords } from '../../i18n/useErrorWords';
import { ConflictNotice } from './ConflictNotice';
import { formFrom, measureResolver, toChanges, type MeasureFormValues } from './measureForm';
import { messages } from './messages';
import { LoadingState } from '../../ui/LoadingState';
import { SaveFailed } from '../../ui/SaveFailed';
import { useRefusalsFollowLanguage } from '../../ui/useRefusalsFollowLanguage';

// The fields preview the timeframe with the parser, which only an open edit needs: viewing a
// measure, even as the planning officer who may edit it, does not fetch the parser.
const MeasureFields = lazy(() => import('./MeasureFields').then((m) => ({ default: m.MeasureFields })));


/**
 * The planning officer's edit of what a measure says. The edit remembers the version it started
 * from: if someone saves first, the store refuses it as a conflict, the form keeps every word
 * typed, and the person sees the other version and chooses which to keep.
 */
export function MeasureEditor({ measure }: { measure: Measure }) {
  const { t } = useMessages(messages);
  const id = useId();
  const update = useUpdateMeasure();
  const words = useErrorWords();
  const [base, setBase] = useState<Measure | null>(null);
  const [conflict, setConflict] = useState<Measure | null>(null);
  const form = useForm<MeasureFormValues>({ resolver: measureResolver(measure.assessmentId, words.field), defaultValues: formFrom(measure) });
  useRefusalsFollowLanguage(form);

  const open = () => {
    form.reset(formFrom(measure));
    setBase(measure);
    setConflict(null);
    update.reset();
  };
  const save = (from: Measure) =>
    form.handleSubmit((values) =>
      update.mutate(
        { id: measure.id, expectedVersion: from.version, changes: toChanges(values, from) },
        {
          onSuccess: () => setBase(null),
          onError: (error) => {
            if (isStoreError(error, 'conflict') && error.detail.kind === 'conflict') setConflict(error.detail.current);
          },
        },
      ),
    )();

  if (!base) {
    return (
      <div className="actions">
        <button type="button" onClick={open}>
          {t('measure.edit')}
        </button>
        <p role="status" className="form-status">
          {update.isSuccess && t('common.saved')}
        </p>
      </div>
    );
  }
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('measure.editHeading')}</h2>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save(base);
        }}
      >
        <Suspense fallback={<LoadingState />}>
          <MeasureFields form={form} assessmentId={measure.assessmentId} measureId={measure.id} />
        </Suspense>
        {conflict && (
          <ConflictNotice
            message={update.error ? words.storeError(update.error) : ''}
            theirs={conflict}
            mineFrom={base.version}
            onKeepMine={() => {
              setBase(conflict);
              setConflict(null);
              void save(conflict);
            }}
            onTakeTheirs={() => {
              form.reset(formFrom(conflict));
              setBase(conflict);
              setConflict(null);
              update.reset();
            }}
          />
        )}
        {!conflict && <SaveFailed error={update.error} />}
        <div className="actions">
          <button type="submit" disabled={update.isPending}>
            {t('common.save')}
          </button>
          <button type="button" onClick={() => setBase(null)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
