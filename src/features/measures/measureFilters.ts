import type { Freshness } from '../../domain/freshness';
import type { Health, HealthReading } from '../../domain/measureHealth';
import type { Measure, MeasureStatus, ProgressUpdate } from '../../domain/schemas/measure';
import type { Unit } from '../../domain/schemas/organisation';
import { nameForm, searchForm, searchWords } from '../../domain/thaiSearch';

/** One line of the measures list: the measure and what is derived for it today. */
export interface MeasureRow {
  measure: Measure;
  latest: ProgressUpdate | null;
  /** The status people reported last; a measure nobody reported on has not started. */
  status: MeasureStatus;
  health: HealthReading;
  unitNames: string[];
  /**
   * What the units are also called (กช. for กองช่าง, from the unit's aliases): searched, not
   * shown, so a reader typing a document's short form finds the unit's measures.
   */
  unitAliases?: readonly string[];
  /** Indicators and O-items it answers, as `linksOf` in the domain writes them. */
  links: string[];
  /** Whether it was updated since the last meeting (`lastMeeting`, null before the first). */
  freshness: Freshness;
  lastMeeting: string | null;
}

/** The list's view, as kept in the URL: a link opens the same view. */
export interface Filters {
  unit: string | null;
  status: MeasureStatus | null;
  health: Health | null;
  link: string | null;
  /** Updated since the last meeting or not; null: either. */
  fresh: 'fresh' | 'stale' | null;
  q: string;
}

/** Unit names by id, made once per list: a lookup per measure, not a scan of every unit. */
export function unitNameMap(units: readonly Unit[]): ReadonlyMap<string, Pick<Unit, 'name' | 'aliases'>> {
  return new Map(units.map((u) => [u.id, u]));
}

export function unitNamesOf(measure: Measure, names: ReadonlyMap<string, Pick<Unit, 'name'>>): string[] {
  return measure.unitIds.map((id) => names.get(id)?.name ?? id);
}

export function unitAliasesOf(measure: Measure, names: ReadonlyMap<string, Pick<Unit, 'aliases'>>): string[] {
  return measure.unitIds.flatMap((id) => names.get(id)?.aliases ?? []);
}

interface Searched {
  /** The row's texts in search form, looked in for a word anywhere. */
  texts: string[];
  /** Its units' names and short forms as whole names: กช. is a unit here, not letters in ภาคเอกชน. */
  units: Set<string>;
}

// Each row's forms, made at its first search and kept while the row lives: the rows are rebuilt
// when the data changes, so a kept form is never stale.
const searched = new WeakMap<MeasureRow, Searched>();

function searchedOf(row: MeasureRow): Searched {
  let forms = searched.get(row);
  if (!forms) {
    const { measure } = row;
    forms = {
      texts: [measure.title, measure.description, measure.followUp, measure.timeframe.raw, ...measure.steps.map((s) => s.text), ...row.unitNames, row.latest?.note ?? ''].map(searchForm),
      units: new Set([...row.unitNames, ...(row.unitAliases ?? [])].map(nameForm)),
    };
    searched.set(row, forms);
  }
  return forms;
}

interface QueryWord {
  text: string;
  /** Set when the word is the whole name or short form of a unit some measure belongs to. */
  unit: string | null;
}

/**
 * A word naming a unit finds that unit's measures and nothing else; any other word is looked for
 * inside the texts.
 */
// The whole list's unit names, once per list rather than at every key typed.
const listUnits = new WeakMap<readonly MeasureRow[], Set<string>>();

function unitNamesIn(rows: readonly MeasureRow[]): Set<string> {
  let names = listUnits.get(rows);
  if (!names) {
    names = new Set(rows.flatMap((row) => [...searchedOf(row).units]));
    listUnits.set(rows, names);
  }
  return names;
}

function queryWords(query: string, rows: readonly MeasureRow[]): QueryWord[] {
  const typed = query.split(/\s+/).filter((word) => searchForm(word) !== '');
  if (typed.length === 0) return searchWords(query).map((text) => ({ text, unit: null }));
  const known = unitNamesIn(rows);
  return typed.map((word) => {
    const name = nameForm(word);
    return { text: searchForm(word), unit: known.has(name) ? name : null };
  });
}

function matchesQuery(words: readonly QueryWord[], row: MeasureRow): boolean {
  const { texts, units } = searchedOf(row);
  return words.every((word) => (word.unit === null ? texts.some((text) => text.includes(word.text)) : units.has(word.unit)));
}

/**
 * Puts every row's texts in search form ahead of the first search, in time the page has spare:
 * otherwise the first key a reader types pays for the whole list at once.
 */
export function prepareSearch(rows: MeasureRow[]): void {
  for (const row of rows) searchedOf(row);
}

export function applyFilters(rows: MeasureRow[], filters: Filters): MeasureRow[] {
  const words = queryWords(filters.q, rows);
  return rows.filter(
    (row) =>
      (filters.unit === null || row.measure.unitIds.includes(filters.unit)) &&
      (filters.status === null || row.status === filters.status) &&
      (filters.health === null || row.health.health === filters.health) &&
      (filters.link === null || row.links.includes(filters.link)) &&
      (filters.fresh === null || row.freshness === filters.fresh) &&
      (words.length === 0 || matchesQuery(words, row)),
  );
}

/** A filter of the panel that is in use, by name, with the value it holds. */
export type ActiveFilter =
  | { name: 'unit'; value: string; /** A department head's own unit, in force with nothing chosen. */ byDefault: boolean }
  | { name: 'status'; value: MeasureStatus }
  | { name: 'health'; value: Health }
  | { name: 'link'; value: string }
  | { name: 'fresh'; value: 'fresh' | 'stale' }
  | { name: 'archived' };

/**
 * Every filter of the panel that changes what the list holds, in the panel's order: what the
 * reader chose, and the unit a department head's list keeps to until they ask for all. The
 * search is left out: its box above the panel says itself what it holds.
 */
export function activeFilters(filters: Filters, archived: boolean, unitByDefault: boolean): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  if (filters.unit !== null) active.push({ name: 'unit', value: filters.unit, byDefault: unitByDefault });
  if (filters.status !== null) active.push({ name: 'status', value: filters.status });
  if (filters.health !== null) active.push({ name: 'health', value: filters.health });
  if (filters.link !== null) active.push({ name: 'link', value: filters.link });
  if (filters.fresh !== null) active.push({ name: 'fresh', value: filters.fresh });
  if (archived) active.push({ name: 'archived' });
  return active;
}

/**
 * The URL with the panel's filters cleared. A department head's list with no unit in the URL
 * keeps to their unit, so for them "all units" is written out.
 */
export function clearedFilters(params: URLSearchParams, keepsToOwnUnit: boolean): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of ['status', 'health', 'link', 'fresh', 'archived']) next.delete(name);
  if (keepsToOwnUnit) next.set('unit', 'all');
  else next.delete('unit');
  return next;
}

/** The list's query as a measure carries it back (`?from=`): its filters, not the language the link already says. */
export function listQuery(params: URLSearchParams): string {
  const query = new URLSearchParams(params);
  query.delete('lang');
  return query.toString();
}
