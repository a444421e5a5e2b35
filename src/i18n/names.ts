import type { Language, MessageKey } from './i18n';

/** Framework data carries both names; pick the one for the reader's language. */
export function localName(item: { name: string; nameEn: string }, language: Language): string {
  return language === 'en' ? item.nameEn : item.name;
}

/** Each role's name, spelled out so the catalog test can see every key in use. */
export const ROLE_LABELS = {
  'planning-officer': 'role.planning-officer',
  'department-head': 'role.department-head',
  executive: 'role.executive',
} as const satisfies Record<string, MessageKey>;

export const MEASURE_STATUS_LABELS = {
  'not-started': 'measureStatus.not-started',
  'in-progress': 'measureStatus.in-progress',
  blocked: 'measureStatus.blocked',
  done: 'measureStatus.done',
  cancelled: 'measureStatus.cancelled',
} as const satisfies Record<string, MessageKey>;
