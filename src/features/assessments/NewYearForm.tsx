import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useStartYear } from '../../data/mutations';
import { useFrameworks, useOrganisation } from '../../data/queries';
import { startYear, type NewYearProblem } from '../../domain/newYear';
import { arabicDigits } from '../../domain/import/digits';
import { useMessages } from '../../i18n/featureMessages';
import { useErrorWords } from '../../i18n/useErrorWords';
import { messages, type AssessmentsKey } from './messages';

const PROBLEM_KEYS: Record<NewYearProblem['code'], AssessmentsKey> = {
  'year.format': 'newYear.problem.format',
  'year.held': 'newYear.problem.held',
  'year.tooFar': 'newYear.problem.tooFar',
  'year.noFramework': 'newYear.problem.noFramework',
};
import { useLangLink } from '../../i18n/langLink';
import { Alert } from '../../ui/Alert';
import { FieldError } from '../../ui/FieldError';

/**
 * The planning officer opens a new year to record its result; what is typed stays on a refusal.
 * offered: the year a refused import belongs to, filled in and focused so starting it is one press.
 */
export function NewYearForm({ years, offered }: { years: number[]; offered?: number }) {
  const { t } = useMessages(messages);
  const words = useErrorWords();
  const withLang = useLangLink();
  const id = useId();
  const navigate = useNavigate();
  const organisation = useOrganisation();
  const frameworks = useFrameworks();
  const start = useStartYear();
  const [typed, setTyped] = useState(String(offered ?? Math.max(...years) + 1));
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Focus scrolls the field into view too.
    if (offered !== undefined) input.current?.focus();
  }, [offered]);
  const [refusal, setRefusal] = useState<NewYearProblem | null>(null);
  // Years are written as typed (2566), never grouped like counts.
  const problem = refusal && t(PROBLEM_KEYS[refusal.code], Object.fromEntries(Object.entries(refusal.values).map(([k, v]) => [k, String(v)])));

  const submit = () => {
    start.reset();
    if (!organisation.data || !frameworks.data) return;
    const year = Number(arabicDigits(typed.trim()));
    const next = startYear(year, organisation.data.id, years.map((fiscalYear) => ({ fiscalYear })), frameworks.data);
    if (!next.ok) return setRefusal(next.problem);
    setRefusal(null);
    start.mutate(next, {
      onSuccess: () => {
        setTyped(String(year + 1));
        void navigate(withLang(`/assessments?year=${year}`));
      },
    });
  };

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('newYear.heading')}</h2>
      <p>{t('newYear.intro')}</p>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-year`}>{t('newYear.year')}</label>
          <input
            ref={input}
            id={`${id}-year`}
            inputMode="numeric"
            autoComplete="off"
            value={typed}
            aria-invalid={problem !== null}
            aria-describedby={`${id}-error`}
            onChange={(e) => setTyped(e.target.value)}
          />
          <FieldError id={`${id}-error`} message={problem ?? undefined} />
        </div>
        <button type="submit" disabled={start.isPending || !organisation.data || !frameworks.data}>
          {t('newYear.submit')}
        </button>
        {start.isError && (
          <Alert>
            {t('newYear.failed', { message: words.storeError(start.error) })}
          </Alert>
        )}
      </form>
    </section>
  );
}
