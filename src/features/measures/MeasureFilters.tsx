import { useId, useState } from 'react';
import { HEALTHS } from '../../domain/measureHealth';
import { MEASURE_STATUSES } from '../../domain/schemas/measure';
import type { Unit } from '../../domain/schemas/organisation';
import { useMessages } from '../../i18n/featureMessages';
import type { Filters } from './measureFilters';
import { messages } from './messages';
import { HEALTH_LABELS, MEASURE_STATUS_LABELS } from '../../ui/healthLabels';

export interface FilterProps {
  filters: Filters;
  /** The search in the URL when the page opened; the box keeps what is typed from then on. */
  query: string;
  years: number[];
  year: number;
  archived: boolean;
  units: Unit[];
  links: { value: string; label: string }[];
  /** A meeting calendar is set, so "updated since the last meeting" means something. */
  hasMeetings: boolean;
  set: (name: string, value: string | null) => void;
}

/** Every control is labelled, and every choice goes into the URL. */
export function MeasureFilters({ filters, query, years, year, archived, units, links, hasMeetings, set }: FilterProps) {
  const { t } = useMessages(messages);
  const id = useId();
  const active = [filters.status, filters.health, filters.link, filters.fresh, archived ? 'archived' : null].filter(Boolean).length;
  // The box owns what is typed: the URL follows it, and a keystroke can never be lost to a
  // URL update still on its way.
  const [text, setText] = useState(query);
  const [openAtFirst] = useState(() => active > 0 || typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 700px)').matches);
  // The unit's "all" is said out loud in the URL: no unit there means "my unit" for a department head.
  const select = (name: string, label: string, value: string, options: { value: string; label: string }[], all: string, allValue = '') => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} value={value} onChange={(e) => set(name, e.target.value === '' ? null : e.target.value)}>
        <option value={allValue}>{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form className="filters card" role="search" aria-label={t('measures.filters')} onSubmit={(e) => e.preventDefault()}>
      <div className="field search">
        <label htmlFor={`${id}-q`}>{t('measures.search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            set('q', e.target.value || null);
          }}
        />
      </div>
      {/* On a phone the filters fold away under the search, unless one is already in use. */}
      <details className="more-filters" open={openAtFirst}>
        <summary>{t('measures.moreFilters', { count: active })}</summary>
        <div className="filter-grid">
          <div className="field">
            <label htmlFor={`${id}-year`}>{t('dashboard.year')}</label>
            <select id={`${id}-year`} value={year} onChange={(e) => set('year', e.target.value)}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          {select('unit', t('measure.units'), filters.unit ?? 'all', units.map((u) => ({ value: u.id, label: u.name })), t('measures.allUnits'), 'all')}
          {select('status', t('measures.status'), filters.status ?? '', MEASURE_STATUSES.map((s) => ({ value: s, label: t(MEASURE_STATUS_LABELS[s]) })), t('measures.any'))}
          {select('health', t('measures.health'), filters.health ?? '', HEALTHS.map((h) => ({ value: h, label: t(HEALTH_LABELS[h]) })), t('measures.any'))}
          {select('link', t('measures.link'), filters.link ?? '', links, t('measures.any'))}
          {(hasMeetings || filters.fresh !== null) &&
            select(
              'fresh',
              t('measures.fresh'),
              filters.fresh ?? '',
              [
                { value: 'stale', label: t('measures.fresh.stale') },
                { value: 'fresh', label: t('measures.fresh.fresh') },
              ],
              t('measures.any'),
            )}
          <label className="choice">
            <input type="checkbox" checked={archived} onChange={(e) => set('archived', e.target.checked ? '1' : null)} />
            {t('measures.showArchived')}
          </label>
        </div>
      </details>
    </form>
  );
}
