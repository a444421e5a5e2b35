import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { useUpdateMeasure } from '../../data/measureMutations';
import { isStoreError } from '../../data/storeError';
import type { Measure } from '../../domain/schemas/measure';
import { measureInputSchema } from '../../domain/schemas/measureInput';
import { useMessages } from '../../i18n/featureMessages';
import { FieldError } from '../../ui/FieldError';
import { ConflictNotice } from './ConflictNotice';
import { messages } from './messages';

const editSchema = z.pick(measureInputSchema, { title: true, description: true, timeframe: true, followUp: true });
type EditFields = z.infer<typeof editSchema>;
const fieldsOf = (m: Measure): EditFields => ({ title: m.title, description: m.description, timeframe: m.timeframe.raw, followUp: m.followUp });

const FIELDS = [
  ['title', 'measure.title', 'input'],
  ['description', 'measure.description', 'textarea'],
  ['timeframe', 'measure.timeframe', 'input'],
  ['followUp', 'measure.followUp', 'textarea'],
] as const;

/**
 * The planning officer's edit of what a measure says. The edit remembers the version it started
 * from: if someone saves first, the store refuses it as a conflict, the form keeps every word
 * typed, and the person sees the other version and chooses which to keep.
 */
export function MeasureEditor({ measure }: { measure: Measure }) {
  const { t } = useMessages(messages);
  const id = useId();
  const update = useUpdateMeasure();
  const [base, setBase] = useState<Measure | null>(null);
  const [conflict, setConflict] = useState<Measure | null>(null);
  const form = useForm<EditFields>({ resolver: zodResolver(editSchema), defaultValues: fieldsOf(measure) });
  const { errors } = form.formState;

  const open = () => {
    form.reset(fieldsOf(measure));
    setBase(measure);
    setConflict(null);
    update.reset();
  };
  const save = (from: Measure) =>
    form.handleSubmit((changes) =>
      update.mutate(
        { id: measure.id, expectedVersion: from.version, changes },
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
        {FIELDS.map(([name, label, kind]) => {
          const props = {
            id: `${id}-${name}`,
            'aria-invalid': !!errors[name],
            'aria-describedby': `${id}-${name}-error`,
            ...form.register(name),
          };
          return (
            <div className="field" key={name}>
              <label htmlFor={`${id}-${name}`}>{t(label)}</label>
              {kind === 'textarea' ? <textarea rows={3} {...props} /> : <input {...props} />}
              <FieldError id={`${id}-${name}-error`} message={errors[name]?.message} />
            </div>
          );
        })}
        {conflict && (
          <ConflictNotice
            message={update.error?.message ?? ''}
            theirs={conflict}
            onKeepMine={() => {
              setBase(conflict);
              setConflict(null);
              void save(conflict);
            }}
            onTakeTheirs={() => {
              form.reset(fieldsOf(conflict));
              setBase(conflict);
              setConflict(null);
              update.reset();
            }}
          />
        )}
        {update.isError && !conflict && (
          <p role="alert" className="field-error">
            {t('common.saveFailed', { message: update.error.message })}
          </p>
        )}
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
