import { Link } from 'react-router';
import { HEALTHS } from '../../../domain/measureHealth';
import { measureOverview } from '../../../domain/measureOverview';
import type { Measure, ProgressUpdate } from '../../../domain/schemas/measure';
import type { Unit } from '../../../domain/schemas/organisation';
import { compareThai } from '../../../domain/textOrder';
import { useMessages } from '../../../i18n/featureMessages';
import { formatCount, formatList } from '../../../i18n/numbers';
import { HealthBadge } from '../../../ui/HealthBadge';
import { HEALTH_LABELS, MEASURE_STATUS_LABELS } from '../../../ui/healthLabels';
import { messages } from './messages';
import { useLangLink } from '../../../i18n/langLink';
import { formatDay } from '../../../i18n/dates';
import { LazyHealthByUnitChart } from '../../../ui/charts/lazyCharts';
import { WhenNear } from '../../../ui/charts/WhenNear';

const LATE_SHOWN = 8;
const RECENT_SHOWN = 5;

interface GlanceProps {
  year: number;
  measures: Measure[];
  latest: ProgressUpdate[];
  units: Unit[];
  today: Date;
  /** Only the planning officer gets the link to write a measure. */
  canCreate: boolean;
}

/** Whether the measures are moving: counts by health and by unit, what is late, what was reported. */
export function MeasuresGlance({ year, measures, latest, units, today, canCreate }: GlanceProps) {
  const { t, locale } = useMessages(messages);
  const overview = measureOverview(measures, latest, today);
  const withLang = useLangLink();
  // Counts here are the agency's; unit=all keeps a department head from landing on their unit only.
  const list = (query: string, unit = 'all') => withLang(`/measures?year=${year}&unit=${encodeURIComponent(unit)}${query}`);
  const measureLink = (id: string) => withLang(`/measures/${encodeURIComponent(id)}`);
  const unitName = (id: string) => (id === '' ? t('glance.noUnit') : (units.find((u) => u.id === id)?.name ?? id));
  const titleOf = new Map(measures.map((m) => [m.id, m.title]));
  const date = (iso: string) => formatDay(iso, locale);
  const byUnit = [...overview.byUnit].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : compareThai(unitName(a), unitName(b))));

  // The chart's height with its heading, takeaway and legend, held until it is drawn.
  const unitsHeight = 200 + byUnit.length * 64;

  // A year with no measures yet: one line on what comes next, not five zeros and empty charts.
  if (overview.total === 0) {
    return (
      <section aria-labelledby="glance-heading" className="card glance">
        <h2 id="glance-heading">{t('glance.heading')}</h2>
        <p>
          <strong>{t('glance.none')}</strong>
        </p>
        {canCreate ? (
          <p>
            <Link className="button-link" to={withLang(`/measures/new?year=${year}`)}>
              {t('glance.noneAdd')}
            </Link>
          </p>
        ) : (
          <p>{t('glance.noneWait')}</p>
        )}
      </section>
    );
  }
  return (
    <section aria-labelledby="glance-heading" className="card glance">
      <h2 id="glance-heading">{t('glance.heading')}</h2>
      <p>{t('glance.total', { count: overview.total })}</p>
      <ul className="health-counts">
        {HEALTHS.map((health) => (
          <li key={health}>
            <Link
              to={list(`&health=${health}`)}
              className={`health-count health-${health}`}
              aria-label={t('glance.countLabel', { label: t(HEALTH_LABELS[health]), count: overview.byHealth[health] })}
            >
              {/* The words come first, as in the name; the figure is drawn above them (CSS order). */}
              <span>{t(HEALTH_LABELS[health])}</span>{' '}
              <strong>{overview.byHealth[health]}</strong>
            </Link>
          </li>
        ))}
      </ul>

      <WhenNear minHeight={unitsHeight}>
        <LazyHealthByUnitChart
          headingId="glance-units-heading"
          heading={t('glance.byUnit')}
          level={3}
          units={byUnit.map(([unitId, counts]) => ({ id: unitId, name: unitName(unitId), counts }))}
          // Measures of no unit have no list of their own to open.
          linkTo={(unitId, health) => (unitId ? list(`&health=${health}`, unitId) : null)}
        />
      </WhenNear>

      <h3>{t('glance.late')}</h3>
      {overview.late.length === 0 ? (
        <p>{t('glance.noLate')}</p>
      ) : (
        <ul className="late-list">
          {overview.late.slice(0, LATE_SHOWN).map(({ measure, health, daysLate }) => (
            <li key={measure.id}>
              <Link to={measureLink(measure.id)} lang="th">
                {measure.title}
              </Link>
              <span className="late-facts">
                <HealthBadge reading={health} />
                {daysLate !== null && <span>{t('glance.daysLate', { days: formatCount(daysLate, locale) })}</span>}
                {measure.unitIds.length ? <span lang="th">{formatList(measure.unitIds.map(unitName), locale)}</span> : <span>{t('glance.noUnit')}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {overview.late.length > LATE_SHOWN && (
        <p className="more-links">
          <Link to={list('&health=overdue')}>{t('glance.moreLate', { count: overview.byHealth.overdue })}</Link>
          {overview.byHealth['at-risk'] > 0 && <Link to={list('&health=at-risk')}>{t('glance.moreAtRisk', { count: overview.byHealth['at-risk'] })}</Link>}
        </p>
      )}

      <h3>{t('glance.recent')}</h3>
      {overview.recent.length === 0 ? (
        <p>{t('glance.noRecent')}</p>
      ) : (
        <ul className="recent-list">
          {overview.recent.slice(0, RECENT_SHOWN).map((u) => (
            <li key={u.id}>
              <Link to={measureLink(u.measureId)} lang="th">
                {titleOf.get(u.measureId) ?? u.measureId}
              </Link>
              <span className="hint">
                {t('glance.update', { date: date(u.date), author: u.authorName, status: t(MEASURE_STATUS_LABELS[u.status]), percent: u.percent })}
              </span>
              {u.note && (
                <span className="recent-note" lang="th">
                  {u.note}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
