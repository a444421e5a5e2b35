import { useId, useRef, useState } from 'react';
import { useMessages } from '../../i18n/featureMessages';
import { FieldError } from '../../ui/FieldError';
import { meetingMessages } from './meetingMessages';

/** A list of dates, each removable, and a date field to add one. */
export function DateListField({
  legend,
  addLabel,
  dates,
  onChange,
  show,
  error,
}: {
  legend: string;
  addLabel: string;
  dates: readonly string[];
  onChange: (next: string[]) => void;
  show: (iso: string) => string;
  error?: string;
}) {
  const { t } = useMessages(meetingMessages);
  const id = useId();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  // A removed date takes its button with it: focus goes on to the date field, not the page's top.
  const field = useRef<HTMLInputElement>(null);
  const add = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(typed)) return setProblem(t('meetings.dateMissing'));
    if (dates.includes(typed)) return setProblem(t('meetings.dateTwice'));
    setProblem(undefined);
    onChange([...dates, typed].sort());
    setTyped('');
  };
  const message = problem ?? error;
  return (
    <fieldset className="field date-list">
      <legend>{legend}</legend>
      {dates.length === 0 ? (
        <p className="hint">{t('meetings.noDates')}</p>
      ) : (
        <ul>
          {dates.map((date) => (
            <li key={date}>
              <span>{show(date)}</span>
              <button type="button" className="link-button" aria-label={t('meetings.removeLabel', { date: show(date) })} onClick={() => (onChange(dates.filter((d) => d !== date)), field.current?.focus())}>
                {t('meetings.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="date-add">
        <label htmlFor={`${id}-date`}>{t('meetings.dateLabel')}</label>
        <input id={`${id}-date`} ref={field} type="date" value={typed} onChange={(e) => setTyped(e.target.value)} aria-invalid={message !== undefined} aria-describedby={`${id}-error`} />
        <button type="button" onClick={add}>
          {addLabel}
        </button>
      </div>
      <FieldError id={`${id}-error`} message={message} />
    </fieldset>
  );
}
