import { Link } from 'react-router';
import { useAssessments, useFindings } from '../../data/queries';
import { indicatorLink } from '../../domain/measureLinks';
import type { Measure } from '../../domain/schemas/measure';
import { useMessages } from '../../i18n/featureMessages';
import { messages } from './messages';
import { useLangLink } from '../../i18n/langLink';

/** What the measure answers; each indicator or O-item opens the list of measures answering it. */
export function MeasureLinks({ measure }: { measure: Measure }) {
  const { t } = useMessages(messages);
  const findings = useFindings(measure.assessmentId);
  // The measure's own year, so a measure of an earlier year opens that year's list.
  const year = useAssessments().data?.find((a) => a.id === measure.assessmentId)?.fiscalYear;
  const answered = (findings.data ?? []).filter((f) => measure.links.findingIds.includes(f.id));
  const withLang = useLangLink();
  const targets = [
    ...measure.links.indicators.map((n) => ({ key: indicatorLink(n), label: t('measures.indicator', { number: n }) })),
    ...measure.links.oItems.map((code) => ({ key: code, label: code })),
  ];
  return (
    <>
      <dt>{t('measure.answers')}</dt>
      <dd>
        {targets.length === 0 && answered.length === 0 && t('measure.none')}
        {targets.length > 0 && (
          <ul className="chips">
            {targets.map((target) => (
              <li key={target.key}>
                <Link to={withLang(`/measures?${year === undefined ? '' : `year=${year}&`}link=${encodeURIComponent(target.key)}`)}>{target.label}</Link>
              </li>
            ))}
          </ul>
        )}
        {answered.map((f) => (
          <p key={f.id} className="hint">
            {t('measure.finding', {
              title: f.title,
              target: f.target.kind === 'indicator' ? t('measures.indicator', { number: f.target.indicator }) : f.target.code,
            })}
          </p>
        ))}
      </dd>
    </>
  );
}
