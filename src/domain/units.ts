import type { Unit } from './schemas/organisation';

/**
 * Documents abbreviate unit names (สำนักปลัด, สำนักปลัดฯ for สำนักปลัดเทศบาล): compare them
 * NFC-normalised, without spaces and without the abbreviation mark ฯ.
 */
export function normaliseUnitName(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, '').replace(/ฯ/g, '');
}

export function resolveUnit(name: string, units: readonly Unit[]): Unit | undefined {
  const wanted = normaliseUnitName(name);
  return units.find((u) => [u.name, ...u.aliases].some((n) => normaliseUnitName(n) === wanted));
}
