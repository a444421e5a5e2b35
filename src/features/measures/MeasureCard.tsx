import { memo } from 'react';
import { useMessages } from '../../i18n/featureMessages';
import { formatList } from '../../i18n/numbers';
import { HealthBadge } from '../../ui/HealthBadge';
import { DataText } from '../../ui/DataText';
import type { MeasureRow } from './measureFilters';
import { messages } from './messages';
import { TimeframeRead } from './TimeframeRead';
import { MEASURE_STATUS_LABELS } from '../../ui/healthLabels';
import { useLangLink } from '../../i18n/langLink';
import { formatDay } from '../../i18n/dates';

/**
 * One measure at a glance: who, when, how far, and whether it is on time. Memoised on its row,
 * which the list rebuilds only when the data changes, so typing a search re-renders no card.
 */
export const MeasureCard = memo(function MeasureCard({ row, from }: { row: MeasureRow; /** The list's query, for the measure's way back to it. */ from: string }) {
  const { t, locale } = useMessages(messages);
  const withLang = useLangLink();
  const { measure, latest, status, health, unitNames, freshness, lastMeeting } = row;
  return (
    <li className="card">
      <h2>
        {/* A plain link: the hash router follows it as it would a Link, without a Link's work
            per card (resolving the href against the route tree), which a search pays 25 times. */}
        <a lang="th" href={`#${withLang(`/measures/${encodeURIComponent(measure.id)}${from ? `?from=${encodeURIComponent(from)}` : ''}`)}`}>
          {measure.title}
        </a>
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('measure.units')}</dt>
          <dd>{unitNames.length ? <DataText>{formatList(unitNames, locale)}</DataText> : t('measure.none')}</dd>
        </div>
        <div>
          <dt>{t('measure.timeframe')}</dt>
          <dd>
            {measure.timeframe.raw ? <DataText>{measure.timeframe.raw}</DataText> : t('measure.none')}
            <TimeframeRead timeframe={measure.timeframe} />
          </dd>
        </div>
        <div>
          <dt>{t('measures.progress')}</dt>
          <dd>
            {t(MEASURE_STATUS_LABELS[status])} · {t('measure.percent', { percent: latest?.percent ?? 0 })}
            {latest && ` · ${t('measures.lastUpdate', { date: formatDay(latest.date, locale) })}`}
            {lastMeeting && (freshness === 'stale' || freshness === 'fresh') && (
              <>
                {' '}
                <span className={`pill ${freshness === 'stale' ? 'pill-improve' : 'pill-pass'}`}>
                  {t(freshness === 'stale' ? 'measures.staleSince' : 'measures.freshSince', { date: formatDay(lastMeeting, locale) })}
                </span>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('measures.health')}</dt>
          <dd>
            <HealthBadge reading={health} />
            {measure.archived && <span className="pill">{t('measures.archived')}</span>}
          </dd>
        </div>
      </dl>
    </li>
  );
});
