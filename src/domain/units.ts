import type { Unit } from './schemas/organisation';

/**
 * Documents abbreviate unit names (สำนักปลัด, สำนักปลัดฯ for สำนักปลัดเทศบาล; กช. or ก.ช. for
 * กองช่าง): compare them NFC-normalised, without spaces, the abbreviation mark ฯ, or the full
 * stops that shorten a Thai word.
 */
export function normaliseUnitName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/\s+/g, '')
    .replace(/ฯ/g, '')
    .replace(/([\u0E01-\u0E4E])\./g, '$1');
}

export function resolveUnit(name: string, units: readonly Unit[]): Unit | undefined {
  const wanted = normaliseUnitName(name);
  return units.find((u) => [u.name, ...u.aliases].some((n) => normaliseUnitName(n) === wanted));
}

/** The names of some units, in the order given; an id the agency no longer has shows as itself. */
export function unitNames(ids: readonly string[], units: readonly Unit[]): string {
  return ids.map((id) => units.find((u) => u.id === id)?.name ?? id).join(', ');
}
