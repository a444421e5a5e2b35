import { useAssessment, useFindings } from '../../data/queries';
import type { Framework } from '../../domain/schemas/framework';
import { gainFrom, indicatorDef, standingOf } from '../../domain/scoring';
import { useMessages } from '../../i18n/featureMessages';
import { localName } from '../../i18n/names';
import { formatScore } from '../../i18n/numbers';
import { StandingPill } from '../../ui/StandingPill';
import { useStandingText } from '../../ui/useStandingText';
import { messages } from './messages';

interface TargetPanelProps {
  year: number;
  framework: Framework;
  improvementMark: number;
  /** The list's link filter: `i<n>` for an indicator, or an O-item code. */
  link: string;
}

/**
 * What the measures below answer: the indicator's or O-item's score, why it is weak and what the
 * document said to do about it. Opened from a bar or a count on the dashboard.
 */
export function TargetPanel({ year, framework, improvementMark, link }: TargetPanelProps) {
  const { t, locale, language } = useMessages(messages);
  const assessment = useAssessment(year);
  const findings = useFindings(assessment.data?.id);
  const standingText = useStandingText(framework.passMark, improvementMark);
  if (!assessment.data || !findings.data) return null;
  const score = (n: number) => formatScore(n, locale);
  const number = /^i(\d+)$/.exec(link)?.[1];
  const indicator = number === undefined ? undefined : indicatorDef(framework, Number(number));
  const oItem = framework.oItems.find((o) => o.code === link);
  if (!indicator && !oItem) return null;

  const heading = indicator
    ? t('target.indicator', { number: indicator.number, name: localName(indicator, language) })
    : t('target.oItem', { code: oItem?.code ?? '', name: oItem?.name ?? '' });
  const indicatorScore = indicator ? assessment.data.indicatorScores.find((s) => s.indicator === indicator.number)?.score : undefined;
  const oItemScore = oItem ? assessment.data.oItemResults.find((r) => r.code === oItem.code) : undefined;
  const answered = findings.data.filter((f) =>
    indicator ? f.target.kind === 'indicator' && f.target.indicator === indicator.number : f.target.kind === 'oItem' && f.target.code === link,
  );
  const notes = indicator ? assessment.data.subIssueNotes.filter((n) => n.indicator === indicator.number) : [];

  return (
    <section className="card target" aria-labelledby="target-heading">
      <h2 id="target-heading" lang={oItem ? 'th' : undefined}>
        {heading}
      </h2>
      <dl className="facts">
        {indicator && (
          <>
            <div>
              <dt>{t('target.score')}</dt>
              <dd>
                {indicatorScore === undefined ? (
                  t('measure.none')
                ) : (
                  <>
                    <strong>{score(indicatorScore)}</strong>{' '}
                    <StandingPill
                      standing={standingOf(indicatorScore, framework.passMark, improvementMark)}
                      text={standingText[standingOf(indicatorScore, framework.passMark, improvementMark)]}
                    />
                  </>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('target.weight')}</dt>
              <dd>{t('target.weightValue', { weight: indicator.weight, instrument: indicator.instrument })}</dd>
            </div>
            {indicatorScore !== undefined && indicatorScore < 100 && (
              <div>
                <dt>{t('target.gain')}</dt>
                <dd>{t('target.gainValue', { points: score(gainFrom(framework, indicator.number, indicatorScore, 100)) })}</dd>
              </div>
            )}
          </>
        )}
        {oItem && (
          <>
            <div>
              <dt>{t('target.group')}</dt>
              <dd lang="th">{t('target.groupValue', { group: oItem.group, indicator: oItem.indicator })}</dd>
            </div>
            <div>
              <dt>{t('target.score')}</dt>
              <dd>{oItemScore?.score === null || oItemScore === undefined ? t('measure.none') : score(oItemScore.score)}</dd>
            </div>
          </>
        )}
      </dl>
      {oItemScore?.assessorComment && (
        <p className="quote" lang="th">
          {t('target.assessor')}: {oItemScore.assessorComment}
        </p>
      )}
      {notes.map((n) => (
        <p key={n.subject} className="sub-note" lang="th">
          {n.text}
        </p>
      ))}
      {answered.map((f) => (
        <div key={f.id} className="finding">
          <h3 lang="th">{t('target.finding', { title: f.title })}</h3>
          {f.analysis && (
            <p lang="th">
              <strong>{t('target.analysis')}</strong> {f.analysis}
            </p>
          )}
          <p lang="th">
            <strong>{t('target.improvement')}</strong> {f.improvement || t('target.noImprovement')}
          </p>
        </div>
      ))}
    </section>
  );
}
