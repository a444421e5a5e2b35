import type { Health, HealthReading } from '../../domain/measureHealth';
import type { Measure, MeasureStatus, ProgressUpdate } from '../../domain/schemas/measure';
import type { Unit } from '../../domain/schemas/organisation';
import { matchesSearch } from '../../domain/thaiSearch';

/** One line of the measures list: the measure and what is derived for it today. */
export interface MeasureRow {
  measure: Measure;
  latest: ProgressUpdate | null;
  /** The status people reported last; a measure nobody reported on has not started. */
  status: MeasureStatus;
  health: HealthReading;
  unitNames: string[];
  /** Indicators and O-items it answers, as `linksOf` in the domain writes them. */
  links: string[];
}

/** The list's view, as kept in the URL: a link opens the same view. */
export interface Filters {
  unit: string | null;
  status: MeasureStatus | null;
  health: Health | null;
  link: string | null;
  q: string;
}

export function unitNamesOf(measure: Measure, units: Unit[]): string[] {
  return measure.unitIds.map((id) => units.find((u) => u.id === id)?.name ?? id);
}

export function applyFilters(rows: MeasureRow[], filters: Filters): MeasureRow[] {
  return rows.filter(
    (row) =>
      (filters.unit === null || row.measure.unitIds.includes(filters.unit)) &&
      (filters.status === null || row.status === filters.status) &&
      (filters.health === null || row.health.health === filters.health) &&
      (filters.link === null || row.links.includes(filters.link)) &&
      matchesSearch(filters.q, [
        row.measure.title,
        row.measure.description,
        row.measure.followUp,
        row.measure.timeframe.raw,
        ...row.measure.steps.map((s) => s.text),
        ...row.unitNames,
        row.latest?.note ?? '',
      ]),
  );
}
