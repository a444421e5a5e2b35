import { Link } from 'react-router';
import type { AssessmentSummary } from '../../domain/assessmentSummary';
import type { ConsistencyWarning } from '../../domain/consistency';
import { useMessages } from '../../i18n/featureMessages';
import { useLangLink } from '../../i18n/langLink';
import { describeWarning } from '../../i18n/warningMessages';
import { messages } from './more/messages';

// Loaded apart from the page (ConsistencyNote): most readers never open the list.

function keyOf(w: ConsistencyWarning): string {
  return w.code === 'indicator-stated-twice' ? `${w.code}-${w.indicator}` : w.code;
}

/** The warnings as ConsistencyNote's documentWarnings chose them (passed in: an import back would share a chunk). */
interface ListProps {
  summary: AssessmentSummary;
  warnings: ConsistencyWarning[];
}

function WarningList({ summary, warnings }: ListProps) {
  const { t, locale } = useMessages(messages);
  return (
    <ul>
      {warnings.map((w) => (
        <li key={keyOf(w)}>
          <span aria-hidden="true" className="warn-icon">
            ⚠{' '}
          </span>
          {describeWarning(w, t, locale, summary.framework.passMark)}
        </li>
      ))}
    </ul>
  );
}

/** The planning officer's list, beside or under the score: the one person who can correct the figures. */
export function ConsistencyWarnings({ summary, warnings }: ListProps) {
  const { t } = useMessages(messages);
  const withLang = useLangLink();
  const { assessment } = summary;
  return (
    <section aria-labelledby="warnings-heading" className="card warnings">
      <h2 id="warnings-heading">{t('warnings.heading')}</h2>
      <p className="explain">{t('warnings.intro')}</p>
      <WarningList summary={summary} warnings={warnings} />
      {assessment.resultStatement && (
        <figure className="quote">
          <figcaption>{t('warnings.documentSays')}</figcaption>
          <blockquote lang="th">{assessment.resultStatement}</blockquote>
        </figure>
      )}
      <p>
        <Link className="text-link" to={withLang(`/assessments?year=${assessment.fiscalYear}`)}>
          {t('docNote.fix')}
        </Link>
      </p>
    </section>
  );
}

/** What the closed note opens to, for a reader who cannot correct the figures. */
export function NoteDetails({ summary, warnings }: ListProps) {
  const { t } = useMessages(messages);
  return (
    <>
      <p className="hint">{t('docNote.explain')}</p>
      <WarningList summary={summary} warnings={warnings} />
    </>
  );
}
