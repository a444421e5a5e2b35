import { useId, useState } from 'react';
import { HEALTHS } from '../../domain/measureHealth';
import { MEASURE_STATUSES } from '../../domain/schemas/measure';
import type { Unit } from '../../domain/schemas/organisation';
import { useMessages } from '../../i18n/featureMessages';
import { formatList } from '../../i18n/numbers';
import { Choice } from '../../ui/Choice';
import { dataLang } from '../../ui/dataLang';
import { filterMessages } from './filterMessages';
import type { ActiveFilter, Filters } from './measureFilters';
import { messages } from './messages';
import { HEALTH_LABELS, MEASURE_STATUS_LABELS } from '../../ui/healthLabels';
import { YearSelect } from '../../ui/YearSelect';

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
  /** The filters in use, a department head's own unit among them (`activeFilters`). */
  active: readonly ActiveFilter[];
  set: (name: string, value: string | null) => void;
}

/** Every control is labelled, and every choice goes into the URL. */
export function MeasureFilters({ filters, query, years, year, archived, units, links, hasMeetings, active, set }: FilterProps) {
  const { t, language } = useMessages(messages);
  const id = useId();
  // The box owns what is typed: the URL follows it, and a keystroke can never be lost to a
  // URL update still on its way.
  const [text, setText] = useState(query);
  // A head's own unit alone does not unfold them: the line above the list already says it is on.
  const chosen = active.some((f) => f.name !== 'unit' || !f.byDefault);
  const [openAtFirst] = useState(() => chosen || typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 700px)').matches);
  // The unit's "all" is said out loud in the URL: no unit there means "my unit" for a department head.
  const select = (name: string, label: string, value: string, options: { value: string; label: string }[], all: string, allValue = '') => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select id={`${id}-${name}`} value={value} onChange={(e) => set(name, e.target.value === '' ? null : e.target.value)}>
        <option value={allValue}>{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={dataLang(o.label, language)}>
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
        <summary>{t('measures.moreFilters', { count: active.length })}</summary>
        <div className="filter-grid">
          <YearSelect years={years} value={year} onChange={(y) => set('year', y)} />
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
          <Choice type="checkbox" checked={archived} onChange={(e) => set('archived', e.target.checked ? '1' : null)} label={t('measures.showArchived')} />
        </div>
      </details>
    </form>
  );
}

/**
 * Which filters the list is seen through, beside its count, and one button to clear them: a
 * department head whose list keeps to their unit reads so, instead of "1 of 9" and no reason.
 */
export function FilterSummary({ active, units, links, onClear }: { active: readonly ActiveFilter[]; units: Unit[]; links: { value: string; label: string }[]; onClear: () => void }) {
  const { t, locale } = useMessages(messages);
  const words = useMessages(filterMessages).t;
  if (active.length === 0) return null;
  const described = active.map((f) => {
    switch (f.name) {
      case 'unit': {
        const unit = units.find((u) => u.id === f.value)?.name ?? f.value;
        return words('filters.one', { name: t('measure.units'), value: f.byDefault ? words('filters.ownUnit', { unit }) : unit });
      }
      case 'status':
        return words('filters.one', { name: t('measures.status'), value: t(MEASURE_STATUS_LABELS[f.value]) });
      case 'health':
        return words('filters.one', { name: t('measures.health'), value: t(HEALTH_LABELS[f.value]) });
      case 'link':
        return words('filters.one', { name: t('measures.link'), value: links.find((l) => l.value === f.value)?.label ?? f.value });
      case 'fresh':
        return words('filters.one', { name: t('measures.fresh'), value: t(f.value === 'stale' ? 'measures.fresh.stale' : 'measures.fresh.fresh') });
      case 'archived':
        return words('filters.archived');
    }
  });
  return (
    <div className="filter-summary">
      <p>{words('filters.inUse', { filters: formatList(described, locale) })}</p>
      <button type="button" onClick={onClear}>
        {words('filters.clear', { count: active.length })}
      </button>
    </div>
  );
}
