import { useId, useState } from 'react';
import { CarryOverError, useCarryOver } from '../../data/mutations';
import { useLatestProgress, useMeasuresOf } from '../../data/queries';
import { carryOver, isUnfinished } from '../../domain/carryOver';
import type { Assessment } from '../../domain/schemas/assessment';
import type { Framework } from '../../domain/schemas/framework';
import { useMessages } from '../../i18n/featureMessages';
import { useErrorWords } from '../../i18n/useErrorWords';
import { Choice, ChoiceGroup } from '../../ui/Choice';
import { messages } from './messages';
import { Alert } from '../../ui/Alert';

interface Props {
  previous: Assessment;
  current: Assessment;
  framework: Framework;
}

/** Year rollover: the planning officer picks which unfinished measures go on into this year. */
export function CarryOverSection({ previous, current, framework }: Props) {
  const { t } = useMessages(messages);
  const id = useId();
  const before = useMeasuresOf(previous.id, false);
  const latest = useLatestProgress(previous.id);
  const now = useMeasuresOf(current.id, true);
  const carry = useCarryOver();
  const words = useErrorWords();
  const [unchosen, setUnchosen] = useState<Set<string>>(new Set());
  if (!before.data || !latest.data || !now.data) return null;
  const last = new Map(latest.data.map((u) => [u.measureId, u]));
  const carried = new Set(now.data.flatMap((m) => (m.carriedFrom ? [m.carriedFrom] : [])));
  const unfinished = before.data.filter((m) => isUnfinished(m, last.get(m.id) ?? null));
  const open = unfinished.filter((m) => !carried.has(m.id) && m.unitIds.length > 0);
  const chosen = open.filter((m) => !unchosen.has(m.id));
  const toggle = (measureId: string) =>
    setUnchosen((s) => {
      const next = new Set(s);
      if (next.has(measureId)) next.delete(measureId);
      else next.add(measureId);
      return next;
    });

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('carry.heading', { year: previous.fiscalYear })}</h2>
      <p>{t('carry.intro')}</p>
      {unfinished.length === 0 ? (
        <p>{t('carry.none', { year: previous.fiscalYear })}</p>
      ) : (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            carry.mutate(chosen.map((m) => carryOver(m, current.id, framework)));
          }}
        >
          <ChoiceGroup legend={t('carry.heading', { year: previous.fiscalYear })} hideLegend>
            {unfinished.map((m) => {
              const done = carried.has(m.id);
              const noUnit = m.unitIds.length === 0;
              return (
                <Choice
                  key={m.id}
                  type="checkbox"
                  checked={!done && !noUnit && !unchosen.has(m.id)}
                  disabled={done || noUnit}
                  onChange={() => toggle(m.id)}
                  label={<span lang="th">{m.title}</span>}
                  hint={done || noUnit ? t(done ? 'carry.done' : 'carry.needsUnit') : undefined}
                />
              );
            })}
          </ChoiceGroup>
          <button type="submit" disabled={chosen.length === 0 || carry.isPending}>
            {t('carry.submit', { year: current.fiscalYear })}
          </button>
        </form>
      )}
      <p role="status" className="form-status">
        {carry.isSuccess && t('carry.saved', { count: carry.data })}
      </p>
      {carry.isError && (
        <Alert>
          {carry.error instanceof CarryOverError
            ? t('carry.failed', { title: carry.error.title, message: words.storeError(carry.error.cause ?? carry.error), count: carry.error.carried })
            : t('common.saveFailed', { message: words.storeError(carry.error) })}
        </Alert>
      )}
    </section>
  );
}
