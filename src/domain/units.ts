import type { Unit } from './schemas/organisation';
import { nameForm } from './thaiSearch';

/**
 * Documents abbreviate unit names (สำนักปลัดฯ; กช. or ก.ช. for กองช่าง) and type them in more than
 * one spelling: compared in the search's whole-name form, so a unit is found the way the
 * measures search finds it.
 */
export function normaliseUnitName(name: string): string {
  return nameForm(name);
}

export function resolveUnit(name: string, units: readonly Unit[]): Unit | undefined {
  const wanted = normaliseUnitName(name);
  return units.find((u) => [u.name, ...u.aliases].some((n) => normaliseUnitName(n) === wanted));
}

/** The names of some units, in the order given; an id the agency no longer has shows as itself. */
export function unitNames(ids: readonly string[], units: readonly Unit[]): string {
  return ids.map((id) => units.find((u) => u.id === id)?.name ?? id).join(', ');
}
